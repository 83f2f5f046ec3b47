"""Storage for private files (cooperatives' statutes, certificates…): outside MEDIA_ROOT and
never served by a URL; read only through access-checked views."""

from __future__ import annotations

from django.core.files.storage import Storage, storages


def private_storage() -> Storage:
    """The "private" storage of settings.STORAGES (a callable, so migrations don't depend on
    each environment's storage settings)."""
    return storages["private"]
