"""Course content shipped as Python data (loaded by `manage.py load_starter_course`).

Each module exposes `COURSE: dict` in the format documented in `cooplab.learning.loader`;
media files referenced by the content live in `media/` beside these modules."""
