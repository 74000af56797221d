from django.urls import path

from kratomwise.web.interactions import views

app_name = "interactions"

urlpatterns = [
    path("", views.index, name="index"),
    path("suggest/", views.suggest, name="suggest"),
    path("saved/", views.save, name="save"),
    path("saved/<int:pk>/remove/", views.remove, name="remove"),
]
