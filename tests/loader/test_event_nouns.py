"""Event nouns and where an event's name ends (running text, :mod:`loader.named_things`).

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
