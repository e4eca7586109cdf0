"""Report descriptions of the ninth wave, pinned on made-up covers in two wordings.

blind17 2064-inventering…txt:1-3 " Inventering av metodstöd och material " / "" / "för psykisk hälsa 2064 " (a title
wrapped over a blank line, its end opening on a preposition) and feet "UPH – Inventering 2064 – sida n" (the cover
names no publisher; the feet do). blind5 numbered-2024…txt:2 "Återrapport till Socialdepartementet" (the addressee is
no publisher; the compound names the report's kind), blind2 2029-insatser…txt "Redovisning av SKR:s arbete enligt
överenskommelserna med staten" (the agreement's other party is no publisher).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from loader.actors import ActorLexicon
from loader.report_meta import read_meta


@cache
def _lexicon() -> ActorLexicon:
    return ActorLexicon.load(Path("data/actors.ttl"))


def _known(text: str) -> list[str]:
    return [h.slug for h in _lexicon().find(text) if h.known]


@pytest.mark.parametrize(
    ("first", "second", "title"),
    [
        (
            " Inventering av metodstöd och material ",
            "för psykisk hälsa 2066 ",
            "Inventering av metodstöd och material för psykisk hälsa 2066",
        ),
        (
            " Sammanställning av kunskapsstöd ",
            "inom området psykisk hälsa 2067",
            "Sammanställning av kunskapsstöd inom området psykisk hälsa 2067",
        ),
    ],
)
def test_title_wrapped_over_a_blank_line_on_a_preposition(first: str, second: str, title: str) -> None:
    lines = [first, "", second, "", "I överenskommelsen för 2065 framgår att SKR ska inventera materialet som"]
    assert read_meta(lines, "inventory").title == title


@pytest.mark.parametrize("foot", ["UPH – Inventering 2066 – sida {n}", "SKR · Inventering 2066 · {n}"])
def test_publisher_from_running_feet_when_the_cover_names_none(foot: str) -> None:
    lines = [" Inventering av stöd 2066", "", "Här redovisas materialet.", foot.format(n=2), "Mer.", foot.format(n=3)]
    meta = read_meta(lines, "inventory", _known, [])
    assert meta.publishers == (("uph",) if foot.startswith("UPH") else ("skr",))
    assert meta.publisher_line == 4


@pytest.mark.parametrize(
    ("subtitle", "publishers"),
    [
        ("Återrapport till Socialdepartementet från SKR", ("skr",)),
        ("Redovisning av SKR:s arbete enligt överenskommelsen med staten", ("skr",)),
        ("Tre kommuner tillsammans med Region Sörmland", ("region-sormland",)),
    ],
)
def test_addressee_and_agreed_party_are_no_publishers(subtitle: str, publishers: tuple[str, ...]) -> None:
    lines = ["INSATSER INOM OMRÅDET PSYKISK HÄLSA 2066", subtitle, "", "Förord", "Text."]
    assert read_meta(lines, "numbered-report", _known, []).publishers == publishers


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Årsrapport 2066 – psykisk hälsa i kommunerna", "årsrapport"),
        ("Lägesrapport om första linjen 2066", "lägesrapport"),
    ],
)
def test_the_title_names_the_kind_with_a_compound(title: str, kind: str) -> None:
    meta = read_meta([title, "", "Förord", "Text."], "numbered-report")
    assert meta.kind == (kind, "report")
