"""Bytes to text: refuse binary files, find the encoding.

Order: a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) decides; then UTF-16 without a mark when every
other byte is zero; then strict UTF-8; then, for mostly-ASCII Western text, Windows-1252 (a superset of the
printable Latin-1); then charset-normalizer's best guess. Errors are `ValueError` with a short reason; the
reader turns them into one `InputError` sentence naming the file.
"""

from __future__ import annotations

import codecs
import unicodedata

MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x7fELF", "a program (ELF)"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", None),  # checked with the next byte below
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"MZ\x90\x00", "a Windows program"),
    (b"\xca\xfe\xba\xbe", "a Java class or Mach-O program"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O program"),
    (b"OggS", "an Ogg audio file"),
    (b"ID3", "an MP3 audio file"),
    (b"RIFF", "a RIFF (WAV/AVI/WebP) file"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"wOFF", "a web font"),
    (b"\x28\xb5\x2f\xfd", "a Zstandard archive"),
    (b"\xfd7zXZ\x00", "an XZ archive"),
]

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

_HIGH_BYTES = bytes(range(0x80, 0x100))
_WESTERN = {"cp1252", "windows-1252", "latin_1", "iso8859_1", "iso-8859-1", "iso8859_15", "cp850", "mac_roman",
            "ascii", "utf_8", "cp437"}


def binary_kind(head: bytes) -> str | None:
    """What a file that starts with `head` is, if it is a known binary format."""
    for magic, what in MAGIC:
        if head.startswith(magic):
            if magic == b"BZh":
                if len(head) > 3 and head[3:4].isdigit() and head[4:10] == b"1AY&SY":
                    return "a bzip2 archive"
                continue
            if magic == b"\x00\x00\x01\x00" and head.startswith(codecs.BOM_UTF32_BE):
                continue
            return what
    return None


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was decoded with. Raises ValueError with the reason."""
    what = binary_kind(data[:16])
    if what:
        raise ValueError(f"it is {what}, not text")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(enc.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                name = enc.replace("-sig", "").upper().replace("-LE", " LE").replace("-BE", " BE")
                raise ValueError(f"it starts with a {name} byte-order mark but is not valid {name} ({exc.reason})") from None
            return _checked(text), enc.replace("-sig", "") + ("-sig" if enc == "utf-8-sig" else "")
    enc16 = _utf16_without_bom(data)
    if enc16:
        try:
            return _checked(data.decode(enc16)), enc16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise ValueError("it contains NUL bytes: it looks like a binary file, not text")
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    cp1252 = _try(data, "cp1252")
    if cp1252 is not None and high <= 0.1 * len(data):
        return _checked(cp1252), "cp1252"
    guess = _charset_normalizer_guess(data)
    if guess is not None:
        enc, text = guess
        if cp1252 is not None and (enc.lower().replace("-", "_") in _WESTERN or _mostly_latin(text)):
            return _checked(cp1252), "cp1252"  # a Latin-script guess: Windows-1252 is the likelier Western one
        return _checked(text), enc
    if cp1252 is not None:
        return _checked(cp1252), "cp1252"
    raise ValueError("its encoding could not be recognised (it is not UTF-8, UTF-16 or Windows-1252 text)")


def _mostly_latin(text: str) -> bool:
    """True when the non-ASCII letters of `text` are mostly Latin (accented) letters, not another script."""
    letters = [c for c in text[:20000] if ord(c) > 127 and c.isalpha()]
    if not letters:
        return True
    latin = sum(1 for c in letters if unicodedata.name(c, "").startswith("LATIN"))
    return latin >= 0.8 * len(letters)


def _try(data: bytes, enc: str) -> str | None:
    try:
        return data.decode(enc)
    except UnicodeDecodeError:
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 8:
        return None
    even_zero = sum(1 for b in sample[0::2] if b == 0) / (len(sample) / 2)
    odd_zero = sum(1 for b in sample[1::2] if b == 0) / (len(sample) / 2)
    if odd_zero > 0.6 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.6 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    return best.encoding, str(best)


def _checked(text: str) -> str:
    """Refuse decoded text that is mostly control characters (a binary file that happened to decode)."""
    sample = text[:20000]
    if not sample:
        return text
    controls = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f\v") or 0x7F <= ord(c) < 0xA0)
    if controls > max(2, 0.02 * len(sample)):
        raise ValueError("it is mostly control characters: it looks like a binary file, not text")
    if "\x00" in sample:
        raise ValueError("it contains NUL characters: it looks like a binary file, not text")
    return text
