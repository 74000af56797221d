"""The disease-claim flag on a development set written for it, and focused cases."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kratomwise.claims import check_text
from kratomwise.claims.disease import disease_claim, disease_vetoed
from kratomwise.claims.engine import judge

DEV = Path(__file__).parent / "data" / "disease_dev.csv"
DEV_F1_BAR = 0.95  # the set was tuned on; new held-out wording scores lower


def _rows() -> list[dict[str, str]]:
    with DEV.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_dev_set_shape() -> None:
    rows = _rows()
    assert len(rows) >= 200
    assert {r["disease_claim"] for r in rows} == {"true", "false"}
    assert len({r["text"] for r in rows}) == len(rows), "duplicate sentences"


def test_dev_set_f1() -> None:
    rows = _rows()
    report = check_text("\n".join(r["text"] for r in rows), lines=True)
    assert len(report.sentences) == len(rows)
    gold = [r["disease_claim"] == "true" for r in rows]
    pred = [s.disease_claim for s in report.sentences]
    tp = sum(g and p for g, p in zip(gold, pred, strict=True))
    fp = sum(p and not g for g, p in zip(gold, pred, strict=True))
    fn = sum(g and not p for g, p in zip(gold, pred, strict=True))
    f1 = 2 * tp / (2 * tp + fp + fn)
    wrong = [
        r["text"] for r, p in zip(rows, pred, strict=True) if (r["disease_claim"] == "true") != p
    ]
    assert f1 >= DEV_F1_BAR, wrong


@pytest.mark.parametrize(
    "text",
    [
        "Kratom relieves haemorrhoids.",  # British spelling
        "Kratom eased my diarrhoea within the hour.",
        "Kratom shrinks tumours.",
        "Say goodbye to chronic pain with our premium capsules.",  # page copy, no subject
        "Powerful relief for chronic pain sufferers.",
        "Kratom is a natural alternative to painkillers.",
        "Doctors recommend kratom for lower back pain.",
        "Kratom is FDA-approved for treating pain.",
        "Kratom may help relieve anxiety.",  # a hedge does not rescue the claim
        "Many veterans swear kratom treats their PTSD.",  # testimonial
        "Thanks to kratom I no longer need Vicodin for my back.",
        "Kratom got my brother off fentanyl.",
        "Kratom reduces the risk of relapse in recovering addicts.",
        "Unlike methadone, kratom relieves withdrawal without a prescription.",
        "Kratom is effective against rheumatic pain.",
    ],
)
def test_disease_claims(text: str) -> None:
    assert judge(text).disease_claim, text


@pytest.mark.parametrize(
    "text",
    [
        "Kratom supports a positive mood.",  # structure/function
        "Kratom boosts energy and focus.",
        "Researchers studied whether kratom eases withdrawal.",  # neutral reporting
        "A clinical trial will test whether kratom eases pain.",
        "There is no trial showing kratom treats OUD.",
        "No controlled study has shown that kratom relieves pain in humans.",
        "Kratom does not cure anything.",  # negated
        "It is a myth that kratom treats diabetes.",  # debunking
        "Claims that kratom cures cancer are false.",
        "Kratom can cause liver injury.",  # risk
        "Can kratom help with anxiety?",  # question
        "Buy kratom capsules today.",  # call to action
        "Buprenorphine treats opioid use disorder.",  # another medicine
        "Suboxone relieves withdrawal more safely than kratom.",
        "Regulators cited sellers for marketing kratom as a cure for cancer.",
        "Many users report taking kratom to manage pain.",
    ],
)
def test_not_disease_claims(text: str) -> None:
    assert not judge(text).disease_claim, text


def test_veto_and_subject_scoping() -> None:
    assert disease_vetoed("Sellers often claim kratom treats anxiety, without evidence.")
    text = "Suboxone relieves withdrawal more safely than kratom."
    assert disease_vetoed(text, text.index("relieves"))
    assert not disease_vetoed("Kratom relieves withdrawal.", 7)
    assert disease_claim("Fast relief for joint pain.", about_kratom=False)
    assert not disease_claim("Clonidine eases opioid withdrawal symptoms.", about_kratom=True)
