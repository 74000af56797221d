from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from kratomwise.web.accounts.http import AuthedHttpRequest
from kratomwise.web.interactions import services
from kratomwise.web.interactions.models import SavedSubstance
from kratomwise.web.programs.owned import owned_or_404

if TYPE_CHECKING:
    from kratomwise.interactions import Group, Pair, Report, Resolution
    from kratomwise.web.accounts.models import User


def _index_url(names_text: str = "") -> str:
    url = reverse("interactions:index")
    return f"{url}?{urlencode({'names': names_text})}" if names_text else url


class _Item(TypedDict):
    title: str
    item: Group | Pair
    label: str
    sort: tuple[int, int]


def _items(report: Report, only: frozenset[str] | None = None) -> list[_Item]:
    """Groups and pairs in one list, most severe first (groups first at equal severity).

    ``only``: keep just the pairs and groups that involve one of these substances.
    """
    from kratomwise.interactions import label, rank

    items: list[_Item] = []
    for group in report.groups:
        if only is None or only & set(group.members):
            items.append(
                {
                    "title": " + ".join(group.members),
                    "item": group,
                    "label": label(group.severity),
                    "sort": (rank(group.severity), 0),
                }
            )
    for pair in report.pairs:
        if only is None or pair.b in only:
            items.append(
                {
                    "title": f"{pair.a} + {pair.b}",
                    "item": pair,
                    "label": label(pair.severity),
                    "sort": (rank(pair.severity), 1),
                }
            )
    items.sort(key=lambda i: i["sort"])
    return items


def _how(res: Resolution) -> str:
    """How a typed name was matched, in words."""
    matched = ", ".join(services.display_name(m) for m in res.matched_as)
    if res.matched_by == "fuzzy":
        text = _("closest spelling match to %(name)s, %(pct)d%% sure") % {
            "name": matched,
            "pct": round(100 * res.confidence),
        }
    elif res.matched_by == "brand":
        text = _("brand name %(name)s") % {"name": matched}
    elif res.matched_by == "alias":
        text = _("other or street name %(name)s") % {"name": matched}
    else:
        text = _("generic name")
    if res.unknown_names:
        text += " - " + _("recognised, but kratomwise has no interaction data for %(names)s") % {
            "names": ", ".join(res.unknown_names)
        }
    return text


def _rows(
    resolutions: tuple[Resolution, ...], typed: list[str], source: dict[str, str]
) -> list[dict[str, object]]:
    """One row per name checked: what it matched, where it came from, and fixes to offer."""
    from kratomwise.interactions import class_info

    rows: list[dict[str, object]] = []
    for res in resolutions:
        origin = source.get(res.input, "typed")
        others = [n for n in typed if n != res.input]
        offers: tuple[str, ...] = res.suggestions
        if res.matched_by == "fuzzy":  # confirm the spelling match to see its own rating
            offers = res.matched_as
        rows.append(
            {
                "res": res,
                "input": services.display_name(res.input),
                "how": _how(res) if res.resolved else "",
                "source": origin,
                "classes": [class_info(c).label for c in res.classes],
                "fixes": [(o, _index_url(", ".join([*others, o]))) for o in offers]
                if origin == "typed"
                else [],
            }
        )
    return rows


def _personal(
    typed: list[str], user: User | None, typed_names: set[str]
) -> dict[str, object] | None:
    """Combinations with the person's list and journal: a separate, labelled section.

    At most MAX_NAMES names are checked together; the section says how many it left out."""
    from kratomwise.interactions import DEPRESSANT_CLASSES, MAX_NAMES, check, label, most_severe

    found = services.personal_names(typed, user)
    if not found:
        return None
    extra = found[: max(MAX_NAMES - len(typed), 0)]
    source = {item.name: item.source for item in extra}
    report = check([*typed, *(item.name for item in extra)])
    mine = tuple(r for r in report.resolved + report.unresolved if r.input in source)
    names = frozenset(n for r in mine for n in r.names) - typed_names
    items = _items(report, only=names)
    unknown = any(not r.resolved for r in mine)
    levels = [str(i["item"].severity) for i in items]
    top = most_severe([*levels, *(["unknown"] if unknown else [])])
    return {
        "report": report,
        "rows": _rows(mine, [], source),
        "items": items,
        "severity": top,
        "label": label(top),
        "overdose_first": top == "dangerous"
        or bool({c for r in mine for c in r.classes} & DEPRESSANT_CLASSES),
        "left_out": len(found) - len(extra),
        "max_names": MAX_NAMES,
    }


@require_GET
def index(request: HttpRequest) -> HttpResponse:
    from kratomwise.interactions import NamesError, TableError, check, label, meaning, split_names
    from kratomwise.interactions.safety import naloxone_guidance, overdose_signs

    names_text = request.GET.get("names", "")
    error = ""
    try:
        typed = split_names(names_text)
    except NamesError as exc:  # over a limit: say so and check nothing typed, never a part
        typed, error = [], str(exc)
    user = request.user if request.user.is_authenticated else None
    context: dict[str, object] = {
        "names_text": names_text,
        "typed": typed,
        "saved": SavedSubstance.objects.filter(owner=user) if user else [],
        "journal_names": [services.display_name(n) for n in services.journal_names(user)]
        if user
        else [],
        "journal_days": services.JOURNAL_DAYS,
        "report": None,
        "personal": None,
        "error": error,
        "overdose": overdose_signs(),
        "naloxone": naloxone_guidance(),
    }
    try:
        typed_names: set[str] = set()
        if typed:
            report = check(typed)
            typed_names = set(report.substances)
            context.update(
                report=report,
                rows=_rows(report.resolved + report.unresolved, typed, {}),
                items=_items(report),
                overall_label=label(report.highest_severity),
                overall_meaning=meaning(report.highest_severity),
            )
        context["personal"] = _personal(typed, user, typed_names)
    except TableError:
        context["error"] = _("The substance list could not be loaded. Please try again later.")
    return render(request, "interactions/index.html", context)


@require_GET
def suggest(request: HttpRequest) -> HttpResponse:
    """Autocomplete for the last name in the box (htmx swaps this list under the input)."""
    from kratomwise.interactions import MAX_TEXT_LENGTH, suggest_entries

    text = request.GET.get("names", request.GET.get("q", ""))[:MAX_TEXT_LENGTH]
    parts = text.split(",")
    last = parts[-1].strip()
    before = [p.strip() for p in parts[:-1] if p.strip()]
    entries = suggest_entries(last, 8) if len(last) >= 2 else []
    options = [{"entry": e, "url": _index_url(", ".join([*before, e.display]))} for e in entries]
    return render(request, "interactions/_suggestions.html", {"options": options, "query": last})


@login_required
@require_POST
def save(request: AuthedHttpRequest) -> HttpResponse:
    from kratomwise.interactions import MAX_NAMES, NamesError, split_names

    names_text = request.POST.get("names", "")
    try:
        names = split_names(names_text)
    except NamesError:  # the page shows the same error for this text
        return redirect(_index_url(names_text))
    existing = {n.lower() for n in services.saved_names(request.user)}
    new = [n for n in names if n.lower() not in existing]
    if len(existing) + len(new) > MAX_NAMES:  # save none rather than some: nothing silently lost
        messages.error(
            request,
            _(
                "Your list can hold at most %(limit)d names and already has %(count)d: "
                "remove some before you add these."
            )
            % {"limit": MAX_NAMES, "count": len(existing)},
        )
        return redirect(_index_url(names_text))
    try:
        with transaction.atomic():
            for name in new:
                # Model() sets properties such as name; django-stubs does not know (its #1034).
                SavedSubstance.objects.create(owner=request.user, name=name)  # type: ignore[misc]
    except IntegrityError:
        pass  # saved twice at the same moment: nothing lost
    return redirect(_index_url(names_text))


@login_required
@require_POST
def remove(request: AuthedHttpRequest, pk: int) -> HttpResponse:
    from kratomwise.interactions import MAX_TEXT_LENGTH

    item = owned_or_404(request, SavedSubstance, pk=pk)
    with transaction.atomic():
        item.delete()
    return redirect(_index_url(request.POST.get("names", "")[:MAX_TEXT_LENGTH]))
