"""Test settings: fast hashing, in-memory email, tasks run immediately."""

from .base import *  # noqa: F403
from .base import DATABASES, TASKS, VAR_DIR

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SMS_BACKEND = "cooplab.notifications.sms.LocmemSMSBackend"
SMS_HTTP_URL = ""  # never a real provider from tests
TASKS = {**TASKS, "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "private": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True

# A file-based SQLite test database (not shared in-memory): the live server of browser tests
# then gets its own connections, as in production, and WAL/IMMEDIATE behave as they will there.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-db.sqlite3")}

# Card payments against the local CMI simulator, never the network.
CMI_ENABLED = True
CMI_GATEWAY_URL = "/dev/cmi-simulator/"
CMI_CLIENT_ID = "600000000"
CMI_STORE_KEY = "test-store-key|with\\escapes"  # noqa: S105 - test value
CMI_SIMULATOR_ENABLED = True

# A fictional bank account for the bank-transfer instructions (its RIB key is valid).
PLATFORM_BANK_NAME = "Banque Démo"
PLATFORM_BANK_RIB = "011780000001234567890187"
PLATFORM_BANK_HOLDER = "CoopLab SARL (démo)"
