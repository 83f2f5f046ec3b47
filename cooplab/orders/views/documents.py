"""Placeholder while the documents pages are written on their own branch; replaced before merge."""

from django.http import Http404, HttpRequest, HttpResponse


def _todo(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
    raise Http404


invoice_customer = packing_slip = invoice_cooperative = _todo
