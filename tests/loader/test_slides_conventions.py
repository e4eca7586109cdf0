"""Slide conventions of ``loader.layouts.slides``, each on a small deck written for the test.

The deck below (``_DECK``) is made up: its slides follow the conventions of the Kraftsamling
decks (a title slide with its senders, titles with a line saying what they are, a "Pilot
<years>" slide, an "Exempel på …" heading, member lists, a talk's title slide) with other names
and words. Line numbers in the comments are those of ``_DECK``; a line opening with a space
starts a new slide (the pdftotext convention).
"""

from __future__ import annotations

from functools import cache

from loader.layouts.cues import cue_nouns
from loader.layouts.slides import SlidesLayout, _clipped, _defines
from loader.model import Document, Line, Mention

_DECK = """\

Trygg skolstart för alla

– regional satsning i Norrbotten

Region Norrbotten och Norrbottens Kommuner

Luleå 3 mars 2023
 Hälsoteam på skolan

Ett team på skolan där kurator,

skolsköterska och BUP möts varje månad
 Pilot 2022–2023

Hedskolan, Boden

Arbetsgrupp

• Rektor, kurator

• Fritidsgården Kometen, fritidsledare

• Skolläkare

• Skolsköterska
 Elevgrupp

• Rektor

• Skolsköterska

• Specialpedagog

• Kurator
 Stegvis stöd vid oro

– ett program för unga

Ett gemensamt kunskapsstöd för

elevhälsa och primärvård
 Exempel på regionala initiativ och prioriterade frågor

Nätverk för skolkuratorer i länet

Målsättningar 2023:

• Träffas fyra gånger per år

Digital vägledning för elevhälsan

• Utveckling av en gemensam ingång
 Utvärdering av skolteamen i fem kommuner

Syfte: Studera hur teamen samverkar med vården.
 Läsfrämjande insatser i skolan…

Anna Berglund

anna.berglund@example.se
 Nätverket för skolkuratorer

Föräldramöte i maj med socialtjänsten kring ”Sömn och skärmar”

Region Norrbotten har tagit initiativ till en länsgemensam satsning för ungas hälsa
 Stöd vid skolfrånvaro

Webbutbildning för mentorer och elevhälsa

Klart för spridning: våren 2024
 Arbete med skolhälsa i länet

Kraftsamling för trygga skolor i Norrbotten
 Läxhjälp med stöd i skolan

Höstterminen 2023
 Utgångspunkter för projektet

• elevens behov
"""


@cache
def _mentions() -> tuple[Mention, ...]:
    lines = tuple(Line(i + 1, t) for i, t in enumerate(_DECK.split("\n")))
    return tuple(SlidesLayout().extract(Document(report="test-deck", lines=lines)))


def _found(kind: str, name: str) -> Mention:
    return next(m for m in _mentions() if m.kind == kind and m.name == name)


def test_title_with_a_dash_subtitle_that_says_what_it_is() -> None:
    # :2 "Trygg skolstart för alla" / :4 "– regional satsning i Norrbotten": the subtitle's head noun
    # (satsning) says the title names an initiative.
    m = _found("initiative", "Trygg skolstart för alla")
    assert m.source.line == 2
    assert m.alt_names == ("Trygg skolstart för alla – regional satsning i Norrbotten",)


def test_title_slide_senders_are_actors() -> None:
    # :6 "Region Norrbotten och Norrbottens Kommuner": names joined by "och" on the title slide.
    names = {m.name for m in _mentions() if m.kind == "actor" and m.source.line == 6}
    assert names == {"Region Norrbotten", "Norrbottens Kommuner"}


def test_title_over_a_definition_line() -> None:
    # :9 " Hälsoteam på skolan" / :11 "Ett team på skolan där kurator,": a team, an actor.
    team = _found("actor", "Hälsoteam på skolan")
    assert (team.source.line, team.actor_types) == (9, ("natverk",))
    # :36 " Stegvis stöd vid oro" / :38 "– ett program för unga": in a deck, a programme for a
    # group of people is a care programme, a resource.
    support = _found("resource", "Stegvis stöd vid oro")
    assert support.alt_names == ("Stegvis stöd vid oro – ett program för unga",)
    # :40 "Ett gemensamt kunskapsstöd för": a line that would say so as well.
    assert _defines("Ett gemensamt kunskapsstöd för", cue_nouns()) is not None


def test_pilot_slide_dates_the_trial_of_the_thing_before() -> None:
    # :14 " Pilot 2022–2023" after the slides on :9 "Hälsoteam på skolan".
    pilot = _found("initiative", "Hälsoteam på skolan – pilot 2022–2023")
    assert (pilot.start, pilot.end) == ("2022", "2023")
    assert pilot.alt_names == ("Pilot 2022–2023",)


def test_member_list_names_the_organisations_members_come_from() -> None:
    # :18 "Arbetsgrupp" / :22 "• Fritidsgården Kometen, fritidsledare": the member's organisation.
    assert _found("actor", "Fritidsgården Kometen").source.line == 22
    # :20 "• Rektor, kurator" is a profession, no organisation.
    assert not any(m.name == "Rektor" for m in _mentions())


def test_short_title_over_professions_is_a_team() -> None:
    # :27 " Elevgrupp" over :29-35 "• Rektor" … "• Kurator".
    assert _found("actor", "Elevgrupp").actor_types == ("natverk",)


def test_class_heading_makes_its_item_titles_that_class() -> None:
    # :43 "Exempel på regionala initiativ …" over :45 "Nätverk för skolkuratorer i länet" and
    # :51 "Digital vägledning för elevhälsan"; :47 "Målsättningar 2023:" is a label.
    items = {m.name for m in _mentions() if m.kind == "initiative" and m.heading.startswith("Exempel på")}
    assert items == {"Nätverk för skolkuratorer i länet", "Digital vägledning för elevhälsan"}


def test_title_over_its_aim_is_a_project() -> None:
    # :54 " Utvärdering av skolteamen i fem kommuner" / :56 "Syfte: Studera hur …".
    assert _found("initiative", "Utvärdering av skolteamen i fem kommuner").source.line == 54


def test_talk_title_with_presenter_names_the_work_presented() -> None:
    # :57 " Läsfrämjande insatser i skolan…" / :59 "Anna Berglund" / :61 "anna.berglund@example.se"
    assert _found("initiative", "Läsfrämjande insatser i skolan").source.line == 57


def test_definite_group_noun_with_preposition_is_a_name() -> None:
    # :62 " Nätverket för skolkuratorer": no verb follows the preposition.
    assert _found("actor", "Nätverket för skolkuratorer").source.line == 62


def test_meeting_named_by_its_quoted_theme() -> None:
    # :64 "Föräldramöte i maj med socialtjänsten kring ”Sömn och skärmar”": one event.
    (event,) = [m for m in _mentions() if m.kind == "event"]
    assert (event.name, event.alt_names) == ("Sömn och skärmar", ("Föräldramöte i maj",))


def test_initiative_someone_took() -> None:
    # :66 "Region Norrbotten har tagit initiativ till en länsgemensam satsning för ungas hälsa"
    m = _found("initiative", "länsgemensam satsning för ungas hälsa")
    assert [(a.name, a.role) for a in m.actors] == [("Region Norrbotten", "organizer")]


def test_clipped_letter() -> None:
    assert _clipped("Hälsans Natu", "Hälsans natur")
    assert not _clipped("Region Skåne", "Region Skånes")


def test_capitalised_form_noun_below_a_title_says_what_it_is() -> None:
    # :67 " Stöd vid skolfrånvaro" / :69 "Webbutbildning för mentorer och elevhälsa" / :71 "Klart för
    # spridning: våren 2024": a web training, released 2024.
    m = _found("resource", "Stöd vid skolfrånvaro")
    assert (m.source.line, m.forms, m.years) == (67, ("webbutbildning",), (2024,))


def test_capitalised_project_noun_below_a_title_is_another_title() -> None:
    # :72 " Arbete med skolhälsa i länet" / :74 "Kraftsamling för trygga skolor i Norrbotten"
    assert not any(m.name == "Arbete med skolhälsa i länet" for m in _mentions())


def test_definite_project_noun_points_at_the_title_before() -> None:
    # :75 " Läxhjälp med stöd i skolan", then :78 " Utgångspunkter för projektet"
    assert _found("initiative", "Läxhjälp med stöd i skolan").source.line == 75
