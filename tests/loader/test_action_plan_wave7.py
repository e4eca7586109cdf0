"""Action-plan conventions of a seventh edition (tests/eval/blind13/README.md, "Layout drift",
"Plan"): numbered sections "1.1"–"8" with leading-space headings, "Insats n: …" activities with
"Ansvar:"/"När:" lines, titles cited with a subtitle and a year in brackets.

The plans below are made up (no sentence is copied from a report).
"""

from __future__ import annotations

from loader.layouts.action_plan import ActionPlanLayout
from loader.model import Document, Line, Mention

PLAN = """ Handlingsplan för psykisk hälsa i Ydre 2041

 1 Inledning

 1.1 Bakgrund
Kommunerna i Ydre har arbetat med psykisk hälsa länge.

 1.2 En gemensam satsning i Ydre
Sedan 2038 samarbetar kommunerna med Region Östland inom satsningen Trygga unga Ydre.

 2 Insatser 2041

Insats 1: Friska arbetsplatser
Cheferna använder foldern Tidig hjälp – så stöttar du en kollega (2040).
Ett uppföljande chefsforum hålls i november.
Ansvar: HR-cheferna
När: hela 2041

Insats 2: Stöd i skolan
Elevhälsan följer guiden Nära stöd – när en elev mår dåligt (2039).
En gemensam temadag anordnas i maj.
Ansvar: IT-enheten och Region Östland
När: våren 2041
"""

OTHER = """ Handlingsplan för psykisk hälsa i Norrby 2042

 1 Inledning

 1.3 Ett länsgemensamt projekt i Norrby
Arbetet sker inom projektet Unga mår bra Norrby, som startade 2040.
"""


def _read(text: str) -> list[Mention]:
    doc = Document("r", tuple(Line(n, t) for n, t in enumerate(text.splitlines(), 1)))
    return ActionPlanLayout().extract(doc)


def test_a_numbered_joint_heading_is_no_name_of_the_initiative() -> None:
    # PLAN:8-9 " 1.2 En gemensam satsning i Ydre" / "… inom satsningen Trygga unga Ydre": the
    # heading is a common noun phrase under its section number; the satsning's name is in its text.
    names = {m.name for m in _read(PLAN) if m.kind == "initiative"}
    assert "Trygga unga Ydre" in names
    assert not [n for n in names if n[:1].isdigit() or n.startswith("En ")], names
    # OTHER:5-6 " 1.3 Ett länsgemensamt projekt i Norrby" / "inom projektet Unga mår bra Norrby"
    other = {m.name for m in _read(OTHER) if m.kind == "initiative"}
    assert "Unga mår bra Norrby" in other
    assert not [n for n in other if n[:1].isdigit()], other


def test_a_title_cited_with_its_subtitle_and_year_keeps_the_subtitle() -> None:
    # PLAN:14 "foldern Tidig hjälp – så stöttar du en kollega (2040)"; :21 "guiden Nära stöd – när
    # en elev mår dåligt (2039)": the year in brackets closes the title.
    names = {m.name for m in _read(PLAN) if m.kind == "resource"}
    assert "Tidig hjälp – så stöttar du en kollega" in names
    assert "Nära stöd – när en elev mår dåligt" in names


def test_a_role_noun_compound_or_a_held_meeting_is_no_actor() -> None:
    # PLAN:16 "Ansvar: HR-cheferna" and :23 "Ansvar: IT-enheten och …": an abbreviation opening a
    # common noun's compound; PLAN:15 "Ett uppföljande chefsforum hålls i november" and :22 "En
    # gemensam temadag anordnas i maj": what is held is an occasion.
    actors = {m.name for m in _read(PLAN) if m.kind == "actor"}
    assert not actors & {"HR", "IT"}, actors
    assert not [n for n in actors if n.lower().startswith(("chefsforum", "temadag"))], actors


TAKEN_UP = """ Handlingsplan för psykisk hälsa i Ydre 2041

 1 Äldre
Regionen har gett ut webbutbildningen Trygg ålder – att se tecken på oro (2040), som används i hemtjänsten.
Kommunerna använder arbetssättet Tidig hjälp. Det beskrivs i foldern Tidig hjälp – så stöttar du en kollega (2040).

 2 Insatser
Alla nya medarbetare går webbutbildningen Trygg ålder under hösten.
"""


def test_a_subtitled_title_taken_up_by_its_short_name_is_one_thing() -> None:
    # TAKEN_UP:4 "webbutbildningen Trygg ålder – att se tecken på oro (2040)" and :8 "webbutbildningen
    # Trygg ålder": one training, called by its title without the subtitle.
    found = [m for m in _read(TAKEN_UP) if m.kind == "resource"]
    training = [m for m in found if m.name.startswith("Trygg ålder")]
    assert [m.name for m in training] == ["Trygg ålder – att se tecken på oro"]
    assert "Trygg ålder" in training[0].alt_names
    # TAKEN_UP:5 "arbetssättet Tidig hjälp" then "foldern Tidig hjälp – så stöttar du en kollega (2040)":
    # the method was named first by the short words; the folder is another thing, not called by them.
    folder = next(m for m in found if m.name == "Tidig hjälp – så stöttar du en kollega")
    assert "Tidig hjälp" not in folder.alt_names
    assert "Tidig hjälp" in {m.name for m in found}


USED_BEFORE = """ Handlingsplan för psykisk hälsa i Norrby 2042

 1 Samverkan
Alla kommuner ska använda SIP i samverkan med psykiatrin.
Kommunerna sprider webbutbildningen SIP – samordnad plan i praktiken (2039) till alla enheter.
"""


def test_a_short_title_the_plan_used_before_names_no_subtitled_title() -> None:
    # USED_BEFORE:4 "använda SIP" (the statutory plan) before :5 "webbutbildningen SIP – samordnad plan i
    # praktiken (2039)": the training is about SIP; "SIP" alone is no name of it.
    training = next(m for m in _read(USED_BEFORE) if m.name == "SIP – samordnad plan i praktiken")
    assert "SIP" not in training.alt_names


ENGLISH = """ Handlingsplan för psykisk hälsa i Norrby 2042

 1 Vuxna
Individual Placement and Support (IPS) erbjuds personer med psykisk funktionsnedsättning.
Skolorna prövar Mental Health First Aid (MHFA) under året. Arbetet stöds av Nationell samverkan för
psykisk hälsa (NSPH). Stödet tas fram av Sveriges Kommuner och Regioner (SKR).
"""


def test_a_method_named_in_english_before_its_abbreviation_is_a_resource() -> None:
    # ENGLISH:4 "Individual Placement and Support (IPS) erbjuds …" and :5 "Mental Health First Aid (MHFA)":
    # a name in title case whose initials spell the bracketed abbreviation; the Swedish organisation's
    # name in sentence case (:5-6 "Nationell samverkan för psykisk hälsa (NSPH)") is no such name.
    found = {m.name: m for m in _read(ENGLISH)}
    assert found["Individual Placement and Support"].kind == "resource"
    assert "IPS" in found["Individual Placement and Support"].alt_names
    assert found["Mental Health First Aid"].kind == "resource"
    assert not [n for n, m in found.items() if m.kind == "resource" and n.startswith("Nationell")]
    # ENGLISH:6 "Sveriges Kommuner och Regioner (SKR)": title case, but made of organisation nouns
    assert "Sveriges Kommuner och Regioner" not in {n for n, m in found.items() if m.kind == "resource"}


CHAPTERS = """ Handlingsplan för psykisk hälsa i Ydre 2041

 1 Inledning

 1.1 Bakgrund
Kommunerna har arbetat med psykisk hälsa sedan 2030.1

_______________
1 Se www.ydre.se/plan.
2 Planen antogs i december.

 2 Organisation
Arbetet leds av Styrgruppen Ydre, där unga 15–21 år finns med.

 3 Fokusområden 2041

 3.1 Barn och unga
Skolorna använder webbutbildningen Trygg skola.
"""


def test_a_chapter_number_without_a_dot_heads_a_section_and_is_no_footnote() -> None:
    # CHAPTERS:12 " 2 Organisation" and :15 " 3 Fokusområden 2041": set off by a leading space, short,
    # outside the footnote block under the rule (:8-10 "1 Se www…", "2 Planen antogs …").
    from loader.layouts.action_plan import _Plan

    doc = Document("r", tuple(Line(n, t) for n, t in enumerate(CHAPTERS.splitlines(), 1)))
    plan = _Plan(doc)
    assert plan.headings[12] == "2 Organisation"  # :13 "Arbetet leds av Styrgruppen Ydre …"
    assert plan.headings[14] == "3 Fokusområden 2041"
    assert plan.footnote(8) and plan.footnote(9)
    assert not plan.footnote(11)


ADVERBIALS = """ Handlingsplan för psykisk hälsa i Ydre 2041

 1 Arbetsliv
Rådet använder filmserien Ljusglimten från SKR vid föräldramöten och i studiecirklar.
Alla nya chefer går webbutbildningen Chefsstödet under sitt första år.
"""


def test_a_name_ends_before_its_maker_or_a_possessive_adverbial() -> None:
    # ADVERBIALS:4 "filmserien Ljusglimten från SKR vid föräldramöten …" and :5 "webbutbildningen
    # Chefsstödet under sitt första år": the maker and the time are the clause's, not the name's.
    names = {m.name for m in _read(ADVERBIALS) if m.kind == "resource"}
    assert {"Ljusglimten", "Chefsstödet"} <= names, names
