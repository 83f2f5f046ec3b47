"""Local development: `make run`."""

from .base import *  # noqa: F403
from .env import env_bool, env_str, sms_backend_path

DEBUG = env_bool("DEBUG", True)
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
WHITENOISE_USE_FINDERS = True
# SMS go to var/sms/outbox.jsonl (one JSON line each): read verification codes there.
SMS_BACKEND = sms_backend_path(env_str("SMS_BACKEND", "file"))
