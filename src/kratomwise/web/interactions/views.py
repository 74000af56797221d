from __future__ import annotations

from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from kratomwise.web.interactions import services
from kratomwise.web.interactions.models import SavedSubstance


def _index_url(names_text: str = "") -> str:
    url = reverse("interactions:index")
    return f"{url}?{urlencode({'names': names_text})}" if names_text else url


def _items(report: object) -> list[dict[str, object]]:
    """Groups and pairs in one list, most severe first (groups first at equal severity)."""
    from kratomwise.interactions import label, rank

    items: list[dict[str, object]] = []
    for group in report.groups:  # type: ignore[attr-defined]
        items.append(
            {
                "kind": "group",
                "title": " + ".join(group.members),
                "item": group,
                "label": label(group.severity),
                "sort": (rank(group.severity), 0),
            }
        )
    for pair in report.pairs:  # type: ignore[attr-defined]
        items.append(
            {
                "kind": "pair",
                "title": f"{pair.a} + {pair.b}",
                "item": pair,
                "label": label(pair.severity),
                "sort": (rank(pair.severity), 1),
            }
        )
    items.sort(key=lambda i: i["sort"])  # type: ignore[arg-type,return-value]
    return items


def _how(res: object) -> str:
    """How a typed name was matched, in words."""
    kind = getattr(res, "matched_by", None)
    unknown = getattr(res, "unknown_names", ())
    matched = ", ".join(getattr(res, "matched_as", ()))
    if kind == "fuzzy":
        text = _("closest spelling match to %(name)s, %(pct)d%% sure") % {
            "name": matched,
            "pct": round(100 * float(getattr(res, "confidence", 0))),
        }
    elif kind == "brand":
        text = _("brand name %(name)s") % {"name": matched}
    elif kind == "alias":
        text = _("other or street name %(name)s") % {"name": matched}
    else:
        text = _("generic name")
    if unknown:
        text += " - " + _("recognised, but kratomwise has no interaction data for %(names)s") % {
            "names": ", ".join(unknown)
        }
    return text


@require_GET
def index(request: HttpRequest) -> HttpResponse:
    from kratomwise.interactions import TableError, check, class_info, label, meaning
    from kratomwise.interactions.safety import naloxone_guidance, overdose_signs

    names_text = request.GET.get("names", "")[:2000]
    typed = services.split_names(names_text)
    user = request.user if request.user.is_authenticated else None
    to_check = services.names_to_check(typed, user)
    source = {item.name: item.source for item in to_check}
    context: dict[str, object] = {
        "names_text": names_text,
        "typed": typed,
        "saved": SavedSubstance.objects.filter(owner=user) if user else [],
        "journal_names": services.journal_names(user) if user else [],
        "journal_days": services.JOURNAL_DAYS,
        "report": None,
        "error": "",
    }
    if to_check:
        try:
            report = check([item.name for item in to_check])
        except TableError:
            context["error"] = _("The substance list could not be loaded. Please try again later.")
        else:
            resolved = []
            for res in report.resolved:
                resolved.append(
                    {
                        "res": res,
                        "how": _how(res),
                        "source": source.get(res.input, "typed"),
                        "classes": [class_info(c).label for c in res.classes],
                    }
                )
            unresolved = []
            for res in report.unresolved:
                others = [n for n in typed if n != res.input]
                unresolved.append(
                    {
                        "res": res,
                        "source": source.get(res.input, "typed"),
                        "fixes": [
                            (s, _index_url(", ".join([*others, s]))) for s in res.suggestions
                        ],
                    }
                )
            context.update(
                report=report,
                resolved=resolved,
                unresolved=unresolved,
                items=_items(report),
                overall_label=label(report.highest_severity),
                overall_meaning=meaning(report.highest_severity),
                overdose=overdose_signs(),
                naloxone=naloxone_guidance(),
            )
    return render(request, "interactions/index.html", context)


@require_GET
def suggest(request: HttpRequest) -> HttpResponse:
    """Autocomplete for the last name in the box (htmx swaps this list under the input)."""
    from kratomwise.interactions import suggest_entries

    text = request.GET.get("names", request.GET.get("q", ""))[:2000]
    parts = text.split(",")
    last = parts[-1].strip()
    before = [p.strip() for p in parts[:-1] if p.strip()]
    entries = suggest_entries(last, 8) if len(last) >= 2 else []
    options = [{"entry": e, "url": _index_url(", ".join([*before, e.display]))} for e in entries]
    return render(request, "interactions/_suggestions.html", {"options": options, "query": last})


@login_required
@require_POST
def save(request: HttpRequest) -> HttpResponse:
    names_text = request.POST.get("names", "")[:2000]
    names = services.split_names(names_text)
    existing = {n.lower() for n in services.saved_names(request.user)}
    room = services.MAX_NAMES - len(existing)
    try:
        with transaction.atomic():
            for name in [n for n in names if n.lower() not in existing][: max(room, 0)]:
                SavedSubstance.objects.create(owner=request.user, name=name)
    except IntegrityError:
        pass  # saved twice at the same moment: nothing lost
    return redirect(_index_url(names_text))


@login_required
@require_POST
def remove(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(SavedSubstance, pk=pk, owner=request.user)
    with transaction.atomic():
        item.delete()
    return redirect(_index_url(request.POST.get("names", "")[:2000]))
