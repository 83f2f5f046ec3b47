from modeltranslation.translator import TranslationOptions, register

from .models import Cooperative


@register(Cooperative)
class CooperativeTranslationOptions(TranslationOptions):
    fields = ("name", "story")
