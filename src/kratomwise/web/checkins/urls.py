from django.urls import path

from kratomwise.web.checkins import views

app_name = "checkins"

urlpatterns = [
    path("", views.index, name="index"),
    path("export/fhir.json", views.export_fhir, name="export_fhir"),
    path("r/<int:pk>/", views.result, name="result"),
    path("r/<int:pk>/fhir.json", views.export_one, name="export_one"),
    path("<slug:instrument>/", views.take, name="take"),
    path("<slug:instrument>/history/", views.history, name="history"),
]
