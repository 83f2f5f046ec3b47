from django.http import Http404, HttpRequest, HttpResponse


def _todo(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
    raise Http404


order_list = order_track = order_confirm_link = order_detail = order_confirm_code = _todo
order_cancel = order_reorder = part_withdraw = _todo
