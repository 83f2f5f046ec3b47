"""Uploaded files are hostile until proven otherwise.

Images: the type is read from the content (Pillow), never from the name or the browser's
Content-Type; decompression bombs and huge dimensions are refused; the image is re-encoded to
WebP, which drops EXIF (GPS positions of members' homes), ICC tricks and any appended payload.
Documents (PDF, JPEG, PNG): checked by their first bytes and size; stored under a random name.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

ALLOWED_IMAGE_FORMATS = {"JPEG", "PNG", "WEBP"}
MAX_IMAGE_SIDE = 2000  # stored images are at most this wide or high


@dataclass(frozen=True)
class CleanImage:
    content: ContentFile[bytes]
    width: int
    height: int


def _too_big(upload: UploadedFile, limit: int) -> bool:
    return (upload.size or 0) > limit


def image_clean(upload: UploadedFile, *, max_side: int = MAX_IMAGE_SIDE) -> CleanImage:
    """Validate an uploaded image and return a re-encoded, metadata-free WebP copy."""
    if _too_big(upload, settings.MAX_IMAGE_UPLOAD_BYTES):
        raise ValidationError(
            _("This image is too large. Send an image of at most %(size)s MB."),
            code="image_too_large",
            params={"size": settings.MAX_IMAGE_UPLOAD_BYTES // (1024 * 1024)},
        )
    upload.seek(0)
    data = upload.read()
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as probe:
                image_format = probe.format
                width, height = probe.size
                if width * height > settings.MAX_IMAGE_PIXELS:
                    raise ValidationError(
                        _("This image has too many pixels. Send a smaller photo."),
                        code="image_too_many_pixels",
                    )
                probe.verify()
            if image_format not in ALLOWED_IMAGE_FORMATS:
                raise ValidationError(
                    _("Send a photo in JPEG, PNG or WebP format."), code="image_format"
                )
            with Image.open(io.BytesIO(data)) as opened:
                opened.load()
                image: Image.Image = ImageOps.exif_transpose(opened)
                if image.mode not in ("RGB", "RGBA"):
                    image = image.convert("RGBA" if "transparency" in image.info else "RGB")
                image.thumbnail((max_side, max_side))
                output = io.BytesIO()
                image.save(output, format="WEBP", quality=80, method=4)
                clean_width, clean_height = image.size
        except (
            UnidentifiedImageError,
            Image.DecompressionBombError,
            Image.DecompressionBombWarning,
        ) as exc:
            raise ValidationError(
                _("This file is not a photo we can read. Send a JPEG, PNG or WebP image."),
                code="image_invalid",
            ) from exc
        except (OSError, SyntaxError, ValueError) as exc:
            raise ValidationError(
                _("This file is not a photo we can read. Send a JPEG, PNG or WebP image."),
                code="image_invalid",
            ) from exc
    return CleanImage(
        content=ContentFile(output.getvalue()), width=clean_width, height=clean_height
    )


DOCUMENT_SIGNATURES = {
    b"%PDF-": ("application/pdf", "pdf"),
    b"\xff\xd8\xff": ("image/jpeg", "jpg"),
    b"\x89PNG\r\n\x1a\n": ("image/png", "png"),
}


@dataclass(frozen=True)
class CleanDocument:
    content: ContentFile[bytes]
    content_type: str
    extension: str
    size: int
    original_name: str


def document_clean(upload: UploadedFile) -> CleanDocument:
    """Accept a PDF, JPEG or PNG document, identified by its content."""
    if _too_big(upload, settings.MAX_DOCUMENT_UPLOAD_BYTES):
        raise ValidationError(
            _("This file is too large. Send a file of at most %(size)s MB."),
            code="document_too_large",
            params={"size": settings.MAX_DOCUMENT_UPLOAD_BYTES // (1024 * 1024)},
        )
    upload.seek(0)
    data = upload.read()
    match = next((kind for sig, kind in DOCUMENT_SIGNATURES.items() if data.startswith(sig)), None)
    if match is None:
        raise ValidationError(
            _("Send the document as a PDF file or a photo (JPEG or PNG)."), code="document_type"
        )
    content_type, extension = match
    if content_type != "application/pdf":
        image_clean(upload)  # a photo of a document must be a real image too
    # Keep only the last part of the name, for display: never a path.
    raw_name = (upload.name or "").replace("\\", "/").rsplit("/", 1)[-1]
    original_name = "".join(ch for ch in raw_name if ch.isprintable())[:150]
    return CleanDocument(
        content=ContentFile(data),
        content_type=content_type,
        extension=extension,
        size=len(data),
        original_name=original_name,
    )


def image_renditions(clean: CleanImage, widths: tuple[int, ...]) -> list[tuple[int, bytes]]:
    """Smaller WebP copies of an already cleaned image, for `srcset` (never upscaled)."""
    results = []
    clean.content.seek(0)
    with Image.open(io.BytesIO(clean.content.read())) as source:
        source.load()
        for width in widths:
            if width >= clean.width:
                continue
            height = max(1, round(clean.height * width / clean.width))
            resized = source.resize((width, height), Image.Resampling.LANCZOS)
            output = io.BytesIO()
            resized.save(output, format="WEBP", quality=75, method=4)
            results.append((width, output.getvalue()))
    clean.content.seek(0)
    return results
