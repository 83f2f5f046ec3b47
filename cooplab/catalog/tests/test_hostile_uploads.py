"""A hostile-upload corpus against product photos: each is refused with a clear, translated
message, and nothing is stored (no row, no file)."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import override
from PIL import Image

from cooplab.catalog import services
from cooplab.catalog.models import Category, ProductImage
from cooplab.cooperatives.tests.factories import CooperativeFactory, manager_of

pytestmark = pytest.mark.django_db


def _png(width: int = 8, height: int = 8) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "red").save(buffer, format="PNG")
    return buffer.getvalue()


def _png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims huge dimensions (CRC fixed so parsers believe it)."""
    data = bytearray(_png())
    ihdr = data[12:29]  # b"IHDR" + 13 bytes of header data
    ihdr[4:12] = struct.pack(">II", width, height)
    data[12:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(ihdr)) & 0xFFFFFFFF)
    return bytes(data)


CORPUS = {
    "svg_with_script": (
        "logo.svg",
        b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg">'
        b"<script>alert(document.cookie)</script></svg>",
    ),
    "html_renamed_jpg": ("photo.jpg", b"<!doctype html><html><script>alert(1)</script></html>"),
    "decompression_bomb": ("bomb.png", _png_claiming(100_000, 100_000)),
    "huge_dimensions": ("huge.png", _png_claiming(12_000, 9_000)),
    "path_in_file_name": ("../../../etc/passwd", b"root:x:0:0:root:/root:/bin/bash\n"),
    "truncated_jpeg": ("cut.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"),
    "empty_file": ("empty.png", b""),
}


@pytest.fixture
def product():
    cooperative = CooperativeFactory()
    manager = manager_of(cooperative)
    return manager, services.product_create(
        cooperative=cooperative,
        actor=manager,
        data={"name_fr": "Miel", "category": Category.objects.get(slug="miel")},
    )


@pytest.mark.parametrize("case", sorted(CORPUS))
def test_hostile_upload_is_refused_and_nothing_is_stored(product, case):
    manager, item = product
    name, content = CORPUS[case]
    files_before = (
        set(default_storage.listdir("products")[1]) if default_storage.exists("products") else set()
    )
    with override("fr"), pytest.raises(ValidationError) as excinfo:
        services.product_image_add(
            product=item, actor=manager, upload=SimpleUploadedFile(name, content)
        )
    message = " ".join(excinfo.value.messages)
    assert message and ("photo" in message or "image" in message)  # clear French message
    assert not ProductImage.objects.exists()
    files_after = (
        set(default_storage.listdir("products")[1]) if default_storage.exists("products") else set()
    )
    assert files_after == files_before


def test_a_real_photo_is_accepted_with_renditions_and_no_metadata(product):
    manager, item = product
    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    Image.new("RGB", (1400, 1000), "orange").save(buffer, format="JPEG", exif=exif)
    image = services.product_image_add(
        product=item, actor=manager, upload=SimpleUploadedFile("IMG_0001.jpg", buffer.getvalue())
    )
    assert (image.width, image.height) == (1400, 1000)
    assert sorted(image.renditions, key=int) == ["320", "640", "1024"]
    with image.image.open("rb") as handle, Image.open(handle) as stored:
        assert stored.format == "WEBP" and not stored.getexif()
    assert "IMG_0001" not in (image.image.name or "")
