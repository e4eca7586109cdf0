"""Slide-deck conventions of a tenth edition (wave 10), on made-up decks.

Decks of this edition write every list item with a dash at the margin ("– Ankeby kommun", "–
Trädkojan – program om …"), indent a second level below an item under another glyph ("   ▪ Del
ett"), wrap an item's name onto an indented line ("– Polisområde Väst," / "     lokalpolisområde
Ankeby–Norrby") and list who takes part under a title that says so ("VI ÄR MED") with no sector
headings.
"""

from __future__ import annotations

from loader.layouts.bullets import margin_dash
from tests.loader.slide_decks import deck_text, kinds_named, read_deck

_FOOT = "Ankeby · Kraftsamling 2070 · {n}/{total}"


def _members(title: str, police: list[str]) -> list[list[str]]:
    return [
        ["Tillsammans för barnen i Ankeby", "Kraftsamling för psykisk hälsa hos barn i Ankeby", "Ankeby 3 mars 2070"],
        [
            title,
            "– Ankeby kommun",
            "– Norrby kommun",
            "– Region Väst",
            *police,
            "– Norrby BK",
            "– Röda Korset Ankeby",
            "– Ungdomsrådet i Norrby (ledamöter 13–18 år)",
        ],
        ["VARFÖR?", "– Många aktörer och få vägar in", "– Långa väntetider"],
    ]


def test_a_dash_at_the_margin_is_the_decks_first_level() -> None:
    """A deck writing all its margin items with a dash has the dash as its first level; a glyph
    indented below a dash item is the second level. A deck of "•" items keeps its dashes as
    sub-items, and an outline's indented dashes are no margin items."""
    assert margin_dash(["– A", "– B", "– C", "   ▪ c1", "– D", "– E"]) == "–"
    assert margin_dash(["- A", "- B", "- C", "- D", "- E", "Text"]) == "-"
    assert margin_dash(["• A", "– a", "– b", "– c", "– d", "– e", "• B"]) is None
    assert margin_dash(["– A", "– B", "– C", "– D"]) is None  # too few to tell
    assert margin_dash(["\t– A", "\t– B", "\t– C", "\t– D", "\t– E"]) is None


def test_members_under_a_title_that_says_who_takes_part() -> None:
    """ "VI ÄR MED" / "Vilka är med?" over dash items with no sector headings: each line names one
    organisation; a lower-case bracket after a name says what the body is."""
    police = ["– Polisen i Ankeby"]
    for title in ("VI ÄR MED", "Vilka är med?"):
        mentions = read_deck(deck_text(_members(title, police), _FOOT, tight=(2,)))
        for name in ("Ankeby kommun", "Norrby BK", "Röda Korset Ankeby", "Ungdomsrådet i Norrby"):
            assert kinds_named(mentions, name) == ["actor"], (title, name)


def test_a_police_area_wrapped_with_its_local_area_is_one_actor_and_no_areas_heading() -> None:
    """ "– Polisområde Väst," over "     lokalpolisområde Ankeby–Norrby" names one body and its local
    unit; a singular "…område" names a district, never the heading of an initiative's areas (so the
    members below are no focus areas and the line above no initiative)."""
    for police in (
        ["– Polisområde Väst,", "     lokalpolisområde Ankeby–Norrby"],
        ["– Polisen,", "     lokalpolisområde Ankeby"],
    ):
        mentions = read_deck(deck_text(_members("VI ÄR MED", police), _FOOT, tight=(2,)))
        whole = " ".join(p.strip(" –") for p in police)
        assert kinds_named(mentions, whole) == ["actor"], [m.name for m in mentions]
        assert not [m for m in mentions if m.kind == "focus-area"]
        assert not [m for m in mentions if m.kind == "initiative" and "olis" in m.name]


def test_a_role_and_its_workplace_are_no_member_list() -> None:
    """ "Rektor, Ankeby skola": a role before a comma, no body and its unit; a slide of such lines
    under an ordinary title names no organisations by its lines."""
    slides = [
        ["Tillsammans för barnen i Ankeby", "Kraftsamling för psykisk hälsa hos barn i Ankeby", "Ankeby 3 mars 2070"],
        [
            "STYRGRUPPEN",
            "– Rektor, Ankeby skola",
            "– Kurator, Norrby skola",
            "– Skolsköterska, Ankeby skola",
            "– Socialsekreterare, Norrby kommun",
            "– Psykolog, Region Väst",
        ],
        ["VARFÖR?", "– Många aktörer och få vägar in", "– Långa väntetider"],
    ]
    names = {m.name for m in read_deck(deck_text(slides, _FOOT, tight=(2,)))}
    assert not any(n.startswith(("Rektor", "Kurator", "Psykolog")) for n in names), names


def _things(lines: list[str]) -> list[list[str]]:
    return [
        ["Tillsammans för barnen i Ankeby", "Kraftsamling för psykisk hälsa hos barn i Ankeby", "Ankeby 3 mars 2070"],
        ["I SKOLAN", *lines],
        ["VARFÖR?", "– Många aktörer och få vägar in", "– Långa väntetider", "– Barn väntar för länge"],
        ["NÄSTA STEG", "– Besluta om delarenor", "– Utvärdera piloten"],
    ]


def test_a_list_item_that_is_a_sentence_names_its_subject() -> None:
    """A list item going on with a predicate ("… antogs 2069", "…, används i alla skolor", "… startar
    i mars") names its subject; the predicate is no part of the name. A title whose verb stands in
    a clause of its own ("Ledare som ser") keeps it."""
    lines = [
        "– Trädkojan – livskunskap för årskurs 1–6, används i alla grundskolor",
        "– Lyktan i Norrby – pilot 2070 startar i mars på två skolor",
        "– Ledare som ser – webbutbildning för chefer i skolan",
    ]
    names = {m.name for m in read_deck(deck_text(_things(lines), _FOOT))}
    assert "Trädkojan – livskunskap för årskurs 1–6" in names, names
    assert "Lyktan i Norrby – pilot 2070" in names, names
    assert "Ledare som ser – webbutbildning för chefer i skolan" in names or "Ledare som ser" in names, names
    assert not any(w in n for n in names for w in ("används", "startar")), names


def test_a_title_in_capitals_names_no_occasion_below_it() -> None:
    """ "AKTIVITETER 2070" over "– Kick-off Kraftsamling Ankeby, 9 februari": the title heads the
    occasions and is no part of the first one's name, in a deck of dash items or of "•" items."""
    for glyph in ("–", "•"):
        slides = _things([f"{glyph} Trädkojan – program om känslor för barn 3–5 år"])
        slides.insert(
            2,
            [
                "AKTIVITETER 2070",
                f"{glyph} Kick-off Kraftsamling Ankeby, 9 februari",
                f"{glyph} Föräldrakväll Trädkojan i Norrby, 14 maj",
            ],
        )
        names = {m.name for m in read_deck(deck_text(slides, _FOOT))}
        assert not any(n.startswith(("AKTIVITETER", "Aktiviteter")) for n in names), names
        assert "Föräldrakväll Trädkojan i Norrby" in names or "Föräldrakväll Trädkojan" in names, names


def test_parts_of_a_series_listed_below_it() -> None:
    """ "Filmserien Solsken (2069) visar …, tre filmer:" over "▪ Solsken – morgon", "▪ Solsken – när det
    regnar": each sub-item names a part of the series, a film of its year; a sub-item that goes on
    with a predicate, or names another thing, is no part."""
    for series, name in (
        ("– Filmserien Solsken (2069) visar vardagen", "Solsken"),
        ("– Lugna stunder – filmer för föräldrar (2069)", "Lugna stunder"),
    ):
        lines = [
            series,
            "för föräldrar till barn 1–4 år, tre filmer:",
            f"   ▪ {name} – morgon",
            f"   ▪ {name} – när det regnar",
            f"   ▪ {name} – visas på alla förskolor",
        ]
        mentions = read_deck(deck_text(_things(lines), _FOOT))
        for part in (f"{name} – morgon", f"{name} – när det regnar"):
            assert kinds_named(mentions, part) == ["resource"], [m.name for m in mentions]
        assert not [m for m in mentions if "visas" in m.name], [m.name for m in mentions]


def test_a_team_named_after_the_thing_it_runs() -> None:
    """ "Trappeteamet samordnar piloten" below "Trappan – modell …": the thing's name as a compound's
    first element, its -an turned to -e, names its team; "Flottledsteamet" of "Flottleden" drops the
    definite ending and links with -s."""
    for thing, team in (("Trappan", "Trappeteamet"), ("Flottleden", "Flottledsteamet")):
        lines = [
            f"– {thing} – elevhälsobaserad modell för första linjen (2068)",
            f"– {team} samordnar piloten",
        ]
        mentions = read_deck(deck_text(_things(lines), _FOOT))
        assert kinds_named(mentions, team) == ["actor"], [m.name for m in mentions]


def test_an_initiative_opening_a_sentence_ends_before_its_predicate() -> None:
    """ "– Den nationella Satsning mot ensamhet startade 2019 …": the title ends before the verb;
    a common noun in the definite form ("satsningen för unga") names no initiative."""
    for line, name in (
        ("– Den nationella Satsning mot ensamhet startade 2019 och har vuxit", "Satsning mot ensamhet"),
        ("– Den nationella Kraftsamling för unga vuxna startade 2020", "Kraftsamling för unga vuxna"),
    ):
        mentions = read_deck(deck_text(_things([line, "– Kommunen deltar i satsningen för unga"]), _FOOT))
        assert "initiative" in kinds_named(mentions, name), [m.name for m in mentions]
        assert not [m for m in mentions if "satsningen" in m.name.lower()], [m.name for m in mentions]


def test_a_support_to_someone_after_a_dash_says_whom_it_serves() -> None:
    """ "Efterskenet – stöd till efterlevande" names a support as "– stöd för …" does, also when the
    item goes on with what is done with it ("… delas ut av kyrkan"); before the dash a phrase of
    common words ("Snabb kontakt – stöd till alla …") is a point made, no name."""
    for line, name in (
        ("– Efterskenet – stöd till efterlevande delas ut av kyrkan och vårdcentralen", "Efterskenet"),
        ("– Lyktbäraren – stöd till familjecentraler i Ankeby", "Lyktbäraren"),
    ):
        mentions = read_deck(deck_text(_things([line]), _FOOT))
        found = [m for m in mentions if m.kind == "resource" and m.name.startswith(name)]
        assert found, [m.name for m in mentions]
        assert not any("delas" in m.name for m in mentions)
    mentions = read_deck(deck_text(_things(["– Snabb kontakt – stöd till alla i kommunen"]), _FOOT))
    assert not [m for m in mentions if m.name.startswith("Snabb kontakt")], [m.name for m in mentions]


def test_a_thing_named_before_a_period_of_years_is_work_running_over_it() -> None:
    """ "i studien Barnens röster i Ankeby (2070–2072)": a study over a period is an initiative, as a
    project with its period is; "Rapporten Barnens röster (2070)", a year alone, stays a resource."""
    for line, name in (
        (
            "– Universitetet följer kraftsamlingen i studien Barnens röster i Ankeby (2070–2072)",
            "Barnens röster i Ankeby",
        ),
        ("– Vi följer projektet Trygga kvällar (2069–2071)", "Trygga kvällar"),
    ):
        mentions = read_deck(deck_text(_things([line]), _FOOT))
        assert kinds_named(mentions, name) == ["initiative"], [(m.kind, m.name) for m in mentions]
    mentions = read_deck(deck_text(_things(["– Rapporten Barnens röster (2070) visar läget"]), _FOOT))
    kinds = {m.kind for m in mentions if "Barnens röster" in m.name}
    assert kinds == {"resource"}, [(m.kind, m.name) for m in mentions]


def test_an_items_form_note_beats_its_slides_kind_noun() -> None:
    """Under "UTBILDNINGAR 2070", "– Solsken – om oro (webbutbildning)" is a web training and
    "– Samtal om oro – grundnivå" a training, as the title says."""
    slides = _things(["– Trädkojan – program om känslor för barn 3–5 år"])
    slides.insert(
        2,
        ["UTBILDNINGAR 2070", "– Solsken – om oro (webbutbildning)", "– Samtal om oro – grundnivå"],
    )
    mentions = read_deck(deck_text(slides, _FOOT, tight=(3,)))
    forms = {m.name: m.forms for m in mentions}
    assert forms.get("Solsken") == ("webbutbildning",), forms
    assert forms.get("Samtal om oro – grundnivå") == ("utbildning",), forms


def test_a_dated_title_with_a_question_names_a_report() -> None:
    """ "▪ Första linjen 2069 – vem når fram?" and "▪ Barnens läge 2070 – en väg in för alla?" name a
    yearly report by the whole line; a statement after the dash names nothing."""
    for line in ("▪ Första linjen 2069 – vem når fram?", "▪ Barnens läge 2070 – en väg in för alla?"):
        slides = _things(["– Trädkojan – program om känslor för barn 3–5 år"])
        slides.insert(2, ["NATIONELLT STÖD VI ANVÄNDER", line, "SKR:s årliga uppföljning"])
        mentions = read_deck(deck_text(slides, _FOOT))
        assert kinds_named(mentions, line[2:]) == ["resource"], [m.name for m in mentions]
        # the owner's kind noun on the line below says its form ("SKR:s årliga uppföljning")
        assert [m.forms for m in mentions if m.name == line[2:]] == [("rapport",)]
    slides = _things(["– Trädkojan – program om känslor för barn 3–5 år"])
    slides.insert(2, ["NATIONELLT", "▪ Första linjen 2069 – vi når fram", "▪ Första linjen 2070 – fler år"])
    names = {m.name for m in read_deck(deck_text(slides, _FOOT))}
    assert not any(n.startswith("Första linjen 20") for n in names), names


def test_the_thing_someone_uses_is_a_resource() -> None:
    """ "Kuratorerna använder Stegkompassen vid första samtalet" and "Vi använder Lyktan (vägledning
    för första linjen, 2069)" name what is used, the bracket its form and year; an abbreviation, an
    organisation or an owner's genitive after "använder" names no tool of its own."""
    lines = [
        "– Kuratorerna använder Stegkompassen vid första samtalet",
        "– Vi använder Lyktan (vägledning för första linjen, 2069)",
        "– Alla skolor använder SIP",
        "– Skolorna använder Region Västs riktlinjer",
    ]
    mentions = read_deck(deck_text(_things(lines), _FOOT))
    assert kinds_named(mentions, "Stegkompassen") == ["resource"], [m.name for m in mentions]
    lyktan = [m for m in mentions if m.name == "Lyktan"]
    assert lyktan and lyktan[0].forms == ("guide",) and lyktan[0].years == (2069,), lyktan
    names = {m.name for m in mentions}
    assert not names & {"SIP", "Region Västs", "Region Väst"}, names


def test_a_definite_noun_and_a_name_open_a_thing() -> None:
    """ "– Chattjouren Nattljuset för unga 15–24 år, drivs av …" and "– Samtalsstödet Gáldu – för
    samiska unga …": the deck's own noun in the definite form and a capitalised name name a thing,
    the name alone and with its noun. An organisation's noun ("Familjecentralen Solrosen"), a place
    after the noun ("Polisen Ankeby") and a name that goes on ("Länsdagen Ung i Norrby") name none."""
    lines = [
        "– Chattjouren Nattljuset för unga 15–24 år, drivs av Röda Korset",
        "– Samtalsstödet Gáldu – för samiska unga 15–25 år",
        "– Familjecentralen Solrosen erbjuder öppen förskola",
        "– Polisen Ankeby deltar i nätverket",
        "– Länsdagen Ung i Norrby samlar alla skolor",
    ]
    mentions = read_deck(deck_text(_things(lines), _FOOT))
    for name, noun in (("Nattljuset", "Chattjouren"), ("Gáldu", "Samtalsstödet")):
        found = [m for m in mentions if m.name == name]
        assert found and found[0].kind == "resource" and f"{noun} {name}" in found[0].alt_names, found
    names = {m.name for m in mentions}
    assert not names & {"Solrosen", "Ankeby", "Ung"}, names


def test_a_plan_named_by_its_title_in_a_list_item() -> None:
    """ "– Lokal handlingsplan för suicidprevention i Norrby antogs 2069" and "– Handlingsplan för
    Kraftsamling Ankeby 2071–2073 tas fram" name one plan each, by place or period; "– En
    handlingsplan för arbetet tas fram" names none."""
    lines = [
        "– Lokal handlingsplan för suicidprevention i Norrby antogs 2069",
        "– Handlingsplan för Kraftsamling Ankeby 2071–2073 tas fram",
        "– En handlingsplan för arbetet tas fram",
    ]
    mentions = read_deck(deck_text(_things(lines), _FOOT))
    for name in (
        "Lokal handlingsplan för suicidprevention i Norrby",
        "Handlingsplan för Kraftsamling Ankeby 2071–2073",
    ):
        assert kinds_named(mentions, name) == ["resource"], [m.name for m in mentions]
    assert not [m for m in mentions if "arbetet" in m.name], [m.name for m in mentions]
