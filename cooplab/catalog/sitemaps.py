"""sitemap.xml: cooperative storefronts and product pages, each in Arabic, French and English
with hreflang alternates (and x-default: the address without a language prefix, which sends
visitors to their language)."""

from __future__ import annotations

import datetime as dt

from django.contrib.sitemaps import Sitemap
from django.db.models import QuerySet

from cooplab.cooperatives.models import Cooperative, CooperativeStatus

from .models import Product
from .selectors import public_products


class CooperativeSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "weekly"

    def items(self) -> QuerySet[Cooperative]:
        return (
            Cooperative.objects.filter(status=CooperativeStatus.VERIFIED)
            .only("slug", "updated_at")
            .order_by("pk")
        )

    def lastmod(self, item: Cooperative) -> dt.datetime:
        return item.updated_at


class ProductSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "daily"

    def items(self) -> QuerySet[Product]:
        return public_products().only("slug", "updated_at").order_by("pk")

    def lastmod(self, item: Product) -> dt.datetime:
        return item.updated_at


SITEMAPS: dict[str, type[Sitemap]] = {
    "cooperatives": CooperativeSitemap,
    "products": ProductSitemap,
}
