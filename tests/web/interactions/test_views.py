"""The /interactions/ page: public, works without JavaScript, safety first, personal lists."""

from __future__ import annotations

import pytest
from django.test import Client

from kratomwise.web.interactions.models import SavedSubstance

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_drug_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KRATOMWISE_DRUG_NER", "0")


def test_too_many_names_are_an_error_like_the_api_never_a_cut(client: Client) -> None:
    names = ", ".join(f"beer{i}" for i in range(26))
    html = client.get("/interactions/", {"names": names}).content.decode()
    assert "At most 25 names can be checked at a time; you gave 26." in html
    assert "What we checked" not in html
    api = client.get("/api/interactions", {"names": names})
    assert api.status_code == 422
    assert api.json() == {  # the same limit, from the same core constants
        "detail": "names must give 1 to 25 names of at most 100 characters, separated by "
        "commas, semicolons or new lines"
    }


def test_page_is_public_and_has_the_form(client: Client) -> None:
    response = client.get("/interactions/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="names"' in html and 'hx-get="/interactions/suggest/"' in html
    assert "<script>" not in html and "style=" not in html
    assert "Log in" in html


def test_dangerous_result_puts_overdose_signs_and_naloxone_first(client: Client) -> None:
    html = client.get("/interactions/", {"names": "Xanax, Percocet"}).content.decode()
    overdose = html.index("Signs of an overdose")
    assert overdose < html.index("<h1")
    assert html.index("Naloxone: carry it") < html.index("<h1")
    assert "/evidence/IXN-06/" in html and "/evidence/INT-09/" in html
    assert "kratom + oxycodone + alprazolam" in html or "kratom + alprazolam + oxycodone" in html


def test_results_sorted_by_severity_and_show_what_matched(client: Client) -> None:
    html = client.get("/interactions/", {"names": "Advil, melatonin, fentanyl"}).content.decode()
    assert html.index("kratom + fentanyl") < html.index("kratom + melatonin")
    assert html.index("kratom + melatonin") < html.index("kratom + ibuprofen")
    assert "brand name Advil" in html
    assert "generic name" in html


def test_no_overdose_block_when_not_dangerous(client: Client) -> None:
    html = client.get("/interactions/", {"names": "coffee"}).content.decode()
    assert "Signs of an overdose" not in html
    assert "badge-low_risk" in html


def test_unknown_name_is_unknown_with_did_you_mean(client: Client) -> None:
    html = client.get("/interactions/", {"names": "beer, hydrazine"}).content.decode()
    assert "We don&#x27;t recognise this name" in html or "We don't recognise this name" in html
    assert "Unknown is not the same as safe" in html
    assert "Did you mean" in html and "names=beer%2C+hydroxyzine" in html


def test_naloxone_is_rescue_not_dangerous(client: Client) -> None:
    html = client.get("/interactions/", {"names": "Narcan"}).content.decode()
    assert "Signs of an overdose" not in html
    assert "Carry naloxone" in html and "badge-low_risk" in html


def test_suggest_partial_completes_the_last_name(client: Client) -> None:
    response = client.get("/interactions/suggest/", {"names": "beer, xan"}, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html
    assert "Xanax" in html and "names=beer%2C+Xanax" in html
    assert client.get("/interactions/suggest/", {"names": "x"}).content.decode().strip() == ""


def test_saved_list_is_checked_automatically(member_client: Client, member: object) -> None:
    response = member_client.post("/interactions/saved/", {"names": "Lyrica, beer"})
    assert response.status_code == 302
    assert {s.name for s in SavedSubstance.objects.filter(owner=member)} == {
        "Lyrica",
        "beer",
    }
    html = member_client.get("/interactions/").content.decode()
    assert "kratom + pregabalin" in html and "from your list" in html


def test_a_full_list_saves_nothing_and_says_so(member_client: Client, member: object) -> None:
    for i in range(24):
        SavedSubstance.objects.create(owner=member, name=f"med{i}")
    response = member_client.post("/interactions/saved/", {"names": "Lyrica, beer"}, follow=True)
    assert SavedSubstance.objects.filter(owner=member).count() == 24
    html = response.content.decode()
    assert "Your list can hold at most 25 names and already has 24" in html


def test_names_over_the_limit_are_counted_not_dropped(
    member_client: Client, member: object
) -> None:
    for i in range(3):
        SavedSubstance.objects.create(owner=member, name=f"med{i}")
    typed = ", ".join(f"n{i}" for i in range(24))
    html = member_client.get("/interactions/", {"names": typed}).content.decode()
    assert "2 more names from your list and journal were not checked" in html


def test_saving_needs_login(client: Client) -> None:
    response = client.post("/interactions/saved/", {"names": "Lyrica"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert SavedSubstance.objects.count() == 0


def test_remove_only_own_items(
    owner_client: Client, member_client: Client, outsider_client: Client, member: object
) -> None:
    item = SavedSubstance.objects.create(owner=member, name="Lyrica")
    assert outsider_client.post(f"/interactions/saved/{item.pk}/remove/").status_code == 404
    assert owner_client.post(f"/interactions/saved/{item.pk}/remove/").status_code == 404
    assert SavedSubstance.objects.filter(pk=item.pk).exists()
    assert member_client.post(f"/interactions/saved/{item.pk}/remove/").status_code == 302
    assert not SavedSubstance.objects.filter(pk=item.pk).exists()


def test_outsider_does_not_see_someone_elses_list(outsider_client: Client, member: object) -> None:
    SavedSubstance.objects.create(owner=member, name="Zubsolv")
    html = outsider_client.get("/interactions/").content.decode()
    assert "Zubsolv" not in html


def test_journal_substances_are_checked(member_client: Client, member: object) -> None:
    from decimal import Decimal

    from kratomwise.web.journal.models import Entry

    Entry.objects.create(owner=member, substance="alcohol", amount=Decimal("1"), unit="g")
    html = member_client.get("/interactions/").content.decode()
    assert "kratom + alcohol" in html and "from your journal" in html


def test_get_only_and_post_only(client: Client) -> None:
    assert client.post("/interactions/").status_code == 405


def _log(member: object, substance: str) -> None:
    from decimal import Decimal

    from kratomwise.web.journal.models import Entry

    Entry.objects.create(owner=member, substance=substance, amount=Decimal("1"), unit="g")


def test_headline_is_what_was_typed_not_the_journal(member_client: Client, member: object) -> None:
    _log(member, "alcohol")
    response = member_client.get("/interactions/", {"names": "grapefruit juice"})
    report = response.context["report"]
    assert report.highest_severity == "unsafe"
    assert [p.b for p in report.pairs] == ["grapefruit juice"]
    html = response.content.decode()
    headline = html[html.index('class="ixn-overall"') :]
    assert headline.index("badge-unsafe") < headline.index("</p>")
    assert 'id="overdose"' not in html  # grapefruit alone needs no overdose block on top
    personal = response.context["personal"]
    assert personal["severity"] == "dangerous"
    assert personal["items"][0]["title"] == "kratom + alcohol"
    section = html[html.index('id="personal-heading"') :]
    assert "With your medicines list and journal" in section
    assert "kratom + alcohol" in section and "from your journal" in section
    assert "Signs of an overdose" in section
    assert html.index("ixn-report") < html.index("ixn-personal")


def test_journal_kratom_spellings_and_7oh_code_are_shown_as_labels(
    member_client: Client, member: object
) -> None:
    _log(member, "kratom tea")
    _log(member, "seven_oh")
    response = member_client.get("/interactions/")
    html = response.content.decode()
    assert "seven_oh" not in html
    assert "7-OH product" in html
    assert "kratom + kratom tea" not in html
    assert response.context["journal_names"] == ["7-OH product"]


def test_no_internal_class_ids_on_the_page(client: Client) -> None:
    html = client.get("/interactions/", {"names": "Xanax, gabapentin, 7-OH"}).content.decode()
    for code in ("cns_depressant", "seven_oh_product", "benzodiazepine,", "gabapentinoid"):
        assert code not in html.replace("badge-", "")


def test_depressant_below_dangerous_still_shows_overdose_first(client: Client) -> None:
    html = client.get("/interactions/", {"names": "gabapentin"}).content.decode()
    assert html.index("Signs of an overdose") < html.index("<h1")
    assert "badge-unsafe" in html


def test_kratom_alone_shows_the_note_not_a_blank_unknown(client: Client) -> None:
    html = client.get("/interactions/", {"names": "kratom"}).content.decode()
    assert "Kratom is always included in this check" in html
    assert "badge-unknown" not in html


def test_spelling_match_offers_confirmation(client: Client) -> None:
    response = client.get("/interactions/", {"names": "cofffee"})
    assert response.context["report"].highest_severity == "unknown"
    html = response.content.decode()
    assert "Matched by spelling only" in html and "names=coffee" in html
