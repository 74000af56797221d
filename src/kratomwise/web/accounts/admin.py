from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from kratomwise.web.accounts.models import User


@admin.register(User)
class KratomwiseUserAdmin(UserAdmin[User]):
    fieldsets = (*(UserAdmin.fieldsets or ()), ("kratomwise", {"fields": ("time_zone", "country")}))
