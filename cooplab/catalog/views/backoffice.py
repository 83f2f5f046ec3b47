"""Cooperative back office for products: list, create, edit, sizes, stock, photos, labels,
publishing, CSV import and export.

Every view resolves the cooperative through cooperatives.selectors.cooperative_for_member (the
one access function) and the product through selectors.cooperative_product (404 for a product
of another cooperative), then calls a service. Members may see the list; managers change."""

from __future__ import annotations

import uuid
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from cooplab.accounts.models import User, require_user
from cooplab.cooperatives.models import Cooperative, MembershipRole
from cooplab.cooperatives.selectors import cooperative_for_member, membership_role
from cooplab.core.viewutils import errors_to_form, flash_errors

from .. import forms as f
from .. import importer, services
from ..models import Product, ProductStatus, StockMovement
from ..selectors import cooperative_product, low_stock_variants, products_of_cooperative

PAGE_SIZE = 30
IMPORT_SESSION_KEY = "catalog_import"


def _manager_access(
    request: HttpRequest, cooperative_id: uuid.UUID, product_id: uuid.UUID | None = None
) -> tuple[User, Cooperative, Product | None]:
    user = require_user(request.user)
    cooperative = cooperative_for_member(
        user=user, cooperative_id=cooperative_id, manager_only=True
    )
    product = (
        cooperative_product(cooperative=cooperative, product_id=product_id)
        if product_id is not None
        else None
    )
    return user, cooperative, product


def _edit_url(product: Product) -> HttpResponse:
    return redirect(
        "catalog:bo_product_edit",
        cooperative_id=product.cooperative.public_id,
        product_id=product.public_id,
    )


def _thumbnail(product: Product) -> str:
    """The smallest rendition of the first photo (lists are read on costly connections)."""
    images = list(product.images.all())  # prefetched
    if not images:
        return ""
    image = images[0]
    name = image.renditions.get("320") or image.image.name or ""
    return image.image.storage.url(name) if name else ""


@login_required
@require_GET
def product_list(request: HttpRequest, cooperative_id: uuid.UUID) -> HttpResponse:
    user = require_user(request.user)
    cooperative = cooperative_for_member(user=user, cooperative_id=cooperative_id)
    is_manager = membership_role(user=user, cooperative=cooperative) == MembershipRole.MANAGER
    status = request.GET.get("status", "")
    products = products_of_cooperative(cooperative=cooperative)
    if status in ProductStatus.values:
        products = products.filter(status=status)
    page = Paginator(products, PAGE_SIZE).get_page(request.GET.get("page"))
    low = list(low_stock_variants(cooperative=cooperative).order_by("stock", "id"))
    return render(
        request,
        "catalog/backoffice/product_list.html",
        {
            "cooperative": cooperative,
            "is_manager": is_manager,
            "page": page,
            "rows": [{"product": p, "thumb": _thumbnail(p)} for p in page.object_list],
            "low_variants": low,
            "low_ids": {variant.pk for variant in low},
            "status": status,
            "statuses": ProductStatus.choices,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def product_create(request: HttpRequest, cooperative_id: uuid.UUID) -> HttpResponse:
    user, cooperative, _product = _manager_access(request, cooperative_id)
    form = f.ProductCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            product = services.product_create(
                cooperative=cooperative,
                actor=user,
                data=form.product_data(),
                variants=[form.variant_data()],
            )
        except ValidationError as error:
            errors_to_form(
                form,
                error,
                fields={
                    name: f"variant_{name}"
                    for name in ("label", "price", "compare_at_price", "sku", "stock")
                },
            )
        else:
            messages.success(
                request,
                _("Product saved as a draft. Add photos, then publish it."),
            )
            return _edit_url(product)
    return render(
        request,
        "catalog/backoffice/product_create.html",
        {"cooperative": cooperative, "is_manager": True, "form": form},
    )


def _render_edit(
    request: HttpRequest,
    cooperative: Cooperative,
    product: Product,
    *,
    form: f.ProductForm | None = None,
    variant_form: f.VariantForm | None = None,
    stock_form: f.StockAdjustForm | None = None,
    image_form: f.ProductImageForm | None = None,
    labels_error: str = "",
) -> HttpResponse:
    """The edit page; a form that failed is shown again with its errors, where it was."""
    variants = list(product.variants.order_by("position", "id"))
    posted_variant = variant_form.data.get("variant_id") if variant_form is not None else None
    posted_stock = stock_form.data.get("variant_id") if stock_form is not None else None
    rows = []
    for variant in variants:
        rows.append(
            {
                "variant": variant,
                "form": variant_form
                if variant_form is not None and str(posted_variant) == str(variant.pk)
                else f.VariantForm(initial=f.variant_initial(variant), auto_id=f"v{variant.pk}-%s"),
                "stock_form": stock_form
                if stock_form is not None and str(posted_stock) == str(variant.pk)
                else f.StockAdjustForm(
                    initial={"variant_id": variant.pk, "reason": "received"},
                    auto_id=f"s{variant.pk}-%s",
                ),
            }
        )
    new_variant_form = (
        variant_form
        if variant_form is not None and not posted_variant
        else f.VariantForm(initial=f.variant_initial(None), auto_id="new-%s")
    )
    today = timezone.localdate()
    certifications = list(cooperative.certifications.filter(expires_on__gte=today))
    return render(
        request,
        "catalog/backoffice/product_edit.html",
        {
            "cooperative": cooperative,
            "is_manager": True,
            "product": product,
            "form": form or f.ProductForm(initial=f.product_initial(product)),
            "variant_rows": rows,
            "new_variant_form": new_variant_form,
            "image_form": image_form or f.ProductImageForm(),
            "gallery_form": f.ProductImageForm(auto_id="gallery-%s"),
            "images": product.images.all(),
            "movements": StockMovement.objects.filter(variant__product=product)
            .select_related("variant", "actor")
            .order_by("-created_at", "-id")[:10],
            "certifications": certifications,
            "label_ids": set(product.labels.values_list("pk", flat=True)),
            "labels_error": labels_error,
            "moderation_note": product.moderation_note
            if product.status == ProductStatus.DRAFT
            else "",
            "is_archived": product.status == ProductStatus.ARCHIVED,
            "can_publish": product.status in (ProductStatus.DRAFT, ProductStatus.ARCHIVED),
        },
    )


def _changed_product_data(form: f.ProductForm, sent: set[str], product: Product) -> dict[str, Any]:
    """Only the posted fields that differ from the product (an empty text equals no text)."""
    data = {}
    for name in sent:
        value = form.cleaned_data[name]
        current = getattr(product, name)
        if (value in ("", None) and current in ("", None)) or value == current:
            continue
        data[name] = value
    return data


@login_required
@require_http_methods(["GET", "POST"])
def product_edit(
    request: HttpRequest, cooperative_id: uuid.UUID, product_id: uuid.UUID
) -> HttpResponse:
    user, cooperative, product = _manager_access(request, cooperative_id, product_id)
    assert product is not None  # noqa: S101 - typing only
    if request.method != "POST":
        return _render_edit(request, cooperative, product)
    if request.POST.get("form") == "labels":
        labels_form = f.LabelsForm(request.POST)
        try:
            if not labels_form.is_valid():
                raise ValidationError(_("Choose labels of your own cooperative."))
            services.product_set_labels(
                product=product,
                actor=user,
                certification_ids=labels_form.cleaned_data["labels"],
            )
        except ValidationError as error:
            return _render_edit(
                request, cooperative, product, labels_error=" ".join(error.messages)
            )
        messages.success(request, _("Labels saved."))
        return _edit_url(product)
    data, sent = f.merge_posted(
        request.POST, f.product_initial(product), checkboxes=("perishable",)
    )
    form = f.ProductForm(data)
    if form.is_valid():
        try:
            services.product_update(
                product=product, actor=user, data=_changed_product_data(form, sent, product)
            )
        except ValidationError as error:
            errors_to_form(form, error)
        else:
            messages.success(request, _("Product saved."))
            return _edit_url(product)
    return _render_edit(request, cooperative, product, form=form)


@login_required
@require_POST
def product_action(
    request: HttpRequest, cooperative_id: uuid.UUID, product_id: uuid.UUID
) -> HttpResponse:
    user, cooperative, product = _manager_access(request, cooperative_id, product_id)
    assert product is not None  # noqa: S101 - typing only
    action = request.POST.get("action", "")
    try:
        if action == "publish":
            product = services.product_publish(product=product, actor=user)
            if product.status == ProductStatus.PENDING_REVIEW:
                messages.success(
                    request,
                    _("Sent to the CoopLab team: the product is published once they approve it."),
                )
            else:
                messages.success(request, _("Published: customers can now see and buy it."))
        elif action == "archive":
            services.product_archive(product=product, actor=user)
            messages.success(
                request, _("Archived: customers no longer see it. You can publish it again.")
            )
        elif action == "duplicate":
            copy = services.product_duplicate(product=product, actor=user)
            messages.success(
                request, _("Copy created as a draft, without photos and with no stock.")
            )
            return _edit_url(copy)
        else:
            messages.error(request, _("Choose an action."))
    except ValidationError as error:
        flash_errors(request, error)
    return _edit_url(product)


@login_required
@require_POST
def variant_save(
    request: HttpRequest, cooperative_id: uuid.UUID, product_id: uuid.UUID
) -> HttpResponse:
    user, cooperative, product = _manager_access(request, cooperative_id, product_id)
    assert product is not None  # noqa: S101 - typing only
    raw_id = f.normalize_number(request.POST.get("variant_id", ""))
    variant_id = int(raw_id) if raw_id.isdigit() else None
    variant = None
    if raw_id:
        variant = product.variants.filter(pk=variant_id).first() if variant_id else None
        if variant is None:
            messages.error(request, _("This size no longer exists."))
            return _edit_url(product)
    data, sent = f.merge_posted(request.POST, f.variant_initial(variant), checkboxes=("is_active",))
    form = f.VariantForm(data, auto_id=f"v{variant.pk}-%s" if variant else "new-%s")
    if form.is_valid():
        fields = set(f.VARIANT_EDIT_FIELDS) | ({"stock"} if variant is None else set())
        changes = {name: form.cleaned_data[name] for name in sent & fields}
        if variant is None:
            changes.setdefault("unit", form.cleaned_data["unit"])
            changes["stock"] = form.cleaned_data.get("stock") or 0
            changes["position"] = product.variants.count()
        for name in ("label", "sku"):
            if name in changes:
                changes[name] = changes[name].strip()
        try:
            services.variant_save(product=product, actor=user, data=changes, variant_id=variant_id)
        except ValidationError as error:
            errors_to_form(form, error)
        else:
            messages.success(request, _("Size saved.") if variant is not None else _("Size added."))
            return _edit_url(product)
    return _render_edit(request, cooperative, product, variant_form=form)


@login_required
@require_POST
def stock_adjust(
    request: HttpRequest, cooperative_id: uuid.UUID, product_id: uuid.UUID
) -> HttpResponse:
    user, cooperative, product = _manager_access(request, cooperative_id, product_id)
    assert product is not None  # noqa: S101 - typing only
    form = f.StockAdjustForm(request.POST, auto_id=f"s{request.POST.get('variant_id', '')}-%s")
    if form.is_valid():
        variant = product.variants.filter(pk=form.cleaned_data["variant_id"]).first()
        if variant is None:
            messages.error(request, _("This size no longer exists."))
            return _edit_url(product)
        try:
            variant = services.stock_adjust(
                variant=variant,
                actor=user,
                delta=form.cleaned_data["delta"],
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            errors_to_form(form, error)
        else:
            messages.success(
                request,
                _("Stock of %(size)s is now %(stock)s.")
                % {"size": variant.label, "stock": variant.stock},
            )
            return _edit_url(product)
    return _render_edit(request, cooperative, product, stock_form=form)


@login_required
@require_POST
def image_add(
    request: HttpRequest, cooperative_id: uuid.UUID, product_id: uuid.UUID
) -> HttpResponse:
    user, cooperative, product = _manager_access(request, cooperative_id, product_id)
    assert product is not None  # noqa: S101 - typing only
    form = f.ProductImageForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.product_image_add(
                product=product,
                actor=user,
                upload=form.cleaned_data["image"],
                alt=form.cleaned_data["alt"],
            )
        except ValidationError as error:
            form.add_error("image", error)
        else:
            messages.success(request, _("Photo added."))
            return _edit_url(product)
    return _render_edit(request, cooperative, product, image_form=form)


@login_required
@require_POST
def image_delete(
    request: HttpRequest, cooperative_id: uuid.UUID, product_id: uuid.UUID, image_id: int
) -> HttpResponse:
    user, _cooperative, product = _manager_access(request, cooperative_id, product_id)
    assert product is not None  # noqa: S101 - typing only
    try:
        services.product_image_delete(product=product, actor=user, image_id=image_id)
        messages.success(request, _("Photo removed."))
    except ValidationError as error:
        flash_errors(request, error)
    return _edit_url(product)


def _session_key(cooperative: Cooperative) -> str:
    return f"{IMPORT_SESSION_KEY}:{cooperative.pk}"


@login_required
@require_http_methods(["GET", "POST"])
def product_import(request: HttpRequest, cooperative_id: uuid.UUID) -> HttpResponse:
    """Step 1: upload → preview (or the list of errors). Step 2: confirm → import it all."""
    user, cooperative, _product = _manager_access(request, cooperative_id)
    key = _session_key(cooperative)
    form = f.ImportForm()
    plan = None
    if request.method == "POST" and request.POST.get("confirm"):
        pending = request.session.get(key)
        if not pending or pending.get("token") != request.POST.get("token"):
            messages.error(request, _("Nothing to import: send the file again."))
            return redirect("catalog:bo_product_import", cooperative_id=cooperative.public_id)
        plan = importer.plan_import(content=pending["text"].encode(), cooperative=cooperative)
        if plan.ok:
            del request.session[key]
            try:
                products = importer.import_plan(
                    plan=plan, cooperative=cooperative, actor=user, source=pending["name"]
                )
            except ValidationError as error:
                flash_errors(request, error)
                messages.error(request, _("Nothing was imported."))
            else:
                messages.success(
                    request,
                    _("Imported %(products)s products with %(variants)s sizes, as drafts.")
                    % {"products": len(products), "variants": plan.variant_count},
                )
                return redirect("catalog:bo_product_list", cooperative_id=cooperative.public_id)
    elif request.method == "POST":
        form = f.ImportForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            # One byte more than allowed is enough to refuse a file that is too large.
            content = upload.read(importer.MAX_BYTES + 1)
            plan = importer.plan_import(content=content, cooperative=cooperative)
            request.session.pop(key, None)
            if plan.ok:
                request.session[key] = {
                    "token": uuid.uuid4().hex,
                    "text": plan.text,
                    "name": (upload.name or "")[:100],
                }
    pending = request.session.get(key) if plan is not None and plan.ok else None
    return render(
        request,
        "catalog/backoffice/product_import.html",
        {
            "cooperative": cooperative,
            "is_manager": True,
            "form": form,
            "plan": plan,
            "token": pending["token"] if pending else "",
            "columns": importer.COLUMNS,
            "required_columns": importer.REQUIRED_COLUMNS,
            "max_rows": importer.MAX_ROWS,
        },
    )


@login_required
@require_GET
def product_export(request: HttpRequest, cooperative_id: uuid.UUID) -> HttpResponse:
    _user, cooperative, _product = _manager_access(request, cooperative_id)
    content = importer.export_csv(cooperative=cooperative)
    filename = f"cooplab-products-{cooperative.slug}-{timezone.localdate():%Y-%m-%d}.csv"
    response = HttpResponse(content, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response
