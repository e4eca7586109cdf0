"""A final report's appendices written without tabs: a Markdown pipe table, a dated list with its
fields set off by dashes, a run-on sentence listing events with places in brackets, and run-on
"Category: A, B, C." lines of organisations, one name broken over two lines.

The shapes are those of blind10's final report (tests/fixtures/blind10/2037-slutrapport-2036-
riktade-insatser-psykisk-halsa.txt): "| Produkt | Typ | Målgrupp |" and its "|---|---|---|" rule
(lines 147-148), rows such as "| Tillbaka till jobbet (5 filmer) | film | arbetsgivare |" (154);
"2036-06-03 — Nationell träff för suicidsamordnare — Göteborg (88)" (170) and "… — digitalt (180)"
(166); "Mässor och konferenser där UPH medverkade med utställning: Psykiatridagarna 2036
(Stockholm), …, Socionomdagarna 2036 (inställd)." (176); "Civilsamhälle: …, SPES – Riksförbundet
för …, Mind, Autism- och" / "Aspergerförbundet." (182-183). The names below are made up, and other
separators (colons, pipes, day-month dates, "och" before a list's last item) are tried as a next
edition could print them.
"""

from __future__ import annotations

from loader.layouts.appendix_tables import AppendixTablesLayout
from loader.model import Document, Line, Mention
from loader.tables import dated_entry, is_row, split_cells

TEXT = """1. Inledning

Text.

Bilaga 1 Framtagna produkter under 2030

| Produkt | Typ | Målgrupp |
|---|---|---|
| Lugna vägen | webbutbildning | personal i skolan |
| Hemma igen (4 filmer) | film | arbetsgivare |

Bilaga 2 Genomförda arrangemang

2030-02-11 — Webbinarium: Lugna vägen i praktiken — digitalt (120)
2030-03-04 — Nätverksträff för samordnare — Umeå (40)

Mässor där kansliet ställde ut: Vårdmässan 2030 (Umeå), Skoldagarna 2030 (inställd).

Bilaga 3 Samverkan och dialoger

Myndigheter: Skolverket, Myndigheten för vård- och omsorgsanalys.
Civilsamhälle: NSPH – Nationell samverkan för psykisk hälsa, Hjärnfonden och Riksförbundet
Attention.
"""


def _mentions() -> list[Mention]:
    doc = Document("r", tuple(Line(i + 1, t) for i, t in enumerate(TEXT.split("\n"))))
    return AppendixTablesLayout().extract(doc)


def test_pipe_table_rows_are_resources_with_their_form_and_the_title_year() -> None:
    found = {m.name: m for m in _mentions() if m.kind == "resource"}
    assert set(found) == {"Lugna vägen", "Hemma igen"}
    assert found["Lugna vägen"].forms == ("webbutbildning",)
    assert found["Hemma igen"].forms == ("film",)
    assert found["Hemma igen"].alt_names == ("Hemma igen (4 filmer)",)
    assert found["Lugna vägen"].years == (2030,)
    assert found["Lugna vägen"].source.quote == "| Lugna vägen | webbutbildning | personal i skolan |"


def test_dashed_dated_list_and_event_sentence_are_events() -> None:
    events = [(m.name, m.start, m.location) for m in _mentions() if m.kind == "event"]
    assert events == [
        ("Webbinarium: Lugna vägen i praktiken", "2030-02-11", None),
        ("Nätverksträff för samordnare", "2030-03-04", "Umeå"),
        ("Vårdmässan 2030", None, "Umeå"),
        ("Skoldagarna 2030", None, None),
    ]


def test_category_lines_list_organisations_one_name_over_two_lines() -> None:
    actors = {m.name: m for m in _mentions() if m.kind == "actor"}
    assert set(actors) == {
        "Skolverket",
        "Myndigheten för vård- och omsorgsanalys",
        "NSPH",
        "Hjärnfonden",
        "Riksförbundet Attention",
    }
    assert actors["NSPH"].alt_names == (
        "NSPH – Nationell samverkan för psykisk hälsa",
        "Nationell samverkan för psykisk hälsa",
    )
    assert actors["Riksförbundet Attention"].heading == "Civilsamhälle"


def test_cells_and_dated_entries_whatever_the_separator() -> None:
    assert split_cells("| a | b |") == split_cells("a\tb") == ["a", "b"]
    assert not is_row("|---|:--:|")
    assert dated_entry("3 mars | Länsträff | Falun") == ("3 mars", "Länsträff", "Falun", "")
    assert dated_entry("2030-03-03: Länsträff om suicid, Falun (55)") == (
        "2030-03-03",
        "Länsträff om suicid",
        "Falun",
        "55",
    )
    assert dated_entry("3 maskiner: A, B") is None  # no month: not a date
