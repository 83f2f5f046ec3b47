"""`{% product_reviews product %}`: the reviews section of a product page.

A template tag rather than code in the catalogue's view, so the catalogue does not import the
reviews app (dependencies point one way: catalog ← orders ← reviews). Queries: none when the
summary is cached and the visitor is a guest; one for a cold summary; one for a signed-in
visitor (may they review, and what became of their review).
"""

from __future__ import annotations

from typing import Any

from django import template

from cooplab.catalog.models import Product

from ..selectors import product_review_summary, reviewer_state

register = template.Library()


@register.inclusion_tag("reviews/_product_reviews.html", takes_context=True)
def product_reviews(context: template.Context, product: Product) -> dict[str, Any]:
    request = context.get("request")
    user = getattr(request, "user", None)
    return {
        "product": product,
        "request": request,
        "user": user,
        "reviews": product_review_summary(product_id=product.pk),
        "reviewer": reviewer_state(user=user, product=product),
    }
