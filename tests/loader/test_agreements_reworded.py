"""The general rules of ``loader.agreements`` pinned on made-up sentences (no report says them).

Each sentence below is invented: it rewords how the reports name agreements (other years, other
subjects, other verbs) so that the rules, not one report's wording, are what the tests hold.
"""

from __future__ import annotations

from loader import agreements
from loader.model import Document, Line, Mention


def _read(*lines: str) -> list[Mention]:
    """Agreements of a made-up document, one line per paragraph (blank lines between)."""
    text: list[str] = []
    for line in lines:
        text += [line, ""]
    return agreements.extract(Document("r", tuple(Line(i + 1, t) for i, t in enumerate(text))))


def _parties(m: Mention) -> list[str]:
    return [a.name for a in m.actors if a.role == "party"]


def test_one_agreement_however_the_report_writes_it() -> None:
    # Made up: a chapter title, the definite form with "för", "års" with parties and a dnr.
    found = _read(
        "1 Överenskommelserna 2023",
        "Överenskommelsen för 2023 omfattade 1,5 miljarder kronor.",
        "Enligt 2023 års överenskommelse mellan staten och SKR ska kommunerna ta fram planer (SKR dnr 22/01234).",
    )
    assert len(found) == 1  # the chapter title is not a second agreement
    (ag,) = found
    assert (ag.name, ag.start, ag.end) == ("2023 års överenskommelse mellan staten och SKR", "2023", "2023")
    assert {"Överenskommelsen för 2023", "Överenskommelsen 2023"} <= set(ag.alt_names)
    assert _parties(ag) == ["staten", "SKR"]  # "mellan X och Y" split on "och"
    assert ag.identifiers == ("SKR dnr 22/01234",)
    # What it funds, said in another of its sentences, is in the description its figures are read from.
    assert "1,5 miljarder kronor" in ag.description


def test_a_dated_agreement_on_another_subject_is_its_own() -> None:
    # Made up: the year's agreement, and one on another subject over two years, named again undated.
    found = _read(
        "Överenskommelsen för 2019 var ettårig.",
        "Arbetet finansierades av Överenskommelsen om ett hållbart arbetsliv 2019–2020, som staten och SKR slöt.",
        "Överenskommelsen om ett hållbart arbetsliv gav medel till två förstudier.",
    )
    by_year = {m.years: m for m in found}
    assert set(by_year) == {(2019,), (2019, 2020)}  # the 2019 agreement is not folded into the other
    other = by_year[(2019, 2020)]
    assert other.name == "Överenskommelsen om ett hållbart arbetsliv 2019–2020"
    assert "Överenskommelsen om ett hållbart arbetsliv" in other.alt_names  # same subject, no year: one agreement
    assert _parties(other) == ["staten", "SKR"]
    assert by_year[(2019,)].start == "2019"


def test_series_supplement_and_special_agreement() -> None:
    # Made up: a series "sedan", a supplement, and a special agreement named again in a footnote.
    found = _read(
        "Sedan 2009 har regeringen och SKR tecknat överenskommelser om stöd till kommuner.",
        "Till detta kom en tilläggsöverenskommelse för 2024.",
        "Projektet startade genom en särskild överenskommelse om traumavård för 2015.",
        "¹ Överenskommelse om traumavård 2015, regeringens webbplats.",
    )
    series = next(m for m in found if "sedan" in m.name)
    assert (series.start, series.end, _parties(series)) == ("2009", None, ["regeringen", "SKR"])
    supplement = next(m for m in found if m.name.startswith("Tillägg"))
    assert (supplement.name, supplement.years) == ("Tilläggsöverenskommelse för 2024", (2024,))
    # Its sentence names no party: it is one of the series the parties made, so theirs (evidence: that sentence).
    assert _parties(supplement) == ["regeringen", "SKR"]
    assert supplement.actors[0].source.line == 1
    special = [m for m in found if "traumavård" in m.name]
    assert len(special) == 1  # the footnote's title is the same agreement
    assert (special[0].name, special[0].years) == ("Särskild överenskommelse om traumavård för 2015", (2015,))


def test_contracts_and_a_sentence_naming_two_agreements() -> None:
    # Made up: "avtal" with its parties, reworded in another sentence; a glued footnote digit joins two agreements.
    found = _read(
        "Avtalet mellan SKR och regionerna om samordning av resurscentra tecknades 2022.",
        "Genom överenskommelser mellan staten och SKR har satsningar genomförts sedan år 2008.1 Överenskommelsen "
        "för år 2020 innebär att regionen kan ta del av 369 miljoner kronor.",
    )
    contract = next(m for m in found if m.name.startswith("Avtal"))
    assert contract.name == "Avtalet mellan SKR och regionerna om samordning av resurscentra"
    assert contract.years == (2022,)
    assert _parties(contract) == ["SKR"]
    series = next(m for m in found if m.start == "2008")
    year = next(m for m in found if m.start == "2020")
    # The amount is said of the 2020 agreement: the series' description stops where that one is named.
    assert "369" not in series.description and "369" in year.description
    # Reworded: the other party as the subject, the agreement again in the plural definite.
    again = _read("SKR har tecknat avtal med samtliga regioner om kunskapsstöd.", "Avtalen med regionerna slöts 2019.")
    assert len(again) == 1 and again[0].years == (2019,)


def test_a_compound_names_one_agreement_only_in_the_definite_singular() -> None:
    # Made up: a subject compound with its period, the same without it, and a kind of agreement in the plural.
    found = _read(
        "Arbetet fortsatte inom sjukskrivningsöverenskommelsen 2019–2020.",
        "Kommunerna har tecknat samverkansöverenskommelser med regionen.",
        "Sjukskrivningsöverenskommelsen gav medel.",
        "Tilläggsöverenskommelsen för 2021 kom i juni.",
    )
    assert sorted((m.name, m.years) for m in found) == [
        ("Sjukskrivningsöverenskommelsen 2019–2020", (2019, 2020)),
        ("Tilläggsöverenskommelsen för 2021", (2021,)),
    ]
