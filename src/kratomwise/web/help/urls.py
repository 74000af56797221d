from django.urls import path

from kratomwise.web.help import views

app_name = "help"

urlpatterns = [
    path("", views.index, name="index"),
    path("resources/", views.resources, name="resources"),
]
