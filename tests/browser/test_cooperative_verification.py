"""A new manager applies, staff ask for a change, the manager fixes it, staff verify, and the
storefront becomes public — in Arabic and in French."""

from __future__ import annotations

import re
from typing import Any

import pytest
from allauth.mfa.models import Authenticator
from playwright.sync_api import Browser, Page, expect

from cooplab.accounts.roles import role_group
from cooplab.accounts.tests.factories import StaffFactory, UserFactory
from cooplab.cooperatives.models import Cooperative

PDF = b"%PDF-1.4\n% CoopLab test document\n"


def _upload(page: Page, kind: str) -> None:
    page.select_option("select[name=doc-kind]", kind)
    page.set_input_files(
        "input[name=doc-file]",
        files=[{"name": f"{kind}.pdf", "mimeType": "application/pdf", "buffer": PDF}],
    )
    page.get_by_test_id("upload-document").click()
    expect(page.locator(".message-success")).to_be_visible()


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_application_changes_requested_then_verified_then_public(
    browser: Browser, site: str, login_as: Any, lang: str
):
    manager = UserFactory(email=f"manager-{lang}@example.org", preferred_language=lang)
    staff = StaffFactory(email=f"staff-{lang}@example.org", preferred_language=lang)
    staff.groups.add(role_group("platform_staff"))
    Authenticator.objects.create(user=staff, type=Authenticator.Type.TOTP, data={"secret": "x"})

    manager_context = browser.new_context(viewport={"width": 390, "height": 800})
    login_as(manager_context, manager)
    m = manager_context.new_page()
    m.set_default_timeout(15_000)

    # 1. The manager applies, step by step, from a phone.
    m.goto(f"{site}/{lang}/coop/")
    expect(m.locator("html")).to_have_attribute("lang", lang)
    m.get_by_test_id("apply-link").click()
    m.fill("input[name=name_fr]", f"Coopérative Tigmi {lang}")
    m.fill("input[name=name_ar]", f"تعاونية تيگمي {lang}")
    m.fill("input[name=register_number]", "2021/77")
    m.fill("input[name=ice]", "001561191000066")
    m.select_option("select[name=sector]", "honey")
    m.get_by_test_id("step-next").click()
    m.select_option("select[name=region]", "MA-09")
    m.select_option("select[name=city]", "tiznit")
    m.fill("input[name=phone]", "0612345678")
    m.get_by_test_id("step-next").click()
    m.fill("input[name=members_count]", "15")
    m.fill("input[name=women_count]", "15")
    m.check("input[name=women_only]")
    m.get_by_test_id("step-next").click()
    m.fill("textarea[name=story_fr]", "Quinze apicultrices de Tiznit.")
    m.fill("textarea[name=story_ar]", "خمس عشرة نحّالة من تيزنيت.")
    m.get_by_test_id("step-next").click()
    expect(m).to_have_url(re.compile(rf"/{lang}/coop/[0-9a-f-]+/files/$"))
    for kind in ("statutes", "register_certificate", "onssa_authorisation"):
        _upload(m, kind)
    m.check("input[name=consent]")
    m.get_by_test_id("submit-application").click()
    expect(m.get_by_test_id("cooperative-status")).to_have_attribute(
        "class", re.compile("status-applied")
    )
    cooperative = Cooperative.objects.get(name_fr=f"Coopérative Tigmi {lang}")
    storefront = f"{site}/{lang}/cooperatives/{cooperative.slug}/"

    # Not public yet.
    visitor = browser.new_page()
    response = visitor.goto(storefront)
    assert response is not None and response.status == 404

    # 2. Staff ask for a change.
    staff_context = browser.new_context()
    login_as(staff_context, staff)
    s = staff_context.new_page()
    s.set_default_timeout(15_000)
    s.goto(f"{site}/{lang}/staff/cooperatives/")
    s.get_by_role("link", name=f"Coopérative Tigmi {lang}").or_(
        s.get_by_role("link", name=f"تعاونية تيگمي {lang}")
    ).first.click()
    s.fill("textarea[name=reason]", "Le numéro du registre ne correspond pas au certificat.")
    s.get_by_test_id("decide-request_changes").click()
    expect(s.get_by_test_id("cooperative-status")).to_have_attribute(
        "class", re.compile("status-changes_requested")
    )

    # 3. The manager sees the reason, fixes the register number and sends again.
    m.reload()
    expect(m.get_by_test_id("status-reason")).to_contain_text("registre")
    m.get_by_test_id("edit-application").click()
    m.fill("input[name=register_number]", "2021/78")
    m.get_by_test_id("step-next").click()
    m.goto(f"{site}/{lang}/coop/{cooperative.public_id}/files/")
    m.check("input[name=consent]")
    m.get_by_test_id("submit-application").click()
    expect(m.get_by_test_id("cooperative-status")).to_have_attribute(
        "class", re.compile("status-applied")
    )

    # 4. Staff verify.
    s.reload()
    s.get_by_test_id("decide-verify").click()
    expect(s.get_by_test_id("cooperative-status")).to_have_attribute(
        "class", re.compile("status-verified")
    )

    # 5. The storefront is public, in the visitor's language.
    response = visitor.goto(storefront)
    assert response is not None and response.status == 200
    expect(visitor.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")
    expected_name = f"تعاونية تيگمي {lang}" if lang == "ar" else f"Coopérative Tigmi {lang}"
    expect(visitor.locator("h1")).to_contain_text(expected_name)
    cooperative.refresh_from_db()
    assert cooperative.register_number == "2021/78"
    manager_context.close()
    staff_context.close()
