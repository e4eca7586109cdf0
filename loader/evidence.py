"""Anchoring: every quote becomes an exact span of its report, with line and page.

Layouts and enrichment record a :class:`~loader.model.Source` with a quote that may be
cleaned ("angeläget" for "angelä-\\nget"), cut with "…", or joined from pieces ("Name.
Description", a sentence spliced across a page break). This stage finds the report's own
characters for it: ``Source.start``/``end`` with ``Document.text[start:end] == quote``
(offsets as in :mod:`loader.document`), and sets ``line`` and ``page`` from the offset.

Rules
-----
* The stored quote is verbatim report text, at most :data:`MAX_QUOTE` characters.
* Matching is done on a normalised form *only*: lower case, letters and digits only (so
  whitespace, newlines, hyphenated line ends, punctuation variants and "…" do not count),
  glued footnote digits ("Genombrott2") dropped; a second index also skips page furniture
  (running heads, page numbers, page-foot footnotes and link blocks) so that a sentence
  spliced across a page break is found too.
* Search near the recorded line first (the nearest occurrence wins), then the document.
* A quote that is not one stretch of text (a join) is split at sentence ends, dashes and
  line breaks; contiguous pieces are kept together and the piece containing the trigger
  (else the longest) is the quote. A found stretch crossing page furniture is split the same way.
* Longer than the limit: the sentence holding the trigger (or the window centred on it),
  else the first sentences of the match that fit.
* A quote that cannot be found at all is listed in :attr:`Anchorer.problems` and replaced
  by the sentence on its recorded line, so the graph never carries non-verbatim text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from loader.enrich import Enriched, Evidence
from loader.model import Document, Mention, Source
from loader.text import MAX_QUOTE

__all__ = ["MAX_QUOTE", "Anchorer", "normalise"]

_GLUED_REF = re.compile(r"(?<=[A-Za-zåäöÅÄÖé.,;:)”\"])\d{1,3}(?=[\s.,;:]|$)")
_PIECE_SPLIT = re.compile(r"(?<=[.!?:;…])\s+|\s+[–—|•◦▪\ue000-\uf8ff]\s+|\s*\n\s*")
# The target of a Markdown link ("[här](#)", "[SKR](https://…)"): markup, not text a quote repeats.
_LINK_TARGET = re.compile(r"(?<=\])\([^()\s]*\)")
_FURNITURE = ("artefact", "link-block", "footnote")
# Shortest normalised piece worth anchoring on its own (shorter ones match anywhere).
_MIN_PIECE = 8


def normalise(text: str) -> tuple[str, list[int]]:
    """The matching form of ``text`` and, per character, its offset in ``text``.

    >>> normalise("Angelä-\\nget, (bra)")[0]
    'angelägetbra'
    >>> normalise("Genombrott2 är")[0]
    'genombrottär'
    >>> normalise("återfinns [här](https://a.se/x).")[0]
    'återfinnshär'
    """
    skip = {i for rx in (_GLUED_REF, _LINK_TARGET) for m in rx.finditer(text) for i in range(m.start(), m.end())}
    chars: list[str] = []
    pos: list[int] = []
    for i, c in enumerate(text):
        # Superscript digits ("⁸") are footnote references, private-use glyphs are bullets.
        if c.isalnum() and i not in skip and not "\ue000" <= c <= "\uf8ff" and unicodedata.category(c) != "No":
            low = c.lower()
            chars.append(low[0])
            pos.append(i)
    return "".join(chars), pos


@dataclass(frozen=True)
class _Index:
    norm: str
    pos: list[int]  # offset in Document.text of each normalised character


@dataclass
class _Doc:
    doc: Document
    full: _Index
    clean: _Index
    furniture: list[tuple[int, int]]  # spans of page furniture, sorted
    sentence_starts: list[int]


def _prepare(doc: Document) -> _Doc:
    text = doc.text
    norm, pos = normalise(text)
    furniture = sorted((b.start, b.end) for b in doc.blocks if b.kind in _FURNITURE)
    keep_n: list[str] = []
    keep_p: list[int] = []
    k = 0
    for c, p in zip(norm, pos, strict=True):
        while k < len(furniture) and furniture[k][1] <= p:
            k += 1
        if k < len(furniture) and furniture[k][0] <= p < furniture[k][1]:
            continue
        keep_n.append(c)
        keep_p.append(p)
    return _Doc(
        doc,
        _Index(norm, pos),
        _Index("".join(keep_n), keep_p),
        furniture,
        [s.start for s in doc.sentences],
    )


def _printed(value: str, quote: str) -> bool:
    """Whether ``value`` is a word of ``quote`` (a year, a figure), not a concept code.

    >>> _printed("2018", "Under våren 2018 tog UPH fram"), _printed("primarvard", "primärvård")
    (True, False)
    """
    return len(value) >= 4 and re.search(rf"(?<!\w){re.escape(value)}(?!\w)", quote) is not None


def _evidence_trigger(ev: Evidence) -> str:
    """The words that justify an evidence record: its own ``trigger`` if enrichment records
    one, else its value when the quote prints it (a year), else nothing."""
    own = getattr(ev, "trigger", "")
    if isinstance(own, str) and own:
        return own
    return ev.value if _printed(ev.value, ev.quote) else ""


def _printed_name(name: str, quote: str) -> bool:
    """Whether the mention's name is printed in its quote (compared in the matching form)."""
    key = normalise(name)[0]
    return len(key) >= 4 and key in normalise(quote)[0]


class Anchorer:
    """Anchors sources against the documents read in this build; remembers what it did."""

    def __init__(self, docs: Mapping[str, Document]) -> None:
        self._docs = {k: _prepare(d) for k, d in docs.items()}
        self._memo: dict[tuple[str, int, str, str], Source] = {}
        self.problems: list[str] = []
        self.anchored = 0
        self.changed = 0  # quotes that were not already verbatim

    def document(self, report: str) -> Document | None:
        d = self._docs.get(report)
        return d.doc if d else None

    # -------------------------------------------------------------------------- sources
    def stored(self, src: Source) -> tuple[Source, str | None]:
        """An anchored source in the characters of the report as stored, and that text (for the
        selectors' prefix and suffix); ``None`` for a report not read in this build.

        The two differ only where the reader took invisible noise out of the text the layouts
        read (:func:`loader.read.reading_text`): the span is mapped back, so the quote is the
        stored characters (a soft hyphen, a decomposed letter included) and still at most
        :data:`MAX_QUOTE` long (words are dropped from its end if the stored form is longer).
        """
        d = self._docs.get(src.report)
        if d is None:
            return src, None
        doc, verbatim = d.doc, d.doc.verbatim
        if verbatim is None or src.start is None or src.end is None:
            return src, doc.text
        a, b = src.start, src.end
        start, end = verbatim.span(a, b)
        while end - start > MAX_QUOTE and b > a + 1:
            cut = doc.text.rfind(" ", a, b - 1)
            b = a + len(doc.text[a : cut if cut > a else b - 1].rstrip())
            start, end = verbatim.span(a, b)
        return replace(src, quote=verbatim.stored[start:end], start=start, end=end), verbatim.stored

    def anchor(self, src: Source) -> Source:
        """The source with an exact span; already exact ones only get line and page checked."""
        d = self._docs.get(src.report)
        if d is None:
            return src
        text = d.doc.text
        if src.start is not None and src.end is not None and text[src.start : src.end] == src.quote and src.quote:
            return self._at(d, src, src.start, src.end)
        key = (src.report, src.line, src.quote, src.trigger)
        hit = self._memo.get(key)
        if hit is None:
            hit = self._find(d, src)
            self._memo[key] = hit
            self.anchored += 1
            if hit.quote != src.quote:
                self.changed += 1
        return replace(hit, section=src.section) if hit.section != src.section else hit

    def _at(self, d: _Doc, src: Source, start: int, end: int) -> Source:
        line = d.doc.line_at(start)
        return replace(src, quote=d.doc.text[start:end], start=start, end=end, line=line.number, page=line.page)

    def _find(self, d: _Doc, src: Source) -> Source:
        doc = d.doc
        hint = doc.offset(min(max(src.line, 1), len(doc.lines))) if doc.lines else 0
        region = self._region(d, src.quote, src.trigger, hint)
        if region is None:
            self.problems.append(f"{src.report}:{src.line}: quote not found in the report: {src.quote[:80]!r}")
            region = self._line_sentence(d, hint)
            if region is None:
                return src
        start, end = self._fit(d, region, src.trigger)
        return self._at(d, src, start, end)

    # -------------------------------------------------------------------------- matching
    @staticmethod
    def _occurrences(index: _Index, needle: str) -> list[int]:
        out: list[int] = []
        i = index.norm.find(needle)
        while i >= 0:
            out.append(i)
            i = index.norm.find(needle, i + 1)
        return out

    @staticmethod
    def _nearest(index: _Index, found: list[int], hint: int) -> int:
        return min(found, key=lambda i: abs(index.pos[i] - hint))

    def _span(self, index: _Index, i: int, n: int) -> tuple[int, int]:
        return index.pos[i], index.pos[i + n - 1] + 1

    def _region(self, d: _Doc, quote: str, trigger: str, hint: int) -> tuple[int, int] | None:
        qn, _ = normalise(quote)
        if not qn:
            return None
        tn = normalise(trigger)[0] if trigger else ""
        for index in (d.full, d.clean):
            found = self._occurrences(index, qn)
            if found:
                return self._split_furniture(d, self._span(index, self._nearest(index, found, hint), len(qn)), tn)
        pieces = self._pieces(d, quote, hint)
        if pieces:
            with_trigger = [p for p in pieces if tn and tn in normalise(d.doc.text[p[0] : p[1]])[0]]
            best = max(with_trigger or pieces, key=lambda p: p[1] - p[0])
            return self._split_furniture(d, best, tn)
        return self._fuzzy(d, qn, hint)

    def _pieces(self, d: _Doc, quote: str, hint: int) -> list[tuple[int, int]]:
        """Spans of the quote's pieces, contiguous pieces merged."""
        out: list[tuple[int, int]] = []
        last_end: int | None = None
        for part in _PIECE_SPLIT.split(quote):
            pn, _ = normalise(part)
            if len(pn) < _MIN_PIECE:
                continue
            index = d.clean
            found = self._occurrences(index, pn)
            if not found:
                index = d.full
                found = self._occurrences(index, pn)
            if not found:
                continue
            near = hint if last_end is None else last_end
            span = self._span(index, self._nearest(index, found, near), len(pn))
            gap = d.doc.text[last_end : span[0]] if last_end is not None and span[0] >= last_end else None
            if out and gap is not None and not normalise(gap)[0] and len(gap) < 40:
                out[-1] = (out[-1][0], span[1])
            else:
                out.append(span)
            last_end = span[1]
        return out

    def _fuzzy(self, d: _Doc, qn: str, hint: int) -> tuple[int, int] | None:
        """The longest stretch shared with the quote, near the hint first, then anywhere."""
        index = d.clean
        centre = bisect_left(index.pos, hint)
        for lo, hi in ((max(0, centre - 4000), centre + 4000), (0, len(index.norm))):
            window = index.norm[lo:hi]
            m = SequenceMatcher(None, qn, window, autojunk=False).find_longest_match(0, len(qn), 0, len(window))
            if m.size >= max(_MIN_PIECE * 2, len(qn) // 3):
                return self._span(index, lo + m.b, m.size)
        return None

    def _split_furniture(self, d: _Doc, span: tuple[int, int], tn: str) -> tuple[int, int]:
        """A span crossing page furniture split into its text pieces: the trigger's, else the longest."""
        start, end = span
        cuts = [(a, b) for a, b in d.furniture if a < end and b > start]
        if not cuts:
            return span
        pieces: list[tuple[int, int]] = []
        pos = start
        for a, b in cuts:
            if a > pos:
                pieces.append((pos, a))
            pos = max(pos, b)
        if pos < end:
            pieces.append((pos, end))
        text = d.doc.text
        pieces = [self._trim(text, a, b) for a, b in pieces if normalise(text[a:b])[0]]
        if not pieces:
            return span
        with_trigger = [p for p in pieces if tn and tn in normalise(text[p[0] : p[1]])[0]]
        return max(with_trigger or pieces, key=lambda p: p[1] - p[0])

    @staticmethod
    def _trim(text: str, a: int, b: int) -> tuple[int, int]:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        return a, b

    def _line_sentence(self, d: _Doc, hint: int) -> tuple[int, int] | None:
        sents = d.doc.sentences
        if not sents:
            return None
        k = max(0, bisect_right(d.sentence_starts, hint) - 1)
        if k + 1 < len(sents) and sents[k].end < hint:
            k += 1
        return sents[k].start, sents[k].end

    # -------------------------------------------------------------------------- length
    def _fit(self, d: _Doc, region: tuple[int, int], trigger: str) -> tuple[int, int]:
        """The region cut to at most MAX_QUOTE characters, around the trigger if known.

        A trigger just outside the region (a quote cut before the words that justify the
        fact) moves the quote to the trigger's sentence: the quote must hold its evidence.
        """
        text = d.doc.text
        start, end = self._trim(text, *region)
        end = self._close(text, start, end)
        t = self._trigger_at(text, start, end, trigger)
        if t is None and trigger:
            t = self._trigger_at(text, max(0, start - MAX_QUOTE), min(len(text), end + MAX_QUOTE), trigger)
            if t is not None and not (start <= t[0] and t[1] <= end):
                start, end = self._sentence_around(d, t)
        if end - start <= MAX_QUOTE:
            return start, end
        sents = [s for s in d.doc.sentences if s.end > start and s.start < end]
        if t is not None:
            own = [s for s in sents if s.start <= t[0] and t[1] <= s.end and s.end - s.start <= MAX_QUOTE]
            if own:
                return own[0].start, own[0].end
            mid = (t[0] + t[1]) // 2
            lo = max(start, mid - MAX_QUOTE // 2)
            hi = min(end, lo + MAX_QUOTE)
            lo = max(start, hi - MAX_QUOTE)
            return self._words(text, lo, hi)
        fit = [s for s in sents if s.start >= start and s.end <= start + MAX_QUOTE]
        if fit:
            return start, max(s.end for s in fit)
        return self._words(text, start, start + MAX_QUOTE)

    @staticmethod
    def _sentence_around(d: _Doc, span: tuple[int, int]) -> tuple[int, int]:
        """The sentence holding ``span``, or the span itself if it crosses sentences."""
        k = bisect_right(d.sentence_starts, span[0]) - 1
        sents = d.doc.sentences
        if 0 <= k < len(sents) and sents[k].end >= span[1]:
            return sents[k].start, sents[k].end
        return span

    @staticmethod
    def _close(text: str, start: int, end: int) -> int:
        """Take in the sentence's own closing punctuation (matching drops punctuation).

        >>> Anchorer._close("(Det är så.) Nästa", 0, 10)
        12
        """
        span = text[start:end]
        while end < len(text):
            c = text[end]
            if c in ".!?…" or (c == ")" and span.count("(") > span.count(")")) or (c in '”"' and "”" in span + '"'):
                span += c
                end += 1
                continue
            break
        return end

    @staticmethod
    def _trigger_at(text: str, start: int, end: int, trigger: str) -> tuple[int, int] | None:
        if not trigger:
            return None
        tn, _ = normalise(trigger)
        sub, pos = normalise(text[start:end])
        i = sub.find(tn) if tn else -1
        if i < 0:
            return None
        return start + pos[i], start + pos[i + len(tn) - 1] + 1

    @staticmethod
    def _words(text: str, lo: int, hi: int) -> tuple[int, int]:
        """Shrink [lo, hi) to whole words."""
        if lo > 0 and not text[lo - 1].isspace():
            nxt = re.search(r"\s", text[lo:hi])
            lo = lo + nxt.end() if nxt else lo
        if hi < len(text) and not text[hi].isspace():
            cut = max(text.rfind(" ", lo, hi), text.rfind("\n", lo, hi))
            hi = cut if cut > lo else hi
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        return lo, hi

    # -------------------------------------------------------------------------- records
    def mention(self, m: Mention) -> Mention:
        """The mention with its own, its roles' and its observations' sources anchored."""
        # Where a join names the item in one piece and describes it in another, the piece
        # with the name identifies it: the name is the trigger unless a layout gave one.
        own = (
            m.source
            if m.source.trigger or not _printed_name(m.name, m.source.quote)
            else replace(m.source, trigger=m.name)
        )
        return replace(
            m,
            source=replace(self.anchor(own), trigger=m.source.trigger),
            actors=tuple(replace(a, source=self.anchor(a.source)) if a.source else a for a in m.actors),
            observations=tuple(replace(o, source=self.anchor(o.source)) for o in m.observations),
        )

    def enriched(self, items: list[Enriched]) -> list[Enriched]:
        """Every source and evidence quote of the enriched mentions made an exact span."""
        out: list[Enriched] = []
        for e in items:
            m = self.mention(e.mention)
            src = e.mention.source

            def exact(q: str, trigger: str = "", src: Source = src) -> str:
                return self.anchor(Source(src.report, src.line, q, src.page, src.section, trigger)).quote

            evidence = tuple(replace(ev, quote=exact(ev.quote, _evidence_trigger(ev))) for ev in e.evidence)
            mentioned = tuple((name, exact(q, name)) for name, q in e.mentioned_actors)
            subjects = tuple((scheme, code, exact(q, trigger), trigger) for scheme, code, q, trigger in e.subjects)
            out.append(replace(e, mention=m, evidence=evidence, mentioned_actors=mentioned, subjects=subjects))
        return out
