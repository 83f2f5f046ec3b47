"""Demo and benchmark catalogue.

`seed_demo_products()` creates the demo products of `demo_products.PRODUCTS` through the
catalogue services (the same path as a cooperative's back office), with one generated photo
each. It is idempotent: a product is created only when its slug does not exist yet, so running
`seed_demo` again adds no product, no photo and no stock.

`seed_large_catalogue()` builds a large catalogue fast for benchmarks: verified cooperatives
"bench-coop-<n>" and published products written with `bulk_create` in batches, then indexed
through the search backend. It tops up to the requested numbers, so it is idempotent too.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import math
import random
import textwrap
import time
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image, ImageDraw, ImageFont

from cooplab.accounts.models import User
from cooplab.cooperatives.models import (
    Cooperative,
    CooperativeStatus,
    Membership,
    MembershipRole,
)
from cooplab.core.regions import get_region

from . import services
from .demo_products import (
    BENCH_COOPERATIVE_WORDS,
    BENCH_SECTORS,
    BENCH_SENTENCES,
    PRODUCTS,
    BenchGroup,
    DemoProduct,
    validate_demo_products,
)
from .models import Category, Product, ProductSearchDocument, ProductStatus, Variant
from .search import backends
from .search.index import build_document

BATCH_SIZE = 1_000
BENCH_COOPERATIVE_PREFIX = "bench-coop-"
IMAGE_SIZE = 800

# Background and ink colours of the generated photos, per category.
CATEGORY_COLOURS: dict[str, tuple[str, str]] = {
    "huile-argan-alimentaire": ("#c98a2b", "#3b2408"),
    "huile-argan-cosmetique": ("#e8c46a", "#4a3510"),
    "argan-cosmetiques": ("#e8c46a", "#4a3510"),
    "savons-soins": ("#d9c7e3", "#47305a"),
    "huiles": ("#9aa84a", "#28300c"),
    "miel": ("#f0b429", "#5a3a00"),
    "safran-epices": ("#b3261e", "#fbe7c6"),
    "dattes-fruits-secs": ("#8a5230", "#fbe9d7"),
    "couscous-cereales": ("#ecdcaa", "#5b4a1c"),
    "herbes-thes": ("#6b9a55", "#f1f7e8"),
    "amlou-pates": ("#b07a45", "#fff3e2"),
    "artisanat-textile": ("#7a4e8c", "#f6ecfa"),
    "tapis": ("#9e2a2b", "#f8e3c8"),
    "vannerie": ("#c8ab74", "#3d2c0c"),
    "poterie": ("#c0622f", "#fde8d8"),
    "fromages-laitiers": ("#f3ecd6", "#5a4a1c"),
}


@dataclass(frozen=True)
class DemoProductsResult:
    created: int
    published: int
    skipped: int  # already there (same slug) or cooperative missing


@dataclass(frozen=True)
class LargeCatalogueResult:
    cooperatives_created: int
    products_created: int
    seconds: float


# --- Generated product photos ------------------------------------------------------------------


@functools.cache
def _font(size: int) -> tuple[ImageFont.FreeTypeFont | ImageFont.ImageFont, bool]:
    """DejaVu Sans when the system has it (Debian's fonts-dejavu), else Pillow's built-in font,
    which has no accented letters: then the text is written without accents. Nothing is
    downloaded. The flag says whether accents can be drawn."""
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size), True
    except OSError:
        pass
    try:
        return ImageFont.load_default(size=size), False
    except (ImportError, OSError, TypeError):
        return ImageFont.load_default(), False


def _text(draw: ImageDraw.ImageDraw, xy: tuple[int, int], text: str, size: int, fill: str) -> None:
    font, accents = _font(size)
    if not accents:
        folded = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in folded if ch.isascii())
    draw.text(xy, text, fill=fill, font=font)


def _draw_motif(draw: ImageDraw.ImageDraw, category: str, ink: str, rng: random.Random) -> None:
    """A simple picture of the kind of product, above the caption band."""
    cx, cy = IMAGE_SIZE // 2, 300
    if category in ("huile-argan-alimentaire", "huile-argan-cosmetique", "huiles"):
        draw.rounded_rectangle((cx - 90, cy - 110, cx + 90, cy + 190), radius=40, fill=ink)
        draw.rectangle((cx - 28, cy - 190, cx + 28, cy - 100), fill=ink)
        draw.rectangle((cx - 38, cy - 220, cx + 38, cy - 185), fill=ink)
    elif category == "miel":
        r = 62
        for row in range(-2, 3):
            for col in range(-3, 4):
                x = cx + col * r * 1.75 + (r * 0.87 if row % 2 else 0)
                y = cy + row * r * 1.5
                hexagon = [
                    (
                        x + r * math.cos(math.pi / 3 * k + math.pi / 6),
                        y + r * math.sin(math.pi / 3 * k + math.pi / 6),
                    )
                    for k in range(6)
                ]
                draw.polygon(hexagon, outline=ink, width=6)
    elif category == "safran-epices":
        for _ in range(40):
            x, y = rng.randint(120, 680), rng.randint(80, 500)
            dx, dy = rng.randint(-60, 60), rng.randint(30, 90)
            draw.line((x, y, x + dx, y + dy), fill=ink, width=7)
    elif category == "dattes-fruits-secs":
        for _ in range(14):
            x, y = rng.randint(140, 600), rng.randint(90, 440)
            draw.ellipse((x, y, x + 110, y + 60), fill=ink)
    elif category == "couscous-cereales":
        for _ in range(450):
            x, y = rng.randint(90, 710), rng.randint(70, 520)
            draw.ellipse((x, y, x + 9, y + 9), fill=ink)
    elif category == "herbes-thes":
        for _ in range(9):
            x, y = rng.randint(150, 560), rng.randint(90, 420)
            draw.ellipse((x, y, x + 130, y + 55), fill=ink)
            draw.line(
                (x - 10, y + 28, x + 140, y + 28), fill=CATEGORY_COLOURS[category][0], width=4
            )
    elif category in ("tapis", "artisanat-textile"):
        step = 100
        for x in range(0, IMAGE_SIZE + step, step):
            for y in range(0, 560, step):
                draw.polygon(
                    [(x, y - 45), (x + 45, y), (x, y + 45), (x - 45, y)], outline=ink, width=8
                )
    elif category == "vannerie":
        for k in range(0, IMAGE_SIZE, 40):
            draw.line((k, 0, k + 300, 560), fill=ink, width=6)
            draw.line((k + 300, 0, k, 560), fill=ink, width=6)
    elif category == "poterie":
        draw.polygon([(cx, cy - 200), (cx - 200, cy + 120), (cx + 200, cy + 120)], fill=ink)
        draw.ellipse((cx - 260, cy + 90, cx + 260, cy + 190), fill=ink)
        draw.ellipse((cx - 25, cy - 235, cx + 25, cy - 185), fill=ink)
    elif category == "fromages-laitiers":
        draw.polygon([(cx - 220, cy + 150), (cx + 220, cy + 150), (cx + 120, cy - 150)], fill=ink)
        for _ in range(6):
            x, y = rng.randint(cx - 80, cx + 120), rng.randint(cy, cy + 110)
            draw.ellipse((x, y, x + 34, y + 34), fill=CATEGORY_COLOURS[category][0])
    elif category == "amlou-pates":
        draw.rounded_rectangle((cx - 150, cy - 90, cx + 150, cy + 190), radius=30, fill=ink)
        draw.rectangle((cx - 170, cy - 150, cx + 170, cy - 90), fill=ink)
    else:  # soaps, care and anything new: stacked bars
        for k in range(3):
            top = cy - 160 + k * 120
            draw.rounded_rectangle(
                (cx - 200 + k * 20, top, cx + 200 - k * 20, top + 90), radius=25, fill=ink
            )


def product_image_png(*, slug: str, category: str, title: str, subtitle: str = "") -> bytes:
    """An 800×800 PNG: the category's colour, a simple motif and the product's name."""
    background, ink = CATEGORY_COLOURS.get(category, ("#8aa39b", "#102a22"))
    # A stable seed per product: the same slug always gives the same picture (not security).
    rng = random.Random(int(hashlib.sha256(slug.encode()).hexdigest()[:12], 16))  # noqa: S311
    image = Image.new("RGB", (IMAGE_SIZE, IMAGE_SIZE), background)
    draw = ImageDraw.Draw(image)
    _draw_motif(draw, category, ink, rng)
    draw.rectangle((0, 580, IMAGE_SIZE, IMAGE_SIZE), fill=ink)
    y = 605
    for line in textwrap.wrap(title, width=28)[:3]:
        _text(draw, (40, y), line, 44, background)
        y += 54
    if subtitle:
        _text(draw, (40, max(y + 6, 740)), subtitle[:48], 28, background)
    output = io.BytesIO()
    image.save(output, format="PNG", compress_level=1)  # re-encoded to WebP anyway
    return output.getvalue()


# --- Demo products through the services -------------------------------------------------------


def _manager_of(cooperative: Cooperative) -> User | None:
    membership = (
        Membership.objects.filter(
            cooperative=cooperative, role=MembershipRole.MANAGER, is_active=True
        )
        .select_related("user")
        .order_by("id")
        .first()
    )
    return membership.user if membership else None


def _create_demo_product(
    spec: DemoProduct, *, cooperative: Cooperative, actor: User, category: Category
) -> Product:
    data: dict[str, Any] = {
        "category": category,
        "origin_region": spec["origin_region"],
        "perishable": spec["perishable"],
        "onssa_number": spec["onssa_number"],
    }
    for language, text in spec["name"].items():
        data[f"name_{language}"] = text
    for language, text in spec["description"].items():
        data[f"description_{language}"] = text
    variants: list[dict[str, Any]] = []
    for variant in spec["variants"]:
        row: dict[str, Any] = {
            "label": variant["label"],
            "sku": f"{spec['slug'][:44]}-{slugify(variant['label'])[:15]}",
            "quantity": Decimal(variant["quantity"]) if variant["quantity"] else None,
            "unit": variant["unit"],
            "price": Decimal(variant["price"]),
            "stock": variant["stock"],
        }
        if "compare_at_price" in variant:
            row["compare_at_price"] = Decimal(variant["compare_at_price"])
        if "low_stock_threshold" in variant:
            row["low_stock_threshold"] = variant["low_stock_threshold"]
        variants.append(row)
    product = services.product_create(
        cooperative=cooperative, actor=actor, data=data, variants=variants
    )
    if product.slug != spec["slug"]:
        # The stable demo slug is the idempotency key (the service derives one from the name).
        Product.objects.filter(pk=product.pk).update(slug=spec["slug"])
        product.slug = spec["slug"]
    if spec["labels"]:
        certification_ids = list(
            cooperative.certifications.filter(
                kind__in=spec["labels"], expires_on__gte=timezone.localdate()
            ).values_list("pk", flat=True)
        )
        if certification_ids:
            services.product_set_labels(
                product=product, actor=actor, certification_ids=certification_ids
            )
    png = product_image_png(
        slug=spec["slug"],
        category=spec["category"],
        title=spec["name"]["fr"],
        subtitle=cooperative.name_fr or cooperative.slug,  # type: ignore[attr-defined]
    )
    services.product_image_add(
        product=product,
        actor=actor,
        upload=SimpleUploadedFile(f"{spec['slug']}.png", png, content_type="image/png"),
        alt=spec["name"]["fr"],
    )
    return product


def seed_demo_products() -> DemoProductsResult:
    """Create the demo products that do not exist yet (keyed by slug); publish those of
    verified cooperatives. Needs the demo cooperatives and their managers (seed_demo)."""
    validate_demo_products()
    existing = set(
        Product.objects.filter(slug__in=[p["slug"] for p in PRODUCTS]).values_list(
            "slug", flat=True
        )
    )
    cooperatives = {
        c.slug: c for c in Cooperative.objects.filter(slug__in={p["cooperative"] for p in PRODUCTS})
    }
    categories = {c.slug: c for c in Category.objects.all()}
    managers: dict[str, User | None] = {}
    created = published = skipped = 0
    for spec in PRODUCTS:
        cooperative = cooperatives.get(spec["cooperative"])
        if spec["slug"] in existing or cooperative is None:
            skipped += 1
            continue
        if cooperative.slug not in managers:
            managers[cooperative.slug] = _manager_of(cooperative)
        actor = managers[cooperative.slug]
        if actor is None:
            skipped += 1
            continue
        # One transaction per product: a failure leaves no half-made product (without its
        # photo) that the slug check would then skip for ever.
        with transaction.atomic():
            product = _create_demo_product(
                spec, cooperative=cooperative, actor=actor, category=categories[spec["category"]]
            )
            created += 1
            if cooperative.can_publish_products:
                product = services.product_publish(product=product, actor=actor)
                published += product.status == ProductStatus.PUBLISHED
    return DemoProductsResult(created=created, published=published, skipped=skipped)


# --- Large benchmark catalogue -------------------------------------------------------------------


def _ice(n: int) -> str:
    """A valid, fictional ICE: 13 digits and 2 check digits (the number is a multiple of 97)."""
    base = f"0099{n:09d}"
    return f"{base}{(-int(base) * 100) % 97:02d}"


def _from_city(name: str) -> str:
    return f"d'{name}" if name[:1] in "AEIOUÉaeiou" else f"de {name}"


def _bench_cooperatives(count: int) -> int:
    """Create the missing verified cooperatives bench-coop-1 … bench-coop-<count>."""
    existing = set(
        Cooperative.objects.filter(slug__startswith=BENCH_COOPERATIVE_PREFIX).values_list(
            "slug", flat=True
        )
    )
    sectors = sorted(BENCH_SECTORS)
    now = timezone.now()
    rows: list[Cooperative] = []
    for n in range(1, count + 1):
        slug = f"{BENCH_COOPERATIVE_PREFIX}{n}"
        if slug in existing:
            continue
        rng = random.Random(n)  # noqa: S311 - reproducible fake data
        sector = sectors[(n - 1) % len(sectors)]
        region = get_region(rng.choice(BENCH_SECTORS[sector][0]))
        city = rng.choice(region.cities)
        word_latin, word_ar = BENCH_COOPERATIVE_WORDS[(n - 1) % len(BENCH_COOPERATIVE_WORDS)]
        members = rng.randint(8, 80)
        women_only = n % 3 == 0
        women = members if women_only else rng.randint(0, members)
        fields: dict[str, Any] = {
            "slug": slug,
            "name_fr": f"Coopérative {word_latin} {_from_city(city.names['fr'])}",
            "name_ar": f"تعاونية {word_ar} ب{city.names['ar']}",
            "name_en": f"{word_latin} Cooperative, {city.names['en']}",
            "story_fr": "Coopérative fictive créée pour les mesures de performance.",
            "story_ar": "تعاونية وهمية أُنشئت لقياس الأداء.",
            "story_en": "A fictional cooperative created for performance benchmarks.",
            "region": region.code,
            "city": city.slug,
            "sector": sector,
            "founded_year": rng.randint(2005, 2022),
            "members_count": members,
            "women_count": women,
            "women_only": women_only,
            "phone": f"+21266{n:07d}",
            "email": f"contact@{slug}.example",
            "register_number": f"{rng.randint(2005, 2022)}/{n}",
            "ice": _ice(n),
            "tax_id": f"9{n:07d}",
            "status": CooperativeStatus.VERIFIED,
            "consent_at": now,
            "submitted_at": now,
            "verified_at": now,
        }
        rows.append(Cooperative(**fields))
    Cooperative.objects.bulk_create(rows, batch_size=BATCH_SIZE)
    return len(rows)


def _bench_product(
    index: int,
    cooperative: Cooperative,
    categories: dict[str, Category],
    now: dt.datetime,
) -> tuple[Product, list[Variant]]:
    """Product number `index` (deterministic) of a benchmark cooperative, with its sizes."""
    rng = random.Random(index)  # noqa: S311 - reproducible fake data
    group: BenchGroup = rng.choice(BENCH_SECTORS[cooperative.sector][1])
    noun_fr, noun_ar, noun_en, definite = rng.choice(group["nouns"])
    qual_fr, qual_ar, qual_ar_definite, qual_en = rng.choice(group["qualifiers"])
    # Half of the products are named after the cooperative's town, the others after another
    # town of its region (where the members' villages are).
    cities = get_region(cooperative.region).cities
    city_names = next(c.names for c in cities if c.slug == cooperative.city)
    if rng.random() < 0.5:
        city_names = rng.choice(cities).names
    name_fr = f"{noun_fr} {qual_fr} {_from_city(city_names['fr'])}"
    name_ar = f"{noun_ar} {qual_ar_definite if definite else qual_ar} من {city_names['ar']}"
    name_en = f"{qual_en} {noun_en} from {city_names['en']}"
    name_en = name_en[:1].upper() + name_en[1:]
    extra_fr, extra_ar, extra_en = rng.choice(BENCH_SENTENCES)
    coop_fr = cooperative.name_fr  # type: ignore[attr-defined]
    coop_ar = cooperative.name_ar  # type: ignore[attr-defined]
    coop_en = cooperative.name_en  # type: ignore[attr-defined]
    category = categories[group["category"]]
    is_food = category.is_food
    fields: dict[str, Any] = {
        "slug": f"{slugify(name_fr)[:90]}-{index}",
        "cooperative": cooperative,
        "category": category,
        "name_fr": name_fr,
        "name_ar": name_ar,
        "name_en": name_en,
        "description_fr": f"{name_fr}, par la {coop_fr}. {extra_fr}",
        "description_ar": f"{name_ar}، من إنتاج {coop_ar}. {extra_ar}",
        "description_en": f"{name_en}, by {coop_en}. {extra_en}",
        "origin_region": cooperative.region,
        "perishable": is_food,
        "onssa_number": f"ONSSA-{cooperative.region[-2:]}-{cooperative.pk % 10000:04d}"
        if is_food
        else "",
        "status": ProductStatus.PUBLISHED,
        "published_at": now - dt.timedelta(minutes=rng.randint(0, 365 * 24 * 60)),
    }
    product = Product(**fields)
    first = rng.randrange(len(group["sizes"]))
    sizes = group["sizes"][first : first + rng.choice((1, 1, 2))]
    variants = []
    for position, (label, quantity, unit, low, high) in enumerate(sizes):
        if unit == "piece" and low >= 1000:
            stock = rng.choice((0, 1, 1, 2, 3))  # carpets: one-off pieces
        else:
            stock = 0 if rng.random() < 0.08 else rng.randint(1, 150)
        variants.append(
            Variant(
                label=label,
                sku=f"B{index}-{slugify(label)[:15]}",
                quantity=Decimal(quantity) if quantity else None,
                unit=unit,
                price=Decimal(rng.randint(low, high)),
                stock=stock,
                position=position,
            )
        )
    product.price_from = min(v.price for v in variants)
    product.in_stock = any(v.stock > 0 for v in variants)
    return product, variants


def seed_large_catalogue(*, products: int, cooperatives: int) -> LargeCatalogueResult:
    """Top the benchmark catalogue up to `cooperatives` verified cooperatives (bench-coop-<n>)
    and `products` published products, shared among them; index them for search.
    No photos. Fast: bulk inserts in batches of BATCH_SIZE."""
    started = time.perf_counter()
    if cooperatives < 1 and products > 0:
        raise ValueError("The benchmark products need at least one benchmark cooperative.")
    with transaction.atomic():
        cooperatives_created = _bench_cooperatives(cooperatives)
    bench_cooperatives = list(
        Cooperative.objects.filter(
            slug__in=[f"{BENCH_COOPERATIVE_PREFIX}{n}" for n in range(1, cooperatives + 1)]
        ).order_by("pk")
    )
    categories = {c.slug: c for c in Category.objects.all()}
    existing = Product.objects.filter(cooperative__slug__startswith=BENCH_COOPERATIVE_PREFIX)
    start = existing.count()
    now = timezone.now()
    created = 0
    for batch_start in range(start, products, BATCH_SIZE):
        batch = range(batch_start, min(batch_start + BATCH_SIZE, products))
        with transaction.atomic():
            rows = [
                _bench_product(
                    index,
                    bench_cooperatives[index % len(bench_cooperatives)],
                    categories,
                    now,
                )
                for index in batch
            ]
            new_products = Product.objects.bulk_create([product for product, _ in rows])
            variants: list[Variant] = []
            for product, product_variants in rows:
                for variant in product_variants:
                    variant.product = product
                    variants.append(variant)
            Variant.objects.bulk_create(variants)
            documents = [
                ProductSearchDocument(product=product, document=build_document(product))
                for product in new_products
            ]
            ProductSearchDocument.objects.bulk_create(documents)
            for document in documents:
                backends.index_document(document.product_id, document.document)
        created += len(rows)
    return LargeCatalogueResult(
        cooperatives_created=cooperatives_created,
        products_created=created,
        seconds=time.perf_counter() - started,
    )
