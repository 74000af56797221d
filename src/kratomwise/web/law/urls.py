from django.urls import path

from kratomwise.web.law import views

app_name = "law"

urlpatterns = [
    path("", views.index, name="index"),
    path("compare/", views.compare, name="compare"),
    path("<str:code>/", views.detail, name="detail"),
]
