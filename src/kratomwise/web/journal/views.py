"""Journal pages: fast entry, repeat last, presets, edit, delete with undo, charts and signals."""

from __future__ import annotations

import dataclasses
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from kratomwise.usage import thresholds
from kratomwise.web.accounts.http import AuthedHttpRequest
from kratomwise.web.core.cache import data_version
from kratomwise.web.core.forms import form_page
from kratomwise.web.journal import cached, charts
from kratomwise.web.journal.forms import EntryForm
from kratomwise.web.journal.models import Entry, JournalSettings, Preset
from kratomwise.web.journal.services import (
    mark_outside,
    outside_span,
    purge_deleted,
    signal_items,
)
from kratomwise.web.programs.owned import owned_or_404

RECENT = 10
PER_PAGE = 50
# Warnings about breathing: overdose signs and naloxone go above the page heading.
URGENT_CODES = ("seven_oh_use", "polydrug_day", "use_after_break")
UNDO_SESSION_KEY = "journal_undo"


def _new_form(prefs: JournalSettings) -> EntryForm:
    return EntryForm(
        initial={"form": prefs.preferred_form, "unit": prefs.preferred_unit, "kind": "kratom"}
    )


@dataclasses.dataclass(frozen=True, slots=True)
class JournalParts:
    """What the journal page shows that changes only with the journal (and the day, time zone
    and language, which the cache key holds): rendered once, then read from the cache."""

    result: cached.PageAnalysis
    analysis_html: SafeString  # signals, counts and charts
    outside: int  # entries dated outside the accepted range
    recent_html: SafeString  # the newest entries, notes decrypted (the cache is in memory)
    last_what: str  # what "Repeat last" logs, or "" with no entries


def _journal_parts(user: Any) -> JournalParts:
    """Build :class:`JournalParts` (nothing in it is per request: no form, no token)."""
    result = cached.page_analysis(user)
    context = {
        "result": result,
        "signals": signal_items(result.signals),
        "amount_chart": charts.daily_amount(result, cached.CHART_DAYS),
        "uses_chart": charts.uses_per_day(result, cached.CHART_DAYS),
        "heat_chart": charts.heat_map(result, cached.HEAT_WEEKS),
        "lookback": thresholds.LOOKBACK_DAYS,
        "unconverted_capsules": "leaf_capsule" in result.unit_totals(thresholds.LOOKBACK_DAYS),
    }
    recent = mark_outside(user, Entry.objects.filter(owner=user)[:RECENT])
    return JournalParts(
        result=result,
        analysis_html=mark_safe(render_to_string("journal/_analysis.html", context)),
        outside=Entry.objects.filter(owner=user).filter(outside_span(user)).count(),
        recent_html=mark_safe(render_to_string("journal/_entry_list.html", {"entries": recent})),
        last_what=recent[0].describe() if recent else "",
    )


def _blank_form(prefs: JournalSettings) -> SafeString:
    """The empty entry form: the same HTML for everyone with the same usual form and unit, and
    its widgets cost more to render than the rest of the page, so it is rendered once per
    process, language and preference."""
    key = ":".join(
        (
            "journal-blank-form",
            data_version(),
            get_language() or "",
            prefs.preferred_form,
            prefs.preferred_unit,
        )
    )
    found: SafeString | None = cache.get(key)
    if found is None:
        html = render_to_string("journal/_entry_form_fields.html", {"form": _new_form(prefs)})
        found = mark_safe(html)
        cache.set(key, found, None)
    return found


@login_required
@require_http_methods(["GET", "POST"])
def index(request: AuthedHttpRequest) -> HttpResponse:
    prefs = JournalSettings.for_user(request.user)
    if request.method == "POST":
        form = EntryForm(request.POST, instance=Entry(owner=request.user))
        if form.is_valid():
            entry = form.save()
            messages.success(request, _("Logged: %(what)s.") % {"what": entry.describe()})
            return redirect("journal:index")
    else:
        form = _new_form(prefs)
    purge_deleted(request.user)
    parts = cached.remember(
        request.user, "journal-page", lambda: _journal_parts(request.user), prefs
    )
    undo = None
    undo_pk = request.session.get(UNDO_SESSION_KEY)
    if undo_pk:
        undo = Entry.all_objects.filter(
            owner=request.user, pk=undo_pk, deleted_at__isnull=False
        ).first()
    context = {
        "form": form,
        "blank_form": None if form.is_bound else _blank_form(prefs),
        "presets": Preset.objects.filter(owner=request.user),
        "parts": parts,
        "urgent": [
            s for s in parts.result.signals if s.level == "warning" and s.code in URGENT_CODES
        ],
        "undo": undo,
        "settings": prefs,
    }
    status = 400 if request.method == "POST" else 200
    return render(request, "journal/index.html", context, status=status)


def _log_now(request: AuthedHttpRequest, like: Entry | Preset, message: str) -> HttpResponse:
    """Log what ``like`` names (substance, form, amount, unit) as taken now; back to the journal."""
    entry = Entry.objects.create(
        owner=request.user,
        taken_at=timezone.now(),
        substance=like.substance,
        form=like.form,
        amount=like.amount,
        unit=like.unit,
    )
    messages.success(request, message % {"what": entry.describe()})
    return redirect("journal:index")


@login_required
@require_POST
def repeat_last(request: AuthedHttpRequest) -> HttpResponse:
    last = Entry.objects.filter(owner=request.user).first()
    if last is None:
        messages.info(request, _("There is nothing to repeat yet."))
        return redirect("journal:index")
    return _log_now(request, last, _("Logged again: %(what)s."))


@login_required
@require_POST
def log_preset(request: AuthedHttpRequest, pk: int) -> HttpResponse:
    preset = owned_or_404(request, Preset, pk=pk)
    return _log_now(request, preset, _("Logged: %(what)s."))


@login_required
@require_http_methods(["GET", "POST"])
def edit(request: AuthedHttpRequest, pk: int) -> HttpResponse:
    entry = owned_or_404(request, Entry, pk=pk)
    form = EntryForm(request.POST or None, instance=entry)
    template = "journal/edit.html"
    return form_page(request, form, _("Entry saved."), "journal:index", template, {"entry": entry})


@login_required
@require_http_methods(["GET", "POST"])
def delete(request: AuthedHttpRequest, pk: int) -> HttpResponse:
    entry = owned_or_404(request, Entry, pk=pk)
    if request.method == "POST":
        entry.deleted_at = timezone.now()
        entry.save(update_fields=["deleted_at"])
        request.session[UNDO_SESSION_KEY] = entry.pk
        messages.success(request, _("Entry deleted. You can undo this for 30 days."))
        return redirect("journal:index")
    return render(request, "journal/delete.html", {"entry": entry})


@login_required
@require_POST
def restore(request: AuthedHttpRequest, pk: int) -> HttpResponse:
    entry = owned_or_404(request, Entry.all_objects, pk=pk, deleted_at__isnull=False)
    entry.deleted_at = None
    entry.save(update_fields=["deleted_at"])
    request.session.pop(UNDO_SESSION_KEY, None)
    messages.success(request, _("Entry restored: %(what)s.") % {"what": entry.describe()})
    target = "journal:deleted" if request.POST.get("next") == "deleted" else "journal:index"
    return redirect(target)


@login_required
def deleted(request: AuthedHttpRequest) -> HttpResponse:
    purge_deleted(request.user)
    entries = Entry.all_objects.filter(owner=request.user, deleted_at__isnull=False).order_by(
        "-deleted_at"
    )
    return render(request, "journal/deleted.html", {"entries": entries})


@login_required
def entries(request: AuthedHttpRequest) -> HttpResponse:
    """Every entry, newest first, PER_PAGE a page; the links keep any other query parameters."""
    rows = Entry.objects.filter(owner=request.user)
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "page": page,
        "entries": mark_outside(request.user, page.object_list),
        "query": query.urlencode(),
    }
    return render(request, "journal/entries.html", context)
