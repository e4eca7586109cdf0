"""Text helpers shared by layouts: de-hyphenation, whitespace, quotes, slugs.

>>> dehyphenate("mer angelä-\\nget än")
'mer angeläget än'
>>> dehyphenate("IMR-\\nprogrammet och barn- och unga")
'IMR-programmet och barn- och unga'
>>> clean("  SkolFam \\uf0b7  är  kostnadsfri ")
'SkolFam är kostnadsfri'
>>> slugify("Första linjeboken – stödmaterial")
'forsta-linjeboken-stodmaterial'
>>> fold("Första Linjen")
'forsta linjen'
>>> quote("a " * 200).endswith("…")
True
"""

from __future__ import annotations

import re
import unicodedata

from loader.grammar import MONTHS

__all__ = ["MAX_QUOTE", "MONTHS", "clean", "dehyphenate", "fold", "quote", "slugify"]

MAX_QUOTE = 300

# Private-use bullet glyphs (U+F0B7 etc.): they part words, so they become a space.
_PUA = re.compile("[\ue000-\uf8ff]")
# Characters that print nothing (soft hyphen, zero-width space/joiners, word joiner, BOM): a word
# written with one inside is one word, so they are dropped, not turned into a space.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# "angelä-\nget" → "angeläget"; keeps real compounds like "barn- och" (followed by space+och).
_HYPHEN_BREAK = re.compile(r"([a-zåäöé])-[ \t]*\n[ \t]*\n?[ \t]*(?!och\b|eller\b|samt\b|till\b)([a-zåäöé])")
# "IMR-\nprogrammet" keeps its hyphen: after a capital or digit it is part of the compound.
_HYPHEN_KEEP = re.compile(r"([A-ZÅÄÖ0-9])-[ \t]*\n[ \t]*\n?[ \t]*([a-zåäöé])")
_WS = re.compile(r"\s+")


def dehyphenate(text: str) -> str:
    """Join words split across line ends; other newlines become spaces."""
    return _WS.sub(" ", _HYPHEN_BREAK.sub(r"\1\2", _HYPHEN_KEEP.sub(r"\1-\2", text))).strip()


def clean(text: str) -> str:
    """Drop private-use glyphs and collapse whitespace."""
    return _WS.sub(" ", _PUA.sub(" ", _INVISIBLE.sub("", text))).strip()


def fold(text: str) -> str:
    """Lowercase, strip diacritics, collapse whitespace: the key for matching."""
    decomposed = unicodedata.normalize("NFKD", _INVISIBLE.sub("", text).lower())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _WS.sub(" ", stripped).strip()


def slugify(text: str, max_len: int = 60) -> str:
    """ASCII, lowercase, hyphenated slug for IRIs."""
    folded = fold(text).replace("&", " och ")
    slug = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    if len(slug) > max_len:
        slug = slug[:max_len].rsplit("-", 1)[0]
    return slug or "x"


def quote(text: str, limit: int = MAX_QUOTE) -> str:
    """A clean quote of at most ``limit`` characters, cut at a word with an ellipsis."""
    text = clean(dehyphenate(text))
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"
