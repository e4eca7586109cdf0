"""Event nouns and where a name ends (running text, :mod:`loader.named_things`).

Made-up sentences in the style of the final and annual reports, each convention in two wordings.
"""

from __future__ import annotations

from loader.layouts.cues import cue_of
from loader.model import Document, Line, Mention
from loader.named_things import extract


def _found(*sentences: str) -> list[tuple[str, str]]:
    lines = tuple(Line(i + 1, s) for i, s in enumerate(sentences))
    found: list[Mention] = extract(Document("p-2031", lines))
    return [(m.kind, m.name) for m in found]


def test_a_day_named_by_its_activity_is_an_event_not_a_network_or_a_training() -> None:
    # ontology/psykgraf.ttl pg:cueNoun of pg:Event: "nätverksdag", "utbildningsdag", "kunskapsdag" …
    for word in ("Nätverksdagen", "utbildningsdagar", "kunskapsdagen", "Rundabordssamtalet", "symposiet"):
        cue = cue_of(word)
        assert cue is not None and cue.kind == "event", (word, cue)
    assert _found("Nätverksdagen för elevhälsochefer ägde rum i Stockholm den 3 juni.") == [
        ("event", "Nätverksdagen för elevhälsochefer")
    ]
    assert _found("Utbildningsdagen Trygg i skolan genomfördes i tre län.") == [("event", "Trygg i skolan")]


def test_a_described_event_ends_at_its_predicate() -> None:
    # "samlade 400 deltagare" is the sentence's predicate and object, not part of the name.
    assert _found("Den nationella konferensen om självskadebeteende samlade 400 deltagare.") == [
        ("event", "Nationella konferensen om självskadebeteende")
    ]
    assert _found("Den nationella kunskapsdagen om ätstörningar lockade 250 deltagare.") == [
        ("event", "Nationella kunskapsdagen om ätstörningar")
    ]


def test_a_counted_series_topic_ends_at_its_predicate() -> None:
    assert _found("Tre utbildningsdagar om äldres psykiska hälsa genomfördes i Lund, Sundsvall och Örebro.") == [
        ("event", "Utbildningsdagar om äldres psykiska hälsa")
    ]
    assert _found("Fyra webbinarier om suicidprevention hölls under hösten.") == [
        ("event", "Webbinarier om suicidprevention")
    ]
    # a one-word topic that a comma continues is a list of subjects, no series
    assert _found("Tio webbinarier om arbetsmiljö, stress och sömn.") == []


def test_a_name_ends_at_a_predicate_or_at_where_the_thing_ran() -> None:
    # A present passive ("prövas", "testas") followed by a preposition is the predicate.
    assert _found("Modellen Stegvis stöd prövas i Region Jämtland Härjedalen.") == [("resource", "Stegvis stöd")]
    assert _found("Metoden Lugn och trygg testas under våren.") == [("resource", "Lugn och trygg")]
    # A finite verb of an inverted clause ("I podden X medverkar experter").
    assert ("resource", "Prata psykisk hälsa") in _found("I podden Prata psykisk hälsa medverkar experter.")
    # "i tre regioner": a counted set of organisations says where it ran, not what it is called.
    assert _found("Under året genomfördes pilotprojektet Unga vuxna i fokus i tre regioner.") == [
        ("initiative", "Unga vuxna i fokus")
    ]
    assert _found("Projektet Tryggare skolvägar startade i 12 kommuner.") == [("initiative", "Tryggare skolvägar")]
    # a number of steps is part of a title
    assert ("resource", "Suicidprevention i 7 steg") in _found("Guiden Suicidprevention i 7 steg har spridits.")


def test_a_genitive_in_a_title_is_followed_by_its_noun() -> None:
    # "Ungas röster": after a genitive in -s a plural in -er is the possessed noun, not a verb;
    # a known verb after a name in -s still ends it ("DigiLys bidrar").
    assert ("resource", "Ungas röster") in _found("Enkäten Ungas röster, som besvarades av 5 000 elever.")
    assert ("resource", "Familjens resurser") in _found("Guiden Familjens resurser, som togs fram 2030.")
    assert ("resource", "DigiLys") in _found("Metoden DigiLys bidrar till tidig upptäckt.")
