from django.urls import path

from kratomwise.web.core import views

app_name = "core"

urlpatterns = [
    path("", views.today, name="today"),
    path("about/", views.about, name="about"),
    path("healthz", views.healthz, name="healthz"),
]
