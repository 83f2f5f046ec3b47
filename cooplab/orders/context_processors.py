"""The cart count in the header: one small query, only when a cart exists."""

from __future__ import annotations

from django.db.models import Sum
from django.http import HttpRequest

from .models import CartLine


def cart(request: HttpRequest) -> dict[str, object]:
    def count() -> int:
        user = getattr(request, "user", None)
        lines = CartLine.objects.none()
        if user is not None and user.is_authenticated:
            lines = CartLine.objects.filter(cart__user=user)
        else:
            token = request.session.get("cart_token") if hasattr(request, "session") else None
            if not token:
                return 0
            lines = CartLine.objects.filter(cart__token=token, cart__user__isnull=True)
        return int(lines.aggregate(n=Sum("quantity"))["n"] or 0)

    # Lazy: pages that do not show the header pay nothing.
    from django.utils.functional import SimpleLazyObject

    return {"cart_count": SimpleLazyObject(count)}
