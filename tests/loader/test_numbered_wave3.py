"""Annual-report conventions of tests/eval/blind9/README.md ("Layout variations", annual report), written
here with other words: titles in quotation marks after a clause whose subject is a network or a working
group, an apposition saying what a quoted title is, a footnote glued to an agreement's year or to a
subtitle's form noun, a title right after "tagit fram" restated by an apposition, a "✓" summary list
naming a product again by its main title, arrangements in a tab table whose name column is headed by an
event noun, and a footnote that is only a number and an address after a list item."""

from __future__ import annotations

from loader.layouts.numbered_report import NumberedReportLayout
from loader.model import Document, Line, Mention
from loader.named_things import sentences
from loader.pipeline import extract_layouts
from loader.tables import read_body_tables

TEXT = """Innehåll
1 Inledning ......................................................... 2
2 Barn och unga ..................................................... 3
3 Äldre ............................................................. 4

SKR – Insatser för psykisk hälsa 2040                 2
1 Inledning
1.1 Överenskommelsen 2040
Överenskommelsen om insatser inom området psykisk hälsa och suicid-
prevention 20401 omfattade två miljarder kronor och gällde för ett år, och
SKR:s del av medlen har använts till stöd, kunskapsspridning och nätverk
för regionernas och kommunernas chefer och medarbetare inom området.
1 Regeringen, S2039/01234
https://www.regeringen.se/overenskommelser/psykisk-halsa-2040/

SKR – Insatser för psykisk hälsa 2040                 3
2 Barn och unga
2.1 Fritid
Arbetsgruppen Idrott och hälsa har tagit fram ”Lek och rörelse – stöd-
material för fritidsgårdar”, en skrift om fysisk aktivitet och om hur
fritidsgårdar kan främja psykisk hälsa hos barn i alla åldrar och miljöer.
Inom nätverket har ”Guide för samtal om oro” tagits fram, en skrift för
fritidsledare som möter barn med oro. Den kom i maj 2040 och har spridits.
Barnens hälsa 2040 – en nulägesbeskrivning2 visar hur fritidsgårdarna i
landet arbetar med barns psykiska hälsa och vilket stöd de behöver framåt.
Under året har SKR tillsammans med Sveriges Fritidsgårdar tagit fram
Indikatorer för öppen fritidsverksamhet, ett gemensamt uppföljningsstöd som
kommunerna ska använda från och med 2041 i sin årliga uppföljning av stödet.
Det här har vi gjort
✓ Publicerat materialet Lek och rörelse
✓ Samlat Nätverket för fritidschefer tre gånger
2 https://www.example.se/uploads/2040/05/Barnens-halsa-2040.pdf
Tabell 1. Konferenser 2040
Datum\tKonferens\tDeltagare
2040-03-04\tKonferens: Fritid som friskfaktor\t210
2040-10-12\tKonferens: Barns rörelse\t180

SKR – Insatser för psykisk hälsa 2040                 4
3 Äldre
Under hösten startade Nätverket för äldreomsorgschefer en ny omgång med
träffar om hur äldreomsorgen kan uppmärksamma ensamhet och nedstämdhet hos
äldre som bor hemma, och nätverket har samlat chefer från femton kommuner.
"""


def _doc() -> Document:
    # every line ends in a space, as the exported annual report does
    return Document("r", tuple(Line(i + 1, f"{t} " if t else t) for i, t in enumerate(TEXT.split("\n"))))


def _mentions() -> list[Mention]:
    """What the pipeline's layout stage reads: tables by the table reader, the rest by the layout."""
    return extract_layouts(_doc(), [NumberedReportLayout()])[0]


def _found() -> dict[str, str]:
    return {m.name: m.kind for m in _mentions()}


def test_quoted_title_after_a_clause_takes_no_kind_from_its_subject() -> None:
    found = _found()
    # "Arbetsgruppen … har tagit fram ”Lek och rörelse – …”, en skrift …" (lines 19-20): a product, no group
    assert found["Lek och rörelse – stödmaterial för fritidsgårdar"] == "resource"
    # "Inom nätverket har ”Guide för samtal om oro” tagits fram, en skrift …" (line 22)
    assert found["Guide för samtal om oro"] == "resource"


def test_footnoted_agreement_is_no_product() -> None:
    # "Överenskommelsen om … 20401" with note 1 giving a decision number and address (lines 9-14)
    found = _found()
    assert not any(kind == "resource" and name.startswith("Överenskommelsen") for name, kind in found.items())


def test_subtitled_subject_glued_to_its_note() -> None:
    # "Barnens hälsa 2040 – en nulägesbeskrivning2 visar …" (line 24), note 2 only an address (line 32)
    assert _found()["Barnens hälsa 2040 – en nulägesbeskrivning"] == "resource"


def test_made_title_restated_by_an_apposition() -> None:
    # "tagit fram / Indikatorer för öppen fritidsverksamhet, ett gemensamt uppföljningsstöd" (lines 26-27)
    assert _found()["Indikatorer för öppen fritidsverksamhet"] == "resource"


def test_summary_list_names_the_subtitled_title_again() -> None:
    # "✓ Publicerat materialet Lek och rörelse" (line 30) is the product of line 19, not a second one
    found = _found()
    assert "Lek och rörelse" not in found
    mentions = [m for m in _mentions() if m.name.startswith("Lek och rörelse")]
    assert len(mentions) == 1 and "Lek och rörelse" in mentions[0].alt_names


def test_event_noun_heads_a_table_name_column() -> None:
    # "Datum\tKonferens\tDeltagare" (line 34): the rows are the conferences
    names = {(m.kind, m.name) for m in read_body_tables(_doc())}
    assert ("event", "Konferens: Fritid som friskfaktor") in names
    assert ("event", "Konferens: Barns rörelse") in names
    assert not any("Deltagare" in name for _, name in names)


def test_address_note_ends_a_list_item() -> None:
    texts = [s.text for s in sentences(_doc())]
    item = next(t for t in texts if "fritidschefer" in t)
    assert "https" not in item  # "2 https://…" (line 32) is a note, not the continuation of the item on line 31


def test_network_name_ends_before_object_and_count() -> None:
    from loader.named_things import read_running_text

    names = {m.name for m in read_running_text(_doc(), []) if m.kind == "actor"}
    # "… startade Nätverket för äldreomsorgschefer en ny omgång" (line 40)
    assert "Nätverket för äldreomsorgschefer" in names
    assert "Nätverket för fritidschefer" in names  # "✓ Samlat Nätverket för fritidschefer tre gånger" (line 31)
