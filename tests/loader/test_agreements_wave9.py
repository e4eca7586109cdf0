"""Agreements of the ninth wave, pinned on made-up sentences in two wordings.

blind16 2058-handlingsplan…txt:32-33 "Sedan januari 2057 gäller Samverkansöverenskommelse om barn och unga i behov
av samordnat stöd i Södra" / "Bohuslän 2057–2060 mellan …": a title naming its subject in twelve words before its
period. blind16 2057-kraftsamling…txt:36 "Länsöverenskommelsen om … i Jönköpings län 2056–2059" and :184 "Ansöka
om medel ur länsöverenskommelsen för 2058": the definite compound with a year of the period refers back to it.
"""

from __future__ import annotations

import pytest

from tests.loader.agreement_texts import read_agreements

_read = read_agreements


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Sedan 2061 gäller Samverkansöverenskommelse om barn och unga i behov av samordnat stöd i Västra "
            "Dalsland 2061–2064 mellan kommunerna och regionen.",
            "Samverkansöverenskommelse om barn och unga i behov av samordnat stöd i Västra Dalsland 2061–2064",
        ),
        (
            "Arbetet styrs av Länsöverenskommelse om vård och stöd till personer med samsjuklighet i hela "
            "Gävleborgs län 2060–2063, som länets kommuner har tecknat.",
            "Länsöverenskommelse om vård och stöd till personer med samsjuklighet i hela Gävleborgs län 2060–2063",
        ),
    ],
)
def test_a_long_title_with_its_period_is_one_agreement(sentence: str, name: str) -> None:
    assert [m.name for m in _read(sentence)] == [name]


@pytest.mark.parametrize(
    ("later", "merged"),
    [
        ("Vi ska ansöka om medel ur länsöverenskommelsen för 2062.", True),
        ("Pengarna kommer från Länsöverenskommelsen.", True),
        ("Vi ska ansöka om medel ur länsöverenskommelsen för 2066.", False),  # a year outside the period
    ],
)
def test_a_short_definite_compound_refers_back_to_its_title(later: str, merged: bool) -> None:
    found = _read("Länsöverenskommelsen om barns och ungas psykiska hälsa i Kronobergs län 2060–2063 gäller.", later)
    assert (len(found) == 1) is merged, [m.name for m in found]
