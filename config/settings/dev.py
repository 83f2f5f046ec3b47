"""Local development: `make run`."""

from .base import *  # noqa: F403
from .base import CMI_CLIENT_ID, CMI_GATEWAY_URL, CMI_STORE_KEY
from .env import env_bool, env_str, sms_backend_path

DEBUG = env_bool("DEBUG", True)
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
WHITENOISE_USE_FINDERS = True
# SMS go to var/sms/outbox.jsonl (one JSON line each): read verification codes there.
SMS_BACKEND = sms_backend_path(env_str("SMS_BACKEND", "file"))

# Card payments go to the local CMI simulator unless real test credentials are given.
CMI_SIMULATOR_ENABLED = env_bool("CMI_SIMULATOR_ENABLED", True)
if CMI_SIMULATOR_ENABLED and not CMI_GATEWAY_URL:
    CMI_ENABLED = True
    CMI_GATEWAY_URL = "/dev/cmi-simulator/"
    CMI_CLIENT_ID = CMI_CLIENT_ID or "600000000"
    CMI_STORE_KEY = CMI_STORE_KEY or "dev-simulator-store-key"  # noqa: S105 - not a secret

# A fictional bank account for the bank-transfer instructions (its RIB key is valid).
PLATFORM_BANK_NAME = env_str("PLATFORM_BANK_NAME", "Banque Démo")
PLATFORM_BANK_RIB = env_str("PLATFORM_BANK_RIB", "011780000001234567890187")
PLATFORM_BANK_HOLDER = env_str("PLATFORM_BANK_HOLDER", "CoopLab SARL (démo)")
