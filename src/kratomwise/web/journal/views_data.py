"""Journal settings, presets, the "How signals work" page, export, import and delete-my-data."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from kratomwise import usage
from kratomwise.usage import thresholds
from kratomwise.web.accounts.forms import DeleteAccountForm
from kratomwise.web.accounts.http import AuthedHttpRequest
from kratomwise.web.core.forms import form_page
from kratomwise.web.journal.forms import ImportForm, JournalSettingsForm, PresetForm
from kratomwise.web.journal.models import JournalSettings, Preset
from kratomwise.web.journal.services import (
    MAX_IMPORT_BYTES,
    MAX_IMPORT_ENTRIES,
    core_entries,
    delete_all,
    import_entries,
    local_today,
    user_tz,
)
from kratomwise.web.programs.owned import owned_or_404


@login_required
@require_http_methods(["GET", "POST"])
def settings_view(request: AuthedHttpRequest) -> HttpResponse:
    instance = JournalSettings.for_user(request.user)
    form = JournalSettingsForm(request.POST or None, instance=instance)
    saved = _("Journal settings saved.")
    return form_page(request, form, saved, "journal:index", "journal/settings.html")


@login_required
@require_http_methods(["GET", "POST"])
def presets(request: AuthedHttpRequest) -> HttpResponse:
    form = PresetForm(request.POST or None, instance=Preset(owner=request.user))
    items = Preset.objects.filter(owner=request.user)
    template = "journal/presets.html"
    return form_page(
        request, form, _("Preset saved."), "journal:presets", template, {"presets": items}
    )


@login_required
@require_POST
def delete_preset(request: AuthedHttpRequest, pk: int) -> HttpResponse:
    owned_or_404(request, Preset, pk=pk).delete()
    messages.success(request, _("Preset removed."))
    return redirect("journal:presets")


def how(request: HttpRequest) -> HttpResponse:
    """How signals work: every rule from the thresholds module (public, nothing personal)."""
    return render(
        request,
        "journal/how.html",
        {"rules": thresholds.rules(), "lookback": thresholds.LOOKBACK_DAYS},
    )


def _download(text: str, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(text, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def export_csv(request: AuthedHttpRequest) -> HttpResponse:
    text = usage.format_csv(core_entries(request.user, with_notes=True))
    return _download(
        text, f"kratomwise-journal-{local_today(request.user)}.csv", "text/csv; charset=utf-8"
    )


@login_required
def export_json(request: AuthedHttpRequest) -> HttpResponse:
    text = usage.format_json(core_entries(request.user, with_notes=True))
    return _download(
        text, f"kratomwise-journal-{local_today(request.user)}.json", "application/json"
    )


@login_required
@require_http_methods(["GET", "POST"])
def import_view(request: AuthedHttpRequest) -> HttpResponse:
    form = ImportForm(request.POST or None, request.FILES or None)
    error = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.size > MAX_IMPORT_BYTES:
            error = _("The file is larger than %(mb)d MB.") % {"mb": MAX_IMPORT_BYTES // 1_000_000}
        else:
            try:
                text = upload.read().decode("utf-8-sig")
                _kind, entries = usage.read_entries(text, user_tz(request.user))
            except UnicodeDecodeError:
                error = _("The file is not UTF-8 text.")
            except usage.FormatError as exc:
                error = str(exc)
            else:
                if len(entries) > MAX_IMPORT_ENTRIES:
                    error = _("The file has more than %(n)d entries.") % {"n": MAX_IMPORT_ENTRIES}
                else:
                    added, skipped = import_entries(request.user, entries)
                    text = _("Imported %(added)d entries.") % {"added": added}
                    if skipped:
                        text += " " + _(
                            "%(skipped)d were already in your journal and were skipped."
                        ) % {"skipped": skipped}
                    messages.success(request, text)
                    return redirect("journal:index")
    status = 400 if error or (request.method == "POST" and not form.is_valid()) else 200
    return render(request, "journal/import.html", {"form": form, "error": error}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def delete_data(request: AuthedHttpRequest) -> HttpResponse:
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        count = delete_all(request.user)
        messages.success(
            request, _("Your journal has been deleted (%(n)d entries).") % {"n": count}
        )
        return redirect("journal:index")
    return render(request, "journal/delete_data.html", {"form": form})
