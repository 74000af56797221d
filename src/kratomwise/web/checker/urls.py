from django.urls import path

from kratomwise.web.checker import views

app_name = "checker"

urlpatterns = [
    path("", views.index, name="index"),
]
