"""The appendix-tables layout read against the 2017 final report's appendices (Bilaga 1–3)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from loader.layouts.appendix_tables import AppendixTablesLayout
from loader.model import Document, Line, Mention

REPORTS = Path(__file__).parents[2] / "data" / "reports"
SLUTRAPPORT = "2018-slutrapport-2017-riktade-insatser-psykisk-halsa"
LAYOUT = AppendixTablesLayout()


@cache
def _doc(stem: str) -> Document:
    path = REPORTS / f"{stem}.txt"
    return Document(report=stem, lines=tuple(Line(i + 1, t) for i, t in enumerate(path.read_text().split("\n"))))


def _lines(text: str) -> Document:
    return Document(report="x", lines=tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))


@cache
def _mentions() -> tuple[Mention, ...]:
    return tuple(LAYOUT.extract(_doc(SLUTRAPPORT)))


def _kind(kind: str) -> list[Mention]:
    return [m for m in _mentions() if m.kind == kind]


def _at(line: int) -> Mention:
    (found,) = [m for m in _mentions() if m.source.line == line]
    return found


def test_toc_entries_are_not_appendices() -> None:
    # 2018-slutrapport…txt:61 "Bilaga 1 Framtagna och uppdaterade produkter under 2017\t53" (contents)
    assert min(m.source.line for m in _mentions()) > 713


def test_bilaga_2_has_129_numbered_events() -> None:
    # 2018-slutrapport…txt:829 "1\t2017-01-12\t…" to :965 "129\t2017-12-19\t…"
    numbered = [m for m in _kind("event") if m.code is not None]
    assert [m.code for m in numbered] == [str(n) for n in range(1, 130)]


def test_first_and_last_event() -> None:
    first, last = (m for m in _kind("event") if m.code in {"1", "129"})
    # 2018-slutrapport…txt:829 "1\t2017-01-12\tMigration och psykisk hälsa - grundkurs"
    assert (first.name, first.start, first.end) == (
        "Migration och psykisk hälsa - grundkurs",
        "2017-01-12",
        None,
    )
    assert first.source.line == 829
    assert first.source.section == "Bilaga 2 Genomförda arrangemang"
    # 2018-slutrapport…txt:965 "129\t2017-12-19\tAgenda Aktion 2017, sociala investeringar"
    assert (last.name, last.start) == ("Agenda Aktion 2017, sociala investeringar", "2017-12-19")
    assert last.source.quote == "129 2017-12-19 Agenda Aktion 2017, sociala investeringar"


def test_event_with_a_date_range_and_a_place() -> None:
    # 2018-slutrapport…txt:841 "13\t2017-02-14 – 2017-02-16\tLärandeseminarium 1 – genombrott barn och unga"
    seminar = _at(841)
    assert (seminar.code, seminar.start, seminar.end) == ("13", "2017-02-14", "2017-02-16")
    # 2018-slutrapport…txt:886 "55\t2017-05-11\tGrundkurs migration och psykisk hälsa (Lycksele)"
    assert _at(886).location == "Lycksele"
    # 2018-slutrapport…txt:900 "68\t2017-06-14\tNätverksträff Hälsa i Sverige" — a name, not a place
    assert _at(900).location is None


def test_trade_fairs_have_start_and_end() -> None:
    # 2018-slutrapport…txt:967 "Deltagande på mässor:", :969 "Start\tSlut\tMässa"
    fairs = [m for m in _kind("event") if m.code is None]
    assert len(fairs) == 23  # :970–:993, 23 rows
    assert all(m.heading == "Deltagande på mässor" for m in fairs)
    # 2018-slutrapport…txt:970 "15-mars\t17-mars\tSvensk Psykiatrikongress"
    kongress = _at(970)
    assert (kongress.name, kongress.start, kongress.end) == (
        "Svensk Psykiatrikongress",
        "2017-03-15",
        "2017-03-17",
    )
    # 2018-slutrapport…txt:986 "28-sep\t01-okt\tBokmässan"
    assert (_at(986).start, _at(986).end) == ("2017-09-28", "2017-10-01")
    # 2018-slutrapport…txt:992 "22-23 nov\t\tPatientsäkerhetsdagen"
    assert (_at(992).name, _at(992).start, _at(992).end) == (
        "Patientsäkerhetsdagen",
        "2017-11-22",
        "2017-11-23",
    )


def test_bilaga_1_products() -> None:
    # 2018-slutrapport…txt:715–:824, 48 paragraphs, the link of :804 stands alone at :806
    products = _kind("resource")
    assert len(products) == 47
    assert all(m.years == (2017,) for m in products)  # :713 "… produkter under 2017"
    assert all(m.heading == "Bilaga 1 Framtagna och uppdaterade produkter under 2017" for m in products)
    # The note after the link gives the form: :744 "<http://play.skl.se/video/…> (FILM)",
    # :802 "(webbsida)", :790 "(webbportal)"; a "(ppt)" or "(pdf)" note names no form of the scheme.
    assert _at(743).forms == ("film",)
    assert _at(802).forms == ("webbplats",)
    assert _at(790).forms == ("webbplats",)
    assert _at(720).forms == ()  # :720-721 "UPH. Presentation av …VIP" + "….pptx (ppt)"
    # :800 "… effektiva insatser (plansch)": a poster (resource-form.ttl :affisch :cueNoun "plansch")
    assert {f for m in products for f in m.forms} == {"film", "webbplats", "affisch"}


def test_product_broken_over_two_lines_with_its_url() -> None:
    # 2018-slutrapport…txt:734 "UPH. Hur mår BUP? En nulägesbeskrivning av barn- och ungdomspsykiatri …"
    # 2018-slutrapport…txt:735 "<https://www.uppdragpsyiskhalsa.se/assets/uploads/2017/11/Hur-mar-bup.pdf>"
    bup = _at(734)
    assert bup.name == "Hur mår BUP?"
    assert bup.urls == ("https://www.uppdragpsyiskhalsa.se/assets/uploads/2017/11/Hur-mar-bup.pdf",)
    assert bup.description.startswith("UPH. Hur mår BUP? En nulägesbeskrivning av barn- och ungdomspsykiatri")
    assert [(a.name, a.role) for a in bup.actors] == [("UPH", "producer")]
    assert not [m for m in _mentions() if m.source.line == 735]


def test_product_links_markdown_and_print_run() -> None:
    # 2018-slutrapport…txt:790 "UPH samt NSPH. Din Rätt-kompassen.(webbportal). <http://dinratt.nsph.se/>"
    kompassen = _at(790)
    assert kompassen.name == "Din Rätt-kompassen"
    assert kompassen.urls == ("http://dinratt.nsph.se/",)
    assert [a.name for a in kompassen.actors] == ["UPH", "NSPH"]
    # 2018-slutrapport…txt:741 "[https://…2016—Vuxenpsykiatri.pdf](https://…2016-Vuxenpsykiatri.pdf)"
    assert _at(740).urls == (
        "https://www.uppdragpsyiskhalsa.se/assets/uploads/2017/11/Kartlaggning-2016-Vuxenpsykiatri.pdf",
    )
    # 2018-slutrapport…txt:804 "Första Linjen boken. Stödmaterial …", :806 "https://beta…eboken.pdf – 700 ex"
    boken = _at(804)
    assert boken.name == "Första Linjen boken"
    assert boken.urls == ("https://beta.uppdragpsyiskhalsa.se/assets/uploads/2017/06/Fo%CC%88rstalini_eboken.pdf",)
    assert [(o.value, o.unit) for o in boken.observations] == [(700.0, "ex")]
    # 2018-slutrapport…txt:780 "UPH. Hälsa i Sverige. Fem filmer …": a series name alone is no title; the
    # product is the sentence after it, the joined text another name
    assert _at(780).name == "Fem filmer om suicidprevention och migration"
    assert _at(780).alt_names == ("Hälsa i Sverige. Fem filmer om suicidprevention och migration",)


def test_bilaga_3_actors() -> None:
    actors = _kind("actor")
    # 2018-slutrapport…txt:1000–:1097 national (48), :1099 "B. Internationellt utbyte" :1102–:1104 (3)
    assert len(actors) == 51
    assert sum(("scope", "international") in m.extra for m in actors) == 3
    # 2018-slutrapport…txt:1106 "Slutrapport 2017" is the back cover, not a collaborator
    assert "Slutrapport 2017" not in {m.name for m in actors}


def test_international_collaboration_with_area() -> None:
    # 2018-slutrapport…txt:1103 "International Initiative for Mental Health Leadership (IIMHL)\tKunskaps…"
    iimhl = _at(1103)
    assert iimhl.kind == "actor"
    assert iimhl.name == "International Initiative for Mental Health Leadership (IIMHL)"
    assert dict(iimhl.extra) == {
        "collaboration-area": "Kunskapsutbyte mellan Sverige (genom Regeringens och SKL:s medlemskap) "
        "och nätverkets övriga medlemsländer",
        "scope": "international",
    }
    assert iimhl.heading == "B. Internationellt utbyte"
    assert iimhl.alt_names == ("International Initiative for Mental Health Leadership", "IIMHL")


def test_national_collaboration_with_area() -> None:
    # 2018-slutrapport…txt:1006 "Folkhälsomyndigheten (FOHM)\tUtvecklingsarbeten och regeringsuppdrag …"
    fohm = _at(1006)
    assert fohm.name == "Folkhälsomyndigheten (FOHM)"
    assert dict(fohm.extra)["scope"] == "national"
    assert dict(fohm.extra)["collaboration-area"].startswith("Utvecklingsarbeten och regeringsuppdrag")


def test_collaboration_row_broken_over_two_lines_is_one_actor() -> None:
    # 2018-slutrapport…txt:1052 "National Institute for Health and Welfare, Nyanlända och asylsökande"
    # 2018-slutrapport…txt:1053 "Finland - THL"
    thl = _at(1052)
    assert thl.name == "National Institute for Health and Welfare, Finland - THL"
    assert dict(thl.extra)["collaboration-area"] == "Nyanlända och asylsökande"
    assert not [m for m in _mentions() if m.source.line == 1053]
    # 2018-slutrapport…txt:1065 "UMO.se", :1067 "Tidiga insatser (Förstalinjen, Elevhälsan,"
    # :1068 "Ungdomsmottagningar)"
    assert (
        dict(_at(1065).extra)["collaboration-area"] == "Tidiga insatser (Förstalinjen, Elevhälsan, Ungdomsmottagningar)"
    )


def test_sources_are_short_quotes_of_the_rows() -> None:
    assert all(m.source.report == SLUTRAPPORT and 0 < len(m.source.quote) <= 300 for m in _mentions())
    assert [m.source.line for m in _mentions()] == sorted(m.source.line for m in _mentions())


def test_no_appendix_no_mentions() -> None:
    assert LAYOUT.extract(_lines("1\t2017-01-12\tGrundkurs")) == []
    assert LAYOUT.score(_lines("1\t2017-01-12\tGrundkurs")) == 0.0


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=60),
            st.sampled_from(
                [
                    "Bilaga 2 Arrangemang",
                    "Nr.\tDatum\tNamn",
                    "1\t2017-01-12\tKurs",
                    "Start\tSlut\tMässa",
                    "22-23 nov\t\tDag",
                    "Aktör\tSamverkansområde",
                    "B. Internationellt",
                    "UPH. Titel. <https://x.se>",
                    "",
                    "x\t",
                ]
            ),
        ),
        max_size=30,
    )
)
def test_extract_never_raises(lines: list[str]) -> None:
    doc = _lines("\n".join(lines))
    assert 0.0 <= LAYOUT.score(doc) <= 1.0
    for mention in LAYOUT.extract(doc):
        assert mention.name


# A product list written one entry a line, without blank lines between entries; a link on
# its own line belongs to the entry above it.
PACKED = """Bilaga 1 Produkter 2025

SKR. Läsa av läget – en kartläggning av elevhälsan.
<https://example.se/lasa-av-laget.pdf>
SKR samt MFoF. Föräldrar i en digital tid (film) <https://example.se/film>
SKR samt Stiftelsen Äldrecentrum. Äldres psykiska hälsa – grundkurs (webbutbildning)
SKR 2022. Stöd vid självskada – en översikt
"""


def test_product_list_without_blank_lines_has_one_product_a_publisher() -> None:
    found = {m.name: m for m in LAYOUT.extract(_lines(PACKED)) if m.kind == "resource"}
    assert set(found) == {
        "Läsa av läget – en kartläggning av elevhälsan",
        "Föräldrar i en digital tid",
        "Äldres psykiska hälsa – grundkurs",
        "Stöd vid självskada – en översikt",
    }
    assert found["Läsa av läget – en kartläggning av elevhälsan"].urls == ("https://example.se/lasa-av-laget.pdf",)
    assert found["Föräldrar i en digital tid"].urls == ("https://example.se/film",)
    producers = {r.name for r in found["Äldres psykiska hälsa – grundkurs"].actors if r.role == "producer"}
    assert producers == {"SKR", "Stiftelsen Äldrecentrum"}
    assert 2022 in found["Stöd vid självskada – en översikt"].years


def test_print_run_with_grouped_thousands_is_no_part_of_the_title() -> None:
    # A product without a link whose print run groups thousands with a space, after a form note.
    doc = _lines(
        "Bilaga 1 Framtagna produkter 2030\n\n"
        "UPH samt NSPH. Vägen vidare – om stöd efter en kris (broschyr) – 12 000 ex\n"
        "\nUPH. Andra titeln.\n<https://example.se/b.pdf>\n"
    )
    (item,) = [m for m in LAYOUT.extract(doc) if m.kind == "resource" and m.name.startswith("Vägen")]
    assert item.name == "Vägen vidare – om stöd efter en kris"
    assert item.forms == ("broschyr",)
    assert [(o.value, o.unit) for o in item.observations] == [(12000.0, "ex")]


def test_actor_row_that_lost_its_tab_and_a_lettered_heading() -> None:
    # An actor table where one row lost its tab (name with its abbreviation on one line, area on the next)
    # and a lettered heading ("B. …") opens the next table: neither runs into the row above.
    doc = _lines(
        "Bilaga 3 Samverkan och dialoger\n\nAktör\tSamverkansområde\nSkolverket\tElevhälsa\n"
        "Statens institut för hälsa och arbete (SIHA)\nStöd till chefer\nGotlands kommun\tSamtalsstöd\n"
        "B. Nordiskt samarbete\nAktör\tSamverkansområde\nNordiska rådet\tUnga och hälsa\n"
    )
    actors = {m.name: dict(m.extra)["collaboration-area"] for m in LAYOUT.extract(doc) if m.kind == "actor"}
    assert actors == {
        "Skolverket": "Elevhälsa",
        "Statens institut för hälsa och arbete (SIHA)": "Stöd till chefer",
        "Gotlands kommun": "Samtalsstöd",
        "Nordiska rådet": "Unga och hälsa",
    }, actors


def test_series_name_and_a_two_sentence_title_in_two_editions() -> None:
    # A first sentence shared by products with different next sentences names a series; shared by two
    # editions of one title (same next words) it is part of the title.
    doc = _lines(
        "Bilaga 1 Framtagna produkter 2030\n\nUPH. Trygga steg. Film om sömn.\n<https://a.se/1>\n\n"
        "UPH. Trygga steg. Guide för lärare.\n<https://a.se/2>\n\n"
        "UPH. Stress i arbetet. Tecken och åtgärder för chefer.\n<https://a.se/3>\n\n"
        "UPH. Stress i arbetet. Tecken och åtgärder (affisch)\n<https://a.se/4>\n"
    )
    names = {m.name for m in LAYOUT.extract(doc) if m.kind == "resource"}
    assert {"Film om sömn", "Guide för lärare", "Stress i arbetet. Tecken och åtgärder för chefer"} <= names, names


def test_producers_the_actor_lexicon_knows_and_noted_forms() -> None:
    # A product list whose publishers are written out ("Karolinska Institutet samt SKR.") or
    # abbreviated in mixed case ("Nka."): each line opens an entry; a form note may carry a status.
    doc = _lines(
        "Bilaga 1 Material 2027\n\n"
        "SKR 2027. Första titeln. Vägledning.\n"
        "Karolinska Institutet samt SKR. Andra titeln. Material för skolan.\n"
        "Nka. Tredje titeln.\n"
        "SKR. Fjärde titeln – grundkurs (webbutbildning, uppdaterad)"
    )
    found = {m.name: m for m in LAYOUT.extract(doc) if m.kind == "resource"}
    assert set(found) == {"Första titeln", "Andra titeln", "Tredje titeln", "Fjärde titeln – grundkurs"}, found
    assert [a.name for a in found["Andra titeln"].actors] == ["Karolinska Institutet", "SKR"]
    assert [a.name for a in found["Tredje titeln"].actors] == ["Nka"]


def test_back_cover_after_the_last_appendix_is_no_product_or_actor() -> None:
    # blind6 2030-slutrapport…txt:191-220: Bilaga 3's partner table ("Organisation\tSamarbete"), then the
    # back cover: the short title, a blurb with "©", "Läs mer om arbetet på …", "ISBN …", "Beställ …".
    doc = _lines(
        "Bilaga 3 Samarbetspartner\n\nOrganisation\tSamarbete\nMind\tOrd som räddar liv\nNSPH\tBrukarperspektiv\n\n"
        "Slutrapport 2029\nRapporten redovisar SKR:s arbete under 2029. © Sveriges Kommuner och Regioner, 2030\n\n"
        "Läs mer om arbetet på uppdragpsykiskhalsa.se\nISBN 978-91-8047-311-2\n\n"
        "Beställ eller ladda ned på skr.se/publikationer"
    )
    found = [(m.kind, m.name) for m in LAYOUT.extract(doc)]
    assert found == [("actor", "Mind"), ("actor", "NSPH")], found
    assert {7, 8, 10, 13} <= LAYOUT.read_lines(doc)  # the cover is read as nothing, by no other layout either


def test_back_cover_glued_to_the_last_table_row() -> None:
    # blind4 2028-slutrapport…txt:195-201: no blank line between the last row and the cover
    doc = _lines(
        "Bilaga 3 Organisationer\nOrganisation\tOmråde\nPrevent\tMellan raderna\nSlutrapport 2027\n"
        "Rapporten beskriver arbetet.\n© Sveriges Kommuner och Regioner, 2028\nISBN 978-91-8047-211-4"
    )
    found = {m.name: m for m in LAYOUT.extract(doc)}
    assert list(found) == ["Prevent"]
    assert "Slutrapport" not in str(found["Prevent"].extra)


def test_actor_name_wrapped_before_its_bracketed_part() -> None:
    # blind5 2029-slutrapport…txt:211-212 "Nationellt kunskapscentrum om våld mot barn" /
    # "(Barnafrid/Linköpings universitet)\tHälsoundersökning vid placering"
    doc = _lines(
        "Bilaga 3 Organisationer\nOrganisation\tSamarbete\nNASP\tFråga rakt\n"
        "Nationellt kunskapscentrum om våld mot barn\n(Barnafrid/Linköpings universitet)\tHälsoundersökning\n"
        "Skolverket\tElevhälsa"
    )
    found = {m.name: m for m in LAYOUT.extract(doc)}
    assert list(found) == [
        "NASP",
        "Nationellt kunskapscentrum om våld mot barn (Barnafrid/Linköpings universitet)",
        "Skolverket",
    ], found
    assert dict(found["NASP"].extra)["collaboration-area"] == "Fråga rakt"
