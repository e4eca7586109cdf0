"""Organisations named in running text become actor mentions (loader/organisations.py).

Expected organisations come from reading the report lines cited in each test.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest

from loader.actors import ActorLexicon
from loader.model import Document, Line, Mention, Source
from loader.organisations import find_organisations, generic_nouns, read_organisations
from loader.read import read_report

DATA = Path(__file__).parents[2] / "data"
ANNUAL_2021 = DATA / "reports" / "2022-insatser-psykisk-halsa-suicidprevention-2021.txt"
PLAN = DATA / "reports" / "2021-handlingsplan-psykisk-halsa-stockholms-lan.txt"
SLIDES = DATA / "reports" / "2019-kraftsamling-psykisk-halsa-barn-skane.txt"


@pytest.fixture(scope="module")
def lex() -> ActorLexicon:
    return ActorLexicon.load(DATA / "actors.ttl")


def _doc(*lines: str) -> Document:
    return Document("test", tuple(Line(i + 1, t) for i, t in enumerate(lines)))


def _actors(doc: Document, lex: ActorLexicon, items: list[Mention] | None = None) -> list[Mention]:
    return [m for m in read_organisations(doc, items or [], lex) if m.kind == "actor"]


def _slugs_at(mentions: list[Mention], lex: ActorLexicon, first: int, last: int) -> set[str]:
    return {lex.resolve(m.name) or m.name for m in mentions if first <= m.source.line <= last}


@pytest.fixture(scope="module")
def annual(lex: ActorLexicon) -> list[Mention]:
    return _actors(read_report(ANNUAL_2021), lex)


def test_partner_list_of_the_annual_report(annual: list[Mention], lex: ActorLexicon) -> None:
    # 2022-insatser-…-2021.txt:271-277: "samverkat i olika frågor med Socialstyrelsen,
    # Folkhälsomyndigheten, Försäkringskassan, Skolverket, SPSM, MUCF, SBU, NSPH och …, Trafikverket".
    found = _slugs_at(annual, lex, 271, 277)
    assert {
        "socialstyrelsen", "folkhalsomyndigheten", "forsakringskassan", "skolverket",
        "spsm", "mucf", "sbu", "nsph", "trafikverket",
    } <= found  # fmt: skip


def test_international_bodies(annual: list[Mention], lex: ActorLexicon) -> None:
    # :331-333 "Organi-/sationen för ekonomiskt samarbete och utvecklings (OECD)" (a name broken
    # over a line end), :337-339 "Världshälsoorganisationen (WHO) och med UNICEF", :351 "Nordiska
    # Ministerrådets toppmöte", :359 "Utrikesdepartementets aktörsnätverk för global hälsa".
    found = _slugs_at(annual, lex, 331, 361)
    assert {"oecd", "who", "unicef", "iimhl", "nordiska-ministerradet", "utrikesdepartementet", "sight"} <= found
    oecd = [m for m in annual if lex.resolve(m.name) == "oecd" and 331 <= m.source.line <= 335]
    assert any("Organi-" in m.source.quote for m in oecd)  # the quote is the text as printed


def test_agency_name_pattern_not_in_the_lexicon(annual: list[Mention], lex: ActorLexicon) -> None:
    # :668 "SKR fört samtal med Delegationen för ökad tillgänglighet i hälso- och sjukvården samt …"
    names = {m.name for m in annual if 666 <= m.source.line <= 670}
    assert "Delegationen för ökad tillgänglighet i hälso- och sjukvården" in names


def test_every_quote_is_an_exact_span_of_at_most_300_characters(annual: list[Mention]) -> None:
    text = read_report(ANNUAL_2021).text
    assert annual
    for m in annual:
        src = m.source
        assert src.start is not None and src.end is not None
        assert text[src.start : src.end] == src.quote
        assert len(src.quote) <= 300
        assert src.trigger and src.trigger in src.quote  # the name as printed, inside the quote


def test_glued_footnote_number(lex: ActorLexicon) -> None:
    # 2021-handlingsplan…:53 "Nyligen tog SKR, Folkhälsomyndigheten, Socialstyrelsen och SBU3 fram en modell".
    found = _slugs_at(_actors(read_report(PLAN), lex), lex, 53, 53)
    assert {"skr", "folkhalsomyndigheten", "socialstyrelsen", "sbu"} <= found


def test_organisation_in_a_slide_bullet(lex: ActorLexicon) -> None:
    # 2019-kraftsamling…:1807 "• BVC – sköterska Capio"; :1873 "Forskare från MMC (Medical management
    # centre), Karolinska institutet".
    mentions = _actors(read_report(SLIDES), lex)
    assert "capio" in _slugs_at(mentions, lex, 1807, 1807)
    assert {"mmc", "karolinska-institutet"} <= _slugs_at(mentions, lex, 1873, 1874)


def test_reworded_sentence_still_found(lex: ActorLexicon) -> None:
    # The partner list of :271-277, reworded: another verb, "samt" instead of "och", full names.
    doc = _doc(
        "Under året har SKR samarbetat med Specialpedagogiska skolmyndigheten, Myndigheten för",
        "ungdoms- och civilsamhällesfrågor samt Statens beredning för medicinsk och social utvärdering.",
    )
    assert {lex.resolve(m.name) for m in _actors(doc, lex)} == {"skr", "spsm", "mucf", "sbu"}


def test_x_och_y_is_two_actors_and_the_role_goes_to_the_named_item(lex: ActorLexicon) -> None:
    # Shape of 2018-slutrapport…:299 (Skolverket and Socialstyrelsen made the guidance).
    doc = _doc("Skolverket och Socialstyrelsen har tagit fram Vägledning för elevhälsan.")
    item = Mention("resource", "Vägledning för elevhälsan", Source("test", 1, "Vägledning för elevhälsan"))
    out = read_organisations(doc, [item], lex)
    assert [lex.resolve(m.name) for m in out if m.kind == "actor"] == ["skolverket", "socialstyrelsen"]
    resource = next(m for m in out if m.kind == "resource")
    assert {(r.name, r.role) for r in resource.actors} == {("skolverket", "producer"), ("socialstyrelsen", "producer")}


def test_no_role_when_the_sentence_names_two_items(lex: ActorLexicon) -> None:
    doc = _doc("Skolverket har tagit fram Vägledning för elevhälsan och Elevhälsoportalen.")
    items = [
        Mention("resource", "Vägledning för elevhälsan", Source("test", 1, "x")),
        Mention("resource", "Elevhälsoportalen", Source("test", 1, "x")),
    ]
    out = read_organisations(doc, items, lex)
    assert all(not m.actors for m in out if m.kind == "resource")
    assert [m.name for m in out if m.kind == "actor"] == ["Skolverket"]


def test_generic_nouns_are_not_organisations(lex: ActorLexicon) -> None:
    doc = _doc(
        "Regeringen och staten har gett regionerna och kommunerna medel.",
        "Överenskommelsen mellan regeringen och Sveriges Kommuner och Regioner.",
    )
    assert [lex.resolve(m.name) for m in _actors(doc, lex)] == ["skr"]
    assert {"regeringen", "staten"} <= generic_nouns()


def test_persons_are_not_organisations(lex: ActorLexicon) -> None:
    # "Mind" is an organisation (actors.ttl); after a first name it is a person's surname.
    assert lex.resolve("Mind") is not None
    doc = _doc("Föreläsningen hölls av Anna Mind och Maria Berg.", "Mind har tagit fram en broschyr.")
    found = _actors(doc, lex)
    assert [(m.source.line, lex.resolve(m.name)) for m in found] == [(2, lex.resolve("Mind"))]


def test_organisation_inside_an_item_title_is_not_a_mention(lex: ActorLexicon) -> None:
    doc = _doc("Region Kronobergs handlingsplan för psykisk hälsa antogs 2021 tillsammans med Region Skåne.")
    item = Mention("resource", "Region Kronobergs handlingsplan för psykisk hälsa", Source("test", 1, "x"))
    assert [lex.resolve(m.name) for m in _actors(doc, lex, [item])] == ["region-skane"]
    names = [h.name for h in find_organisations("Region Kronobergs handlingsplan för psykisk hälsa", lex)]
    assert names == ["Region Kronobergs"]  # without the item, the region is found


def test_abbreviation_defined_in_the_report(lex: ActorLexicon) -> None:
    # An organisation the lexicon does not know, defined once and then named by its abbreviation.
    doc = _doc(
        "Kunskapscentrum för psykisk hälsa (KPH) har tagit fram en rapport.",
        "Rapporten från KPH visar att Samordnad individuell plan (SIP) används.",
    )
    found = [(m.source.line, m.name, m.alt_names) for m in _actors(doc, lex)]
    assert lex.resolve("KPH") is None
    assert found == [
        (1, "Kunskapscentrum för psykisk hälsa", ("KPH",)),
        (2, "Kunskapscentrum för psykisk hälsa", ("KPH",)),
    ]


def test_unknown_organisation_keeps_its_surface_name(lex: ActorLexicon) -> None:
    doc = _doc("Pilotprojektet genomfördes i Grums kommun och i Norra sjukvårdsregionen.")
    assert [m.name for m in _actors(doc, lex)] == ["Grums kommun", "Norra sjukvårdsregionen"]


def test_county_branch_is_not_the_national_organisation(lex: ActorLexicon) -> None:
    # 2021-handlingsplan…:135-136 "… ett par kommuner i Stockholms län och Nationell / samverkan för
    # psykisk hälsa (NSPH) Stockholms län."
    found = _slugs_at(_actors(read_report(PLAN), lex), lex, 135, 136)
    assert "region-stockholm" in found and "nsph" not in found


def test_an_item_after_a_preposition_gets_no_role(lex: ActorLexicon) -> None:
    # 2018-slutrapport…:628 "Under 2017 har UPH genomfört 40 st. utbildningar för att starta upp
    # arbetsplatser i genombrott.nu": UPH trained people in the tool; it did not make it there.
    doc = _doc("Under 2017 har UPH genomfört 40 st. utbildningar för att starta upp arbetsplatser i genombrott.nu.")
    item = Mention("resource", "Genombrott.nu", Source("test", 1, "x"))
    out = read_organisations(doc, [item], lex)
    assert next(m for m in out if m.kind == "resource").actors == ()
    assert [lex.resolve(m.name) for m in out if m.kind == "actor"] == ["uph"]
    # The same organisation and verb with the item as object: a producer.
    doc = _doc("Under 2017 har UPH tagit fram Genombrott.nu för arbetsplatser.")
    out = read_organisations(doc, [item], lex)
    assert [(r.name, r.role) for r in next(m for m in out if m.kind == "resource").actors] == [("uph", "producer")]


def test_built_graph_gives_the_partner_agencies_a_source_in_the_annual_report(built_store: pyoxigraph.Store) -> None:
    # 2022-insatser-…-2021.txt:273-275 names Försäkringskassan, SPSM and MUCF only in a list of
    # partners; each is an actor with the report as a source, and the report's text quoted.
    base = "https://w3id.org/psykgraf/"
    report = f"{base}id/report/2022-insatser-psykisk-halsa-suicidprevention-2021"
    for slug in ("forsakringskassan", "spsm", "mucf"):
        query = f"ASK {{ GRAPH ?g {{ <{base}id/actor/{slug}> <http://purl.org/dc/terms/source> <{report}> }} }}"
        assert built_store.query(query), slug


def test_a_region_named_in_parentheses_keeps_its_name() -> None:
    # 2018…txt:206 "En hälso- sjukvårdsregion (Norra) har testat metoderna och fann dem användbara."
    from loader.actors import ActorLexicon
    from loader.organisations import find_organisations

    hits = find_organisations("En hälso- sjukvårdsregion (Norra) har testat metoderna.", ActorLexicon([]))
    assert [(h.name, h.slug) for h in hits] == [("Norra sjukvårdsregionen", "norra-sjukvardsregionen")]


def test_an_organisation_inside_a_body_the_layouts_read(lex: ActorLexicon) -> None:
    # 2021-handlingsplan…:634 "Regionalt Programområde psykisk hälsa (RPO) ska stödja …": the regional
    # body, not the national programme area the lexicon knows; held-out kraftsamling:56 "BRIS region Väst"
    # is a branch. 2022-insatser…:359 "Utrikesdepartementets aktörsnätverk för global hälsa": the owner of
    # a network, named in the genitive, is an organisation of its own.
    doc = _doc(
        "Regionalt Programområde psykisk hälsa (RPO) ska stödja regionen.",
        "Utrikesdepartementets aktörsnätverk för global hälsa träffas.",
        "BRIS region Väst",
    )
    bodies = [
        Mention("actor", "Regionalt Programområde psykisk hälsa", Source("test", 1, "x"), actor_types=("natverk",)),
        Mention("actor", "BRIS region Väst", Source("test", 3, "x")),
        Mention(
            "actor",
            "Utrikesdepartementets aktörsnätverk för global hälsa",
            Source("test", 2, "x"),
            actor_types=("natverk",),
        ),
    ]
    found = [m for m in _actors(doc, lex, bodies) if not any(m is b for b in bodies)]
    assert [lex.resolve(m.name) for m in found] == ["utrikesdepartementet"]


# --- a name a layout read whole is not re-read as its parts (made-up lines) ---------------------


def _body(name: str, line: int, types: tuple[str, ...] = ()) -> Mention:
    return Mention(kind="actor", name=name, source=Source(report="test", line=line, quote=name), actor_types=types)


def test_a_unit_read_whole_across_a_blank_line_hides_its_municipality(lex: ActorLexicon) -> None:
    # A slide's participant list breaks one unit over two blocks; the layout read it whole.
    doc = _doc("Stadsbyggnadsförvaltningen ", "", "Grums kommun", "", "Solna stad")
    alone = {m.name for m in _actors(doc, lex)}
    assert "Grums kommun" in alone
    found = {m.name for m in _actors(doc, lex, [_body("Stadsbyggnadsförvaltningen Grums kommun", 1)])}
    assert "Grums kommun" not in found
    assert "Solna stad" in found  # the next list item is its own organisation


def test_a_branch_read_whole_is_not_the_national_organisation(lex: ActorLexicon) -> None:
    doc = _doc("Deltagare:", "", "BRIS region Norr", "", "Mind")
    names = {lex.resolve(m.name) or m.name for m in _actors(doc, lex, [_body("BRIS region Norr", 3)])}
    assert "bris" not in names
    assert "mind" in names


def test_a_networks_genitive_owner_stays_an_actor(lex: ActorLexicon) -> None:
    doc = _doc("Finansdepartementets nätverk för hållbar hälsa", "", "har träffats två gånger.")
    body = _body("Finansdepartementets nätverk för hållbar hälsa", 1, ("natverk",))
    names = {lex.resolve(m.name) or m.name for m in _actors(doc, lex, [body])}
    assert "finansdepartementet" in names


def test_a_name_broken_by_a_running_head_is_read_whole(lex: ActorLexicon) -> None:
    # blind2 2025-insatser…txt:296-300 "…, Nätverket för digital" / running head "Insatser inom
    # området … 2024 9" / "psykiatri.": the running head is page furniture, not part of the name.
    head = "Insatser inom området psykisk hälsa och suicidprevention 2024"
    doc = _doc(
        "UPH arrangerade ett nätverk för regioner, Nätverket för digital",
        "",
        f"{head} 9",
        "",
        "psykiatri. Nätverket träffades fyra gånger.",
        "",
        f"{head} 10",
    )
    names = {m.name for m in _actors(doc, lex)}
    assert "Nätverket för digital psykiatri" in names
    assert not any("Insatser" in n for n in names)


def test_table_cells_end_a_name(lex: ActorLexicon) -> None:
    # blind2 2025-handlingsplan…txt:180 "Länsstyrelsen Dalarna\tFöräldraskapsstöd": a tab separates
    # the organisation from its task in the next cell.
    names = {h.name for h in find_organisations("Stiftelsen Äldrecentrum\tPsykisk hälsa hos äldre", lex)}
    assert names == {"Stiftelsen Äldrecentrum"}


def test_working_groups_named_with_their_cue_noun(lex: ActorLexicon) -> None:
    # blind2 2026-kraftsamling…txt:174 " Arbetsgrupp Tidig upptäckt – "; 2025-insatser…txt:309
    # "delarenorna Arena Arbetsliv, Arena Skola och Arena Civilsamhälle".
    assert [h.name for h in find_organisations("Arbetsgrupp Tidig upptäckt – med elevhälsa", lex)] == [
        "Arbetsgrupp Tidig upptäckt"
    ]
    text = "Inom Kraftsamling finns delarenorna Arena Arbetsliv, Arena Skola och Arena Civilsamhälle."
    assert [h.name for h in find_organisations(text, lex)] == ["Arena Arbetsliv", "Arena Skola", "Arena Civilsamhälle"]
    # 2019-kraftsamling…txt:1364-1366 "Referensgrupp Stående" / "punkt på EHT": slide cells, no name.
    assert find_organisations("Referensgrupp Stående \n\npunkt på EHT", lex) == []


def test_county_bodies_by_their_form(lex: ActorLexicon) -> None:
    # blind2 2025-handlingsplan…txt:16, :24, :184.
    text = (
        "Region Dalarna och Dalarnas kommunförbund. Samrådsorganet Välfärd Dalarna fastställer. Polisregion Bergslagen"
    )
    assert [h.name for h in find_organisations(text, lex)] == [
        "Region Dalarna",
        "Dalarnas kommunförbund",
        "Samrådsorganet Välfärd Dalarna",
        "Polisregion Bergslagen",
    ]


def test_a_service_named_in_running_text_is_no_actor(lex: ActorLexicon) -> None:
    # blind2 2026-kraftsamling…txt:231 the team is reached "via 1177": the e-service, not an organisation
    # (the eval reads 1177 as a resource there); Inera, which runs it, stays an actor.
    doc = _doc("Unga når teamet via 1177 och Inera utvecklar tjänsten.")
    assert {m.name for m in _actors(doc, lex)} == {"Inera"}


def test_a_things_abbreviation_is_no_organisation(lex: ActorLexicon) -> None:
    # Synthetic: "centrum" heads organisation names, but the layout read the programme and its abbreviation.
    doc = _doc("Föräldraprogrammet Trygga barn i centrum (TBC) ges i hela länet.", "Utbilda gruppledare i TBC.")
    item = Mention(
        "resource",
        "Föräldraprogrammet Trygga barn i centrum",
        Source("test", 1, "Föräldraprogrammet"),
        alt_names=("TBC",),
    )
    assert not any("centrum" in m.name for m in _actors(doc, lex, [item]))
    assert any("centrum" in m.name for m in _actors(doc, lex))


def test_a_branch_name_read_whole_covers_its_parent_everywhere(lex: ActorLexicon) -> None:
    # Synthetic: a layout read the county branch at line 3; line 1 prints it too.
    doc = _doc("NSPH Norrby län deltar i planeringen.", "", "Gruppen har representanter för NSPH Norrby län.")
    branch = Mention("actor", "NSPH Norrby län", Source("test", 3, "NSPH Norrby län"))
    found = _actors(doc, lex, [branch])
    assert not any(lex.resolve(m.name) == "nsph" for m in found)
    # Read without the layout, the known short name before the report's county names the branch too
    # (loader.actors.branch_name), not the national organisation.
    alone = {m.name for m in _actors(doc, lex)}
    assert "NSPH Norrby län" in alone
    assert not any(lex.resolve(n) == "nsph" for n in alone)


def test_proper_names_sharing_one_plural_head(lex: ActorLexicon) -> None:
    # blind6 2030-insatser…txt:124 "Projektet Närvarolyftet Södertörn, som drivs av Haninge, Huddinge och Tyresö
    # kommuner, fortsatte under året." — three municipalities; blind2 2025-handlingsplan…txt:96 "Region Dalarna och
    # Dalarnas kommuner" names the region and a county's municipalities, no "Dalarnas kommun".
    doc = _doc(
        "Projektet Närvarolyftet Södertörn, som drivs av Haninge, Huddinge och Tyresö kommuner, fortsatte.",
        "Källa: Region Dalarna och Dalarnas kommuner, 2022.",
    )
    found = {m.name: m for m in _actors(doc, lex)}
    assert {"Haninge kommun", "Huddinge kommun", "Tyresö kommun"} <= set(found), found
    assert found["Haninge kommun"].source.trigger == "Haninge"
    assert not any(n.startswith("Dalarnas kommun") for n in found), found
