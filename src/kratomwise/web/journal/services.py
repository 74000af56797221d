"""Glue between the stored journal and the pure core."""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.utils import dateformat, timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from kratomwise import usage
from kratomwise.dates import EARLIEST, latest
from kratomwise.usage import thresholds
from kratomwise.web.core.language import buddhist_era
from kratomwise.web.core.templatetags.pagelanguage import era_format
from kratomwise.web.journal.models import UNDO_DAYS, Entry, JournalSettings, stored_amount

if TYPE_CHECKING:
    from kratomwise.web.accounts.models import User

# One limit for the file, from the core (usage.formats): the largest accepted file imports
# within 10 s. Bytes can be up to 4 per character.
MAX_IMPORT_BYTES = 4 * usage.formats.MAX_CHARS
MAX_IMPORT_ENTRIES = usage.formats.MAX_ENTRIES

# What to do, then why: shown under each signal (never a dose to take).
ADVICE = {
    "escalating_amount": _(
        "Notice whether you need more for the same effect. Holding your amount steady or planning "
        "a slow taper can stop the climb; a clinician can help."
    ),
    "increasing_frequency": _(
        "Try spacing uses further apart or setting a limit on uses a day in your journal settings."
    ),
    "daily_use": _(
        "If you plan to stop or cut down, do it gradually rather than all at once, and talk to a "
        "clinician about withdrawal support."
    ),
    "three_or_more_uses_a_day": _(
        "Notice what leads to the extra uses; a personal limit on uses a day in your journal "
        "settings can help you keep track."
    ),
    "seven_oh_use": _(
        "Avoid combining 7-OH with opioids, alcohol or sedatives, do not use alone, and keep "
        "naloxone nearby. Get help now if breathing is slow or someone cannot be woken."
    ),
    "use_after_break": _(
        "Use much less than you used to, do not use alone, and keep naloxone nearby. Get help now "
        "if breathing is slow or someone cannot be woken."
    ),
    "polydrug_day": _(
        "Check the combination in the interaction checker before you combine again; combinations "
        "with opioids, alcohol or sedatives can slow breathing."
    ),
    "limit_exceeded": _(
        "Look at what was different on those days; you can change your limits in the journal "
        "settings."
    ),
}


LEVEL_LABELS = {"info": _("Info"), "caution": _("Caution"), "warning": _("Warning")}
#: The one date format of journal pages (day, short month, year in the page's language).
DATE_FORMAT = "j M Y"


def page_date(day: dt.date) -> str:
    return _page_date(day, get_language(), buddhist_era())


@functools.lru_cache(maxsize=4096)
def _page_date(day: dt.date, language: str | None, era: bool) -> str:
    # Charts write a few hundred dates a page, the same ones on every view; formatting one
    # costs about as much as a small query. (``era`` is read by era_format: part of the key.)
    return dateformat.format(day, era_format(DATE_FORMAT, day))


def signal_items(signals: Iterable[usage.Signal]) -> list[dict[str, object]]:
    """Signals as pages show them: title, level label and advice, never the internal code."""
    titles = {rule.code: rule.title for rule in thresholds.rules()}
    return [
        {
            "signal": s,
            "title": titles[s.code],
            "level": LEVEL_LABELS[s.level],
            "advice": ADVICE[s.code],
            "css": "" if s.level == "info" else s.level,
        }
        for s in signals
    ]


def user_tz(user: User) -> dt.tzinfo:
    name = getattr(user, "time_zone", "") or ""
    try:
        return zoneinfo.ZoneInfo(name) if name else dt.UTC
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def local_today(user: User) -> dt.date:
    return timezone.now().astimezone(user_tz(user)).date()


def accepted_span(user: User) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) of the times whose local date the one date rule accepts
    (``kratomwise.dates``): entries outside it are kept and listed but never analysed."""
    tz = user_tz(user)
    last = latest(local_today(user)) + dt.timedelta(days=1)
    return (
        dt.datetime.combine(EARLIEST, dt.time(), tz),
        dt.datetime.combine(last, dt.time(), tz),
    )


def outside_span(user: User) -> Q:
    """The entries dated outside :func:`accepted_span` (stored before the rule existed)."""
    start, end = accepted_span(user)
    return Q(taken_at__lt=start) | Q(taken_at__gte=end)


def mark_outside(user: User, entries: Iterable[Entry]) -> list[Entry]:
    """``entries`` with ``outside_range`` set, so lists can mark the ones analyses leave out."""
    start, end = accepted_span(user)
    found = list(entries)
    for entry in found:
        entry.outside_range = not start <= entry.taken_at < end
    return found


def core_entries(user: User, with_notes: bool = False, in_span: bool = False) -> list[usage.Entry]:
    """The person's live entries as core values in their own time zone, oldest first.
    Without notes, the note column is neither read nor decrypted; ``in_span`` leaves out
    entries dated outside the accepted dates (see :func:`accepted_span`)."""
    rows = Entry.objects.filter(owner=user).order_by("taken_at", "pk")
    if in_span:
        start, end = accepted_span(user)
        rows = rows.filter(taken_at__gte=start, taken_at__lt=end)
    if not with_notes:
        rows = rows.defer("note_token", "created_at", "updated_at", "deleted_at")
    tz = user_tz(user)
    return [e.to_core(tz, with_note=with_notes) for e in rows.iterator(chunk_size=2000)]


def analysis_for(
    user: User, date_text: Callable[[dt.date], str] = dt.date.isoformat
) -> usage.Analysis:
    """The person's full analysis, computed now (pages read the cached one in ``cached``);
    pages pass ``page_date`` so explanations match the page."""
    settings = JournalSettings.for_user(user).to_core()
    entries = core_entries(user, in_span=True)
    return usage.analyze(entries, settings, local_today(user), date_text=date_text)


PURGE_EVERY = 3600  # seconds: a page view checks for entries past their undo period at most hourly


def purge_deleted(user: User) -> None:
    """Soft-deleted entries older than the undo period are removed for good. Pages call this
    on views, so it runs at most once an hour a person (a cache flag) and reads first: a
    DELETE would take SQLite's write lock even when nothing is due."""
    if not cache.add(f"journal-purge:{user.pk}", True, PURGE_EVERY):
        return
    cutoff = timezone.now() - dt.timedelta(days=UNDO_DAYS)
    due = Entry.all_objects.filter(owner=user, deleted_at__lt=cutoff)
    if due.exists():
        due.delete()


def _key(e: usage.Entry) -> tuple[Any, ...]:
    return (
        e.taken_at.astimezone(dt.UTC),
        e.substance,
        e.form,
        stored_amount(e.amount),
        e.unit,
    )


def import_entries(user: User, entries: list[usage.Entry]) -> tuple[int, int]:
    """Save ``entries`` for ``user`` in one transaction; exact duplicates of existing entries are
    skipped. Returns (imported, skipped)."""
    existing = {
        (t.astimezone(dt.UTC), s, f, a.normalize(), u)
        for t, s, f, a, u in Entry.objects.filter(owner=user).values_list(
            "taken_at", "substance", "form", "amount", "unit"
        )
    }
    new = []
    for entry in entries:
        key = _key(entry)
        if key in existing:
            continue
        existing.add(key)
        new.append(Entry.from_core(user, entry))
    with transaction.atomic():
        Entry.objects.bulk_create(new, batch_size=500)
    return len(new), len(entries) - len(new)


def delete_all(user: User) -> int:
    from kratomwise.web.journal.models import Preset

    with transaction.atomic():
        count, _detail = Entry.all_objects.filter(owner=user).delete()
        Preset.objects.filter(owner=user).delete()
        JournalSettings.objects.filter(owner=user).delete()
    return count
