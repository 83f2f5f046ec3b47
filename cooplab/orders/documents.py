"""PDF documents of a cooperative order: the invoice (customer's language) and the packing slip
(the cooperative's language), rendered from HTML templates by WeasyPrint.

WeasyPrint shapes Arabic with HarfBuzz through Pango. The fonts are vendored in `static/fonts/`
(Noto Naskh Arabic, Noto Sans; SIL OFL) and loaded with `@font-face` from local files: the
documents never depend on the fonts installed on the server, and the renderer may read those
font files only (no network, no other file)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import get_language_bidi

from cooplab.core.money import format_money
from cooplab.core.phone import format_phone
from cooplab.core.regions import get_region

from .models import CooperativeOrder, Invoice, OrderLine, PaymentMethod

FONT_DIR = Path(settings.BASE_DIR) / "static" / "fonts"
ZERO = Decimal("0.00")
CASABLANCA = "Africa/Casablanca"


class DocumentFetchRefused(ValueError):
    """The document asked for a resource other than the vendored fonts."""


def _fetcher() -> Any:
    from weasyprint.urls import URLFetcher

    class FontsOnly(URLFetcher):
        """Serve the vendored font files; refuse every other URL (no network, no files)."""

        def fetch(self, url: str, headers: Any = None) -> Any:
            parsed = urlparse(url)
            path = Path(unquote(parsed.path)).resolve() if parsed.scheme == "file" else None
            if path is None or not path.is_relative_to(FONT_DIR.resolve()):
                raise DocumentFetchRefused(f"Documents may only load their fonts, not {url}")
            return super().fetch(url, headers)

    return FontsOnly(allowed_protocols=["file"])


def html_to_pdf(html: str) -> bytes:
    """Render `html` to PDF. WeasyPrint is imported here: only document views and tasks pay
    for it (and only they need Pango on the machine)."""
    from weasyprint import HTML

    pdf = HTML(string=html, base_url=FONT_DIR.as_uri() + "/", url_fetcher=_fetcher()).write_pdf()
    assert pdf is not None  # noqa: S101 - write_pdf() without a target returns the bytes
    return bytes(pdf)


def _base_context(language: str) -> dict[str, Any]:
    return {
        "language": language,
        "direction": "rtl" if get_language_bidi() else "ltr",
        "font_dir": FONT_DIR.as_uri(),
    }


@dataclass(frozen=True)
class InvoiceLine:
    name: str
    variant_label: str
    sku: str
    quantity: int
    unit_price: str
    tax_rate: str
    tax_amount: str
    line_total: str
    withdrawal_allowed: bool


def _rate(rate: Decimal, language: str) -> str:
    """A VAT rate without useless decimals: "20", "5,5" (French and Arabic use a comma)."""
    text = f"{rate.normalize():f}" if rate else "0"
    return text if language == "en" else text.replace(".", ",")


def _address(part: CooperativeOrder, language: str) -> dict[str, str]:
    order = part.order
    try:
        region = get_region(order.region).name(language)
    except KeyError:
        region = order.region
    return {
        "name": order.recipient_name,
        "phone": format_phone(order.recipient_phone),
        "street": order.street,
        "city": " ".join(filter(None, [order.postal_code, order.city])),
        "region": region,
        "landmark": order.landmark,
    }


def _lines(part: CooperativeOrder) -> list[OrderLine]:
    return list(part.lines.all())


def invoice_context(invoice: Invoice) -> dict[str, Any]:
    """What the invoice shows, in the invoice's language (the customer's). Call inside
    `translation.override(invoice.language)`."""
    part = invoice.cooperative_order
    order = part.order
    language = invoice.language
    lines = _lines(part)
    rows = [
        InvoiceLine(
            name=line.name_in(language),
            variant_label=line.variant_label,
            sku=line.sku,
            quantity=line.quantity,
            unit_price=format_money(line.unit_price, language),
            tax_rate=_rate(line.tax_rate, language),
            tax_amount=format_money(line.tax_amount, language),
            line_total=format_money(line.line_total, language),
            withdrawal_allowed=line.withdrawal_allowed,
        )
        for line in lines
    ]
    with timezone.override(CASABLANCA):
        issued = timezone.localtime(invoice.issued_at)
        delivered = timezone.localtime(part.delivered_at) if part.delivered_at else None
    return {
        **_base_context(language),
        "invoice": invoice,
        "part": part,
        "order": order,
        "issued_on": issued.date(),
        "delivered_on": delivered.date() if delivered else None,
        "seller": {
            "name": part.seller_name,
            "ice": part.seller_ice,
            "register_number": part.seller_register_number,
            "address": part.seller_address,
            "phone": format_phone(part.seller_phone) if part.seller_phone else "",
        },
        "customer": {
            "name": order.customer_name,
            "phone": format_phone(order.phone),
            "email": order.email,
        },
        "address": _address(part, language),
        "lines": rows,
        "vat_exempt": all(line.tax_rate == ZERO for line in lines),
        "withdrawal_lines": [row for row in rows if row.withdrawal_allowed],
        "withdrawal_days": settings.ORDER_WITHDRAWAL_DAYS,
        "payment_method": PaymentMethod(order.payment_method).label,
        "delivery_method": part.get_delivery_method_display(),
        "subtotal": format_money(invoice.subtotal, language),
        "tax_total": format_money(invoice.tax_total, language),
        "net_total": format_money(invoice.subtotal - invoice.tax_total, language),
        "delivery_cost": format_money(invoice.delivery_cost, language),
        "total": format_money(invoice.total, language),
    }


def render_invoice_html(invoice: Invoice) -> str:
    with translation.override(invoice.language):
        return render_to_string("orders/documents/invoice.html", invoice_context(invoice))


def render_invoice(invoice: Invoice) -> bytes:
    """The invoice as a PDF, in the customer's language."""
    return html_to_pdf(render_invoice_html(invoice))


def packing_slip_context(part: CooperativeOrder, language: str) -> dict[str, Any]:
    order = part.order
    cash_on_delivery = order.payment_method == PaymentMethod.CASH_ON_DELIVERY
    lines = _lines(part)
    return {
        **_base_context(language),
        "part": part,
        "order": order,
        "address": _address(part, language),
        "lines": [
            {
                "name": line.name_in(language),
                "variant_label": line.variant_label,
                "sku": line.sku,
                "quantity": line.quantity,
            }
            for line in lines
        ],
        "units": sum(line.quantity for line in lines),
        "delivery_method": part.get_delivery_method_display(),
        "cash_to_collect": format_money(part.total, language) if cash_on_delivery else "",
    }


def render_packing_slip(part: CooperativeOrder, *, language: str) -> bytes:
    """The packing slip of `part` in `language` (the cooperative member's)."""
    with translation.override(language):
        html = render_to_string(
            "orders/documents/packing_slip.html", packing_slip_context(part, language)
        )
    return html_to_pdf(html)
