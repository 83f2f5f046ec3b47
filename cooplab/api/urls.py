"""The JSON API under /api/v1/: one router per domain, calling the same services as pages."""

from django.http import HttpRequest
from ninja import NinjaAPI, Schema

from cooplab.api.cooperatives import router as cooperatives_router
from cooplab.api.learning import router as learning_router
from cooplab.api.products import categories_router
from cooplab.api.products import router as products_router
from cooplab.api.reviews import router as reviews_router
from cooplab.api.shop import router as shop_router
from cooplab.api.vendor import router as vendor_router

api = NinjaAPI(
    title="CoopLab API",
    version="1",
    description="Marketplace, training and impact data of CoopLab. Money is in MAD as strings.",
    urls_namespace="api",
)


class StatusOut(Schema):
    status: str
    version: str


@api.get("/status", response=StatusOut, tags=["meta"])
def status(request: HttpRequest) -> dict[str, str]:
    return {"status": "ok", "version": "1"}


api.add_router("/cooperatives", cooperatives_router)
api.add_router("/vendor", vendor_router)
api.add_router("/products", products_router)
# /products/{slug}/reviews: a router of its own (module per domain) under the same prefix.
api.add_router("/products", reviews_router)
api.add_router("/categories", categories_router)
api.add_router("/shop", shop_router)
api.add_router("/learning", learning_router)
