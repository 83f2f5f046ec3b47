"""Review pages: the customer's write/edit form and the staff moderation queue. Thin: they
check access, call the selectors and services, and show the services' translated errors."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from cooplab.accounts.models import require_user
from cooplab.catalog.models import Product
from cooplab.catalog.selectors import public_products
from cooplab.core.viewutils import errors_to_form, flash_errors

from . import selectors, services, states
from .forms import ModerationForm, ReviewForm
from .models import ReviewStatus

QUEUE_PAGE_SIZE = 50


def _public_product(slug: str) -> Product:
    product = public_products().select_related("cooperative").filter(slug=slug).first()
    if product is None:
        raise Http404
    return product


def _current_language() -> str:
    return (get_language() or "fr").split("-")[0]


@login_required
@require_http_methods(["GET", "POST"])
def review_write(request: HttpRequest, slug: str) -> HttpResponse:
    user = require_user(request.user)
    product = _public_product(slug)
    if not selectors.review_eligible(user=user, product=product):
        return render(request, "reviews/not_eligible.html", {"product": product}, status=403)
    review = selectors.review_of(user=user, product=product)
    initial = (
        {
            "rating": str(review.rating),
            "title": review.title,
            "body": review.body,
            "language": review.language,
        }
        if review is not None
        else {"language": _current_language()}
    )
    form = ReviewForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            saved = services.review_submit(
                user=user,
                product=product,
                rating=data["rating"],
                title=data["title"],
                body=data["body"],
                language=data["language"],
            )
        except ValidationError as error:
            errors_to_form(form, error)
        else:
            if saved.status == ReviewStatus.APPROVED:
                messages.success(request, _("Thank you! Your review is published."))
            else:
                messages.success(
                    request,
                    _("Thank you! Your review will be published once our team has read it."),
                )
            return redirect(product.get_absolute_url())
    return render(
        request,
        "reviews/write.html",
        {
            "product": product,
            "review": review,
            "form": form,
            "premoderation": settings.REVIEWS_PREMODERATION,
        },
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_GET
def moderation_queue(request: HttpRequest) -> HttpResponse:
    selectors.require_review_moderator(request.user)
    status = request.GET.get("status", ReviewStatus.PENDING)
    if status not in ReviewStatus.values:
        status = ReviewStatus.PENDING
    page = Paginator(selectors.moderation_queue(status=status), QUEUE_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "reviews/staff/queue.html",
        {"page_obj": page, "status": status, "statuses": ReviewStatus.choices},
    )


@login_required
@require_http_methods(["GET", "POST"])
def moderate(request: HttpRequest, review_id: uuid.UUID) -> HttpResponse:
    user = selectors.require_review_moderator(request.user)
    review = selectors.review_for_staff(public_id=review_id)
    form = ModerationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        decision = request.POST.get("decision", "")
        try:
            services.review_moderate(
                review=review,
                actor=user,
                decision=decision,
                reason=form.cleaned_data["reason"] if decision == "reject" else "",
            )
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                errors_to_form(form, error)
            else:
                flash_errors(request, error)
                return redirect("reviews:moderate", review_id=review.public_id)
        except states.InvalidTransition:
            messages.error(request, _("This review has already been moderated this way."))
            return redirect("reviews:moderate", review_id=review.public_id)
        else:
            messages.success(
                request,
                _("Review published.") if decision == "approve" else _("Review rejected."),
            )
            return redirect("reviews:moderation_queue")
    return render(
        request,
        "reviews/staff/moderate.html",
        {
            "review": review,
            "form": form,
            "decisions": states.allowed_decisions(review.status),
        },
    )
