"""The journal amount the taper check-in starts from: the journal's own daily totals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.utils import timezone

from kratomwise.web.journal.models import Entry
from kratomwise.web.taper.signals import journal_amount

pytestmark = pytest.mark.django_db


def _log(
    owner, amount: str, unit: str, form: str = "leaf_powder", substance: str = "kratom"
) -> None:  # type: ignore[no-untyped-def]
    Entry.objects.create(
        owner=owner,
        taken_at=timezone.now(),
        amount=Decimal(amount),
        unit=unit,
        form=form,
        substance=substance,
    )


def test_leaf_grams_add_up_and_milligrams_convert(owner) -> None:  # type: ignore[no-untyped-def]
    today = timezone.localdate()
    assert journal_amount(owner, "g", today) is None
    _log(owner, "3", "g")
    _log(owner, "500", "mg")
    _log(owner, "2", "capsule")  # another unit: not added to grams
    _log(owner, "10", "mg", form="seven_oh_product", substance="seven_oh")  # not this plan's
    assert journal_amount(owner, "g", today) == Decimal("3.5")
    assert journal_amount(owner, "capsule", today) == Decimal(2)
    assert journal_amount(owner, "mg", today, seven_oh=True) == Decimal(10)
    assert journal_amount(owner, "g", today, seven_oh=True) == Decimal("0.01")


def test_amounts_that_cannot_be_added_are_left_to_the_person(owner) -> None:  # type: ignore[no-untyped-def]
    _log(owner, "3", "g")
    _log(owner, "1", "g", form="extract")
    assert journal_amount(owner, "g", timezone.localdate()) is None
