"""Cooperative back office for products, and staff moderation: the pages call the services,
and access stays within the cooperative."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

import pytest
from allauth.mfa.models import Authenticator
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from PIL import Image

from cooplab.accounts.roles import role_group
from cooplab.accounts.tests.factories import StaffFactory
from cooplab.catalog import services
from cooplab.catalog.models import (
    Category,
    Product,
    ProductImage,
    ProductStatus,
    StockMovement,
    Variant,
)
from cooplab.catalog.selectors import product_public_detail, public_products
from cooplab.cooperatives.tests.factories import (
    CertificationFactory,
    CooperativeFactory,
    manager_of,
    member_of,
)
from cooplab.core.models import AuditLog

pytestmark = pytest.mark.django_db


def url(name: str, language: str = "en", **kwargs: Any) -> str:
    with translation.override(language):
        return reverse(f"catalog:{name}", kwargs=kwargs)


def png(color: str = "green") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), color).save(buffer, format="PNG")
    return SimpleUploadedFile("photo.png", buffer.getvalue(), content_type="image/png")


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def make_product(cooperative, manager, *, stock: int = 5, **data) -> Product:
    return services.product_create(
        cooperative=cooperative,
        actor=manager,
        data={
            "name_fr": "Miel de thym",
            "category": Category.objects.get(slug="miel"),
            "onssa_number": "ONSSA-7",
            **data,
        },
        variants=[{"label": "250 g", "price": "90.00", "stock": stock}],
    )


@pytest.fixture
def coop_a():
    return CooperativeFactory(slug="coop-a")


@pytest.fixture
def manager_a(coop_a):
    return manager_of(coop_a)


@pytest.fixture
def product(coop_a, manager_a):
    return make_product(coop_a, manager_a)


def edit_url(product: Product, language: str = "en") -> str:
    return url(
        "bo_product_edit",
        language,
        cooperative_id=product.cooperative.public_id,
        product_id=product.public_id,
    )


def product_url(name: str, product: Product, **extra: Any) -> str:
    return url(
        name,
        cooperative_id=product.cooperative.public_id,
        product_id=product.public_id,
        **extra,
    )


# --- The manager's path: create, edit, photo, publish ----------------------------------------


def test_manager_creates_edits_adds_a_photo_and_publishes_then_the_product_is_public(
    coop_a, manager_a
):
    client = client_for(manager_a)
    honey = Category.objects.get(slug="miel")

    # Given the creation page with its grouped categories
    page = client.get(url("bo_product_create", cooperative_id=coop_a.public_id))
    assert page.status_code == 200
    html = page.content.decode()
    assert '<optgroup label="Argan and cosmetics">' in html
    assert 'name="variant_label"' in html

    # When the manager creates the product with its first size
    response = client.post(
        url("bo_product_create", cooperative_id=coop_a.public_id),
        {
            "name_fr": "Miel de thym",
            "name_ar": "عسل الزعتر",
            "category": honey.pk,
            "origin_region": "MA-09",
            "perishable": "on",
            "onssa_number": "ONSSA-1",
            "variant_label": "500 g",
            "variant_price": "120,50",
            "variant_stock": "5",
            "variant_quantity": "500",
            "variant_unit": "g",
        },
    )

    # Then a draft exists with its size and stock, and the edit page opens
    product = Product.objects.get()
    assert response.status_code == 302
    assert response["Location"] == edit_url(product)
    assert (product.status, product.name_fr, product.name_ar, product.origin_region) == (
        ProductStatus.DRAFT,
        "Miel de thym",
        "عسل الزعتر",
        "MA-09",
    )
    variant = product.variants.get()
    assert (variant.label, variant.price, variant.stock, variant.quantity, variant.unit) == (
        "500 g",
        Decimal("120.50"),
        5,
        Decimal("500"),
        "g",
    )
    assert StockMovement.objects.get(variant=variant).stock_after == 5

    edit = client.get(edit_url(product))
    assert edit.status_code == 200
    assert 'accept="image/*" capture="environment"' in edit.content.decode()

    # When the manager renames it, adds a photo and publishes it
    assert client.post(edit_url(product), {"name_fr": "Miel de thym sauvage"}).status_code == 302
    photo = client.post(product_url("bo_image_add", product), {"image": png(), "alt": "Pot"})
    assert photo.status_code == 302
    publish = client.post(product_url("bo_product_action", product), {"action": "publish"})
    assert publish.status_code == 302

    # Then it is public, with its new name, photo and price
    product.refresh_from_db()
    assert product.status == ProductStatus.PUBLISHED
    assert product.name_fr == "Miel de thym sauvage"
    assert product.name_ar == "عسل الزعتر"  # a partial update keeps the other fields
    assert product.images.get().alt == "Pot"
    assert public_products().filter(pk=product.pk).exists()
    assert product_public_detail(slug=product.slug) == product
    public_page = Client().get(product.get_absolute_url())
    assert public_page.status_code == 200
    assert "Miel de thym sauvage" in public_page.content.decode()


def test_create_with_an_invalid_price_shows_the_error_and_creates_nothing(coop_a, manager_a):
    response = client_for(manager_a).post(
        url("bo_product_create", cooperative_id=coop_a.public_id),
        {
            "name_fr": "Miel",
            "category": Category.objects.get(slug="miel").pk,
            "variant_label": "1 kg",
            "variant_price": "douze",
            "variant_stock": "1",
        },
    )

    assert response.status_code == 200
    assert "Enter an amount in dirhams" in response.content.decode()
    assert not Product.objects.exists()


def test_create_needs_a_name_in_french_or_arabic(coop_a, manager_a):
    response = client_for(manager_a).post(
        url("bo_product_create", cooperative_id=coop_a.public_id),
        {
            "name_en": "Honey",
            "category": Category.objects.get(slug="miel").pk,
            "variant_label": "1 kg",
            "variant_price": "200",
            "variant_stock": "1",
        },
    )

    assert response.status_code == 200
    assert "Give the product a name in French or in Arabic." in response.content.decode()
    assert not Product.objects.exists()


def test_edit_refuses_a_best_before_date_before_the_harvest(product, manager_a):
    response = client_for(manager_a).post(
        edit_url(product), {"harvest_date": "2026-06-01", "best_before": "2026-05-01"}
    )

    assert response.status_code == 200
    assert "The best-before date cannot be before the harvest date." in response.content.decode()
    product.refresh_from_db()
    assert product.harvest_date is None


def test_unticking_perishable_on_the_edit_form_saves_it(product, manager_a):
    client_for(manager_a).post(edit_url(product), {"perishable_shown": "1", "name_fr": "Miel"})

    product.refresh_from_db()
    assert product.perishable is False


# --- Stock -----------------------------------------------------------------------------------


def test_stock_adjust_records_a_movement_and_an_audit_row(product, manager_a):
    variant = product.variants.get()

    response = client_for(manager_a).post(
        product_url("bo_stock_adjust", product),
        {"variant_id": variant.pk, "delta": "-2", "reason": "damaged", "note": "broken jar"},
    )

    assert response.status_code == 302
    variant.refresh_from_db()
    assert variant.stock == 3
    movement = StockMovement.objects.filter(variant=variant).first()
    assert (movement.delta, movement.stock_after, movement.reason, movement.note) == (
        -2,
        3,
        "damaged",
        "broken jar",
    )
    assert movement.actor == manager_a
    assert AuditLog.objects.filter(action="stock.adjusted", actor=manager_a).count() == 2
    history = client_for(manager_a).get(edit_url(product)).content.decode()
    assert "broken jar" in history


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "Only 5 in stock: you cannot remove more."),
        ("ar", "في المخزون 5 فقط: لا يمكنك حذف أكثر من ذلك."),
    ],
)
def test_stock_cannot_go_below_zero_the_page_says_why_and_nothing_changes(
    product, manager_a, language, message
):
    variant = product.variants.get()
    client = client_for(manager_a)
    movements = StockMovement.objects.count()
    audits = AuditLog.objects.count()
    with translation.override(language):
        adjust = reverse(
            "catalog:bo_stock_adjust",
            kwargs={
                "cooperative_id": product.cooperative.public_id,
                "product_id": product.public_id,
            },
        )

    response = client.post(
        adjust, {"variant_id": variant.pk, "delta": "-6", "reason": "sold_elsewhere"}
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    variant.refresh_from_db()
    assert variant.stock == 5
    assert StockMovement.objects.count() == movements
    assert AuditLog.objects.count() == audits


@pytest.mark.parametrize("reason", ["order", "return", "import"])
def test_stock_adjust_refuses_reasons_kept_for_orders_and_imports(product, manager_a, reason):
    variant = product.variants.get()

    response = client_for(manager_a).post(
        product_url("bo_stock_adjust", product),
        {"variant_id": variant.pk, "delta": "3", "reason": reason},
    )

    assert response.status_code == 200
    assert Variant.objects.get(pk=variant.pk).stock == 5


def test_low_stock_warning_is_shown_on_the_list(coop_a, manager_a):
    make_product(coop_a, manager_a, stock=2, name_fr="Miel rare")
    make_product(coop_a, manager_a, stock=40, name_fr="Miel courant")

    html = client_for(manager_a).get(url("bo_product_list", cooperative_id=coop_a.public_id))

    page = html.content.decode()
    assert 'data-testid="low-stock"' in page
    assert "Miel rare – 250 g: 2 left" in page
    assert "Miel courant – 250 g" not in page


# --- Sizes -----------------------------------------------------------------------------------


def test_a_new_size_is_added_and_an_existing_one_changed(product, manager_a):
    client = client_for(manager_a)
    variant = product.variants.get()

    added = client.post(
        product_url("bo_variant_save", product),
        {"label": "1 kg", "price": "160", "unit": "kg", "quantity": "1", "stock": "4"},
    )
    changed = client.post(
        product_url("bo_variant_save", product),
        {"variant_id": variant.pk, "label": "250 g", "price": "95,00", "compare_at_price": "110"},
    )

    assert (added.status_code, changed.status_code) == (302, 302)
    sizes = [(v.label, v.price, v.compare_at_price, v.stock) for v in product.variants.all()]
    assert sizes == [
        ("250 g", Decimal("95.00"), Decimal("110.00"), 5),
        ("1 kg", Decimal("160.00"), None, 4),
    ]
    product.refresh_from_db()
    assert product.price_from == Decimal("95.00")


def test_a_price_before_discount_below_the_price_is_refused_on_the_page(product, manager_a):
    variant = product.variants.get()

    response = client_for(manager_a).post(
        product_url("bo_variant_save", product),
        {"variant_id": variant.pk, "label": "250 g", "price": "90", "compare_at_price": "80"},
    )

    assert response.status_code == 200
    assert "The price before discount must be above the price." in response.content.decode()
    assert Variant.objects.get(pk=variant.pk).compare_at_price is None


# --- Duplicate, archive, labels --------------------------------------------------------------


def test_duplicate_makes_a_draft_copy_and_opens_it(product, manager_a):
    services.product_publish(product=product, actor=manager_a)

    response = client_for(manager_a).post(
        product_url("bo_product_action", product), {"action": "duplicate"}
    )

    copy = Product.objects.exclude(pk=product.pk).get()
    assert response.status_code == 302
    assert response["Location"] == edit_url(copy)
    assert copy.status == ProductStatus.DRAFT
    assert copy.name_fr == "Miel de thym (copy)"
    assert [(v.label, v.price, v.stock) for v in copy.variants.all()] == [
        ("250 g", Decimal("90.00"), 0)
    ]


def test_archive_hides_the_product_from_the_public(product, manager_a):
    services.product_publish(product=product, actor=manager_a)

    response = client_for(manager_a).post(
        product_url("bo_product_action", product), {"action": "archive"}
    )

    assert response.status_code == 302
    product.refresh_from_db()
    assert product.status == ProductStatus.ARCHIVED
    assert not public_products().filter(pk=product.pk).exists()
    page = client_for(manager_a).get(edit_url(product)).content.decode()
    assert "Publish again" in page


def test_publish_refusal_is_explained(coop_a, manager_a):
    product = make_product(coop_a, manager_a, onssa_number="")

    response = client_for(manager_a).post(
        product_url("bo_product_action", product), {"action": "publish"}, follow=True
    )

    assert "Food products need the ONSSA authorisation number." in response.content.decode()
    assert Product.objects.get(pk=product.pk).status == ProductStatus.DRAFT


def test_labels_can_only_come_from_the_products_own_cooperative(product, manager_a, coop_a):
    own = CertificationFactory(cooperative=coop_a)
    foreign = CertificationFactory(cooperative=CooperativeFactory())
    client = client_for(manager_a)

    refused = client.post(edit_url(product), {"form": "labels", "labels": [own.pk, foreign.pk]})
    assert refused.status_code == 200
    assert "Choose labels of your own cooperative." in refused.content.decode()
    assert not product.labels.exists()

    accepted = client.post(edit_url(product), {"form": "labels", "labels": [own.pk]})
    assert accepted.status_code == 302
    assert list(product.labels.all()) == [own]


# --- Access ----------------------------------------------------------------------------------


def test_a_member_sees_the_list_but_cannot_edit(product, coop_a):
    member = client_for(member_of(coop_a))

    listing = member.get(url("bo_product_list", cooperative_id=coop_a.public_id))
    edit_page = member.get(edit_url(product))
    edit_post = member.post(edit_url(product), {"name_fr": "Piraté"})
    stock = member.post(
        product_url("bo_stock_adjust", product),
        {"variant_id": product.variants.get().pk, "delta": "5", "reason": "received"},
    )

    assert listing.status_code == 200
    assert "Miel de thym" in listing.content.decode()
    assert edit_url(product) not in listing.content.decode()
    assert "New product" not in listing.content.decode()
    assert (edit_page.status_code, edit_post.status_code, stock.status_code) == (403, 403, 403)
    product.refresh_from_db()
    assert product.name_fr == "Miel de thym"
    assert product.variants.get().stock == 5


def test_a_manager_of_another_cooperative_cannot_touch_or_see_the_products(product, manager_a):
    coop_b = CooperativeFactory(slug="coop-b")
    client = client_for(manager_of(coop_b))
    image = services.product_image_add(product=product, actor=manager_a, upload=png())
    variant = product.variants.get()
    a_id, b_id, p_id = product.cooperative.public_id, coop_b.public_id, product.public_id

    # Through cooperative A's address: refused.
    assert client.get(edit_url(product)).status_code == 403
    assert client.get(url("bo_product_list", cooperative_id=a_id)).status_code == 403
    # Through its own cooperative's address with A's product: not found.
    assert client.get(url("bo_product_edit", cooperative_id=b_id, product_id=p_id)).status_code == (
        404
    )
    for cooperative_id, status in ((a_id, 403), (b_id, 404)):
        ids = {"cooperative_id": cooperative_id, "product_id": p_id}
        stock = client.post(
            url("bo_stock_adjust", **ids),
            {"variant_id": variant.pk, "delta": "5", "reason": "received"},
        )
        added = client.post(url("bo_image_add", **ids), {"image": png()})
        deleted = client.post(url("bo_image_delete", image_id=image.pk, **ids))
        renamed = client.post(url("bo_product_edit", **ids), {"name_fr": "Piraté"})
        assert (stock.status_code, added.status_code, deleted.status_code) == (status,) * 3
        assert renamed.status_code == status
    # Its own list does not show A's drafts.
    own_list = client.get(url("bo_product_list", cooperative_id=b_id)).content.decode()
    assert "Miel de thym" not in own_list
    assert Variant.objects.get(pk=variant.pk).stock == 5
    assert ProductImage.objects.filter(pk=image.pk).exists()
    assert Product.objects.get(pk=product.pk).name_fr == "Miel de thym"


def test_a_size_of_another_product_cannot_be_changed_through_this_one(coop_a, manager_a):
    mine = make_product(coop_a, manager_a, name_fr="Mon miel")
    coop_b = CooperativeFactory()
    other = make_product(coop_b, manager_of(coop_b), name_fr="Autre miel")
    other_variant = other.variants.get()
    client = client_for(manager_a)

    stock = client.post(
        product_url("bo_stock_adjust", mine),
        {"variant_id": other_variant.pk, "delta": "5", "reason": "received"},
    )
    size = client.post(
        product_url("bo_variant_save", mine),
        {"variant_id": other_variant.pk, "label": "X", "price": "1"},
    )

    assert (stock.status_code, size.status_code) == (302, 302)
    other_variant.refresh_from_db()
    assert (other_variant.stock, other_variant.label) == (5, "250 g")


def test_the_product_list_makes_a_constant_number_of_queries(coop_a, manager_a):
    client = client_for(manager_a)
    list_url = url("bo_product_list", cooperative_id=coop_a.public_id)
    make_product(coop_a, manager_a, name_fr="Un")
    client.get(list_url)
    with CaptureQueriesContext(connection) as few:
        assert client.get(list_url).status_code == 200
    for n in range(6):
        product = make_product(coop_a, manager_a, name_fr=f"Miel {n}", stock=n)
        services.product_image_add(product=product, actor=manager_a, upload=png())
    with CaptureQueriesContext(connection) as many:
        assert client.get(list_url).status_code == 200

    assert len(many) == len(few)


# --- Staff moderation ------------------------------------------------------------------------


@pytest.fixture
def staff():
    user = StaffFactory()
    user.groups.add(role_group("platform_staff"))
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "x"})
    return user


def test_moderation_approve_and_reject(product, manager_a, staff, settings):
    settings.CATALOG_MODERATION = True
    services.product_publish(product=product, actor=manager_a)
    client = client_for(staff)

    queue = client.get(url("moderation_queue"))
    assert queue.status_code == 200
    assert "Miel de thym" in queue.content.decode()

    # A refusal needs a reason; the cooperative then reads it on the product's page.
    empty = client.post(url("moderate", product_id=product.public_id), {"reason": ""})
    assert empty.status_code == 200
    assert Product.objects.get(pk=product.pk).status == ProductStatus.PENDING_REVIEW
    refused = client.post(url("moderate", product_id=product.public_id), {"reason": "Photo floue."})
    assert refused.status_code == 302
    assert Product.objects.get(pk=product.pk).status == ProductStatus.DRAFT
    note = client_for(manager_a).get(edit_url(product)).content.decode()
    assert "Photo floue." in note

    services.product_publish(product=product, actor=manager_a)
    approved = client.post(url("moderate", product_id=product.public_id), {"approve": "1"})
    assert approved.status_code == 302
    assert public_products().filter(pk=product.pk).exists()


def test_moderation_is_for_staff_only(product, manager_a):
    client = client_for(manager_a)

    assert client.get(url("moderation_queue")).status_code == 403
    assert client.post(
        url("moderate", product_id=product.public_id), {"approve": "1"}
    ).status_code == (403)
