"""Audio helpers: the duration of WAV and Ogg (Opus, Vorbis) files read from their headers,
and a placeholder tone for demos and tests (there is no text-to-speech here)."""

from __future__ import annotations

import io
import math
import struct
import wave


def placeholder_tone_wav(*, seconds: float = 2.0, frequency: int = 440, rate: int = 8000) -> bytes:
    """A short, quiet sine tone as a valid 8 kHz mono 16-bit WAV file (about 16 KB/s)."""
    frames = int(seconds * rate)
    samples = b"".join(
        struct.pack("<h", int(6000 * math.sin(2 * math.pi * frequency * n / rate)))
        for n in range(frames)
    )
    output = io.BytesIO()
    with wave.open(output, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(samples)
    return output.getvalue()


def _ogg_duration(data: bytes) -> int:
    rate = 48000  # Opus always counts granules at 48 kHz
    if b"vorbis" in data[:128]:
        start = data.find(b"\x01vorbis")
        if start >= 0 and len(data) >= start + 16:
            rate = struct.unpack_from("<I", data, start + 12)[0] or rate
    last = data.rfind(b"OggS")
    if last < 0 or len(data) < last + 14:
        return 0
    granule = struct.unpack_from("<q", data, last + 6)[0]
    return max(0, round(granule / rate))


def audio_duration_seconds(data: bytes) -> int:
    """Whole seconds, or 0 when the format is not understood (shown as unknown)."""
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        try:
            with wave.open(io.BytesIO(data)) as wav:
                return round(wav.getnframes() / float(wav.getframerate()))
        except (wave.Error, EOFError, ZeroDivisionError):
            return 0
    if data[:4] == b"OggS":
        return _ogg_duration(data)
    return 0


AUDIO_SIGNATURES = (b"RIFF", b"OggS", b"ID3", b"\xff\xfb", b"\xff\xf3", b"\xff\xf2")


def looks_like_audio(data: bytes) -> bool:
    return data.startswith(AUDIO_SIGNATURES) or data[4:8] == b"ftyp"
