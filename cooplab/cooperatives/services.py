"""Writes for cooperatives. (Onboarding and verification flows grow here.)"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction

from cooplab.accounts.models import User

from .models import Certification, Cooperative, Membership, MembershipRole


@transaction.atomic
def cooperative_upsert_demo(*, data: dict[str, Any]) -> Cooperative:
    """Create or refresh a demo cooperative (idempotent: keyed by slug)."""
    names: dict[str, str] = data["name"]
    stories: dict[str, str] = data["story"]
    defaults: dict[str, Any] = {
        "region": data["region"],
        "city": data["city"],
        "sector": data["sector"],
        "founded_year": data.get("founded_year"),
        "members_count": data["members_count"],
        "women_count": data["women_count"],
        "women_only": data["women_only"],
        "phone": data["phone"],
        "email": data.get("email", ""),
        "register_number": data.get("register_number", ""),
        "ice": data.get("ice", ""),
        "tax_id": data.get("tax_id", ""),
        "status": data["status"],
        "name": names["fr"],
        "story": stories["fr"],
    }
    for language in ("ar", "fr", "en", "zgh"):
        defaults[f"name_{language}"] = names.get(language, "")
        defaults[f"story_{language}"] = stories.get(language, "")
    cooperative, _ = Cooperative.objects.update_or_create(slug=data["slug"], defaults=defaults)
    for label in data.get("labels", []):
        Certification.objects.update_or_create(
            cooperative=cooperative,
            kind=label["kind"],
            certificate_number=label["certificate_number"],
            defaults={
                "name": label["name"],
                "certifier": label["certifier"],
                "expires_on": dt.date.fromisoformat(label["expires_on"]),
            },
        )
    return cooperative


@transaction.atomic
def membership_ensure(*, cooperative: Cooperative, user: User, role: str) -> Membership:
    membership, created = Membership.objects.get_or_create(
        cooperative=cooperative, user=user, defaults={"role": role}
    )
    if not created and membership.role != role:
        membership.role = role
        membership.save(update_fields=["role"])
    return membership


__all__ = ["MembershipRole", "cooperative_upsert_demo", "membership_ensure"]
