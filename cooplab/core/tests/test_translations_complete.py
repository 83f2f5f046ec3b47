"""Every message in the code and templates has an Arabic and a French translation.

Messages are extracted the way makemessages does (Django's templatize for templates, then a
Python extractor), but with Babel, so the test needs no GNU gettext."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import polib
import pytest
from babel.messages.extract import extract
from django.conf import settings
from django.utils.translation.template import templatize

ROOT = Path(settings.BASE_DIR)
SOURCE_DIRS = [ROOT / "cooplab", ROOT / "config", ROOT / "templates"]
KEYWORDS = {
    "_": None,
    "gettext": None,
    "gettext_lazy": None,
    "gettext_noop": None,
    "ngettext": (1, 2),
    "ngettext_lazy": (1, 2),
    "pgettext": ((1, "c"), 2),
    "pgettext_lazy": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
    "npgettext_lazy": ((1, "c"), 2, 3),
}


def _source_files() -> Iterator[Path]:
    for base in SOURCE_DIRS:
        for path in sorted(base.rglob("*")):
            if "tests" in path.parts or "migrations" in path.parts:
                continue
            if path.suffix in {".py", ".html", ".txt"} and path.is_file():
                yield path


def extracted_messages() -> set[tuple[str | None, str]]:
    messages: set[tuple[str | None, str]] = set()
    for path in _source_files():
        text = path.read_text(encoding="utf-8")
        if path.suffix != ".py":
            if "{% load i18n" not in text and "{% translate" not in text:
                continue
            text = templatize(text, origin=str(path))
        for _lineno, message, _comments, context in extract(
            "python", io.BytesIO(text.encode("utf-8")), keywords=KEYWORDS
        ):
            msgid = message[0] if isinstance(message, tuple) else message
            if msgid:
                messages.add((context, msgid))
    return messages


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_every_message_is_translated(language: str):
    po_path = ROOT / "locale" / language / "LC_MESSAGES" / "django.po"
    assert po_path.exists(), f"missing catalogue {po_path}: run make messages"
    catalogue = polib.pofile(str(po_path))
    translated = {
        (entry.msgctxt, entry.msgid)
        for entry in catalogue
        if entry.translated() and "fuzzy" not in entry.flags and not entry.obsolete
    }
    missing = sorted(
        msgid for context, msgid in extracted_messages() if (context, msgid) not in translated
    )
    assert not missing, f"{len(missing)} message(s) lack a {language} translation: {missing[:10]}"


def test_extraction_finds_messages_from_python_and_templates():
    messages = {msgid for _context, msgid in extracted_messages()}
    assert "Skip to content" in messages  # template
    assert "An ICE has exactly 15 digits." in messages  # Python
