"""A person shares with a clinician, the clinician (with MFA) sees them, the person revokes,
the clinician's next request is 404, and the person sees the read among the disclosures."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from kratomwise.sharing import Role
from tests.conftest import PASSWORD
from tests.web.programs.conftest import current_code, device_for, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _login(page: Page, live_url: str, username: str) -> None:
    page.goto(f"{live_url}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def test_share_see_revoke_and_account(
    page: Page, browser: Browser, live_url: str, django_user_model
) -> None:  # type: ignore[no-untyped-def]
    from kratomwise.web.programs.models import Program

    program = Program.objects.create(name="Harbor Recovery")
    make_user(django_user_model, "pat")
    clinician = make_user(django_user_model, "dr_lee", (Role.clinician, program))
    device = device_for(clinician)

    # The person shares journal and check-ins.
    _login(page, live_url, "pat")
    page.goto(f"{live_url}/sharing/")
    page.get_by_role("link", name="Share with a clinician or program").click()
    page.fill("#id_password", PASSWORD)  # confirm it is you
    page.click("main button[type=submit]")
    expect(page.locator("h1")).to_have_text("Share with a clinician or program")
    page.check("input[name=type][value=disclosure]")  # the kind of consent comes first
    page.get_by_role("button", name="Next").click()
    expect(page.locator("#statements-heading")).to_be_visible()
    page.select_option("#id_recipient", label="Clinician: dr_lee")
    page.check("input[name=categories][value=journal]")
    page.check("input[name=categories][value=checkins]")
    page.fill("#id_expiry_event", "the end of my treatment")
    page.fill("#id_person_name", "Pat Person")
    page.fill("#id_signer", "Pat Person")
    page.check("#id_read_statements")
    page.get_by_role("button", name="Sign and share").click()
    expect(page.locator(".messages")).to_contain_text("Shared")
    assert not page.evaluate("document.documentElement.scrollWidth > window.innerWidth")

    # The clinician passes the second step and finds the person on the caseload.
    doctor = browser.new_page(viewport={"width": 375, "height": 800})
    _login(doctor, live_url, "dr_lee")
    doctor.goto(f"{live_url}/clinic/")
    doctor.fill("#id_code", current_code(device))
    doctor.click("main button[type=submit]")
    expect(doctor.locator("h1")).to_have_text("Caseload")
    doctor.get_by_role("link", name="pat", exact=True).click()
    expect(doctor.locator("#shared-journal")).to_be_visible()
    record_url = doctor.url

    # The person revokes; the clinician's next request is not found.
    page.goto(f"{live_url}/sharing/")
    page.get_by_role("button", name="Stop sharing").click()
    expect(page.locator(".messages")).to_contain_text("Sharing stopped")
    response = doctor.goto(record_url)
    assert response is not None and response.status == 404

    # The person sees the clinician's read in the accounting of disclosures.
    page.goto(f"{live_url}/sharing/disclosures/")
    expect(page.locator("table")).to_contain_text("dr_lee")
    doctor.close()


def test_the_ending_event_ends_sharing(
    page: Page, browser: Browser, live_url: str, django_user_model
) -> None:  # type: ignore[no-untyped-def]
    """A consent that ends on an event: the person marks it as happened, the clinician's next
    request is not found, and the ledger says who marked it."""
    from kratomwise.web.programs.models import Program
    from tests.web.programs.conftest import sign_consent

    program = Program.objects.create(name="Harbor Recovery")
    person = make_user(django_user_model, "pat")
    clinician = make_user(django_user_model, "dr_lee", (Role.clinician, program))
    device = device_for(clinician)
    sign_consent(person, clinician=clinician, expires_in=None)  # ends at "end of treatment"

    doctor = browser.new_page(viewport={"width": 375, "height": 800})
    _login(doctor, live_url, "dr_lee")
    doctor.goto(f"{live_url}/clinic/people/{person.pk}/")
    doctor.fill("#id_code", current_code(device))
    doctor.click("main button[type=submit]")
    expect(doctor.locator("#shared-journal")).to_be_visible()
    record_url = doctor.url

    _login(page, live_url, "pat")
    page.goto(f"{live_url}/sharing/")
    page.get_by_role("button", name="Mark “end of treatment” as happened").click()
    expect(page.locator(".messages")).to_contain_text("Sharing under this consent has ended")
    expect(page.locator("main")).to_contain_text("“end of treatment” happened: you marked it")
    assert not page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    response = doctor.goto(record_url)
    assert response is not None and response.status == 404
    doctor.close()
