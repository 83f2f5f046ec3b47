from django.urls import path

from .views import backoffice, cart, customer, documents, staff

app_name = "orders"

urlpatterns = [
    # Cart and checkout (visitors and customers).
    path("cart/", cart.cart_detail, name="cart"),
    path("cart/add/", cart.cart_add, name="cart_add"),
    path("cart/update/", cart.cart_update, name="cart_update"),
    path("checkout/", cart.checkout, name="checkout"),
    # The customer's orders; guests reach theirs from the same browser or by tracking.
    path("orders/", customer.order_list, name="list"),
    path("orders/track/", customer.order_track, name="track"),
    path("orders/confirm/<str:token>/", customer.order_confirm_link, name="confirm_link"),
    path("orders/<str:number>/", customer.order_detail, name="detail"),
    path("orders/<str:number>/confirm/", customer.order_confirm_code, name="confirm_code"),
    path("orders/<str:number>/cancel/", customer.order_cancel, name="cancel"),
    path("orders/<str:number>/reorder/", customer.order_reorder, name="reorder"),
    path(
        "orders/<str:number>/parts/<str:part_number>/return/",
        customer.part_withdraw,
        name="withdraw",
    ),
    path(
        "orders/<str:number>/parts/<str:part_number>/invoice.pdf",
        documents.invoice_customer,
        name="invoice",
    ),
    # Cooperative back office.
    path("coop/<uuid:cooperative_id>/orders/", backoffice.order_list, name="coop_orders"),
    path(
        "coop/<uuid:cooperative_id>/orders/<str:number>/",
        backoffice.order_detail,
        name="coop_order",
    ),
    path(
        "coop/<uuid:cooperative_id>/orders/<str:number>/action/",
        backoffice.order_action,
        name="coop_order_action",
    ),
    path(
        "coop/<uuid:cooperative_id>/orders/<str:number>/packing-slip.pdf",
        documents.packing_slip,
        name="packing_slip",
    ),
    path(
        "coop/<uuid:cooperative_id>/orders/<str:number>/invoice.pdf",
        documents.invoice_cooperative,
        name="coop_invoice",
    ),
    path("coop/<uuid:cooperative_id>/delivery/", backoffice.delivery_options, name="coop_delivery"),
    # Platform staff.
    path("staff/orders/", staff.order_list, name="staff_orders"),
    path("staff/orders/<str:number>/", staff.order_detail, name="staff_order"),
    path(
        "staff/orders/<str:number>/parts/<str:part_number>/action/",
        staff.part_action,
        name="staff_part_action",
    ),
]
