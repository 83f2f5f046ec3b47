"""Template tags of the cooperative's order pages (the navigation's "Orders" count)."""

from __future__ import annotations

from django import template

from cooplab.cooperatives.models import Cooperative

from ..models import CooperativeOrder, CooperativeOrderStatus
from ..states import NEEDS_SELLER_ACTION

register = template.Library()

ACTION_STATUSES = sorted(NEEDS_SELLER_ACTION - {CooperativeOrderStatus.SHIPPED})


@register.simple_tag
def orders_needing_action(cooperative: Cooperative | None) -> int:
    """How many of the cooperative's orders wait for it (one indexed COUNT query)."""
    if cooperative is None or cooperative.pk is None:
        return 0
    return CooperativeOrder.objects.filter(
        cooperative_id=cooperative.pk, status__in=ACTION_STATUSES
    ).count()
