"""Platform staff: recent outgoing messages, and sending a failed one again."""

from __future__ import annotations

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from cooplab.core.viewutils import flash_errors

from . import services
from .forms import MessageFilterForm
from .models import OutboundMessage
from .selectors import RETRY_PERMISSION, messages_for_staff, require_message_staff

PAGE_SIZE = 50


@login_required
@require_GET
def message_list(request: HttpRequest) -> HttpResponse:
    user = require_message_staff(request.user)
    form = MessageFilterForm(request.GET)
    filters = form.cleaned_data if form.is_valid() else {}
    page = Paginator(
        messages_for_staff(
            channel=filters.get("channel", ""),
            status=filters.get("status", ""),
            recipient=filters.get("recipient", ""),
            template=filters.get("template", ""),
        ),
        PAGE_SIZE,
    ).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "notifications/staff/messages.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "can_retry": user.has_perm(RETRY_PERMISSION),
        },
    )


@login_required
@require_POST
def message_retry(request: HttpRequest, message_id: uuid.UUID) -> HttpResponse:
    user = require_message_staff(request.user, permission=RETRY_PERMISSION)
    message = get_object_or_404(OutboundMessage, public_id=message_id)
    try:
        services.message_retry(message=message, actor=user, request=request)
    except ValidationError as error:
        flash_errors(request, error)
    else:
        messages.success(request, _("The message will be sent again in a moment."))
    back = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(back)
    return redirect("notifications:message_list")
