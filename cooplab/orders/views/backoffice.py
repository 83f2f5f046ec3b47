"""Placeholder while the backoffice pages are written on their own branch; replaced before merge."""

from django.http import Http404, HttpRequest, HttpResponse


def _todo(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
    raise Http404


order_list = order_detail = order_action = delivery_options = _todo
