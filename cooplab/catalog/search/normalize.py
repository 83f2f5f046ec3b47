"""Normalise Arabic and French text the same way at indexing and at query time.

Arabic: diacritics and tatweel removed; alef forms (أ إ آ ٱ) → ا; ta marbuta ة → ه; alef maqsura
ى → ي; hamza carriers ؤ ئ → و ي; Moroccan gaf گ ڭ → ك, ڤ → ف; the article ال (and وال, بال, فال,
كال) stripped from words; Arabic-Indic digits → Latin digits.
French and English: case and accents folded, elisions (d', l', qu'…) dropped, a light stemmer
(plural s/x, final e) so that "argane", "Argan" and "huiles" meet "argan" and "huile".
"""

from __future__ import annotations

import re
import unicodedata

_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_MAP = str.maketrans(
    {
        "\u0623": "\u0627",  # أ
        "\u0625": "\u0627",  # إ
        "\u0622": "\u0627",  # آ
        "\u0671": "\u0627",  # ٱ
        "\u0629": "\u0647",  # ة → ه
        "\u0649": "\u064a",  # ى → ي
        "\u0624": "\u0648",  # ؤ → و
        "\u0626": "\u064a",  # ئ → ي
        "\u06af": "\u0643",  # گ → ك
        "\u06ad": "\u0643",  # ڭ → ك
        "\u06a4": "\u0641",  # ڤ → ف
        "\u06cc": "\u064a",  # ی (Farsi yeh) → ي
        "\u06a9": "\u0643",  # ک (keheh) → ك
    }
)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# French ligatures NFKC keeps: "œufs" and "oeufs" are the same word.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"})
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
_ARTICLES = ("وال", "بال", "فال", "كال", "ال")
_ELISION = re.compile(r"\b(?:[dljmnst]|qu|jusqu|lorsqu|puisqu)['’ʼ]", re.IGNORECASE)
# Underscores separate words too, as in the FTS5 and PostgreSQL tokenizers.
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
STOPWORDS = frozenset(
    {
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "et",
        "au",
        "aux",
        "en",
        "un",
        "une",
        "pour",
        "avec",
        "a",
        # Not "the": French "thé" (tea) folds to the same word.
        "of",
        "and",
        "with",
        "for",
        "في",
        "من",
        "مع",
        "و",
    }
)


def _fold_latin(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch) or _is_arabic(ch))


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff"


def _stem_arabic(token: str) -> str:
    for article in _ARTICLES:
        if token.startswith(article) and len(token) - len(article) >= 2:
            return token[len(article) :]
    return token


def _stem_latin(token: str) -> str:
    if len(token) > 3 and token[-1] in "sx":
        token = token[:-1]
    if len(token) > 3 and token.endswith("e"):
        token = token[:-1]
    return token


def normalize_text(text: str) -> str:
    """Fold a text to its searchable form (a string of normalised words)."""
    return " ".join(tokens(text))


def tokens(text: str) -> list[str]:
    """Normalised, stemmed words of `text`, stop words removed, in order."""
    if not text:
        return []
    text = unicodedata.normalize("NFKC", text).translate(_DIGITS).translate(_LIGATURES)
    text = _ELISION.sub(" ", text)
    text = text.translate(_ARABIC_MAP)
    text = _ARABIC_MARKS.sub("", text)
    text = _fold_latin(text).casefold()
    result = []
    for raw in _NON_WORD.split(text):
        if not raw or raw in STOPWORDS:
            continue
        token = _stem_arabic(raw) if _ARABIC_LETTER.search(raw) else _stem_latin(raw)
        if token and token not in STOPWORDS:
            result.append(token)
    return result
