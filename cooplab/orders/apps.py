from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrdersConfig(AppConfig):
    name = "cooplab.orders"
    label = "orders"
    verbose_name = _("Orders")

    def ready(self) -> None:
        # The one place orders react to another app's event: a visitor's cart joins the
        # account's cart at log-in (accounts must not depend on orders). Recorded in
        # docs/decisions/0009-orders.md.
        from django.contrib.auth.signals import user_logged_in

        from .signals import merge_cart_at_login

        user_logged_in.connect(merge_cart_at_login, dispatch_uid="orders.merge_cart_at_login")
