"""Placeholder while the staff pages are written on their own branch; replaced before merge."""

from django.http import Http404, HttpRequest, HttpResponse


def _todo(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
    raise Http404


order_list = order_detail = part_action = _todo
