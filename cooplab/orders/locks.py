"""Row locking for stock, in one place.

PostgreSQL: `SELECT … FOR UPDATE` on the variants, always in primary-key order, so two carts
holding the same products in opposite orders queue instead of deadlocking.
SQLite: `select_for_update` is a no-op; the IMMEDIATE transaction mode (settings) takes the
database write lock when the transaction begins, which serialises writers.

`take_units` is the guarded decrement: it cannot take stock below zero even if a caller forgot
the lock (the CHECK constraint on `Variant.stock` is the last line of defence).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import F

from cooplab.catalog.models import Variant


def lock_variants(variant_ids: Iterable[int]) -> dict[int, Variant]:
    ids = sorted(set(variant_ids))
    rows = (
        Variant.objects.select_for_update(of=("self",))
        .select_related("product", "product__cooperative", "product__category")
        .filter(pk__in=ids)
        .order_by("pk")
    )
    return {variant.pk: variant for variant in rows}


def take_units(variant: Variant, quantity: int) -> bool:
    """Decrement stock by `quantity` if that many units are there; True when taken."""
    taken = Variant.objects.filter(pk=variant.pk, stock__gte=quantity).update(
        stock=F("stock") - quantity
    )
    if taken:
        variant.stock -= quantity
    return bool(taken)


def give_back_units(variant_id: int, quantity: int) -> int:
    """Increment stock (cancellation, expiry, return); the new stock."""
    Variant.objects.filter(pk=variant_id).update(stock=F("stock") + quantity)
    return Variant.objects.values_list("stock", flat=True).get(pk=variant_id)
