"""Storage for private files (cooperatives' statutes, certificates…): outside MEDIA_ROOT and
never served by a URL; read only through access-checked views."""

from __future__ import annotations

from django.core.files.storage import Storage, storages
from django.utils.functional import LazyObject


class _PrivateStorage(LazyObject):
    def _setup(self) -> None:
        self._wrapped = storages["private"]


private_storage: Storage = _PrivateStorage()  # type: ignore[assignment]
