"""Buyers racing for the last units, double submissions and crossed carts, on SQLite (the
IMMEDIATE transaction serialises writers) and PostgreSQL (row locks in primary-key order).

The negative control removes the protection — no row locks, a read-modify-write decrement
instead of the guarded one and, on SQLite, DEFERRED transactions — and shows the same race
then goes wrong, so the passing test really exercises the locking."""

from __future__ import annotations

import contextlib
import threading
import uuid
from collections import Counter
from collections.abc import Callable, Iterator

import pytest
from django.db import close_old_connections, connection

from cooplab.catalog.categories import categories_sync
from cooplab.catalog.models import Category, Variant
from cooplab.cooperatives.tests.factories import CooperativeFactory
from cooplab.orders import locks, services
from cooplab.orders.models import Cart, Order

from .factories import ADDRESS, filled_cart, product_with_stock, variant_of

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.xdist_group("concurrency")]

DETAILS = services.checkout_details_clean(ADDRESS)


@pytest.fixture(autouse=True)
def _categories() -> None:
    """Transactional tests empty the database between tests: put the categories back."""
    categories_sync(Category)


def _run_threads(jobs: list[Callable[[], str]], *, deferred: bool = False) -> list[str]:
    barrier = threading.Barrier(len(jobs))
    outcomes: list[str] = []
    lock = threading.Lock()

    def run(job: Callable[[], str]) -> None:
        try:
            connection.ensure_connection()
            if deferred and connection.vendor == "sqlite":
                connection.transaction_mode = "DEFERRED"
            barrier.wait(timeout=60)
            result = job()
        except Exception as exc:  # noqa: BLE001 - every failure is an outcome to count
            result = f"error:{type(exc).__name__}"
        finally:
            close_old_connections()
            connection.close()
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(t.is_alive() for t in threads), "a thread is stuck (deadlock?)"
    return outcomes


def _buy(cart: Cart, key: str | None = None) -> Callable[[], str]:
    def job() -> str:
        try:
            placement = services.order_place(
                cart=cart,
                customer=None,
                details=DETAILS,
                delivery_methods={},
                payment_method="cod",
                idempotency_key=key or uuid.uuid4().hex,
                consent=True,
            )
        except services.OrderNotPlaced as exc:
            return f"refused:{exc.reason}"
        return "created" if placement.created else "existing"

    return job


def _last_units_race(buyers: int, units: int, *, deferred: bool = False) -> tuple[Counter, int]:
    variant = variant_of(product_with_stock(stock=units))
    carts = [filled_cart([(variant, 1)]) for _ in range(buyers)]
    outcomes = _run_threads([_buy(cart) for cart in carts], deferred=deferred)
    stock = Variant.objects.values_list("stock", flat=True).get(pk=variant.pk)
    return Counter(outcomes), stock


def test_fifty_buyers_for_the_last_five_units_make_exactly_five_orders():
    outcomes, stock = _last_units_race(50, 5)

    assert outcomes == Counter({"created": 5, "refused:unavailable": 45})
    assert stock == 0
    assert Order.objects.count() == 5


@contextlib.contextmanager
def _locking_removed() -> Iterator[None]:
    def lock_nothing(variant_ids):
        rows = Variant.objects.select_related(
            "product", "product__cooperative", "product__category"
        ).filter(pk__in=sorted(set(variant_ids)))
        return {variant.pk: variant for variant in rows}

    def naive_take(variant: Variant, quantity: int) -> bool:
        variant.stock -= quantity  # from the value read earlier: a lost update
        variant.save(update_fields=["stock"])
        return True

    saved = (locks.lock_variants, locks.take_units)
    from cooplab.orders.services import checkout

    checkout.lock_variants, checkout.take_units = lock_nothing, naive_take
    try:
        yield
    finally:
        checkout.lock_variants, checkout.take_units = saved


def test_negative_control_without_locking_the_race_goes_wrong():
    broken_rounds = 0
    for _round in range(3):
        with _locking_removed():
            outcomes, stock = _last_units_race(50, 5, deferred=True)
        created = outcomes.get("created", 0)
        errors = sum(n for outcome, n in outcomes.items() if outcome.startswith("error"))
        # Correct would be: 5 created, 45 refused, no error, stock 0 with 5 units sold.
        if created != 5 or errors or stock != 0 or created + stock != 5:
            broken_rounds += 1
    assert broken_rounds >= 1, "without locking the race should oversell or fail"


def test_ten_submissions_of_the_same_checkout_make_one_order():
    variant = variant_of(product_with_stock(stock=20))
    cart = filled_cart([(variant, 2)])
    key = uuid.uuid4().hex

    outcomes = Counter(_run_threads([_buy(cart, key) for _ in range(10)]))

    assert outcomes == Counter({"created": 1, "existing": 9})
    assert Order.objects.filter(idempotency_key=key).count() == 1
    assert Variant.objects.values_list("stock", flat=True).get(pk=variant.pk) == 18


def test_carts_with_the_same_products_in_opposite_orders_do_not_deadlock():
    first = variant_of(product_with_stock(CooperativeFactory(), stock=100))
    second = variant_of(product_with_stock(CooperativeFactory(), stock=100))
    carts = []
    for index in range(20):
        pair = [(first, 1), (second, 1)] if index % 2 else [(second, 1), (first, 1)]
        carts.append(filled_cart(pair))

    outcomes = Counter(_run_threads([_buy(cart) for cart in carts]))

    assert outcomes == Counter({"created": 20})
    stocks = dict(Variant.objects.filter(pk__in=[first.pk, second.pk]).values_list("pk", "stock"))
    assert stocks == {first.pk: 80, second.pk: 80}
