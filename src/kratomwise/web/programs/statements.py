"""The statements a person reads before consenting, each with a version id, per consent type.

The ledger stores the version ids shown; changing a text means adding a new version, so an
old consent keeps pointing at the words its signer actually read. Only the statement about
sharing again differs between consent types. This is engineering, not legal advice.
"""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from kratomwise.sharing import ConsentType

# Every version ever shown, by id (never remove one: signed consents refer to it).
TEXTS: dict[str, Promise] = {
    "revocation-2026-12": _(
        "You can take back this consent at any time, for each recipient, on the page "
        "“Who can see my data”. It stops further sharing from your next click; it cannot "
        "undo what was already shared."
    ),
    "redisclosure-2026-12": _(
        "Records shared for treatment, payment or health care operations may be shared "
        "again by the recipient under the privacy rules that apply to them, and may then "
        "no longer be protected by the rules that protect them here."
    ),
    "redisclosure-named-2026-12": _(
        "The clinician or program you name may use these records only for the purpose you "
        "give here. They may not share them again unless you agree in writing or the law "
        "allows it, and the records may not be used in a criminal, civil or administrative "
        "case against you."
    ),
    "redisclosure-notes-2026-12": _(
        "Counseling notes are the notes a counsellor keeps about your sessions. They are "
        "shared only under this consent, which covers nothing else, and the recipient may "
        "not share them again unless you agree in writing or the law allows it."
    ),
    "refusal-2026-12": _(
        "You do not have to consent. Saying no, or taking consent back later, does not stop "
        "you from using kratomwise, and a program may not refuse you treatment because you "
        "said no."
    ),
}
# The version of each statement kind shown for each consent type, in the order shown.
SHOWN: dict[ConsentType, dict[str, str]] = {
    ConsentType.disclosure: {
        "revocation": "revocation-2026-12",
        "redisclosure": "redisclosure-named-2026-12",
        "refusal_consequences": "refusal-2026-12",
    },
    ConsentType.tpo: {
        "revocation": "revocation-2026-12",
        "redisclosure": "redisclosure-2026-12",
        "refusal_consequences": "refusal-2026-12",
    },
    ConsentType.counseling_notes: {
        "revocation": "revocation-2026-12",
        "redisclosure": "redisclosure-notes-2026-12",
        "refusal_consequences": "refusal-2026-12",
    },
}
# What each consent type is for, on the wizard's first step.
PURPOSES: dict[ConsentType, Promise] = {
    ConsentType.disclosure: _(
        "Share with a clinician or a program you name, for a purpose you state."
    ),
    ConsentType.tpo: _(
        "Share for your treatment, for paying for it, and for running the services that "
        "care for you. The recipient may share it again under health privacy rules."
    ),
    ConsentType.counseling_notes: _(
        "Share counseling notes. They need a consent of their own that covers nothing else."
    ),
}
# What the purpose field starts with, per type (the person can change it).
DEFAULT_PURPOSE: dict[ConsentType, Promise] = {
    ConsentType.disclosure: _("My treatment and care"),
    ConsentType.tpo: _("Treatment, payment and health care operations"),
    ConsentType.counseling_notes: _("My treatment and care"),
}
# The notice that must go with records of a 42 CFR Part 2 program when they are disclosed.
PART2_NOTICE = _(
    "This record is from a federally assisted substance use disorder program and is protected "
    "by 42 CFR Part 2. It may not be used or shared again except as those rules allow, and it "
    "may not be used in a criminal, civil or administrative case against the person."
)


def versions(kind: ConsentType = ConsentType.disclosure) -> dict[str, str]:
    """Statement kind → version id of the text shown for a consent of type ``kind``."""
    return dict(SHOWN[kind])


def texts(kind: ConsentType) -> list[Promise]:
    """The statements shown for a consent of type ``kind``, in order."""
    return [TEXTS[version] for version in SHOWN[kind].values()]
