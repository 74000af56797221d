"""Rules every form applies to what people type: the core's date rule and plain digits."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

from kratomwise.dates import date_problem

_NUMBER_FIELDS = (forms.IntegerField, forms.DateField, forms.DateTimeField)


class CheckedInputMixin(forms.Form):
    """Dates within the accepted range (``kratomwise.dates``); numbers and dates written with
    the digits 0-9 (Python would read "٣" as 3, a value the person never saw as a number)."""

    def _clean_fields(self) -> None:
        # Django's private _clean_fields is missing from django-stubs.
        super()._clean_fields()  # type: ignore[misc]
        for name, field in self.fields.items():
            if name not in self.cleaned_data or not isinstance(field, _NUMBER_FIELDS):
                continue
            raw = self.data.get(self.add_prefix(name), "")
            if isinstance(raw, str) and not raw.isascii():
                self.add_error(name, _("Write numbers and dates with the digits 0-9."))
                continue
            value = self.cleaned_data[name]
            day = value.date() if isinstance(value, dt.datetime) else value
            if isinstance(day, dt.date):
                problem = date_problem(day)
                if problem is not None:
                    self.add_error(name, problem)
