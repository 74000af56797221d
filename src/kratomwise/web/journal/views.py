"""Journal pages: fast entry, repeat last, presets, edit, delete with undo, charts and signals."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from kratomwise.usage import thresholds
from kratomwise.web.accounts.http import AuthedHttpRequest
from kratomwise.web.core.forms import form_page
from kratomwise.web.journal import charts
from kratomwise.web.journal.forms import EntryForm
from kratomwise.web.journal.models import Entry, JournalSettings, Preset
from kratomwise.web.journal.services import analysis_for, page_date, purge_deleted, signal_items
from kratomwise.web.programs.owned import owned_or_404

RECENT = 10
# Warnings about breathing: overdose signs and naloxone go above the page heading.
URGENT_CODES = ("seven_oh_use", "polydrug_day", "use_after_break")
UNDO_SESSION_KEY = "journal_undo"


def _new_form(request: AuthedHttpRequest) -> EntryForm:
    prefs = JournalSettings.for_user(request.user)
    return EntryForm(
        initial={"form": prefs.preferred_form, "unit": prefs.preferred_unit, "kind": "kratom"}
    )


@login_required
@require_http_methods(["GET", "POST"])
def index(request: AuthedHttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = EntryForm(request.POST, instance=Entry(owner=request.user))
        if form.is_valid():
            entry = form.save()
            messages.success(request, _("Logged: %(what)s.") % {"what": entry.describe()})
            return redirect("journal:index")
    else:
        form = _new_form(request)
    purge_deleted(request.user)
    result = analysis_for(request.user, page_date)
    last = Entry.objects.filter(owner=request.user).first()
    undo = None
    undo_pk = request.session.get(UNDO_SESSION_KEY)
    if undo_pk:
        undo = Entry.all_objects.filter(
            owner=request.user, pk=undo_pk, deleted_at__isnull=False
        ).first()
    context = {
        "form": form,
        "last": last,
        "presets": Preset.objects.filter(owner=request.user),
        "recent": Entry.objects.filter(owner=request.user)[:RECENT],
        "result": result,
        "signals": signal_items(result.signals),
        "urgent": [s for s in result.signals if s.level == "warning" and s.code in URGENT_CODES],
        "amount_chart": charts.daily_amount(result),
        "uses_chart": charts.uses_per_day(result),
        "heat_chart": charts.heat_map(result),
        "undo": undo,
        "settings": JournalSettings.for_user(request.user),
        "lookback": thresholds.LOOKBACK_DAYS,
        "unconverted_capsules": "leaf_capsule" in result.unit_totals(thresholds.LOOKBACK_DAYS),
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
    page = Paginator(Entry.objects.filter(owner=request.user), 50).get_page(request.GET.get("page"))
    return render(request, "journal/entries.html", {"page": page})
