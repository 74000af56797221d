from __future__ import annotations

import zoneinfo
from functools import cache
from typing import Any

import pycountry
from django import forms
from django.contrib.auth.forms import UserCreationForm
from django.utils.functional import Promise
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from kratomwise.i18n import LANGUAGES
from kratomwise.i18n.countries import country_name
from kratomwise.web.accounts import security
from kratomwise.web.accounts.models import AccessToken, User


class OwnerSetupForm(UserCreationForm[User]):
    """The owner account. On a server others can reach, the one-time setup token printed on
    the console is asked for too, so the first visitor cannot claim the server."""

    setup_token = forms.CharField(
        label=_("Setup token"),
        required=False,
        help_text=_("Printed on the console when kratomwise started."),
    )

    class Meta:
        model = User
        fields = ("username",)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not security.setup_token_required():
            del self.fields["setup_token"]

    def clean_setup_token(self) -> str:
        given: str = self.cleaned_data.get("setup_token") or ""
        if not security.setup_token_matches(given):
            raise forms.ValidationError(
                _("That is not the setup token shown on the console where kratomwise runs.")
            )
        return given


# Zones many people using kratomwise live in (the app's languages: English, Thai, Malay,
# Indonesian, Spanish); listed first so most people need not scroll.
COMMON_TIME_ZONES: tuple[str, ...] = (
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Mexico_City",
    "Europe/London",
    "Europe/Madrid",
    "Asia/Bangkok",
    "Asia/Kuala_Lumpur",
    "Asia/Jakarta",
    "Asia/Singapore",
    "Asia/Manila",
    "Australia/Sydney",
)


def _place(name: str) -> str:
    """ "America/Argentina/Buenos_Aires" → "Argentina / Buenos Aires" (the region is the group)."""
    return " / ".join(name.split("/")[1:]).replace("_", " ")


# A choice is (value, label); a group is (region label, its choices) and renders as <optgroup>.
Choice = tuple[str, str | Promise]
ChoiceGroup = tuple[str | Promise, list[tuple[str, str]]]


@cache
def time_zone_choices() -> list[Choice | ChoiceGroup]:
    """A blank default, the common zones, then every zone grouped by region (<optgroup>)."""
    zones = sorted(z for z in zoneinfo.available_timezones() if "/" in z)
    regions: dict[str, list[tuple[str, str]]] = {}
    for name in zones:
        regions.setdefault(name.split("/")[0], []).append((name, _place(name)))
    common = [(z, f"{_place(z)} ({z.split('/')[0]})") for z in COMMON_TIME_ZONES if z in zones]
    return [
        ("", _("Server default (UTC)")),
        (_("Common time zones"), common),
        *((region, rows) for region, rows in sorted(regions.items())),
    ]


def country_choices() -> list[Choice]:
    return [("", _("Not set (international help lines)")), *_countries(get_language())]


@cache
def _countries(language: str) -> list[Choice]:
    """Every country, named and ordered in ``language`` (the page's)."""
    named = [(c.alpha_2, country_name(c.alpha_2, c.name, language)) for c in pycountry.countries]
    return sorted(named, key=lambda choice: str(choice[1]).casefold())


class PersonalSettingsForm(forms.ModelForm[User]):
    time_zone = forms.ChoiceField(
        label=_("Time zone"),
        required=False,
        choices=time_zone_choices,
        help_text=_("Times are shown in this zone."),
    )
    country = forms.ChoiceField(
        label=_("Country"),
        required=False,
        choices=country_choices,
        help_text=_("Used to show your local help lines and laws."),
    )

    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[("", _("Your browser's language")), *LANGUAGES],
        help_text=_("The language of every page once you are signed in."),
    )

    class Meta:
        model = User
        fields = ("time_zone", "country", "language", "buddhist_era")


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password, to confirm"), widget=forms.PasswordInput, strip=False
    )

    def __init__(self, user: User, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password: str = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That is not your password."))
        return password


class TokenForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=60,
        help_text=_(
            "So you can tell your tokens apart, for example the app or phone that uses it."
        ),
    )
    scope = forms.ChoiceField(
        label=_("What it may do"),
        choices=AccessToken.SCOPE_CHOICES,
        initial=AccessToken.READ,
        widget=forms.RadioSelect,
    )
