"""Action-plan conventions of an eighth edition (wave 8), on made-up plans.

Activities are numbered "Insats n: <title>" with indented "Ansvar:"/"När:" fields; the paragraph
under an activity opens with the support it is about, by its name, often with a dash subtitle
that runs to the sentence's verb.
"""

from __future__ import annotations

from loader.layouts.action_plan import ActionPlanLayout
from loader.model import Document, Line, Mention


def _read(rows: list[str]) -> list[Mention]:
    doc = Document(report="plan", lines=tuple(Line(n, t) for n, t in enumerate(rows, start=1)))
    return ActionPlanLayout().extract(doc)


_PLAN = [
    " Handlingsplan för psykisk hälsa i Ankeby 2061  ",
    " B.1 Barn och unga  ",
    "◆ Mål för 2061: Fler barn får stöd.",
    "Insats 1: Verksamheten Tranan byggs ut",
    "Tranan – samtalsgrupper för barn 7–12 år erbjuds i dag i Ankeby. Under 2061 startar fler grupper.",
    "      Ansvar: socialtjänsten",
    "Insats 2: Trygga steg",
    "Trygga steg är ett föräldrastöd för föräldrar till barn 0–1 år. Det togs fram 2059.",
    "      Ansvar: regionen",
    "Insats 3: Ledstången införs",
    "Ledstången – metodstöd för första linjens samtal med unga togs fram 2060 av mottagningen.",
    "      Ansvar: mottagningen",
    "Insats 4: Samtalsstöd i elevhälsan",
    "Elevhälsan i kommunerna inför en ny rutin.",
    "Insats 5: Ankebydagen 2061",
    "Ankebydagen 2061 är en konferens om suicidprevention för chefer.",
]

_PLAN_B = [
    "Åtgärdsplan för Västby 2062",
    "Område 1. Äldre",
    "Mål: Färre äldre är ensamma.",
    "Åtgärd 1. Sprida Solstolen",
    "Solstolen är en samtalsmodell för personal i hemtjänsten.",
    "Åtgärd 2. Räcket",
    "Räcket – en modell för samordnad rehabilitering används av socialpsykiatrin.",
]


def _named(found: list[Mention]) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.source.line) for m in found}


def test_an_activity_names_the_support_its_paragraph_opens_with() -> None:
    # _PLAN:4-5 "Insats 1: Verksamheten Tranan byggs ut" / "Tranan – samtalsgrupper …"; 7-8
    # "Insats 2: Trygga steg" / "Trygga steg är ett föräldrastöd …": named in the heading first
    named = _named(_read(_PLAN))
    # (wave 9: the paragraph's title keeps its subtitle, as the blind sets annotate "Duvan – stödgrupper
    # för barn …" at its activity heading with "Duvan" as its other name)
    assert named["Tranan – samtalsgrupper för barn 7–12 år"] == ("resource", 4)
    assert named["Trygga steg"] == ("resource", 7)
    # _PLAN:15-16 "Ankebydagen 2061 är en konferens": what the paragraph calls it gives its kind
    assert named["Ankebydagen 2061"][0] == "event"
    # _PLAN:13-14 "Samtalsstöd i elevhälsan" / "Elevhälsan i kommunerna …": not the same capitals
    assert not [n for n in named if n.lower().startswith("elevhälsan")]
    # _PLAN_B:4-5 "Åtgärd 1. Sprida Solstolen" / "Solstolen är en samtalsmodell …"
    named_b = _named(_read(_PLAN_B))
    assert named_b["Solstolen"][0] == "resource"


def test_a_one_word_title_opening_a_paragraph_keeps_its_subtitle_to_the_verb() -> None:
    # _PLAN:11 "Ledstången – metodstöd för första linjens samtal med unga togs fram 2060 …"
    named = _named(_read(_PLAN))
    assert "Ledstången – metodstöd för första linjens samtal med unga" in named
    # _PLAN_B:7 "Räcket – en modell för samordnad rehabilitering används …": the subtitle after
    # an article, up to the verb
    names = [n for n in _named(_read(_PLAN_B)) if n.startswith("Räcket")]
    assert names and names[0].startswith("Räcket – en modell för samordnad rehabilitering")


_PROSE = [
    "Handlingsplan för Norrby 2062",
    "Område 1. Barn",
    "Mål: Fler barn får stöd.",
    "Aktiviteter 2062",
    "Aktivitet 1. Placerade barn",
    "Kansliet ska under 2062 ta fram ett metodstöd för socialsekreterare om hur placerade barns hälsa kan",
    "följas upp, Hälsokollen för placerade barn. Metodstödet ska vara klart i december 2062.",
    "",
    "Regionen tar fram ett kartläggningsverktyg för elevhälsan, Måendekartan, som kuratorer ska använda.",
    "",
    "Under 2061 genomfördes utbildningen Livslinan för 140 medarbetare i kommunernas skolor.",
    "Utbildningen Trygg start gavs till omkring 30 chefer i regionen.",
]


def test_a_made_thing_is_called_by_the_name_set_off_after_it() -> None:
    # _PROSE:6-7 "ta fram ett metodstöd för socialsekreterare om …, Hälsokollen för placerade barn."
    named = _named(_read(_PROSE))
    assert named["Hälsokollen för placerade barn"][0] == "resource"
    assert "metodstöd för socialsekreterare" not in named
    # _PROSE:9 "tar fram ett kartläggningsverktyg för elevhälsan, Måendekartan, som …"
    assert "Måendekartan" in named


def test_a_count_of_people_reached_ends_a_name() -> None:
    # _PROSE:11 "utbildningen Livslinan för 140 medarbetare i …"; 12 "Trygg start … till omkring 30 chefer"
    named = _named(_read(_PROSE))
    assert "Livslinan" in named
    assert not [n for n in named if "140" in n or "30 chefer" in n]


_EVENTS = [
    "Handlingsplan för Norrby 2062",
    "Område 1. Barn",
    "Mål: Fler barn får stöd.",
    "Aktiviteter 2062",
    "Aktivitet 1. Arrangemang",
    "",
    "◦ Föräldrakväll: Skärmar, sömn och stress – i alla kommuner under hösten",
    "◦ Temadag om ensamhet – på biblioteket i Norrby",
]


def test_a_dash_note_on_where_or_when_ends_a_listed_event() -> None:
    # _EVENTS:7 "Föräldrakväll: Skärmar, sömn och stress – i alla kommuner under hösten"; 8 "… – på biblioteket"
    named = _named(_read(_EVENTS))
    assert named["Föräldrakväll: Skärmar, sömn och stress"][0] == "event"
    assert named["Temadag om ensamhet"][0] == "event"
