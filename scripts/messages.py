"""Refresh the translation catalogues from the code, the templates and the packaged data.

    python scripts/messages.py            # every translated language (kratomwise.i18n.TRANSLATED)
    python scripts/messages.py th es      # just these

Two catalogues per language live in src/kratomwise/locale/<lang>/LC_MESSAGES/:
- django.po: strings marked in Python code and templates (Django's makemessages, which also
  reads the core's ``N_()`` marker for texts defined at import time and translated when shown);
- data.po: user-facing texts of the packaged data (fact statements, triage labels,
  interaction explanations, claim-checker reasons, law summaries of the countries whose
  language we ship, crisis-line names, notes, hours and languages of those countries and of the
  international fallback lines). They are
  extracted here because they are data, not code; the core translates them when it shows them.

Needs GNU gettext (xgettext, msgmerge) on the developer's machine; the build and the
installed package do not.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import yaml

from kratomwise.i18n.languages import LOCAL_COUNTRIES, TRANSLATED
from kratomwise.knowledge.resources import TRANSLATED_LINES

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "kratomwise"
LOCALE = PACKAGE / "locale"


def _yaml(relative: str) -> object:
    return yaml.safe_load((PACKAGE / relative).read_text(encoding="utf-8"))


def data_messages() -> Iterator[tuple[str, str]]:
    """Yield (text, where) for every user-facing text in the packaged data."""
    for path in sorted((PACKAGE / "knowledge/data/facts").glob("*.yaml")):
        for fact in yaml.safe_load(path.read_text(encoding="utf-8")):
            yield fact["statement"], f"{path.relative_to(PACKAGE)}:{fact['id']}"
    triage = _yaml("assess/data/triage_codes.yaml")
    assert isinstance(triage, dict)
    for group in triage["groups"]:
        yield group["label"], f"assess/data/triage_codes.yaml:{group['id']}"
    for code in triage["codes"]:
        yield code["label"], f"assess/data/triage_codes.yaml:{code['code']}"
    registry = _yaml("claims/data/registry.yaml")
    assert isinstance(registry, list)
    for entry in registry:
        for field in ("reason", "reason_negated"):
            if entry.get(field):
                yield entry[field], f"claims/data/registry.yaml:{entry['id']}"
    classes = _yaml("interactions/data/classes.yaml")
    assert isinstance(classes, dict)
    for class_id, spec in classes.items():
        for field in ("label", "description"):
            yield spec[field], f"interactions/data/classes.yaml:{class_id}"
    rules = _yaml("interactions/data/rules.yaml")
    assert isinstance(rules, dict)
    for rule in [
        rules["fallback"],
        *rules["substance_rules"],
        *rules["class_rules"],
        *rules["group_rules"],
    ]:
        for field in ("mechanism", "advice"):
            if rule.get(field):
                yield rule[field], f"interactions/data/rules.yaml:{rule['id']}"
    summaries = _yaml("law/data/requirements.yaml")
    assert isinstance(summaries, dict)
    for code, spec in summaries.items():
        if code in LOCAL_COUNTRIES:
            for field in ("summary", "brief"):
                if spec.get(field):
                    yield spec[field], f"law/data/requirements.yaml:{code}"
    with (PACKAGE / "knowledge/data/crisis_resources.csv").open(
        encoding="utf-8", newline=""
    ) as handle:
        for row in csv.DictReader(handle):
            if row["country_code"] in TRANSLATED_LINES:
                for field in ("name", "notes", "hours", "languages"):
                    if row[field]:
                        yield (
                            row[field],
                            f"knowledge/data/crisis_resources.csv:{row['country_code']}",
                        )


def _quote(text: str) -> str:
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    )
    return f'"{escaped}"'


def write_template(path: Path) -> int:
    """Write data.pot; return the number of distinct messages."""
    places: dict[str, list[str]] = {}
    for text, where in data_messages():
        places.setdefault(text, []).append(where)
    lines = [
        'msgid ""',
        'msgstr ""',
        '"MIME-Version: 1.0\\n"',
        '"Content-Type: text/plain; charset=UTF-8\\n"',
    ]
    lines += ['"Content-Transfer-Encoding: 8bit\\n"', ""]
    for text, wheres in places.items():
        lines += [f"#: {' '.join(wheres)}", f"msgid {_quote(text)}", 'msgstr ""', ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return len(places)


def make_django_messages(languages: list[str]) -> None:
    """Django's makemessages over the package, also reading the core's ``N_()`` marker."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kratomwise.web.settings")
    import django
    from django.core.management import call_command
    from django.core.management.commands import makemessages

    class MakeMessages(makemessages.Command):
        xgettext_options = [*makemessages.Command.xgettext_options, "--keyword=N_"]

    django.setup()
    here = Path.cwd()
    os.chdir(PACKAGE)
    try:
        call_command(
            MakeMessages(), locale=languages, no_obsolete=True, ignore_patterns=["migrations"]
        )
    finally:
        os.chdir(here)


def main(languages: list[str]) -> None:
    make_django_messages(languages)
    template = LOCALE / "data.pot"
    count = write_template(template)
    for language in languages:
        target = LOCALE / language / "LC_MESSAGES" / "data.po"
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            subprocess.run(
                [
                    "msgmerge",
                    "--quiet",
                    "--update",
                    "--backup=none",
                    "--no-fuzzy-matching",
                    str(target),
                    str(template),
                ],
                check=True,
            )
            subprocess.run(
                ["msgattrib", "--no-obsolete", "--output-file", str(target), str(target)],
                check=True,
            )
        else:
            header = f'"Language: {language}\\n"\n'
            target.write_text(
                template.read_text(encoding="utf-8").replace(
                    '"Content-Type', header + '"Content-Type', 1
                ),
                encoding="utf-8",
            )
    template.unlink()
    print(f"data.po: {count} messages; django.po refreshed for {', '.join(languages)}")


if __name__ == "__main__":
    main(sys.argv[1:] or list(TRANSLATED))
