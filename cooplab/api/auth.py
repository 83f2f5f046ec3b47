"""Who is calling the API: a personal token (`Authorization: Bearer cl_…`) or the session.

`VENDOR_AUTH` tries the token first. A request that sends a Bearer token is judged on that
token alone: a wrong, revoked or expired one is a 401 and never falls back to the session.
Without a Bearer token, ninja's `django_auth` uses the session cookie and checks CSRF on
unsafe methods, so a page on another site cannot act through a signed-in browser.
"""

from typing import Any

from django.http import HttpRequest
from ninja.errors import AuthenticationError
from ninja.security import HttpBearer, django_auth

from cooplab.accounts.models import User
from cooplab.accounts.tokens import api_token_authenticate


class BearerToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> User:
        user = api_token_authenticate(token)
        if user is None:
            raise AuthenticationError()
        # The services and access functions read request.user like for a page.
        request.user = user
        return user


VENDOR_AUTH: list[Any] = [BearerToken(), django_auth]


def request_user(request: HttpRequest) -> User:
    """The user the auth classes above accepted (token or session)."""
    user = getattr(request, "auth", None)
    if not isinstance(user, User):
        raise AuthenticationError()
    return user
