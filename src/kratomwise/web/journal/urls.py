from django.urls import path

from kratomwise.web.journal import views, views_data

app_name = "journal"

urlpatterns = [
    path("", views.index, name="index"),
    path("repeat/", views.repeat_last, name="repeat"),
    path("entries/", views.entries, name="entries"),
    path("deleted/", views.deleted, name="deleted"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/delete/", views.delete, name="delete"),
    path("<int:pk>/restore/", views.restore, name="restore"),
    path("presets/", views_data.presets, name="presets"),
    path("presets/<int:pk>/log/", views.log_preset, name="log_preset"),
    path("presets/<int:pk>/delete/", views_data.delete_preset, name="delete_preset"),
    path("settings/", views_data.settings_view, name="settings"),
    path("how-signals-work/", views_data.how, name="how"),
    path("export.csv", views_data.export_csv, name="export_csv"),
    path("export.json", views_data.export_json, name="export_json"),
    path("import/", views_data.import_view, name="import"),
    path("delete-my-data/", views_data.delete_data, name="delete_data"),
]
