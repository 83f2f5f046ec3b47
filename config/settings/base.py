"""Settings shared by every environment. Values that vary come from the environment (env.py)."""

from __future__ import annotations

from pathlib import Path

import dj_database_url
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _

from .env import (
    email_settings,
    env_bool,
    env_float,
    env_int,
    env_list,
    env_str,
    sms_backend_path,
)

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env_str("COOPLAB_VAR_DIR", str(BASE_DIR / "var")))

SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # modeltranslation must come before the admin.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "axes",
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
    "ninja",
    "cooplab.core",
    "cooplab.notifications",
    "cooplab.accounts",
    "cooplab.cooperatives",
    "cooplab.catalog",
    "cooplab.shipping",
    "cooplab.orders",
    "cooplab.payments",
    "cooplab.ledger",
    "cooplab.payouts",
    "cooplab.reviews",
    "cooplab.learning",
    "cooplab.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "cooplab.accounts.middleware.StaffSecondFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Axes must be last: it turns lockouts into responses.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "cooplab.core.context_processors.site",
                "cooplab.orders.context_processors.cart",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
# SQLite by default (WAL, IMMEDIATE transactions so writers serialise instead of failing with
# "database is locked" half-way); PostgreSQL when DATABASE_URL points to one.
SQLITE_PATH = VAR_DIR / "db.sqlite3"
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": (
        "PRAGMA journal_mode=WAL;"
        "PRAGMA synchronous=NORMAL;"
        "PRAGMA foreign_keys=ON;"
        "PRAGMA busy_timeout=20000;"
    ),
}
DATABASE_URL = env_str("DATABASE_URL", "")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
    if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
        DATABASES["default"]["OPTIONS"] = dict(SQLITE_OPTIONS)
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(SQLITE_PATH),
            "OPTIONS": dict(SQLITE_OPTIONS),
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and sessions -----------------------------------------------------------------------
REDIS_URL = env_str("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "cooplab",
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    SESSION_ENGINE = "django.contrib.sessions.backends.db"

# --- Background tasks -----------------------------------------------------------------------
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# --- Authentication -------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # Axes first: it refuses locked-out credentials before any other backend checks them.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 8},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "accounts:profile"
LOGOUT_REDIRECT_URL = "core:home"

ACCOUNT_ADAPTER = "cooplab.accounts.adapter.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email", "phone"}
ACCOUNT_SIGNUP_FIELDS = ["phone", "email", "password1*", "password2*"]
ACCOUNT_FORMS = {"signup": "cooplab.accounts.forms.SignupForm"}
ACCOUNT_EMAIL_VERIFICATION = "optional"
# A mobile number is confirmed by an SMS code before it can be used to log in, so nobody can
# register someone else's number. Codes are 6 digits: easy to type on any phone.
ACCOUNT_PHONE_VERIFICATION_ENABLED = True
ACCOUNT_PHONE_VERIFICATION_CODE_FORMAT = {"numeric": True, "length": 6, "dashed": False}
ACCOUNT_PHONE_VERIFICATION_SUPPORTS_RESEND = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
# Per-account lockout is django-axes's job (below); allauth only slows down one address
# hammering many accounts.
ACCOUNT_RATE_LIMITS = {"login_failed": "60/m/ip"}
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "CoopLab"
# Accept the code of the previous and the next 30-second step as well (RFC 6238 §5.2: at most
# one step of clock drift), so a phone whose clock is a few seconds off, or a code typed as the
# step ends, still works. Used codes stay refused over the whole window.
MFA_TOTP_TOLERANCE = 1

# Brute-force lockout: the 5th failure for an account locks it; from the 6th attempt on every
# attempt is refused, whatever the password, until
# AXES_COOLOFF_TIME has passed. Locked per username (login) so an attacker changing IPs is still
# stopped; staff can unlock with `manage.py axes_reset_username`.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.5  # hours
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_USERNAME_FORM_FIELD = "login"
AXES_USERNAME_CALLABLE = "cooplab.accounts.lockout.lockout_username"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_VERBOSE = False

# --- Internationalisation ---------------------------------------------------------------------
LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("ar", _("Arabic")),
    ("fr", _("French")),
    ("en", _("English")),
]
# Tamazight (Tifinagh) is a content language: model fields carry a zgh column, the interface
# does not (Django ships no zgh catalogue).
LANG_INFO["zgh"] = {
    "bidi": False,
    "code": "zgh",
    "name": "Standard Moroccan Tamazight",
    "name_local": "ⵜⴰⵎⴰⵣⵉⵖⵜ",
}
CONTENT_LANGUAGES = ["ar", "fr", "en", "zgh"]
MODELTRANSLATION_LANGUAGES = tuple(CONTENT_LANGUAGES)
MODELTRANSLATION_DEFAULT_LANGUAGE = "fr"
MODELTRANSLATION_FALLBACK_LANGUAGES = {
    "default": ("fr", "ar", "en"),
    "zgh": ("ar", "fr"),
}
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Africa/Casablanca"
USE_TZ = True
LANGUAGE_COOKIE_NAME = "cooplab_language"
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600

# --- Static and media ---------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT", str(VAR_DIR / "private")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Never served by URL: read through access-checked views only.
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(PRIVATE_MEDIA_ROOT), "base_url": "/private-files-not-served/"},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Uploads: phones send large photos; images are re-encoded smaller on arrival.
DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
MAX_IMAGE_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000
MAX_DOCUMENT_UPLOAD_BYTES = 10 * 1024 * 1024

# --- Email and SMS -------------------------------------------------------------------------
EMAIL_URL = env_str("EMAIL_URL", "console://")
vars().update(email_settings(EMAIL_URL))
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "CoopLab <no-reply@cooplab.ma>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# SMS: a short name (console, file, locmem, http) or a backend's dotted path. See
# cooplab/notifications/sms.py and docs/operations.md.
SMS_BACKEND = sms_backend_path(env_str("SMS_BACKEND", "console"))
SMS_FILE_PATH = Path(env_str("SMS_FILE_PATH", str(VAR_DIR / "sms" / "outbox.jsonl")))
SMS_HTTP_URL = env_str("SMS_HTTP_URL", "")
SMS_HTTP_TOKEN = env_str("SMS_HTTP_TOKEN", "")
SMS_SENDER = env_str("SMS_SENDER", "CoopLab")
SMS_HTTP_TIMEOUT = env_float("SMS_HTTP_TIMEOUT", 10.0)
# The outbox (cooplab.notifications): a failed message is retried with growing delays
# (NOTIFICATIONS_RETRY_DELAY seconds, then x4 each time) up to NOTIFICATIONS_MAX_ATTEMPTS
# attempts; a message left "sending" longer than NOTIFICATIONS_STUCK_MINUTES (a worker died
# mid-send) is tried again.
NOTIFICATIONS_MAX_ATTEMPTS = env_int("NOTIFICATIONS_MAX_ATTEMPTS", 5)
NOTIFICATIONS_RETRY_DELAY = env_int("NOTIFICATIONS_RETRY_DELAY", 60)
NOTIFICATIONS_STUCK_MINUTES = env_int("NOTIFICATIONS_STUCK_MINUTES", 15)

# --- Security (hardened everywhere; production adds HTTPS-only settings) --------------------
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 14 * 24 * 3600
SESSION_COOKIE_NAME = "cooplab_session"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_NAME = "cooplab_csrf"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# --- Logging ------------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}, "axes": {"level": "WARNING"}},
}

# --- Platform ------------------------------------------------------------------------------
SITE_NAME = "CoopLab"
CURRENCY = "MAD"

SILENCED_SYSTEM_CHECKS = [
    # allauth wants one login method required at sign-up; CoopLab requires "a mobile number OR
    # an email address" (enforced by cooplab.accounts.forms.SignupForm.clean), which the
    # heuristic cannot express.
    "account.W001",
    # Lockout is per account on purpose: Moroccan mobile carriers put many users behind one
    # address (CGNAT), so locking an IP would lock out whole villages. See docs/decisions.
    "axes.W006",
]

# Jobs enqueued by `manage.py scheduler`: daily ones after "at" (local time,
# Africa/Casablanca), periodic ones "every" N minutes.
SCHEDULED_TASKS = {
    "orders_expire": {"task": "cooplab.orders.tasks.parts_expire_task", "every": 15},
    "orders_complete": {"task": "cooplab.orders.tasks.parts_complete_task", "at": "03:00"},
    "certifications_check_expiry": {
        "task": "cooplab.cooperatives.tasks.certifications_check_expiry_task",
        "at": "06:00",
    },
    "messages_retry": {
        "task": "cooplab.notifications.tasks.messages_retry_due",
        "every": 5,
    },
    "learning_first_product_assignments": {
        "task": "cooplab.learning.tasks.first_product_assignments_task",
        "at": "05:30",
    },
    # Creates the payout drafts on batch days (PAYOUT_DAYS), after orders_complete; idempotent.
    "payouts_batch": {"task": "cooplab.payouts.tasks.payouts_batch_task", "at": "04:00"},
    "payments_reconcile": {"task": "cooplab.payments.tasks.reconcile_payments_task", "every": 60},
    "learning_live_session_reminders": {
        "task": "cooplab.learning.tasks.live_session_reminders_task",
        "at": "08:00",
    },
}

# The public address of the site, for links in emails and SMS.
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000")

# Orders. Unconfirmed cash-on-delivery orders (and unpaid transfers) expire after this many
# hours and their stock comes back; delivered goods may be returned within the withdrawal
# period when the product allows it (law 31-08: 7 days).
ORDER_CONFIRMATION_HOURS = env_int("ORDER_CONFIRMATION_HOURS", 48)
ORDER_WITHDRAWAL_DAYS = 7
ORDER_TERMS_VERSION = "2026-12"
ORDER_PAYMENT_METHODS = env_list("ORDER_PAYMENT_METHODS", ["cod", "bank_transfer"])
# A phone number whose parcels were refused this many times is flagged to staff and sellers.
ORDER_REFUSAL_FLAG_THRESHOLD = 2

# Catalogue: when on, a product goes to staff moderation before it is published.
CATALOG_MODERATION = env_bool("CATALOG_MODERATION", False)

# --- Payments and ledger ---------------------------------------------------------------------
# The platform's bank account, shown to customers who pay by bank transfer (order page and the
# order-placed message). Empty in production until set: the instructions then say the details
# will follow (docs/operations.md, "Bank transfers"). Dev and test settings use a demo account.
PLATFORM_BANK_NAME = env_str("PLATFORM_BANK_NAME", "")
PLATFORM_BANK_RIB = env_str("PLATFORM_BANK_RIB", "")
PLATFORM_BANK_HOLDER = env_str("PLATFORM_BANK_HOLDER", "CoopLab")
# CMI card gateway (see docs/architecture.md, "Card payments with CMI"). Card payment is offered
# only when CMI_ENABLED is on; `check --deploy` warns when it is on without the three values.
CMI_ENABLED = env_bool("CMI_ENABLED", False)
CMI_GATEWAY_URL = env_str("CMI_GATEWAY_URL", "")
CMI_CLIENT_ID = env_str("CMI_CLIENT_ID", "")
CMI_STORE_KEY = env_str("CMI_STORE_KEY", "")
# Local stand-in for CMI's hosted page at /dev/cmi-simulator/ (dev and test settings turn it on;
# `check --deploy` refuses it). The transport posts its server-to-server callback.
CMI_SIMULATOR_ENABLED = False
CMI_SIMULATOR_TRANSPORT = "cooplab.payments.simulator.urllib_transport"
# Platform commission in percent of a sale, when no CommissionRule applies. *Unverified*
# default: operators set their own (docs/decisions/0007-ledger.md).
COMMISSION_DEFAULT_RATE = env_str("COMMISSION_DEFAULT_RATE", "10.00")
# Payouts to cooperatives: batch days of the month (Africa/Casablanca), e.g. "1,16".
PAYOUT_DAYS = [int(day) for day in env_list("PAYOUT_DAYS", ["1", "16"])]
# Product page: "X DH of this price goes to the cooperative (Y %)", under the price.
SHOW_COOPERATIVE_SHARE = env_bool("SHOW_COOPERATIVE_SHARE", True)

# Product reviews: when on (the default), a new or changed review waits for staff approval
# before it is shown on the product page.
REVIEWS_PREMODERATION = env_bool("REVIEWS_PREMODERATION", True)
