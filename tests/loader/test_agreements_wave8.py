"""Agreement back-references of the eighth wave, pinned on made-up sentences in two wordings.

blind15 2055-insatser…txt:55 "Överenskommelsen om en effektiv och kvalitetssäkrad sjukskrivnings- och
rehabiliteringsprocess 2054" and :190-192 "inom ramen för över-" / "enskommelsen om sjukskrivningsprocessen":
a definite short name whose compound the first one's ellipsis spells out refers back to it.
"""

from __future__ import annotations

import pytest

from tests.loader.agreement_texts import read_agreements

_read = read_agreements


@pytest.mark.parametrize(
    ("first", "later"),
    [
        (
            "Under året gällde Överenskommelsen om en effektiv och kvalitetssäkrad sjukskrivnings- och "
            "rehabiliteringsprocess 2031.",
            "Utbildningen togs fram inom ramen för överenskommelsen om rehabiliteringsprocessen.",
        ),
        (
            "Staten och SKR slöt Överenskommelsen om stärkt hälso- och sjukvård för unga 2029.",
            "Kurserna för personalen betalades med medel från överenskommelsen om hälsovården.",
        ),
    ],
)
def test_a_definite_short_name_spelled_out_by_an_ellipsis_refers_back(first: str, later: str) -> None:
    found = _read(first, later)
    assert len(found) == 1
    assert any(a.lower().startswith("överenskommelsen om ") and len(a) < 45 for a in found[0].alt_names)


def test_a_subject_not_spelled_out_by_the_ellipsis_is_another_agreement() -> None:
    found = _read(
        "Under året gällde Överenskommelsen om en effektiv sjukskrivnings- och rehabiliteringsprocess 2031.",
        "Kurserna togs fram inom ramen för överenskommelsen om vårdprocessen.",
    )
    assert len(found) == 2


@pytest.mark.parametrize(
    ("first", "short"),
    [
        # blind14 2051-insatser…txt:65 "tilläggsöverenskommelse om psykisk hälsa hos nyanlända barn och unga 2050",
        # :85 "Tilläggsöverenskommelse om nyanlända barn och unga 2050", :121 "tilläggsöverenskommelsen".
        (
            "Under året tecknades en tilläggsöverenskommelse om stöd till unga vuxna utanför studier 2033.",
            "Kurserna finansierades av Tilläggsöverenskommelse om unga vuxna utanför studier 2033.",
        ),
        (
            "I april kom en tilläggsöverenskommelse om psykisk hälsa hos äldre personer 2040.",
            "Utbildningen fick medel ur tilläggsöverenskommelsen om äldre personer 2040.",
        ),
    ],
)
def test_a_supplement_named_by_a_shorter_subject_of_its_year_is_that_supplement(first: str, short: str) -> None:
    found = _read(first, short, "Med stöd av tilläggsöverenskommelsen har kommunerna utbildat personal.")
    assert len(found) == 1


def test_supplements_of_other_subjects_or_years_stay_apart() -> None:
    found = _read(
        "Under året tecknades en tilläggsöverenskommelse om stöd till unga vuxna utanför studier 2033.",
        "Året innan gällde Tilläggsöverenskommelse om unga vuxna 2032.",
        "Dessutom fanns en tilläggsöverenskommelse om äldre personer 2033.",
    )
    assert len(found) == 3


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        # blind15 2054-kraftsamling…txt:54-56 "Länsöverenskommelse om barns och ungas psykiska" / "" /
        # "hälsa i Värmland 2053–2056" on a slide.
        (
            (
                "Länsöverenskommelse om stöd till barn och",
                "unga i Dalarna 2040–2043",
                "Parter: Region Dalarna och kommunerna",
            ),
            "Länsöverenskommelse om stöd till barn och unga i Dalarna 2040–2043",
        ),
        (
            (
                "Arbetet följer Regionöverenskommelsen om psykisk hälsa i Kronoberg 2041–2044 mellan regionen"
                " och kommunerna.",
            ),
            "Regionöverenskommelsen om psykisk hälsa i Kronoberg 2041–2044",
        ),
    ],
)
def test_a_compound_of_overenskommelse_titles_an_agreement(lines: tuple[str, ...], name: str) -> None:
    assert name in [m.name for m in _read(*lines)]


def test_a_compound_in_lower_case_is_a_kind_not_one_agreement() -> None:
    assert _read("Många län har tecknat länsöverenskommelser om psykisk hälsa 2040–2043 med kommunerna.") == []
