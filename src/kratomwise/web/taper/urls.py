from django.urls import path

from kratomwise.web.taper import views

app_name = "taper"

urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.new, name="new"),
    path("edit/", views.edit, name="edit"),
    path("restart/", views.restart, name="restart"),
    path("checkin/", views.checkin, name="checkin"),
    path("thresholds/", views.thresholds, name="thresholds"),
    path("history/", views.history, name="history"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/override/", views.override, name="override"),
    path("<int:pk>/print/", views.printable, name="print"),
    path("<int:pk>/calendar.ics", views.calendar, name="ics"),
]
