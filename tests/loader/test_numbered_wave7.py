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


# blind13 annual report 105-107: "En lättare version av samtalsmodellen Kompassrosen, Kompassrosen bas, togs
# fram 2047 …"; 155-157: "Under 2047 kom Nattljuset för förskolan, en version med bildkort …"; 201: "Under 2047
# lanserades Pausrummet för skolledare, en anpassad version för rektorer …"; 207-209: "Som en fortsättning på
# Vardagsro i hemtjänsten togs webbutbildningen Vardagsro – ensamhet och nedstämdhet fram 2047."
@pytest.mark.parametrize(
    ("sentence", "version"),
    [
        ("En kortare version av metoden Lotsen, Lotsen mini, togs fram 2039 för skolor.", "Lotsen mini"),
        ("En kortversion av Lotsen, Lotsen kort, har prövats i två regioner.", "Lotsen kort"),
        ("Under 2039 kom Lotsen för förskolan, en version med bilder för barn 3–5 år.", "Lotsen för förskolan"),
        ("Under året lanserades Lotsen för skolledare, en anpassad version för rektorer.", "Lotsen för skolledare"),
    ],
)
def test_a_version_named_beside_its_version_noun(sentence: str, version: str) -> None:
    found = _found(f"Samtalsmodellen Lotsen används i tio regioner. {sentence}")
    assert ("resource", version) in found
    assert ("resource", "Lotsen") in found
    assert "modell" in found[("resource", version)].forms  # a version is of its parent's form


@pytest.mark.parametrize(
    "sentence",
    [
        "Som en fortsättning på Lugn i vardagen togs webbutbildningen Lugn – ensamhet och oro fram 2039.",
        "Som en fortsättning på Lugn i vardagen har UPH tagit fram webbutbildningen Lugn – ensamhet och oro.",
    ],
)
def test_the_product_a_continuation_follows(sentence: str) -> None:
    found = _found(sentence)
    assert ("resource", "Lugn i vardagen") in found
    # the particle and the year after the subtitle close the predicate, not the title
    assert ("resource", "Lugn – ensamhet och oro") in found


# blind13 final report 120: "Till guiden hör Checklista för det första återgångssamtalet."
@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        ("Till guiden hör Checklista för det första mötet.", ["Checklista för det första mötet"]),
        ("I paketet ingår också Samtalskort för unga och Affischen Fråga mig.", ["Samtalskort för unga"]),
    ],
)
def test_parts_named_by_a_parts_clause(sentence: str, parts: list[str]) -> None:
    found = _found(f"Guiden Åter i arbete riktar sig till chefer. {sentence}")
    for part in parts:
        assert ("resource", part) in found
    if sentence.startswith("Till guiden"):  # the definite noun refers back to the guide named before
        relations = found[("resource", parts[0])].relations
        assert any(r.relation == "part-of" and r.target_name == "Åter i arbete" for r in relations)


# blind13 annual report 105-107 and 207-209: the year a version or continuation was made ("togs fram 2047",
# "togs webbutbildningen X – … fram 2047") is the new product's, not the year of the product it follows.
@pytest.mark.parametrize(
    ("sentence", "new", "old"),
    [
        ("En lättare version av samtalsmodellen Lotsen, Lotsen bas, togs fram 2039.", "Lotsen bas", "Lotsen"),
        (
            "Som en fortsättning på Lugn i vardagen togs webbutbildningen Lugn – ensamhet och oro fram 2039.",
            "Lugn – ensamhet och oro",
            "Lugn i vardagen",
        ),
    ],
)
def test_a_versions_year_is_not_its_parents(sentence: str, new: str, old: str) -> None:
    found = _found(f"Samtalsmodellen Lotsen används i tio regioner. {sentence}")
    assert 2039 in found[("resource", new)].years
    assert 2039 not in found[("resource", old)].years
