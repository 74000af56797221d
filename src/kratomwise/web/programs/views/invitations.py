"""Invitations: program admins and the site admin invite people; the link signs them up once."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth.forms import UserCreationForm
from django.db import transaction
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from kratomwise.sharing import Role
from kratomwise.web.accounts.http import AuthedHttpRequest
from kratomwise.web.accounts.models import User
from kratomwise.web.programs import audit
from kratomwise.web.programs.access import roles_of
from kratomwise.web.programs.models import Invitation, Program, RoleGrant
from kratomwise.web.programs.models.roles import ROLE_CHOICES, hash_token
from kratomwise.web.programs.security import mfa_required


class InviteForm(forms.Form):
    role = forms.ChoiceField(label=gettext_lazy("Role"), choices=ROLE_CHOICES)
    program = forms.ModelChoiceField(
        label=gettext_lazy("Program"), queryset=Program.objects.none(), required=False
    )

    def __init__(self, programs: QuerySet[Program], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        program = self.fields["program"]
        assert isinstance(program, forms.ModelChoiceField)  # declared above
        program.queryset = programs

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        role = data.get("role")
        if role in (Role.clinician.value, Role.program_admin.value) and not data.get("program"):
            raise forms.ValidationError(
                _("Clinicians and program admins belong to a program: choose one.")
            )
        return data


class JoinForm(UserCreationForm[User]):
    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username",)


@mfa_required
@require_http_methods(["GET", "POST"])
def invite(request: AuthedHttpRequest) -> HttpResponse:
    roles = roles_of(request.user)
    if Role.site_admin in roles:
        programs = Program.objects.order_by("name")
        allowed = {value for value, _label in ROLE_CHOICES}
    elif Role.program_admin in roles:
        mine = RoleGrant.objects.filter(user=request.user, role=Role.program_admin.value).values(
            "program"
        )
        programs = Program.objects.filter(pk__in=mine).order_by("name")
        allowed = {Role.person.value, Role.clinician.value}
    else:
        raise Http404
    form = InviteForm(programs, request.POST or None)
    link = ""
    if request.method == "POST" and form.is_valid():
        if form.cleaned_data["role"] not in allowed:
            form.add_error("role", _("You cannot invite people to that role."))
        else:
            invitation, token = Invitation.issue(
                Role(form.cleaned_data["role"]), form.cleaned_data["program"], request.user
            )
            link = request.build_absolute_uri(reverse("programs:join", args=[token]))
            audit.record(
                action="C",
                resource="invitation",
                outcome="issued",
                request=request,
                object_ids=str(invitation.pk),
            )
    return render(request, "programs/invite.html", {"form": form, "link": link})


@require_http_methods(["GET", "POST"])
def join(request: HttpRequest, token: str) -> HttpResponse:
    invitation = Invitation.objects.filter(token_hash=hash_token(token)).first()
    if invitation is None or not invitation.usable():
        raise Http404
    form = JoinForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
            if not locked.usable():
                raise Http404
            user = form.save()
            RoleGrant.objects.create(user=user, role=Role.person.value)
            if locked.role != Role.person.value:
                RoleGrant.objects.create(user=user, role=locked.role, program=locked.program)
            locked.used_at = timezone.now()
            locked.save(update_fields=["used_at"])
            audit.record(
                action="C",
                resource="account",
                outcome="joined",
                actor=user,
                request=request,
                object_ids=str(locked.pk),
            )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome to kratomwise."))
        return redirect("core:today")
    return render(request, "programs/join.html", {"form": form, "invitation": invitation})


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    """Open sign-up, only when the installation turns it on (KRATOMWISE_OPEN_SIGNUP=1)."""
    if not settings.KRATOMWISE_OPEN_SIGNUP:
        raise Http404
    form = JoinForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            user = form.save()
            RoleGrant.objects.create(user=user, role=Role.person.value)
            audit.record(
                action="C", resource="account", outcome="signed_up", actor=user, request=request
            )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect("core:today")
    return render(request, "programs/join.html", {"form": form})
