"""Reviews in the admin, read-only: they change through the moderation page (audited)."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from .models import Review


@admin.register(Review)
class ReviewAdmin(admin.ModelAdmin[Review]):
    list_display = ("product", "author", "rating", "status", "created_at")
    list_filter = ("status", "rating")
    search_fields = ("title", "body", "product__slug")
    raw_id_fields = ("product", "author", "moderated_by")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
