"""The catalogue checks catch what they are for (proven on small hand-made catalogues)."""

from __future__ import annotations

from pathlib import Path

from tests.i18n import po_checks

HEADER = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Plural-Forms: {plural}\\n"\n\n'
)
THAI = "nplurals=1; plural=0;"


def _load(tmp_path: Path, body: str, plural: str = THAI):
    path = tmp_path / "x.po"
    path.write_text(HEADER.replace("{plural}", plural) + body, encoding="utf-8")
    return po_checks.load(path)


def test_complete_catalogue_passes(tmp_path: Path) -> None:
    loaded = _load(
        tmp_path,
        'msgid "Call {number} now."\nmsgstr "โทร {number} ทันที"\n\n'
        'msgid "capsule"\nmsgid_plural "capsules"\nmsgstr[0] "แคปซูล"\n',
    )
    assert list(po_checks.incomplete(loaded)) == []
    assert list(po_checks.placeholder_mismatches(loaded.entries)) == []


def test_untranslated_fuzzy_and_wrong_plural_counts_are_incomplete(tmp_path: Path) -> None:
    loaded = _load(
        tmp_path,
        'msgid "Empty"\nmsgstr ""\n\n'
        '#, fuzzy\nmsgid "Guess"\nmsgstr "เดา"\n\n'
        'msgid "capsule"\nmsgid_plural "capsules"\nmsgstr[0] "แคปซูล"\nmsgstr[1] "แคปซูล"\n',
    )
    assert list(po_checks.incomplete(loaded)) == [
        "line 13: msg has more translations than num_plurals of catalog",
        "untranslated: 'Empty'",
        "fuzzy: 'Guess'",
    ]


def test_placeholder_mismatch_is_found(tmp_path: Path) -> None:
    entries = _load(
        tmp_path,
        'msgid "Call {number} now."\nmsgstr "โทร {numero} ทันที"\n\n'
        'msgid "%(n)s days"\nmsgstr "%(n)d วัน"\n\n'
        'msgid "Is %s"\nmsgstr "เป็น"\n\n'
        'msgid "100%% sure, {a!r}"\nmsgstr "แน่ใจ 100%% {a!r}"\n',
    ).entries
    assert list(po_checks.placeholder_mismatches(entries)) == [
        "'Call {number} now.': missing ['{number}'], extra ['{numero}']",
        "'%(n)s days': missing ['%(n)s'], extra ['%(n)d']",
        "'Is %s': missing ['%s'], extra []",
    ]


def test_html_tag_difference_is_found_but_order_may_change(tmp_path: Path) -> None:
    entries = _load(
        tmp_path,
        'msgid "Read <a href=\\"/help/\\">help</a> <strong>now</strong>"\n'
        'msgstr "<strong>ทันที</strong> อ่าน <a href=\\"/help/\\">ความช่วยเหลือ</a>"\n\n'
        'msgid "Go <strong>now</strong>"\nmsgstr "ไป <b>ทันที</b>"\n',
    ).entries
    assert list(po_checks.tag_mismatches(entries)) == [
        "'Go <strong>now</strong>': missing ['</strong>', '<strong>'], extra ['</b>', '<b>']"
    ]


def test_lost_number_or_fact_id_is_found_and_decimal_commas_are_the_same_number(
    tmp_path: Path,
) -> None:
    entries = _load(
        tmp_path,
        'msgid "Call 1669 (TRI-03)."\nmsgstr "โทร ๑๖๖๙"\n\n'
        'msgid "The score was 13.5 in 1,000 people."\nmsgstr "La puntuación fue 13,5 en 1.000."\n',
        plural="nplurals=2; plural=(n != 1);",
    ).entries
    assert list(po_checks.lost_numbers_or_facts(entries)) == [
        "'Call 1669 (TRI-03).': lost ['1669', 'TRI-03']"
    ]
