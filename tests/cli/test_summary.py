"""`kratomwise summary USERNAME --days 30 --out FILE.pdf`."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from kratomwise.cli.main import invoke
from kratomwise.web.programs.models import Disclosure

pytestmark = pytest.mark.django_db


def test_writes_one_page(member, tmp_path, capsys) -> None:
    out = tmp_path / "summary.pdf"
    assert invoke(["summary", "member", "--days", "30", "--out", str(out)]) == 0
    assert len(PdfReader(out).pages) == 1
    assert not Disclosure.objects.exists()  # the person's own copy is no disclosure


def test_for_someone_else_is_a_disclosure(member, tmp_path) -> None:
    assert invoke(["summary", "member", "--out", str(tmp_path / "s.pdf"), "--for", "Dr Lee"]) == 0
    assert Disclosure.objects.get().recipient == "Dr Lee"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nobody", "--out", "x.pdf"], "no account"),
        (["member", "--out", "x.txt"], "must end in .pdf"),
    ],
)
def test_bad_input_exits_2(member, capsys, args, message) -> None:
    assert invoke(["summary", *args]) == 2
    assert message in capsys.readouterr().err
