from __future__ import annotations

from cooplab.notifications.checks import check_http_sms_configured, check_production_sms_backend


def test_production_with_phone_signup_and_console_sms_warns(settings):
    settings.DEBUG = False
    settings.SMS_BACKEND = "cooplab.notifications.sms.ConsoleSMSBackend"
    (warning,) = check_production_sms_backend()
    assert warning.id == "notifications.W001"
    settings.SMS_BACKEND = "cooplab.core.sms.LocmemSMSBackend"
    assert [w.id for w in check_production_sms_backend()] == ["notifications.W001"]


def test_http_backend_or_debug_or_no_phone_signup_does_not_warn(settings):
    settings.DEBUG = False
    settings.SMS_BACKEND = "cooplab.notifications.sms.HttpSMSBackend"
    assert check_production_sms_backend() == []
    settings.SMS_BACKEND = "cooplab.notifications.sms.ConsoleSMSBackend"
    settings.DEBUG = True
    assert check_production_sms_backend() == []
    settings.DEBUG = False
    settings.ACCOUNT_LOGIN_METHODS = {"email"}
    settings.ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
    assert check_production_sms_backend() == []


def test_http_backend_without_url_is_an_error(settings):
    settings.SMS_BACKEND = "cooplab.notifications.sms.HttpSMSBackend"
    settings.SMS_HTTP_URL = ""
    assert [e.id for e in check_http_sms_configured()] == ["notifications.E001"]
    settings.SMS_HTTP_URL = "https://sms.example/v1/messages"
    assert check_http_sms_configured() == []
