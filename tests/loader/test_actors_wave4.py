"""Actors and agreements written in new ways (issue 10, fourth wave): bodies named by a place
("Samordningsgruppen Norra Bohuslän", "Ungdomsrådet i Strömstad", "Dalarnas Idrottsförbund"),
schools named by their town, team names of several words, agreements titled "Avtal om …", a short
name of an agreement on another subject, a clause after "överenskommelsen" that is no part of its
name.

Every text below is made up; each test names the convention it follows.
"""

from __future__ import annotations

from loader.actors import ActorLexicon
from loader.agreements import extract
from loader.model import Document, Line
from psykgraf.settings import Settings

_ACTORS = ActorLexicon.load(Settings().lexicon_dir / "actors.ttl")


def _names(text: str) -> list[str]:
    return [h.surface for h in _ACTORS.find(text)]


def _doc(*lines: str) -> Document:
    return Document("r", tuple(Line(n, t) for n, t in enumerate(lines, 1)))


def test_unit_noun_before_a_place_name() -> None:
    # A unit's definite noun (pg:cueNoun "samordningsgrupp") before a proper name names the body.
    assert "Samordningsgruppen Västra Kusten" in _names("Planen togs fram av Samordningsgruppen Västra Kusten i år.")


def test_cue_noun_before_a_place_name() -> None:
    # Capitalised indefinite cue nouns (pg:cueNoun "vårdsamverkan", "lokalpolisområde") before a name.
    names = _names("Med stöd av Vårdsamverkan Norrkusten och Lokalpolisområde Östra Dalen.")
    assert names == ["Vårdsamverkan Norrkusten", "Lokalpolisområde Östra Dalen"]


def test_definite_body_with_the_place_it_serves() -> None:
    # "Ungdomsrådet i Strömstad": a definite organisation or unit noun + "i" + a place is that place's body.
    assert _names("Planen har stämts av med Ungdomsrådet i Norrby.") == ["Ungdomsrådet i Norrby"]
    assert _names("Familjecentralen i Söderby tar fram en broschyr.") == ["Familjecentralen i Söderby"]


def test_place_genitive_before_an_organisation_noun() -> None:
    # A place in the genitive before an organisation head (pg:headWord) or a unit's noun.
    assert _names("Norrbygdens Idrottsförbund driver projektet.") == ["Norrbygdens Idrottsförbund"]
    assert _names("Utbildningen tas fram av Fyrbygdens HR-nätverk.") == ["Fyrbygdens HR-nätverk"]
    assert _names("Västkustens kommunalförbund bistår med statistik.") == ["Västkustens kommunalförbund"]


def test_school_named_by_its_town() -> None:
    assert _names("Instruktörer från Norrby akademi och lokaler på Söderby gymnasium.") == [
        "Norrby akademi",
        "Söderby gymnasium",
    ]


def test_cue_noun_with_a_name_of_several_words() -> None:
    assert _names("Team Unga Västkusten arbetar med skolorna.") == ["Team Unga Västkusten"]


def test_genitive_before_a_bare_noun_is_no_name() -> None:
    # "Satsningens organisation", "Läkarsällskapets arbetsgrupp": what someone has, not a body's name.
    assert _names("Satsningens organisation beskrivs nedan.") == []
    assert _names("Läkarsällskapets arbetsgrupp har träffats.") == []


def test_unit_name_running_on_in_lower_case_is_not_cut() -> None:
    # "Nätverket Tvångsfri vård": a definite unit noun before a name that goes on in lower case is not
    # read as "Nätverket Tvångsfri" (the layouts read such names whole).
    assert "Nätverket Tvångsfri" not in _names("▸ Nätverket Tvångsfri vård har samlat 24 avdelningar.")


def test_clause_after_the_agreement_noun_is_no_part_of_its_name() -> None:
    # "Utöver överenskommelsen styrs arbetet av Samverkansavtal …": a verb follows the noun, so the
    # years further on are the contract's, not a national agreement 2033–2036.
    doc = _doc(
        "Överenskommelsen för år 2035 ger kommunerna medel. Utöver överenskommelsen styrs arbetet av "
        "Samverkansavtal om barn och unga i Norrby 2033–2036, som regionen har undertecknat."
    )
    names = [m.name for m in extract(doc)]
    assert not any(n.lower().startswith("överenskommelsen styrs") for n in names)
    assert "Samverkansavtal om barn och unga i Norrby 2033–2036" in names


def test_avtal_heads_a_title() -> None:
    # pg:cueNoun "avtal" on pg:Agreement: "Avtal om …" with a period is a titled agreement.
    doc = _doc("Kommunerna har tecknat ett eget avtal, Avtal om gemensam första linje i Norrby 2036–2039 (dnr X).")
    found = extract(doc)
    assert [m.name for m in found] == ["Avtal om gemensam första linje i Norrby 2036–2039"]
    assert found[0].years == (2036, 2037, 2038, 2039)


def test_short_name_of_a_subject_agreement_merges() -> None:
    # "överenskommelsen om sjukskrivning" after "överenskommelsen om en effektiv … sjukskrivnings- och
    # rehabiliteringsprocess 2036": the short name's word is the compound's first part.
    doc = _doc(
        "SKR har arbetat inom överenskommelsen om en effektiv och kvalitetssäker sjukskrivnings- och "
        "rehabiliteringsprocess 2036.",
        "",
        "Inom överenskommelsen om sjukskrivning har SKR tagit fram en guide.",
    )
    found = extract(doc)
    assert len(found) == 1
    assert "Överenskommelsen om sjukskrivning" in found[0].alt_names


def test_year_agreement_with_its_own_subject_is_not_the_multi_year_one() -> None:
    # "Överenskommelsen om förstärkt stöd till barn och ungas psykiska hälsa 2028" and "den tvååriga
    # överenskommelsen om insatser inom området psykisk hälsa och suicidprevention 2028–2029": two
    # subjects, neither holding the other's words, are two agreements though the years overlap.
    doc = _doc(
        "För 2028 kom staten och SKR överens om ett tillskott, Överenskommelsen om förstärkt stöd till barn "
        "och ungas psykiska hälsa 2028. Den kompletterar den tvååriga överenskommelsen om insatser inom "
        "området psykisk hälsa och suicidprevention 2028–2029."
    )
    periods = sorted((m.start, m.end) for m in extract(doc) if m.start)
    assert ("2028", "2028") in periods and ("2028", "2029") in periods
