"""ICE (Identifiant Commun de l'Entreprise): 15 digits with a check number, mandatory on
invoices. Validation by python-stdnum."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from stdnum.exceptions import (
    InvalidChecksum,
    InvalidFormat,
    InvalidLength,
)
from stdnum.exceptions import (
    ValidationError as StdnumError,
)
from stdnum.ma import ice as stdnum_ice


def normalize_ice(value: str) -> str:
    """Return the 15-digit compact ICE or raise a translated ValidationError."""
    try:
        return str(stdnum_ice.validate(value))
    except InvalidChecksum as exc:
        raise ValidationError(
            _("This ICE is not valid: its check digits do not match. Check the 15 digits."),
            code="ice_checksum",
        ) from exc
    except (InvalidLength, InvalidFormat) as exc:
        raise ValidationError(_("An ICE has exactly 15 digits."), code="ice_format") from exc
    except StdnumError as exc:
        raise ValidationError(_("This ICE is not valid."), code="ice_invalid") from exc


def validate_ice(value: str) -> None:
    normalize_ice(value)
