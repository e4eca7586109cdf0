"""Action-plan conventions of an eleventh edition (wave 11), on made-up plans.

Each rule names the layout convention it encodes; each has a case that must fire and one that must not.
"""

from __future__ import annotations

from loader.model import Mention
from tests.loader.helpers import plan_mentions, plan_names, rows_document

_doc = rows_document
_read = plan_mentions
_names = plan_names


_HEAD = [" Handlingsplan för psykisk hälsa i Ankeby 2090  ", "", " 1 Barn och unga  ", ""]


# --- duty tables: "Aktivitet  Ansvarig  Klart" lists the plan's planned work --------------------------------

_DUTY = [
    *_HEAD,
    "Under 2090 tar kommunerna fram Lyktan – vägledning för första linjen för unga 13–24 år.",
    "",
    "Planerat arbete 2090",
    "",
    "  Aktivitet                                Ansvarig                   Klart ",
    "  Ta fram Lyktan                           Vårdbolaget Ankeby AB      dec 2090 ",
    "  Revidera Programmet mot ensamhet för     Styrgruppen                jun 2091 ",
    "  äldre i Ankeby ",
    "  Sprida Lyktan till fritidsgårdarna       Kommunerna                 2091 ",
    "",
    "Planen följs upp årligen.",
]


def test_duty_table_rows_are_activities_not_things() -> None:
    # A table whose header has a responsibility column and a time column lists the plan's planned work:
    # no row, and no row run together with its cells ("Lyktan Vårdbolaget Ankeby AB dec 2090"), is a thing.
    found = _read(_DUTY)
    resources = {m.name for m in found if m.kind == "resource"}
    assert not any("Vårdbolaget" in n or "Styrgruppen" in n or "Revidera" in n for n in resources)
    activities = {m.name: m.source.line for m in found if m.kind == "activity"}
    assert activities == {
        "Ta fram Lyktan": 10,
        "Revidera Programmet mot ensamhet för äldre i Ankeby": 11,
        "Sprida Lyktan till fritidsgårdarna": 13,
    }


def test_duty_table_responsible_organisation_is_an_actor() -> None:
    # The responsibility cell says who does the work, as an "Ansvarig:" line does: a name of two words
    # or more is an actor; a one-word group noun ("Styrgruppen", "Kommunerna") refers back and is none.
    actors = _names(_DUTY, "actor")
    assert actors.get("Vårdbolaget Ankeby AB") == 10
    assert "Styrgruppen" not in actors and "Kommunerna" not in actors


def test_a_table_without_duty_columns_is_no_duty_table() -> None:
    # negative case: a table of amounts ("Mottagare  Medel") has no responsibility and time columns
    rows = [
        *_HEAD,
        "Mottagare                 Medel    Ansvar",
        "Ankeby kommun             4,1      Vårdbolaget Ankeby AB",
        "",
    ]
    assert [m for m in _read(rows) if m.kind == "activity"] == []


# --- a space-aligned table's row is no heading ----------------------------------------------------------


def test_a_row_of_space_aligned_cells_is_no_heading() -> None:
    # A table header whose cells stand apart by runs of spaces ("Satsning   Kommunerna   Gemensamt") is set
    # tight over its rows like a heading over its text; it is a row, and names no initiative by its cue noun.
    rows = [
        *_HEAD,
        "Medlen fördelas enligt tabellen.",
        "",
        "  Satsning                      Kommunerna     Gemensamt ",
        "  Barn och unga                 4,1 mnkr       0,6 mnkr ",
        "  Suicidprevention              2,3 mnkr       0,4 mnkr ",
        "",
    ]
    assert not any("Kommunerna" in m.name for m in _read(rows) if m.kind == "initiative")


def test_a_short_heading_with_single_spaces_is_still_a_heading() -> None:
    # negative case: an ordinary heading (single spaces) over its paragraph still names the joint effort
    rows = [
        *_HEAD,
        "En gemensam satsning",
        "Sedan 2088 driver kommunerna satsningen Ankeby tillsammans för psykisk hälsa.",
        "",
    ]
    assert any(m.kind == "initiative" for m in _read(rows))


# --- a tab-set duty table ("Klart" is its time column) --------------------------------------------------


def _tables(text: str) -> list[Mention]:
    from loader.tables import read_body_tables

    return read_body_tables(_doc(text.split("\n")))


def test_a_klart_column_makes_a_tab_table_planned_work() -> None:
    # "Klart" (done by) is a time column as "Tidsplan" and "När" are: a tab table with it and "Ansvarig"
    # lists the plan's planned work, and its verb-first rows are neither things nor events.
    text = (
        "Tabell 4. Aktiviteter 2090\n"
        "Aktivitet\t\tAnsvarig\t\tKlart\n"
        "Sprida Lyktan\t\tKansliet\t\tdec 2090\n"
        "Starta Brobygget Ankeby\tAnkeby kommun\tmar 2090\n"
    )
    assert [m.name for m in _tables(text) if m.kind in ("resource", "event")] == []


def test_a_tab_table_of_things_by_form_is_still_read() -> None:
    # negative case: a table of things with a form column still lists resources
    text = "Tabell 4. Material\nMaterial\tForm\nLyktan\thandbok\nBrobygget\tfilm\n"
    assert [m.name for m in _tables(text) if m.kind == "resource"] == ["Lyktan", "Brobygget"]


# --- a name after the verb, described by an appositive of any noun --------------------------------------


def test_a_name_after_its_verb_with_an_appositive_is_a_thing() -> None:
    # "prövas X, ett stöd för …", "finns också Y, en sökbar karta över …": the capitalised phrase between
    # the verb and the appositive is a name, whatever noun the appositive uses.
    rows = [
        *_HEAD,
        "Inom satsningen prövas Lugna kvällar Ankeby, ett stöd för tränare i föreningslivet att uppmärksamma",
        "oro hos unga. Stödet består av en checklista och en halvdagsutbildning och togs fram 2089.",
        "",
        "På webbplatsen finns också Stödkartan Norrby, en sökbar karta över var unga kan få hjälp.",
    ]
    found = {m.name: m for m in _read(rows) if m.kind == "resource"}
    assert found["Lugna kvällar Ankeby"].source.line == 5
    assert "Stödkartan Norrby" in found
    # the sentence taking the appositive's noun up ("Stödet består av …") is its own text and says what it is
    assert "togs fram 2089" in found["Lugna kvällar Ankeby"].description
    assert set(found["Lugna kvällar Ankeby"].forms) >= {"checklista", "utbildning"}


def test_a_subject_or_a_place_before_an_appositive_is_no_thing() -> None:
    # negative cases: a place after a preposition, the subject before its particle, an organisation
    rows = [
        *_HEAD,
        "Under 2090 erbjuder skolorna i Ankeby Lugna rummet, en verksamhet för unga.",
        "Under 2089 tog Forum Ankeby fram Lyktan, en guide för kommunerna.",
        "Arbetet samordnas av Ankeby kommun, en kommun med 20 000 invånare.",
    ]
    names = set(_names(rows))
    assert not any("Forum Ankeby" in n or "Ankeby kommun" in n or "Lugna rummet" in n for n in names)


# --- a group noun before a name of another kind is the clause's subject -----------------------------------


def test_a_name_headed_by_another_kind_after_a_group_noun_is_no_group() -> None:
    # After a fronted adverbial the verb comes second and the subject third ("Den 3 maj arrangerar
    # styrgruppen Norrbykonferensen 2090 …"): the group noun is the subject, the name the object, and its
    # own head word ("-konferensen", "Lägesbild") says what it is.
    rows = [
        *_HEAD,
        "Den 3 maj 2090 arrangerar styrgruppen Norrbykonferensen 2090 om psykisk hälsa i Ankeby.",
        "Inför konferensen sammanställer arbetsgruppen Lägesbild psykisk hälsa Norrby 2090, som bygger på enkäter.",
    ]
    found = _read(rows)
    assert not any(m.kind == "actor" and ("konferensen" in m.name or "Lägesbild" in m.name) for m in found)
    assert any(m.kind == "event" and m.name.startswith("Norrbykonferensen 2090") for m in found)
    assert any(m.kind == "resource" and m.name.startswith("Lägesbild psykisk hälsa Norrby") for m in found)


def test_a_group_named_after_its_noun_is_still_an_actor() -> None:
    # negative case: "styrgruppen Psykisk hälsa Norr" names the group itself
    rows = [*_HEAD, "Arbetet leds av styrgruppen Psykisk hälsa Norrby, som möts varje månad."]
    assert "Psykisk hälsa Norrby" in _names(rows, "actor")


# --- names that are no titles: cut before a preposition's noun phrase, a citation's maker and year ----------


def test_a_name_ending_in_a_preposition_or_a_citation_is_no_title() -> None:
    rows = [
        *_HEAD,
        "Kommunerna inför under 2090 Ljusgården – vägledning för första linjen för barn och unga 6–18 år",
        "(SKR 2089). Vägledningen används i alla skolor.",
    ]
    names = set(_names(rows))
    assert not any(n.endswith(" inför") or n.startswith("SKR 2089") for n in names)


def test_a_title_with_a_preposition_inside_is_kept() -> None:
    # negative case: a preposition inside a title ("Stöd i vardagen – …") and a title with its year
    rows = [*_HEAD, "Kommunerna använder Stöd i vardagen – handbok för boendestödjare, som togs fram 2088."]
    assert any(n.startswith("Stöd i vardagen") for n in _names(rows))


# --- a one-word heading set off by blank lines ------------------------------------------------------------


def test_a_one_word_heading_between_blank_lines_scopes_what_follows() -> None:
    # " Suicidprevention " alone between blank lines is the section's heading: the things under it are not
    # scoped by the heading before it (" Äldres psykiska hälsa ").
    rows = [
        *_HEAD,
        " Äldres psykiska hälsa ",
        "",
        "Kommunerna använder Samtal i hemmet – samtalsstöd för äldre i hemtjänsten.",
        "",
        " Suicidprevention ",
        "",
        "Kommunerna använder Livlinan – utbildning i att fråga om suicidtankar.",
    ]
    found = {m.name: m for m in _read(rows) if m.kind == "resource"}
    livlinan = next(m for n, m in found.items() if n.startswith("Livlinan"))
    assert livlinan.heading == "Suicidprevention"


def test_a_lone_word_over_lower_case_text_is_no_heading() -> None:
    # negative case: a word alone between blank lines over a line going on in lower case is a wrapped word
    rows = [
        *_HEAD,
        " Äldres psykiska hälsa ",
        "",
        "Kommunerna använder Samtal i hemmet – samtalsstöd för äldre i hemtjänsten.",
        "",
        "Hemtjänsten",
        "",
        "och Livlinan – utbildning i att fråga om suicidtankar används.",
    ]
    assert all(m.heading != "Hemtjänsten" for m in _read(rows))


# --- a citation's year after a title; a sentence's subject and verb before a dash title ------------------


def test_a_citation_after_a_title_gives_its_year() -> None:
    rows = [*_HEAD, "Materialet bygger på Stilla rum – kunskapsöversikt om ensamhet hos äldre (SKR 2088)."]
    found = {m.name: m for m in _read(rows) if m.kind == "resource"}
    title = next(n for n in found if n.startswith("Stilla rum"))
    assert found[title].years == (2088,)
    # the sentence's subject and verb ("Materialet bygger på") are no part of the title
    assert not any(n.startswith("Materialet") for n in found)


def test_a_bracketed_year_without_a_maker_is_no_citation() -> None:
    # negative case: a year in brackets after a place or a count says nothing of the title's maker
    rows = [*_HEAD, "Kommunerna använder Stilla rum – kunskapsöversikt om ensamhet i Ankeby (120 deltagare 2088)."]
    found = {m.name: m for m in _read(rows) if m.kind == "resource"}
    title = next(n for n in found if n.startswith("Stilla rum"))
    assert 2088 not in found[title].years
