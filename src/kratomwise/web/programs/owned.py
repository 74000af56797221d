"""Objects that belong to one person (a journal entry, a taper plan, a check-in, a consent):
found for their owner, "not found" for anyone else. An attempt at another person's object is
an authorisation failure, so it writes one audit row (who, whose, which object; never its
content). A person's own reads are not audited, and a missing object is just missing.
"""

from __future__ import annotations

from typing import Any, TypeVar

from django.db.models import Manager, Model, QuerySet
from django.http import Http404, HttpRequest

from kratomwise.sharing import Category
from kratomwise.web.programs import audit
from kratomwise.web.programs.access import role_text

M = TypeVar("M", bound=Model)
# What each HTTP method would have done to the object.
_ACTIONS = {"GET": "R", "HEAD": "R", "DELETE": "D"}


def _queryset(klass: type[M] | Manager[M] | QuerySet[M]) -> QuerySet[M]:
    if isinstance(klass, QuerySet):
        return klass
    if isinstance(klass, Manager):
        return klass.all()
    return klass._default_manager.all()


def owned_or_404(
    request: HttpRequest,
    klass: type[M] | Manager[M] | QuerySet[M],
    *,
    owner_field: str = "owner",
    **lookup: Any,
) -> M:
    """``get_object_or_404`` limited to the signed-in person's own objects, with the audit."""
    queryset = _queryset(klass)
    found = queryset.filter(**{owner_field: request.user}, **lookup).first()
    if found is None:
        note_foreign(request, queryset.model, lookup.get("pk"), owner_field=owner_field)
        raise Http404
    return found


def note_foreign(
    request: HttpRequest, model: type[Model], pk: object, *, owner_field: str = "owner"
) -> bool:
    """Write one failure row when object ``pk`` exists and is someone else's; True if so."""
    if pk is None or not request.user.is_authenticated:
        return False
    owner = (
        model._base_manager.filter(pk=pk)  # soft-deleted rows belong to someone too
        .values_list(owner_field, flat=True)
        .first()
    )
    if owner is None or owner == request.user.pk:
        return False
    label = model._meta.app_label
    name = model._meta.model_name or "object"
    audit.record(
        action=_ACTIONS.get(request.method or "", "U"),
        resource=name,
        outcome="denied:not_owner",
        request=request,
        actor_role=role_text(request.user),
        subject_id=int(owner),
        category=label if label in Category.__members__ else "",
        object_ids=f"{name}:{pk}",
    )
    return True
