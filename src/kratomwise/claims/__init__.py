"""The claim checker: text in, claim-by-claim verdicts with evidence out (pure core).

>>> from kratomwise.claims import check_text
>>> report = check_text("Kratom is not addictive.")
>>> report.sentences[0].verdict.value
'contradicted'
"""

from kratomwise.claims.checker import MAX_CHARS, check_text
from kratomwise.claims.engine import judge
from kratomwise.claims.inputs import FORMATS, detect_format
from kratomwise.claims.links import classify
from kratomwise.claims.model import (
    CLAIM_VERDICTS,
    Block,
    Judgement,
    Link,
    LinkKind,
    Report,
    SentenceResult,
    Summary,
    Verdict,
)
from kratomwise.claims.report_html import render_html

__all__ = [
    "CLAIM_VERDICTS",
    "FORMATS",
    "MAX_CHARS",
    "Block",
    "Judgement",
    "Link",
    "LinkKind",
    "Report",
    "SentenceResult",
    "Summary",
    "Verdict",
    "check_text",
    "classify",
    "detect_format",
    "judge",
    "render_html",
]
