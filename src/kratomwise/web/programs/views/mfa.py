"""Second factor (TOTP) setup and check, and password re-entry before sensitive changes."""

from __future__ import annotations

import base64
import time

import segno
from django import forms
from django.contrib.auth import authenticate
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from kratomwise.web.programs import audit
from kratomwise.web.programs.security import reauth_required


class CodeForm(forms.Form):
    code = forms.RegexField(
        label=gettext_lazy("6-digit code from your authenticator app"),
        regex=r"^\d{6}$",
        max_length=6,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}),
        error_messages={"invalid": gettext_lazy("Enter the 6 digits your app shows.")},
    )


class PasswordForm(forms.Form):
    password = forms.CharField(
        label=gettext_lazy("Your password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        max_length=512,
    )


def _next(request: HttpRequest, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or default
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return default


@login_required
@require_http_methods(["GET", "POST"])
def check(request: HttpRequest) -> HttpResponse:
    """Enter a code from a confirmed device; without one, set one up first."""
    device = TOTPDevice.objects.filter(user=request.user, confirmed=True).first()
    if device is None:
        return redirect("programs:mfa_setup")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        # verify_token refuses a code at or before the last accepted step: no replays.
        if device.verify_token(form.cleaned_data["code"]):
            otp_login(request, device)
            audit.record(action="E", resource="mfa", outcome="verified", request=request)
            return redirect(_next(request, "programs:caseload"))
        audit.record(action="E", resource="mfa", outcome="failed", request=request)
        form.add_error("code", _("That code is not right, or was already used. Try the next one."))
    return render(request, "programs/mfa_check.html", {"form": form, "next": _next(request, "")})


@login_required
@reauth_required
@require_http_methods(["GET", "POST"])
def setup(request: HttpRequest) -> HttpResponse:
    """Create (or finish confirming) an authenticator device."""
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=request.user, name="authenticator", confirmed=False)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            TOTPDevice.objects.filter(user=request.user).exclude(pk=device.pk).delete()
            otp_login(request, device)
            audit.record(action="C", resource="mfa", outcome="device_confirmed", request=request)
            return redirect(_next(request, "programs:caseload"))
        form.add_error(
            "code", _("That code is not right. Check the time on your phone and try again.")
        )
    secret = device.bin_key

    secret_text = base64.b32encode(secret).decode().rstrip("=")
    qr = segno.make(device.config_url, error="m")
    context = {
        "form": form,
        "secret": " ".join(secret_text[i : i + 4] for i in range(0, len(secret_text), 4)),
        # segno writes plain SVG markup from the URL it encodes; no script, no style element.
        "qr_svg": mark_safe(qr.svg_inline(scale=4, dark="#000", light="#fff", omitsize=False)),
        "next": _next(request, ""),
    }
    return render(request, "programs/mfa_setup.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def reauth(request: HttpRequest) -> HttpResponse:
    form = PasswordForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = authenticate(
            request, username=request.user.get_username(), password=form.cleaned_data["password"]
        )
        if user is not None and user.pk == request.user.pk:
            request.session["kw_reauth_at"] = time.time()
            audit.record(action="E", resource="reauth", outcome="ok", request=request)
            return redirect(_next(request, "programs:sharing"))
        audit.record(action="E", resource="reauth", outcome="failed", request=request)
        form.add_error("password", _("That password is not right."))
    return render(request, "programs/reauth.html", {"form": form, "next": _next(request, "")})
