from django.contrib.auth import views as auth_views
from django.urls import path

from kratomwise.web.accounts import views

app_name = "accounts"

urlpatterns = [
    path("setup/", views.setup, name="setup"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("settings/", views.personal_settings, name="settings"),
    path("delete/", views.delete_account, name="delete"),
    path("tokens/", views.access_tokens, name="tokens"),
    path("tokens/<int:pk>/revoke/", views.revoke_token, name="revoke_token"),
]
