from django.urls import path

from .views import backoffice, public, staff

app_name = "catalog"

urlpatterns = [
    # Public catalogue.
    path("products/", public.product_list, name="product_list"),
    path("products/<slug:slug>/", public.product_detail, name="product_detail"),
    # Cooperative back office (managers change; members may look).
    path("coop/<uuid:cooperative_id>/products/", backoffice.product_list, name="bo_product_list"),
    path(
        "coop/<uuid:cooperative_id>/products/new/",
        backoffice.product_create,
        name="bo_product_create",
    ),
    path(
        "coop/<uuid:cooperative_id>/products/import/",
        backoffice.product_import,
        name="bo_product_import",
    ),
    path(
        "coop/<uuid:cooperative_id>/products/export.csv",
        backoffice.product_export,
        name="bo_product_export",
    ),
    path(
        "coop/<uuid:cooperative_id>/products/<uuid:product_id>/",
        backoffice.product_edit,
        name="bo_product_edit",
    ),
    path(
        "coop/<uuid:cooperative_id>/products/<uuid:product_id>/action/",
        backoffice.product_action,
        name="bo_product_action",
    ),
    path(
        "coop/<uuid:cooperative_id>/products/<uuid:product_id>/variants/",
        backoffice.variant_save,
        name="bo_variant_save",
    ),
    path(
        "coop/<uuid:cooperative_id>/products/<uuid:product_id>/stock/",
        backoffice.stock_adjust,
        name="bo_stock_adjust",
    ),
    path(
        "coop/<uuid:cooperative_id>/products/<uuid:product_id>/images/",
        backoffice.image_add,
        name="bo_image_add",
    ),
    path(
        "coop/<uuid:cooperative_id>/products/<uuid:product_id>/images/<int:image_id>/delete/",
        backoffice.image_delete,
        name="bo_image_delete",
    ),
    # Platform staff: moderation (when CATALOG_MODERATION is on).
    path("staff/products/", staff.moderation_queue, name="moderation_queue"),
    path("staff/products/<uuid:product_id>/", staff.moderate, name="moderate"),
]
