"""Numbered reports, next editions (wave 7): conventions seen in blind13's annual and final reports
(tests/fixtures/blind13/2048-insatser-psykisk-halsa-suicidprevention-2047.txt,
2047-slutrapport-2046-riktade-insatser-psykisk-halsa.txt), tested on made-up text in other wordings.
"""

from __future__ import annotations

import pytest

from loader.layouts.numbered_report import NumberedReportLayout
from loader.model import Mention
from tests.loader.helpers import text_document


def _report(*chapters: str) -> str:
    """A numbered report around ``chapters``: a contents page, "n Title" chapters with an "n.1" section
    each and a running foot "SKR | Rapport 2040 | n" closing every page."""
    toc = ["Innehåll"]
    body: list[str] = []
    for n, text in enumerate(chapters, 1):
        toc += [f"{n} Kapitel nummer {n} ........ {n + 1}", f"{n}.1 Avsnitt {n} ........ {n + 1}"]
        body += [
            f"{n} Kapitel nummer {n}",
            "",
            f"{n}.1 Avsnitt {n}",
            "",
            text.strip(),
            "",
            f"SKR | Rapport 2040 | {n + 1}",
            "",
        ]
    return "\n".join([*toc, "", *body])


FILLER = ("Text om barn och unga.", "Text om arbetslivet.", "Text om äldre.", "Text om slutsatser.")


def _found(text: str) -> dict[tuple[str, str], Mention]:
    doc = text_document(_report(text, *FILLER), "r")
    assert NumberedReportLayout().score(doc) >= 0.5
    return {(m.kind, m.name): m for m in NumberedReportLayout().extract(doc)}


# blind13 final report 108-112: "… har UPH tagit fram filmserien Livlinan:" then "➤ Livlinan 1 – att våga
# fråga" …; annual report 175-177: "Filmserien Livlinan har fått en fjärde film:" then one bullet
# "✔ Livlinan 4 – efter ett försök (2047)". A sentence that names a product and ends in a colon announces
# the product's parts, whatever the glyph and however many bullets.
@pytest.mark.parametrize("glyph", ["➤", "▶", "•"])
def test_parts_under_a_sentence_ending_in_the_products_name(glyph: str) -> None:
    text = f"""Tillsammans med NASP har UPH tagit fram filmserien Räddningslinan:

{glyph} Räddningslinan 1 – att fråga
{glyph} Räddningslinan 2 – att lyssna

Filmerna riktar sig till allmänheten."""
    found = _found(text)
    for part in ("Räddningslinan 1 – att fråga", "Räddningslinan 2 – att lyssna"):
        assert ("resource", part) in found
        assert found[("resource", part)].relations[0].target_name == "Räddningslinan"


@pytest.mark.parametrize(
    ("intro", "form"),
    [
        ("Filmserien Stegvis har fått en fjärde film:", "film"),
        ("Webbutbildningen Stegvis har fått en tredje del:", None),
    ],
)
def test_one_announced_part_with_its_year(intro: str, form: str | None) -> None:
    text = f"""{intro}

✔ Stegvis 3 – efter krisen (2039)

Den riktar sig till närstående."""
    found = _found(text)
    part = found[("resource", "Stegvis 3 – efter krisen")]
    assert 2039 in part.years
    assert (form in part.forms) if form else True
    # the bracketed year closes the title: the capitalised sentence after it is no name
    assert not any(name.startswith(("2039", "(2039")) for _, name in found)


# blind13 annual report 123-137: "Det bygger på projektet Ledstången och riktar sig till rektorer och
# elevhälsa i grundskolan.3" with the note "3 SKR (2047). Ledstången. https://…": "och" + a finite verb
# opens a second clause, so the words after the project's name are no title.
@pytest.mark.parametrize(
    "sentence",
    [
        "Det bygger på projektet Ledstegen och riktar sig till rektorer i grundskolan.1",
        "Materialet bygger på projektet Ledstegen och vänder sig till lärare och elevhälsa.1",
    ],
)
def test_footnoted_sentence_with_a_second_clause_is_no_title(sentence: str) -> None:
    text = f"""Metodstödet Ledstegen – vägen till skolan publicerades i maj 2039.
{sentence}

1 SKR (2039). Ledstegen. https://www.example.se/ledstegen"""
    found = _found(text)
    assert ("resource", "Ledstegen – vägen till skolan") in found
    assert not [name for _, name in found if "riktar" in name or "vänder" in name or "SKR (2039)" in name]
