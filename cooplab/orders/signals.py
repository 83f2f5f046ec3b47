from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from .services import cart_merge


def merge_cart_at_login(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    if request is None or not hasattr(request, "session"):
        return
    token = request.session.pop("cart_token", None)
    if token:
        cart_merge(user=user, token=token)
