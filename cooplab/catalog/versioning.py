"""A version number of the public catalogue, moved on by every catalogue change (after
commit). Cached reads (facet counts) put it in their keys, so they are never stale after a
change made through the services."""

from __future__ import annotations

from django.core.cache import cache
from django.db import transaction

CATALOGUE_VERSION_KEY = "catalog:version"


def catalogue_version() -> int:
    version = cache.get(CATALOGUE_VERSION_KEY)
    if version is None:
        cache.add(CATALOGUE_VERSION_KEY, 1, None)
        version = cache.get(CATALOGUE_VERSION_KEY, 1)
    return int(version)


def catalogue_changed() -> None:
    def bump() -> None:
        try:
            cache.incr(CATALOGUE_VERSION_KEY)
        except ValueError:  # not set yet, or evicted
            cache.set(CATALOGUE_VERSION_KEY, 2, None)

    transaction.on_commit(bump)
