"""A small course in the starter-course format (fictional, for tests)."""

from __future__ import annotations

from typing import Any


def t(fr: str, ar: str, en: str) -> dict[str, str]:
    return {"fr": fr, "ar": ar, "en": en}


COURSE: dict[str, Any] = {
    "slug": "premiers-pas",
    "title": t("Premiers pas en ligne", "الخطوات الأولى على الإنترنت", "First steps online"),
    "summary": t(
        "Vendre vos produits sur internet.",
        "بيع منتجاتكم على الإنترنت.",
        "Selling your products online.",
    ),
    "level": "beginner",
    "estimated_minutes": 30,
    "languages": ["fr", "ar", "en"],
    "modules": [
        {
            "title": t("Photographier", "التصوير", "Taking photos"),
            "summary": t("La lumière du jour.", "ضوء النهار.", "Daylight."),
            "lessons": [
                {
                    "kind": "text",
                    "title": t("La lumière", "الضوء", "Light"),
                    "body": {
                        "fr": "<p>Photographiez près d'une fenêtre.<script>alert(1)</script></p>",
                        "ar": "<p>صوّروا قرب النافذة.</p>",
                        "en": "<p>Take photos near a window.</p>",
                    },
                    "minutes": 5,
                    "required": True,
                    "narration": "narration-light.ogg",
                },
                {
                    "kind": "audio",
                    "title": t("Écouter : le cadrage", "استمعوا: التأطير", "Listen: framing"),
                    "body": t("<p>Écoutez.</p>", "<p>استمعوا.</p>", "<p>Listen.</p>"),
                    "audio": "media/framing.ogg",
                    "minutes": 3,
                    "required": True,
                },
                {
                    "kind": "quiz",
                    "title": t("Quiz photo", "اختبار التصوير", "Photo quiz"),
                    "pass_mark": 60,
                    "max_attempts": 3,
                    "required": True,
                    "questions": [
                        {
                            "kind": "single",
                            "text": t("Quelle lumière choisir ?", "أي ضوء نختار؟", "Which light?"),
                            "explanation": t(
                                "La lumière du jour est douce.",
                                "ضوء النهار ناعم.",
                                "Daylight is soft.",
                            ),
                            "choices": [
                                {"text": t("Le flash", "الفلاش", "The flash"), "correct": False},
                                {"text": t("Le jour", "النهار", "Daylight"), "correct": True},
                            ],
                        },
                        {
                            "kind": "true_false",
                            "text": t(
                                "Un fond simple aide.",
                                "الخلفية البسيطة تساعد.",
                                "A plain background helps.",
                            ),
                            "explanation": t("Oui.", "نعم.", "Yes."),
                            "choices": [
                                {"text": t("Vrai", "صحيح", "True"), "correct": True},
                                {"text": t("Faux", "خطأ", "False"), "correct": False},
                            ],
                        },
                        {
                            "kind": "multiple",
                            "text": t("Que montrer ?", "ماذا نُظهر؟", "What to show?"),
                            "explanation": t("Les deux.", "الاثنين.", "Both."),
                            "choices": [
                                {"text": t("Le produit", "المنتج", "The product"), "correct": True},
                                {"text": t("L'étiquette", "الملصق", "The label"), "correct": True},
                                {"text": t("Le désordre", "الفوضى", "The mess"), "correct": False},
                            ],
                        },
                    ],
                },
            ],
        },
        {
            "title": t("Vendre", "البيع", "Selling"),
            "summary": t("Votre boutique.", "متجركم.", "Your shop."),
            "lessons": [
                {
                    "kind": "assignment",
                    "title": t("Photo de produit", "صورة المنتج", "Product photo"),
                    "instructions": t(
                        "<p>Envoyez une photo de votre produit.</p>",
                        "<p>أرسلوا صورة لمنتجكم.</p>",
                        "<p>Send a photo of your product.</p>",
                    ),
                    "required": True,
                    "rubric": [
                        {"title": t("Netteté", "الوضوح", "Sharpness"), "points": 5},
                        {"title": t("Lumière", "الضوء", "Light"), "points": 5},
                    ],
                    "auto_accept": None,
                },
                {
                    "kind": "assignment",
                    "title": t(
                        "Publiez votre premier produit",
                        "انشروا منتجكم الأول",
                        "List your first product",
                    ),
                    "instructions": t(
                        "<p>Publiez un produit sur le marché CoopLab.</p>",
                        "<p>انشروا منتجا في سوق كووب لاب.</p>",
                        "<p>Publish a product on the CoopLab market.</p>",
                    ),
                    "required": False,
                    "rubric": [],
                    "auto_accept": "first_product_published",
                },
            ],
        },
    ],
}
