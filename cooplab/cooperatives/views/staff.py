"""Platform staff: the verification queue and decisions."""

from __future__ import annotations

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods

from .. import forms as f
from .. import services
from ..models import CooperativeStatus
from ..selectors import (
    cooperative_for_member,
    cooperatives_by_status,
    require_cooperative_staff,
)
from ..selectors import review_queue as queue
from ..states import Actor, InvalidTransition, allowed_actions

ACTION_LABELS = {
    "start_review": gettext_lazy("Start the review"),
    "request_changes": gettext_lazy("Ask for changes"),
    "verify": gettext_lazy("Approve and mark as verified"),
    "reject": gettext_lazy("Reject"),
    "suspend": gettext_lazy("Suspend"),
    "reinstate": gettext_lazy("Reinstate"),
}


@login_required
@require_GET
def review_queue(request: HttpRequest) -> HttpResponse:
    require_cooperative_staff(request.user)
    status = request.GET.get("status", "")
    cooperatives = cooperatives_by_status(status) if status in CooperativeStatus.values else queue()
    return render(
        request,
        "cooperatives/staff/queue.html",
        {"cooperatives": cooperatives, "status": status, "statuses": CooperativeStatus.choices},
    )


@login_required
@require_http_methods(["GET", "POST"])
def review_detail(request: HttpRequest, cooperative_id: uuid.UUID) -> HttpResponse:
    user = require_cooperative_staff(request.user)
    cooperative = cooperative_for_member(user=user, cooperative_id=cooperative_id)
    actions = allowed_actions(cooperative.status, Actor.STAFF)
    form = f.DecisionForm(request.POST or None, actions=actions)
    if request.method == "POST" and form.is_valid():
        try:
            services.cooperative_transition(
                cooperative=cooperative,
                actor=user,
                action=form.cleaned_data["action"],
                reason=form.cleaned_data["reason"],
                as_staff=True,
                request=request,
            )
        except ValidationError as error:
            for message in error.messages:
                form.add_error("reason", message)
        except InvalidTransition:
            messages.error(request, _("This decision is no longer possible: the status changed."))
            return redirect("cooperatives:review_detail", cooperative_id=cooperative.public_id)
        else:
            messages.success(request, _("Decision recorded. The cooperative's managers are told."))
            return redirect("cooperatives:review_detail", cooperative_id=cooperative.public_id)
    return render(
        request,
        "cooperatives/staff/detail.html",
        {
            "cooperative": cooperative,
            "form": form,
            "actions": [(action, ACTION_LABELS[action]) for action in actions],
            "documents": cooperative.documents.all(),
            "memberships": cooperative.memberships.filter(is_active=True).select_related("user"),
            "certifications": cooperative.certifications.all(),
            "events": cooperative.events.select_related("actor").order_by("-created_at"),
            "missing": services.application_missing(cooperative),
        },
    )
