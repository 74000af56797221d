"""The consent wizard's form: every element the ledger needs, checked by the core."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kratomwise.sharing import Category, ConsentForm, ConsentType, Recipient, RecipientKind, Role
from kratomwise.web.accounts.models import User
from kratomwise.web.programs.models import Program, RoleGrant
from kratomwise.web.programs.models.consent import CATEGORY_LABELS
from kratomwise.web.programs.statements import DEFAULT_PURPOSE, versions

MAX_DAYS = 366 * 2


def offered(kind: ConsentType) -> list[Category]:
    """The kinds of data the wizard offers for a consent type: counseling notes only under a
    consent of their own, and nothing else there."""
    if kind is ConsentType.counseling_notes:
        return [Category.counseling_notes]
    return [c for c in Category if c is not Category.counseling_notes]


def consent_type(value: object) -> ConsentType | None:
    """The consent type named in a request, or None when it names none."""
    try:
        return ConsentType(str(value))
    except ValueError:
        return None


class ShareForm(forms.Form):
    """Missing elements are left to ``sharing.missing_elements`` (one rule, one message each),
    so most fields are optional here."""

    type = forms.ChoiceField(
        choices=[(t.value, t.value) for t in ConsentType], widget=forms.HiddenInput
    )
    recipient = forms.ChoiceField(label=_("Who receives your records"), required=False)
    categories = forms.MultipleChoiceField(
        label=_("What they may see"),
        # Every category is a valid answer, so a mixed consent reaches the core's check (and
        # its message); the boxes shown are the ones the type allows.
        choices=[(c.value, CATEGORY_LABELS[c]) for c in Category],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    purpose = forms.CharField(label=_("What for"), max_length=300, required=False)
    expires_on = forms.DateField(
        label=_("Sharing ends on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Or name an event below; one of the two is needed."),
    )
    expiry_event = forms.CharField(label=_("…or ends when"), max_length=200, required=False)
    person_name = forms.CharField(label=_("Your full name"), max_length=200, required=False)
    signer = forms.CharField(label=_("Sign by typing your name"), max_length=200, required=False)
    relationship = forms.CharField(
        label=_("You are signing as"), max_length=100, initial=_("myself"), required=False
    )
    read_statements = forms.BooleanField(
        label=_("I have read the statements above."),
        error_messages={"required": _("Please read the statements above and tick this box.")},
    )

    def __init__(self, person: User, kind: ConsentType, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.person = person
        self.fields["type"].initial = kind.value
        self.fields["purpose"].initial = DEFAULT_PURPOSE[kind]
        shown = offered(kind)
        self.fields["categories"].widget.choices = [(c.value, CATEGORY_LABELS[c]) for c in shown]
        if len(shown) == 1:
            self.fields["categories"].initial = [shown[0].value]
        clinicians = (
            get_user_model()
            .objects.filter(role_grants__role=Role.clinician.value)
            .exclude(pk=person.pk)
            .distinct()
            .order_by("username")
        )
        choices = [
            (
                f"clinician:{u.pk}",
                _("Clinician: %(name)s") % {"name": u.get_full_name() or u.get_username()},
            )
            for u in clinicians
        ]
        choices += [
            (f"program:{p.pk}", _("Program: %(name)s") % {"name": p.name})
            for p in Program.objects.order_by("name")
        ]
        recipient = self.fields["recipient"]
        assert isinstance(recipient, forms.ChoiceField)  # declared above
        recipient.choices = [("", _("Choose…")), *choices]
        self.has_recipients = bool(choices)

    def clean_expires_on(self) -> Any:
        day = self.cleaned_data.get("expires_on")
        today = timezone.localdate()
        if day is not None and not today < day <= today + timedelta(days=MAX_DAYS):
            raise forms.ValidationError(_("Choose a day after today and within two years."))
        return day

    def consent_form(self) -> ConsentForm:
        data = self.cleaned_data
        kind, _sep, pk = str(data.get("recipient") or "").partition(":")
        recipients = frozenset({Recipient(RecipientKind(kind), int(pk))}) if pk else frozenset()
        expires = data.get("expires_on")
        return ConsentForm(
            person_name=data["person_name"],
            discloser=str(_("kratomwise, on behalf of %(name)s") % {"name": data["person_name"]}),
            type=ConsentType(data["type"]),
            recipients=recipients,
            categories=frozenset(Category(c) for c in data["categories"]),
            purpose=data["purpose"],
            expires_at=datetime.combine(expires, time(23, 59), tzinfo=UTC) if expires else None,
            expiry_event=data.get("expiry_event", ""),
            signer=data["signer"],
            relationship=data["relationship"],
            signed_at=timezone.now(),
            statements=versions(ConsentType(data["type"])),
        )


def recipient_exists(recipient: Recipient) -> bool:
    if recipient.kind is RecipientKind.program:
        return Program.objects.filter(pk=recipient.id).exists()
    return RoleGrant.objects.filter(user_id=recipient.id, role=Role.clinician.value).exists()
