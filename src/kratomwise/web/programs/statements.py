"""The statements a person reads before consenting, each with a version id.

The ledger stores the version ids shown; changing a text means adding a new version, so an
old consent keeps pointing at the words its signer actually read. This is engineering, not
legal advice.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

STATEMENTS = {
    "revocation": (
        "revocation-2026-12",
        _(
            "You can take back this consent at any time, for each recipient, on the page "
            "“Who can see my data”. It stops further sharing from your next click; it cannot "
            "undo what was already shared."
        ),
    ),
    "redisclosure": (
        "redisclosure-2026-12",
        _(
            "Records shared for treatment, payment or health care operations may be shared "
            "again by the recipient under the privacy rules that apply to them, and may then "
            "no longer be protected by the rules that protect them here."
        ),
    ),
    "refusal_consequences": (
        "refusal-2026-12",
        _(
            "You do not have to consent. Saying no, or taking consent back later, does not stop "
            "you from using kratomwise, and a program may not refuse you treatment because you "
            "said no."
        ),
    ),
}
# The notice that must go with records of a 42 CFR Part 2 program when they are disclosed.
PART2_NOTICE = _(
    "This record is from a federally assisted substance use disorder program and is protected "
    "by 42 CFR Part 2. It may not be used or shared again except as those rules allow, and it "
    "may not be used in a criminal, civil or administrative case against the person."
)


def versions() -> dict[str, str]:
    return {kind: version for kind, (version, _text) in STATEMENTS.items()}
