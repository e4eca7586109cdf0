"""The shared table reader: headed tab-separated tables anywhere in a report.

The synthetic texts follow the convention of the regional action plans, which print planned
arrangements and partners as tab tables in the body (e.g. the Dalarna plan of the tuning set,
"Datum<TAB>Arrangemang<TAB>Ansvarig" and "Part<TAB>Roll" under their own headings).
"""

from __future__ import annotations

from loader.actors import ActorLexicon
from loader.layouts.action_plan import ActionPlanLayout
from loader.layouts.appendix_tables import AppendixTablesLayout
from loader.lexicon import term_annotations
from loader.model import Document, Line
from loader.organisations import find_organisations
from loader.pipeline import extract_layouts
from loader.tables import body_tables, column_words, header_roles, masked, organizers, read_body_tables
from psykgraf.settings import Settings

PLAN = """Handlingsplan för psykisk hälsa i Länet 2025–2026

Långsiktiga mål
Alla ska ha god psykisk hälsa.

Aktivitet 1. Stärka samverkan
Regionen och kommunerna samverkar om suicidprevention och stöd.

 Planerade arrangemang 2025–2026

Datum\tArrangemang\tAnsvarig
2025-02-12\tLänsträff för processledare\tKansliet
2025-05-14\tBarnkonferensen i Länet (Falun)\tKommunerna
2026-03-18\tNätverksdag för IPS-coacher\tKansliet och Länsstyrelsen Gävleborg

 Samverkansparter
Planen genomförs i samverkan med följande parter:

Part\tRoll
Region Gävleborg\tHuvudman hälso- och sjukvård
Länsstyrelsen Gävleborg\tFöräldraskapsstöd, suicidprevention
Svenska kyrkan, Uppsala stift\tStöd till efterlevande

 Uppföljning
Planen följs upp i en årlig rapport till samrådsorganet i mars varje år under planperioden.
"""


def _doc(text: str, report: str = "plan") -> Document:
    return Document(report, tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))


def test_header_words_come_from_the_vocabulary() -> None:
    # ontology/psykgraf.ttl annotates the terms a column gives with pg:columnWord.
    values = {(term.rsplit("/", 1)[-1].split("#")[-1], word) for term, word in term_annotations("columnWord")}
    expected = {("startDate", "datum"), ("organizer", "ansvarig"), ("Actor", "part"), ("collaborationArea", "roll")}
    assert expected <= values
    words = dict(column_words())
    assert (words["aktivitet"], words["tid"], words["nar"], words["parter"]) == ("name", "date", "date", "actor")


def test_header_rows_and_data_rows() -> None:
    assert header_roles(["Datum", "Arrangemang", "Ansvarig"]) == ("date", "name", "organizer")
    assert header_roles(["Tid", "Aktivitet", "Plats"]) == ("date", "name", "location")
    # A compound is read by its last part: "Samverkansområde" is an area.
    assert header_roles(["Aktör", "Samverkansområde"]) == ("actor", "area")
    # Rows of data are no headers: dates, names.
    assert header_roles(["2025-02-12", "Länsträff", "Kansliet"]) is None
    assert header_roles(["Region Gävleborg", "Huvudman hälso- och sjukvård"]) is None


def test_event_table_in_the_body() -> None:
    events = [m for m in read_body_tables(_doc(PLAN)) if m.kind == "event"]
    # PLAN lines 12-14: one event a row, dated, under the heading above the table (line 9).
    assert [(m.name, m.start, m.source.line) for m in events] == [
        ("Länsträff för processledare", "2025-02-12", 12),
        ("Barnkonferensen i Länet (Falun)", "2025-05-14", 13),
        ("Nätverksdag för IPS-coacher", "2026-03-18", 14),
    ]
    assert {m.source.section for m in events} == {"Planerade arrangemang 2025–2026"}
    assert events[1].location == "Falun"
    # The quote is the row as printed.
    assert events[0].source.quote == "2025-02-12 Länsträff för processledare Kansliet"


def test_organiser_cells_name_organisations_only() -> None:
    events = [m for m in read_body_tables(_doc(PLAN)) if m.kind == "event"]
    # Line 12 "Kansliet", line 13 "Kommunerna": common nouns, no organisation named.
    assert [[a.name for a in m.actors] for m in events] == [[], [], ["Länsstyrelsen Gävleborg"]]
    assert {a.role for a in events[2].actors} == {"organizer"}
    assert organizers("Region Gävleborg, Sveriges Kommuner och Regioner") == [
        "Region Gävleborg",
        "Sveriges Kommuner och Regioner",
    ]


def test_partner_table_gives_actors_named_by_their_cell() -> None:
    actors = [m for m in read_body_tables(_doc(PLAN)) if m.kind == "actor"]
    # PLAN lines 20-22: the Part cell is the name, the Roll cell the area of collaboration.
    assert [m.name for m in actors] == ["Region Gävleborg", "Länsstyrelsen Gävleborg", "Svenska kyrkan, Uppsala stift"]
    assert dict(actors[1].extra)["collaboration-area"] == "Föräldraskapsstöd, suicidprevention"
    # The heading above the table is the section, not the lead sentence ending in ":".
    assert {m.source.section for m in actors} == {"Samverkansparter"}


def test_a_table_ends_at_a_block_without_tabs() -> None:
    tables = body_tables(_doc(PLAN))
    assert [sorted(t.line_numbers) for t in tables] == [[11, 12, 13, 14], [19, 20, 21, 22]]


def test_unheaded_tab_lines_are_no_table() -> None:
    doc = _doc("Rubrik\n\nRegion Gävleborg\tIPS\nKansliet\tStöd")
    assert read_body_tables(doc) == []


def test_masked_lines_keep_offsets_and_pages() -> None:
    doc = _doc(PLAN)
    hidden = masked(doc, {12})
    assert hidden.text.split("\n")[11].strip() == ""
    assert len(hidden.text) == len(doc.text)
    assert hidden.offset(21) == doc.offset(21)


def test_the_plan_layout_does_not_read_table_rows_as_names() -> None:
    doc = _doc(PLAN)
    found, _ = extract_layouts(doc, [ActionPlanLayout()])
    names = {(m.kind, m.name) for m in found}
    assert ("event", "Länsträff för processledare") in names
    assert ("actor", "Svenska kyrkan, Uppsala stift") in names
    # Neither the header's last cell nor a row's joined cells are a name of their own.
    assert not [n for k, n in names if n in {"Ansvarig", "Arrangemang"} or "\t" in n]
    rows = {11, 12, 13, 14, 19, 20, 21, 22}
    assert all(m.kind in {"event", "actor"} for m in found if m.source.line in rows)


def test_appendix_tables_read_through_the_shared_reader() -> None:
    text = "Rapport\n\nBilaga 2 Arrangemang 2025\n\nDatum\tArrangemang\tAnsvarig\n"
    text += "2025-03-01\tVårträff\tRegion Gävleborg"
    doc = _doc(text)
    mentions = AppendixTablesLayout().extract(doc)
    assert [(m.kind, m.name, m.start, [a.name for a in m.actors]) for m in mentions] == [
        ("event", "Vårträff", "2025-03-01", ["Region Gävleborg"])
    ]
    # The pipeline leaves appendix tables to the appendix layout: no row is read twice.
    found, _ = extract_layouts(doc, [AppendixTablesLayout()])
    assert [m.name for m in found] == ["Vårträff"]


def test_no_organisation_name_spans_two_cells() -> None:
    actors = ActorLexicon.load(Settings().lexicon_dir / "actors.ttl")
    # A partner row: "Länsstyrelsen Gävleborg" then the role cell "Föräldraskapsstöd, …".
    hits = find_organisations("Länsstyrelsen Gävleborg\tFöräldraskapsstöd, suicidprevention", actors)
    assert [h.name for h in hits] == ["Länsstyrelsen Gävleborg"]
    hits = find_organisations("Högskolan Dalarna\tUtvärdering av projektet", actors)
    assert [h.name for h in hits] == ["Högskolan Dalarna"]


ACTIVITIES = """Aktiviteter 2026

Aktivitet\tTid\tAnsvarig
Ta fram en länsgemensam checklista\tHösten 2026\tKansliet
Regional konferens om suicidprevention\tVåren 2026\tRegion Gävleborg

Part\tUppdrag
Kommunerna\tGenomförande
Region Gävleborg\tHuvudman
"""


def test_undated_rows_without_an_event_noun_are_planned_work() -> None:
    found = read_body_tables(_doc(ACTIVITIES))
    # ACTIVITIES line 4 (no date, a task) is no event; line 5 names a conference ("konferens").
    assert [(m.kind, m.name) for m in found if m.kind == "event"] == [
        ("event", "Regional konferens om suicidprevention")
    ]


def test_a_kind_of_organisation_is_no_partner() -> None:
    found = read_body_tables(_doc(ACTIVITIES))
    # ACTIVITIES line 8 "Kommunerna" (the municipalities in general), line 9 one region.
    assert [m.name for m in found if m.kind == "actor"] == ["Region Gävleborg"]


def test_inflected_and_compound_header_words() -> None:
    assert header_roles(["Parter", "Roller"]) == ("actor", "area")
    assert header_roles(["Stödmaterial", "Webbplats"]) == ("name", "url")
    # "Information" holds "format" but is not a compound headed by it.
    assert header_roles(["Aktör", "Information"]) is None
