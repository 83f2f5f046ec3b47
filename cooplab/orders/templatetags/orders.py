from django import template
from django.utils.translation import get_language

from ..models import OrderLine

register = template.Library()


@register.filter
def line_name(line: OrderLine) -> str:
    """The product's name as it was ordered, in the current language when it had one."""
    return line.name_in(get_language() or "")
