from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from kratomwise.web.accounts.models import User


@admin.register(User)
class KratomwiseUserAdmin(UserAdmin):
    fieldsets = (*UserAdmin.fieldsets, ("kratomwise", {"fields": ("time_zone", "country")}))
