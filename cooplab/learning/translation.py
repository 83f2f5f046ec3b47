from modeltranslation.translator import TranslationOptions, register

from .models import Choice, Course, Lesson, Module, Question, RubricCriterion


@register(Course)
class CourseTranslationOptions(TranslationOptions):
    fields = ("title", "summary")


@register(Module)
class ModuleTranslationOptions(TranslationOptions):
    fields = ("title", "summary")


@register(Lesson)
class LessonTranslationOptions(TranslationOptions):
    fields = ("title", "body")


@register(Question)
class QuestionTranslationOptions(TranslationOptions):
    fields = ("text", "explanation")


@register(Choice)
class ChoiceTranslationOptions(TranslationOptions):
    fields = ("text",)


@register(RubricCriterion)
class RubricCriterionTranslationOptions(TranslationOptions):
    fields = ("title",)
