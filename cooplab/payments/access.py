"""Who may handle money: finance staff (the ``payments.manage_finance`` permission, given to the
platform staff group). One check for the finance pages, the payout services and the staff order
page's "transfer received" form."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from cooplab.accounts.models import User

MANAGE_FINANCE_PERMISSION = "payments.manage_finance"


def is_finance_staff(user: object) -> bool:
    return (
        isinstance(user, User)
        and user.is_active
        and user.is_staff
        and user.has_perm(MANAGE_FINANCE_PERMISSION)
    )


def require_finance_staff(user: object) -> User:
    """The active staff member allowed to manage finance, else ``PermissionDenied`` (403)."""
    if not isinstance(user, User) or not is_finance_staff(user):
        raise PermissionDenied
    return user
