"""One bullet recogniser for every layout: the glyphs a report's list items may open with.

PDF and slide exports write list items with many glyphs: "•", "◦", "▪", "‣", "∙", "●", "○",
"■", "□", "➢", "✓", arrows ("→", "⇒", "➔"), hyphens and dashes ("-", "–", "—"), "*", and private-use glyphs
(U+E000–U+F8FF, e.g. U+F0B7 from Symbol fonts). A layout asks this module whether a line
is a list item, which glyph it uses, and what its text is; it never names a glyph itself.

Dashes and "*" are bullets only when followed by a space (so "-19" or "*Yttre" are not);
the other glyphs may be glued to their text ("•Text").

>>> bullet("  \\uf0b7 SkolFam – en arbetsmodell")
Bullet(glyph='\\uf0b7', text='SkolFam – en arbetsmodell', dash=False)
>>> bullet("– Första linjen").dash
True
>>> bullet("-19 är inget") is None, bullet("Vanlig text") is None
(True, True)
>>> bullet("› Region Gotland").sub, bullet("◆ Punkt").text, bullet("»Citat«") is None
(True, 'Punkt', True)
>>> primary_glyph(["• A", "• B", "- a", "◦ c"])
'•'

Word's second list level writes a lower-case "o" and a space; it is a bullet only where the
caller asks for it (``word_sub=True``), since "o" also opens ordinary lines in other languages.

>>> bullet("o Andra nivån", word_sub=True).sub, bullet("o Andra nivån") is None
(True, True)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "ANGLES",
    "DASHES",
    "GLYPHS",
    "SUB_GLYPHS",
    "WORD_SUB",
    "Bullet",
    "bullet",
    "is_bullet",
    "margin_dash",
    "only_glyph",
    "primary_glyph",
    "strip_bullet",
]

#: Glyphs that open a list item wherever they stand at the start of a line.
GLYPHS = "•◦▪▫‣∙·●○■□◆◇♦➢➤►▶▸▹▷✓✔❖⁃→⇒➔➜➙➛➝➞⟶"
#: Glyphs that open a list item only when a space follows; dashes mark sub-items in most layouts.
DASHES = "-–—"
#: Angle glyphs that open a (second-level) list item only when a space follows ("› Underpunkt"),
#: since a glued "›" or "»" may be a quotation mark.
ANGLES = "›»"
#: Glyphs that mark the second level of a nested list (hollow shapes, dashes, angles, Word's "o").
SUB_GLYPHS = "◦▫○□" + DASHES + ANGLES + "o"
#: Word's second-level marker, a bullet only when followed by a space and asked for.
WORD_SUB = "o"
#: Symbol-font bullets exported as the Latin-1 letter of their code point, bullets only when a
#: space follows: Wingdings' arrow (0xD8) as "Ø", its check mark (0xFC) as "ü". Neither letter
#: stands alone as a Swedish word.
LATIN1_SYMBOLS = "Øü"
_SPACED = DASHES + ANGLES + "*" + LATIN1_SYMBOLS
_PUA = "\ue000-\uf8ff"
_BULLET = re.compile(rf"^\s*(?P<glyph>[{re.escape(GLYPHS)}{_PUA}]|[{re.escape(_SPACED)}](?=\s))\s*(?P<text>.*?)\s*$")
_WORD_SUB = re.compile(rf"^\s*(?P<glyph>{WORD_SUB})\s+(?P<text>\S.*?)\s*$")


@dataclass(frozen=True)
class Bullet:
    """A list item: the glyph it opens with, its text, and whether the glyph is a dash."""

    glyph: str
    text: str
    dash: bool

    @property
    def sub(self) -> bool:
        """Whether the glyph marks a second-level item (a hollow shape, a dash, Word's "o")."""
        return self.glyph in SUB_GLYPHS


def bullet(line: str, *, word_sub: bool = False) -> Bullet | None:
    """The list item ``line`` opens, or ``None`` if it is not one (``word_sub``: also "o ")."""
    m = _BULLET.match(line) or (_WORD_SUB.match(line) if word_sub else None)
    if not m:
        return None
    glyph = m.group("glyph")
    return Bullet(glyph, m.group("text"), glyph in DASHES)


def is_bullet(line: str) -> bool:
    """Whether ``line`` opens a list item.

    >>> is_bullet("▪ Punkt"), is_bullet("* Punkt"), is_bullet("*Not")
    (True, True, False)
    >>> is_bullet("Ø Införa vägledningen"), is_bullet("Øresund"), strip_bullet("ü Klart")
    (True, False, 'Klart')
    """
    return _BULLET.match(line) is not None


def strip_bullet(line: str) -> str:
    """The text of ``line`` without its bullet glyph (the stripped line if it has none).

    >>> strip_bullet("◦ Barnhälsoteam"), strip_bullet(" Text ")
    ('Barnhälsoteam', 'Text')
    """
    b = bullet(line)
    return b.text if b is not None else line.strip()


def primary_glyph(lines: Iterable[str]) -> str | None:
    """The most common non-dash bullet glyph of ``lines``: the glyph of top-level items.

    Layouts that nest lists use one glyph for items and dashes (or a second, rarer glyph)
    for sub-items; the commonest glyph is the item level.

    >>> primary_glyph(["- a", "- b"]) is None
    True
    """
    counts = Counter(b.glyph for line in lines if (b := bullet(line)) is not None and not b.dash)
    return counts.most_common(1)[0][0] if counts else None


def only_glyph(lines: Iterable[str]) -> str | None:
    """The second-level glyph a text writes all its list items with, when it has no other: then
    that glyph marks the first level ("» Punkt" in a deck of "»" items only), as "•" does elsewhere.

    A glyph counts when it opens three items or more and no solid glyph opens any; dashes are left
    out (a dash item may be a sub-item below a line of no glyph, "Lokalpolisområde X" / "– Polisregion Y").

    >>> only_glyph(["» A", "» B", "» C", "- d"]), only_glyph(["• A", "» B", "» C", "» D"]), only_glyph(["» A"])
    ('»', None, None)
    """
    counts = Counter(b.glyph for line in lines if (b := bullet(line)) is not None and not b.dash)
    if not counts or any(g not in SUB_GLYPHS for g in counts):
        return None
    glyph, n = counts.most_common(1)[0]
    return glyph if n >= 3 else None


def margin_dash(lines: Iterable[str]) -> str | None:
    """The dash a text writes its first-level list items with, when it has no solid glyph there.

    Convention of a deck whose text boxes use a dash as their bullet ("– Filipstads kommun", "–
    Myrstacken – program om …"): the dash stands at the margin, and a second level, where there is
    one, is indented below an item, under any glyph ("   ▪ Del ett"). The dash is the first level
    when it opens at least five items at the margin, nine in ten of the margin's items, and no
    solid glyph opens an item at the margin (a deck of "•" items keeps its dashes as sub-items).

    >>> margin_dash(["– A", "– B", "   ▪ b1", "– C", "– D", "– E"])
    '–'
    >>> margin_dash(["• A", "– a", "– b", "– c", "– d", "– e"]) is None
    True
    >>> margin_dash(["– A", "– B", "\t\t– C"]) is None
    True
    """
    margin: Counter[str] = Counter()
    for line in lines:
        b = bullet(line)
        if b is not None and not line[:1].isspace():
            margin[b.glyph] += 1
    if not margin:
        return None
    glyph, n = margin.most_common(1)[0]
    if glyph not in DASHES or n < 5 or n * 10 < sum(margin.values()) * 9:
        return None
    return glyph if all(g in SUB_GLYPHS for g in margin) else None
