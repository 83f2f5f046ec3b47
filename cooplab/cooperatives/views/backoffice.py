"""The cooperative back office: application, profile, files, members, labels.

Every view resolves the cooperative through selectors.cooperative_for_member (the one access
function), then calls a service. Members may look; managers may change."""

from __future__ import annotations

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from cooplab.accounts.models import require_user
from cooplab.core.audit import audit_log
from cooplab.core.viewutils import errors_to_form, flash_errors

from .. import forms as f
from .. import services
from ..models import Cooperative, Invitation, MembershipRole
from ..selectors import (
    cooperative_for_member,
    cooperatives_of_user,
    document_for_user,
    membership_role,
    open_invitations,
)
from ..states import APPLICATION_EDITABLE, PROFILE_EDITABLE, InvalidTransition


def _dashboard(cooperative: Cooperative) -> HttpResponseRedirect:
    return redirect("cooperatives:dashboard", cooperative_id=cooperative.public_id)


@login_required
@require_GET
def my_cooperatives(request: HttpRequest) -> HttpResponse:
    user = require_user(request.user)
    cooperatives = list(cooperatives_of_user(user=user))
    if len(cooperatives) == 1:
        return _dashboard(cooperatives[0])
    return render(request, "cooperatives/backoffice/mine.html", {"cooperatives": cooperatives})


@login_required
@require_http_methods(["GET", "POST"])
def apply(request: HttpRequest) -> HttpResponse:
    """Step 1 of a new application: creates the draft, then the other steps edit it."""
    user = require_user(request.user)
    form = f.IdentityForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            cooperative = services.cooperative_create_draft(
                user=user, data=form.cleaned_data, request=request
            )
        except ValidationError as error:
            errors_to_form(form, error)
        else:
            messages.success(request, _("Draft saved. You can continue now or later."))
            return redirect(
                "cooperatives:application_step",
                cooperative_id=cooperative.public_id,
                step=f.STEP_NAMES[1],
            )
    return render(
        request,
        "cooperatives/backoffice/step.html",
        {"form": form, "steps": f.APPLICATION_STEPS, "current": "identity", "cooperative": None},
    )


@login_required
@require_GET
def dashboard(request: HttpRequest, cooperative_id: uuid.UUID) -> HttpResponse:
    user = require_user(request.user)
    cooperative = cooperative_for_member(user=user, cooperative_id=cooperative_id)
    role = membership_role(user=user, cooperative=cooperative)
    return render(
        request,
        "cooperatives/backoffice/dashboard.html",
        {
            "cooperative": cooperative,
            "is_manager": role == MembershipRole.MANAGER,
            "missing": services.application_missing(cooperative),
            "can_edit_application": cooperative.status in APPLICATION_EDITABLE,
            "can_edit_profile": cooperative.status in PROFILE_EDITABLE,
            "steps": f.APPLICATION_STEPS,
            "documents": cooperative.documents.all(),
            "members_count": cooperative.memberships.filter(is_active=True).count(),
            "certifications": cooperative.certifications.all(),
            "events": cooperative.events.select_related("actor").order_by("-created_at")[:10],
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def application_step(request: HttpRequest, cooperative_id: uuid.UUID, step: str) -> HttpResponse:
    user = require_user(request.user)
    cooperative = cooperative_for_member(
        user=user, cooperative_id=cooperative_id, manager_only=True
    )
    steps = {name: form_class for name, form_class, _label in f.APPLICATION_STEPS}
    if step not in steps:
        raise Http404
    form_class = steps[step]
    if request.method == "POST":
        form = form_class(request.POST)
        if form.is_valid():
            try:
                services.cooperative_update(
                    cooperative=cooperative, actor=user, data=form.cleaned_data, request=request
                )
            except ValidationError as error:
                errors_to_form(form, error)
            else:
                index = f.STEP_NAMES.index(step)
                if "save_exit" in request.POST or index + 1 >= len(f.STEP_NAMES):
                    messages.success(request, _("Saved."))
                    return redirect(
                        "cooperatives:files"
                        if index + 1 >= len(f.STEP_NAMES)
                        else "cooperatives:dashboard",
                        cooperative_id=cooperative.public_id,
                    )
                return redirect(
                    "cooperatives:application_step",
                    cooperative_id=cooperative.public_id,
                    step=f.STEP_NAMES[index + 1],
                )
    else:
        form = form_class(initial=f.step_initial(cooperative, form_class))
    read_only = cooperative.status not in APPLICATION_EDITABLE and step == "identity"
    return render(
        request,
        "cooperatives/backoffice/step.html",
        {
            "form": form,
            "steps": f.APPLICATION_STEPS,
            "current": step,
            "cooperative": cooperative,
            "read_only": read_only,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def files(request: HttpRequest, cooperative_id: uuid.UUID) -> HttpResponse:
    """Documents, logo and photos (one page: on a phone, uploads come one by one)."""
    user = require_user(request.user)
    cooperative = cooperative_for_member(
        user=user, cooperative_id=cooperative_id, manager_only=True
    )
    document_form = f.DocumentForm(prefix="doc")
    photo_form = f.ImageUploadForm(prefix="photo")
    logo_form = f.LogoForm(prefix="logo")
    if request.method == "POST":
        kind = request.POST.get("form")
        try:
            if kind == "document":
                document_form = f.DocumentForm(request.POST, request.FILES, prefix="doc")
                if document_form.is_valid():
                    services.document_add(
                        cooperative=cooperative,
                        actor=user,
                        kind=document_form.cleaned_data["kind"],
                        upload=document_form.cleaned_data["file"],
                    )
                    messages.success(request, _("Document added."))
                    return redirect("cooperatives:files", cooperative_id=cooperative.public_id)
            elif kind == "photo":
                photo_form = f.ImageUploadForm(request.POST, request.FILES, prefix="photo")
                if photo_form.is_valid():
                    services.photo_add(
                        cooperative=cooperative,
                        actor=user,
                        upload=photo_form.cleaned_data["image"],
                        caption=photo_form.cleaned_data["caption"],
                    )
                    messages.success(request, _("Photo added."))
                    return redirect("cooperatives:files", cooperative_id=cooperative.public_id)
            elif kind == "logo":
                logo_form = f.LogoForm(request.POST, request.FILES, prefix="logo")
                if logo_form.is_valid():
                    services.cooperative_set_logo(
                        cooperative=cooperative, actor=user, upload=logo_form.cleaned_data["logo"]
                    )
                    messages.success(request, _("Logo saved."))
                    return redirect("cooperatives:files", cooperative_id=cooperative.public_id)
        except ValidationError as error:
            target = {"document": document_form, "photo": photo_form, "logo": logo_form}.get(
                kind or ""
            )
            if target is not None:
                errors_to_form(target, error)
            else:
                flash_errors(request, error)
    return render(
        request,
        "cooperatives/backoffice/files.html",
        {
            "cooperative": cooperative,
            "document_form": document_form,
            "photo_form": photo_form,
            "logo_form": logo_form,
            "documents": cooperative.documents.all(),
            "photos": cooperative.photos.all(),
            "submit_form": f.ConsentSubmitForm(),
            "missing": services.application_missing(cooperative),
            "can_submit": cooperative.status in APPLICATION_EDITABLE,
        },
    )


@login_required
@require_POST
def photo_delete(request: HttpRequest, cooperative_id: uuid.UUID, photo_id: int) -> HttpResponse:
    user = require_user(request.user)
    cooperative = cooperative_for_member(
        user=user, cooperative_id=cooperative_id, manager_only=True
    )
    try:
        services.photo_delete(cooperative=cooperative, actor=user, photo_id=photo_id)
        messages.success(request, _("Photo removed."))
    except ValidationError as error:
        flash_errors(request, error)
    return redirect("cooperatives:files", cooperative_id=cooperative.public_id)


@login_required
@require_POST
def submit(request: HttpRequest, cooperative_id: uuid.UUID) -> HttpResponse:
    user = require_user(request.user)
    cooperative = cooperative_for_member(
        user=user, cooperative_id=cooperative_id, manager_only=True
    )
    form = f.ConsentSubmitForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Tick the box to agree before sending the application."))
        return redirect("cooperatives:files", cooperative_id=cooperative.public_id)
    try:
        services.cooperative_give_consent(cooperative=cooperative, actor=user)
        services.cooperative_transition(
            cooperative=cooperative, actor=user, action="submit", as_staff=False, request=request
        )
    except ValidationError as error:
        flash_errors(request, error)
        return redirect("cooperatives:files", cooperative_id=cooperative.public_id)
    except InvalidTransition:
        messages.error(request, _("This application has already been sent."))
        return _dashboard(cooperative)
    messages.success(
        request,
        _("Application sent. The CoopLab team will review it and tell you by SMS or email."),
    )
    return _dashboard(cooperative)


@login_required
@require_http_methods(["GET", "POST"])
def members(request: HttpRequest, cooperative_id: uuid.UUID) -> HttpResponse:
    user = require_user(request.user)
    cooperative = cooperative_for_member(user=user, cooperative_id=cooperative_id)
    is_manager = membership_role(user=user, cooperative=cooperative) == MembershipRole.MANAGER
    form = f.InvitationForm(request.POST or None)
    invitation = None
    if request.method == "POST":
        cooperative = cooperative_for_member(
            user=user, cooperative_id=cooperative_id, manager_only=True
        )
        if form.is_valid():
            try:
                invitation = services.invitation_create(
                    cooperative=cooperative,
                    actor=user,
                    contact=form.cleaned_data["contact"],
                    role=form.cleaned_data["role"],
                    request=request,
                )
            except ValidationError as error:
                errors_to_form(form, error)
            else:
                messages.success(request, _("Invitation sent. It is valid for 14 days."))
                form = f.InvitationForm()
    invitations = list(open_invitations(cooperative=cooperative)) if is_manager else []
    return render(
        request,
        "cooperatives/backoffice/members.html",
        {
            "cooperative": cooperative,
            "is_manager": is_manager,
            "form": form,
            "memberships": cooperative.memberships.filter(is_active=True).select_related("user"),
            "invitations": invitations,
            "new_invitation": invitation,
            "roles": MembershipRole.choices,
        },
    )


@login_required
@require_POST
def member_update(
    request: HttpRequest, cooperative_id: uuid.UUID, membership_id: int
) -> HttpResponse:
    user = require_user(request.user)
    cooperative = cooperative_for_member(
        user=user, cooperative_id=cooperative_id, manager_only=True
    )
    try:
        if request.POST.get("remove"):
            services.membership_remove(
                cooperative=cooperative, actor=user, membership_id=membership_id
            )
            messages.success(request, _("Member removed."))
        else:
            form = f.MemberRoleForm(request.POST)
            if not form.is_valid():
                raise ValidationError(_("Choose a role."))
            services.membership_set_role(
                cooperative=cooperative,
                actor=user,
                membership_id=membership_id,
                role=form.cleaned_data["role"],
            )
            messages.success(request, _("Role changed."))
    except ValidationError as error:
        flash_errors(request, error)
    return redirect("cooperatives:members", cooperative_id=cooperative.public_id)


@login_required
@require_POST
def invitation_revoke(
    request: HttpRequest, cooperative_id: uuid.UUID, invitation_id: int
) -> HttpResponse:
    user = require_user(request.user)
    cooperative = cooperative_for_member(
        user=user, cooperative_id=cooperative_id, manager_only=True
    )
    try:
        services.invitation_revoke(cooperative=cooperative, actor=user, invitation_id=invitation_id)
        messages.success(request, _("Invitation cancelled."))
    except ValidationError as error:
        flash_errors(request, error)
    return redirect("cooperatives:members", cooperative_id=cooperative.public_id)


@login_required
@require_http_methods(["GET", "POST"])
def labels(request: HttpRequest, cooperative_id: uuid.UUID) -> HttpResponse:
    user = require_user(request.user)
    cooperative = cooperative_for_member(user=user, cooperative_id=cooperative_id)
    is_manager = membership_role(user=user, cooperative=cooperative) == MembershipRole.MANAGER
    form = f.CertificationForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        cooperative = cooperative_for_member(
            user=user, cooperative_id=cooperative_id, manager_only=True
        )
        if form.is_valid():
            try:
                services.certification_add(cooperative=cooperative, actor=user, **form.cleaned_data)
            except ValidationError as error:
                errors_to_form(form, error)
            else:
                messages.success(request, _("Label added."))
                return redirect("cooperatives:labels", cooperative_id=cooperative.public_id)
    return render(
        request,
        "cooperatives/backoffice/labels.html",
        {
            "cooperative": cooperative,
            "is_manager": is_manager,
            "form": form,
            "certifications": cooperative.certifications.select_related("proof"),
            "today": timezone.localdate(),
        },
    )


@login_required
@require_POST
def label_delete(
    request: HttpRequest, cooperative_id: uuid.UUID, certification_id: int
) -> HttpResponse:
    user = require_user(request.user)
    cooperative = cooperative_for_member(
        user=user, cooperative_id=cooperative_id, manager_only=True
    )
    try:
        services.certification_delete(
            cooperative=cooperative, actor=user, certification_id=certification_id
        )
        messages.success(request, _("Label removed."))
    except ValidationError as error:
        flash_errors(request, error)
    return redirect("cooperatives:labels", cooperative_id=cooperative.public_id)


@login_required
@require_GET
def document_download(request: HttpRequest, document_id: uuid.UUID) -> HttpResponseBase:
    """Private documents: only the cooperative's managers and authorised staff, never cached."""
    user = require_user(request.user)
    document = document_for_user(user=user, document_id=document_id)
    audit_log(
        action="cooperative.document_downloaded",
        actor=user,
        target=document.cooperative,
        request=request,
        data={"document": str(document.public_id)},
    )
    extension = (document.file.name or "").rsplit(".", 1)[-1]
    response = FileResponse(
        document.file.open("rb"),
        as_attachment=True,
        filename=f"{document.kind}-{document.cooperative.slug}.{extension}",
        content_type=document.content_type,
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def invitation_accept(request: HttpRequest, code: str) -> HttpResponse:
    user = require_user(request.user)
    invitation = Invitation.objects.select_related("cooperative").filter(code=code).first()
    valid = invitation is not None and invitation.is_open(timezone.now())
    if request.method == "POST" and valid:
        try:
            membership = services.invitation_accept(code=code, user=user, request=request)
        except ValidationError as error:
            flash_errors(request, error)
        else:
            messages.success(
                request,
                _("Welcome! You are now a member of %(name)s.")
                % {"name": membership.cooperative.name},
            )
            return _dashboard(membership.cooperative)
    return render(
        request,
        "cooperatives/backoffice/invitation.html",
        {"invitation": invitation if valid else None},
    )
