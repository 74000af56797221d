from django.urls import path

from kratomwise.web.evidence import views

app_name = "evidence"

urlpatterns = [
    path("", views.index, name="index"),
    path("<str:fact_id>/", views.detail, name="detail"),
]
