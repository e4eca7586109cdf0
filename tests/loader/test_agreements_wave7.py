"""Agreement names and back-references of the seventh wave, pinned on made-up sentences.

blind13 2047-slutrapport…txt:58 "en tilläggsöverenskommelse om stöd till barn som anhöriga 2046, som gav …" and
:94 "Med medel från tilläggsöverenskommelsen …"; 2047-handlingsplan…txt:14 "Samverkansöverenskommelse om
psykisk hälsa på Söderslätt 2047–2050" and its footnote :32 "3 Samverkansöverenskommelsen finns på …".
The sentences below reword those conventions with other subjects, years and places.
"""

from __future__ import annotations

import pytest

from tests.loader.agreement_texts import read_agreements

_read = read_agreements


@pytest.mark.parametrize(
    ("sentence", "name", "year"),
    [
        (
            "I maj tecknades en tilläggsöverenskommelse om stöd till barn som anhöriga 2031, som gav kommunerna medel.",
            "tilläggsöverenskommelse om stöd till barn som anhöriga 2031",
            "2031",
        ),
        (
            "Under året kom en tilläggsöverenskommelse om insatser för unga som placerade 2029–2030.",
            "tilläggsöverenskommelse om insatser för unga som placerade 2029–2030",
            "2029",
        ),
    ],
)
def test_an_agreement_name_runs_through_som_to_its_year(sentence: str, name: str, year: str) -> None:
    found = _read(sentence, "Med medel från tilläggsöverenskommelsen ordnades utbildningar.")
    assert len(found) == 1  # the definite form refers back to it
    (ag,) = found
    assert ag.name.lower() == name and ag.start == year


def test_a_relative_clause_with_a_verb_still_ends_the_name() -> None:
    (ag,) = _read("Staten tecknade en tilläggsöverenskommelse om stöd till unga som har insatser 2031.")
    assert "som" not in ag.name


@pytest.mark.parametrize(
    ("title", "later"),
    [
        (
            "Samverkansöverenskommelse om psykisk hälsa i Norrdal 2031–2034",
            "Samverkansöverenskommelsen finns på kommunens webbplats.",
        ),
        (
            "Samverkansöverenskommelse om unga vuxnas hälsa i Västerdal 2030–2032",
            "Enligt samverkansöverenskommelsen ska kommunerna följa upp arbetet.",
        ),
    ],
)
def test_a_definite_compound_is_the_agreement_titled_with_it(title: str, later: str) -> None:
    found = _read(f"Arbetet regleras i {title} (dnr KS 2030/0101), som antogs i december.", later)
    assert len(found) == 1, [m.name for m in found]
    assert found[0].name == title and "samverkansöverenskommelsen" in {a.lower() for a in found[0].alt_names}
