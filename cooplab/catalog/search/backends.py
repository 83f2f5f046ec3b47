"""Search backends. (Placeholder: replaced by the FTS5 / PostgreSQL implementation.)"""

from __future__ import annotations

from django.db.models import QuerySet

from ..models import Product
from .normalize import tokens


def index_document(product_id: int, document: str) -> None:
    """Keep the backend's index in step (the document row is already saved)."""


def remove_document(product_id: int) -> None:
    """Forget a product."""


def search_filter(queryset: QuerySet[Product], query: str) -> QuerySet[Product]:
    """Products of `queryset` matching `query`, annotated with `search_rank`."""
    for token in tokens(query):
        queryset = queryset.filter(search_document__document__icontains=token)
    return queryset
