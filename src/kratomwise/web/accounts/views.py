from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model, login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from kratomwise.knowledge import resources as res
from kratomwise.sharing import Role
from kratomwise.web.accounts import tokens
from kratomwise.web.accounts.forms import (
    DeleteAccountForm,
    OwnerSetupForm,
    PersonalSettingsForm,
    TokenForm,
)
from kratomwise.web.accounts.http import AuthedHttpRequest
from kratomwise.web.accounts.models import AccessToken
from kratomwise.web.core.forms import form_page
from kratomwise.web.help.country import resolve_country
from kratomwise.web.programs.models.roles import grant_roles
from kratomwise.web.programs.owned import owned_or_404


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def dispatch(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponseBase:
        if not get_user_model().objects.exists():  # first run: create the owner instead
            return redirect("accounts:setup")
        return super().dispatch(request, *args, **kwargs)


@require_http_methods(["GET", "POST"])
def setup(request: HttpRequest) -> HttpResponse:
    """First run only: create the owner account. Afterwards this page does not exist."""
    User = get_user_model()
    if User.objects.exists():
        raise Http404
    form = OwnerSetupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            if User.objects.select_for_update().exists():  # lost a race with another tab
                raise Http404
            user = form.save(commit=False)
            user.is_staff = True
            user.is_superuser = True
            user.save()
            # The owner is the site admin, and a person with data of their own like everyone.
            grant_roles(user, [Role.site_admin, Role.person])
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Your owner account is ready. Welcome to kratomwise."))
        return redirect("core:today")
    return render(request, "accounts/setup.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def personal_settings(request: AuthedHttpRequest) -> HttpResponse:
    # With no country saved, show the one the help page already uses (from the browser's
    # language) as chosen, so the two pages agree; saving keeps it.
    detected, how = resolve_country(request)
    initial = {"country": detected} if how == "browser" and detected else {}
    form = PersonalSettingsForm(request.POST or None, instance=request.user, initial=initial)
    context = {"detected_country": res.country_name(detected) if initial else ""}
    saved = _("Settings saved.")
    return form_page(request, form, saved, "accounts:settings", "accounts/settings.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request: AuthedHttpRequest) -> HttpResponse:
    """Delete the person and, by cascade, everything they own."""
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        with transaction.atomic():
            logout(request)
            user.delete()
        messages.success(request, _("Your account and all your data have been deleted."))
        return redirect("core:about")
    return render(request, "accounts/delete.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def access_tokens(request: AuthedHttpRequest) -> HttpResponse:
    """List, make and revoke API tokens. A new token is shown on this response only."""
    form = TokenForm(request.POST or None)
    new_token = None
    if request.method == "POST" and form.is_valid():
        _row, new_token = tokens.create(
            request.user, form.cleaned_data["scope"], form.cleaned_data["name"]
        )
        form = TokenForm()
    context = {
        "form": form,
        "new_token": new_token,
        "tokens": AccessToken.objects.filter(owner=request.user),
    }
    status = 400 if request.method == "POST" and new_token is None else 200
    response = render(request, "accounts/tokens.html", context, status=status)
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_POST
def revoke_token(request: AuthedHttpRequest, pk: int) -> HttpResponse:
    row = owned_or_404(request, AccessToken, pk=pk)
    tokens.revoke(row.pk, owner=request.user)
    messages.success(request, _("Token revoked. It no longer works."))
    return redirect("accounts:tokens")
