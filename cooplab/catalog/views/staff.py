"""Platform staff: moderation of products (when CATALOG_MODERATION is on)."""

from __future__ import annotations

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from cooplab.cooperatives.selectors import require_cooperative_staff

from .. import selectors, services
from ..forms import ModerationForm
from ..models import ProductStatus


@login_required
@require_GET
def moderation_queue(request: HttpRequest) -> HttpResponse:
    require_cooperative_staff(request.user)
    return render(request, "catalog/staff/queue.html", {"products": selectors.moderation_queue()})


@login_required
@require_http_methods(["GET", "POST"])
def moderate(request: HttpRequest, product_id: uuid.UUID) -> HttpResponse:
    user = require_cooperative_staff(request.user)
    product = selectors.product_for_staff(product_id=product_id)
    form = ModerationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        approve = bool(request.POST.get("approve"))
        try:
            services.product_moderate(
                product=product,
                actor=user,
                approve=approve,
                reason="" if approve else form.cleaned_data["reason"],
            )
        except ValidationError as error:
            if hasattr(error, "error_dict") and "reason" in error.error_dict:
                form.add_error("reason", error.error_dict["reason"])
            else:
                for message in error.messages:
                    messages.error(request, message)
                return redirect("catalog:moderate", product_id=product.public_id)
        else:
            messages.success(
                request,
                _("Product published.")
                if approve
                else _("Product sent back to the cooperative with your reason."),
            )
            return redirect("catalog:moderation_queue")
    return render(
        request,
        "catalog/staff/moderate.html",
        {
            "product": product,
            "form": form,
            "variants": product.variants.order_by("position", "id"),
            "images": product.images.all(),
            "labels": product.labels.all(),
            "is_pending": product.status == ProductStatus.PENDING_REVIEW,
        },
    )
