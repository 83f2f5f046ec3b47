"""Browser journeys of the foundation, in Chromium on a phone-sized screen."""

from __future__ import annotations

import re

from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from playwright.sync_api import Page, expect

from cooplab.accounts.models import User
from cooplab.accounts.tests.factories import PASSWORD, StaffFactory
from cooplab.core.sms import LocmemSMSBackend


def test_visitor_switches_from_french_to_arabic_and_stays_on_the_same_page(page: Page, site: str):
    page.goto(f"{site}/fr/accounts/login/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")

    page.get_by_test_id("lang-ar").click()

    expect(page).to_have_url(f"{site}/ar/accounts/login/")
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("input[name=login]")).to_be_visible()


def test_user_signs_up_with_a_phone_number_logs_out_and_logs_in_again(page: Page, site: str):
    page.goto(f"{site}/fr/accounts/signup/")
    page.fill("input[name=first_name]", "Fadma")
    page.fill("input[name=phone]", "06 12 34 56 78")
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    page.check("input[name=consent]")
    page.locator("main form button[type=submit]").click()

    # The number is confirmed with the 6-digit code sent by SMS.
    expect(page).to_have_url(re.compile(r"/fr/accounts/phone/verify/$"))
    (sms,) = LocmemSMSBackend.outbox
    assert sms.to == "+212612345678"
    code = re.search(r"\b(\d{6})\b", sms.body)
    assert code is not None
    page.fill("input[name=code]", code.group(1))
    page.locator("main form button[type=submit]").first.click()

    expect(page).to_have_url(re.compile(r"/fr/accounts/profile/$"))
    expect(page.get_by_test_id("profile-phone")).to_have_text("06 12 34 56 78")
    assert User.objects.get().phone == "+212612345678"

    page.locator(".account-nav form button[type=submit]").click()
    expect(page.locator(".account-nav a[href$='/accounts/login/']")).to_be_visible()

    page.goto(f"{site}/fr/accounts/login/")
    page.fill("input[name=login]", "0612345678")
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/fr/accounts/profile/$"))
    expect(page.get_by_test_id("profile-phone")).to_have_text("06 12 34 56 78")


def _current_totp(secret: str) -> str:
    """The code of the current time step (the middle of the accepted window): still valid if
    the step ends before the form is sent."""
    counters = list(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(secret, counters[len(counters) // 2]))


def test_staff_user_is_asked_for_a_second_factor(page: Page, site: str):
    staff = StaffFactory(email="staff@example.org")
    secret = generate_totp_secret()
    TOTP.activate(staff, secret)

    page.goto(f"{site}/fr/accounts/login/")
    page.fill("input[name=login]", "staff@example.org")
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").click()

    expect(page).to_have_url(re.compile(r"/fr/accounts/2fa/authenticate/$"))
    expect(page.locator(".account-nav a[href$='/accounts/login/']")).to_be_visible()
    page.fill("input[name=code]", _current_totp(secret))
    page.locator("main form button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/fr/accounts/profile/$"))


def test_staff_user_without_authenticator_must_set_one_up(page: Page, site: str):
    StaffFactory(email="newstaff@example.org")
    page.goto(f"{site}/fr/accounts/login/")
    page.fill("input[name=login]", "newstaff@example.org")
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").click()
    # allauth asks to confirm the password before any change of authenticators.
    expect(page).to_have_url(re.compile(r"/fr/accounts/reauthenticate/\?next=.*totp"))
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/fr/accounts/2fa/totp/activate/$"))
    # Nothing else is reachable until an authenticator is set up.
    page.goto(f"{site}/fr/accounts/profile/")
    expect(page).to_have_url(re.compile(r"/fr/accounts/2fa/totp/activate/$"))
