"""The inventory layout read against the 2020 inventory of method and knowledge supports."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from loader.layouts.inventory import InventoryLayout, link_problems
from loader.model import Document, Line, Mention, Relation

REPORTS = Path(__file__).parents[2] / "data" / "reports"
INVENTORY = REPORTS / "2020-inventering-metod-och-kunskapsstod.txt"


def _document(path: Path) -> Document:
    text = path.read_text(encoding="utf-8")
    return Document(report=path.stem, lines=tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))


def _lines(text: str) -> Document:
    return Document(report="fixture", lines=tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))


@cache
def _mentions() -> tuple[Mention, ...]:
    return tuple(InventoryLayout().extract(_document(INVENTORY)))


def _one(name: str) -> Mention:
    found = [m for m in _mentions() if m.name == name]
    assert len(found) == 1, (name, [m.name for m in found])
    return found[0]


def _parent(m: Mention) -> str | None:
    return next((r.target_name for r in m.relations if r.relation == "part-of"), None)


def test_counts_every_item_and_sub_item() -> None:
    # Hand count of 2020-inventering…txt: 68 lines start with the U+F0B7 bullet (lines 32 … 1826),
    # plus 38 sub-items:
    #   9 training days under "Utbildningsspår primärvård" (lines 593–615),
    #   8 SIP web trainings (1018–1100), 6 SIP films (1116–1173), 4 SIP publications (1189–1211),
    #   2 social-investment publications (1245, 1255: "Skriften Vad är …? (2014)", "… (2015)"),
    #   2 reports "(2017, länk)" in "Barns och ungas hälsa" (718–724),
    #   4 sub-projects of I-nod: ACT, F-ACT, Puzzel, PrinSIP (1619–1651),
    #   1 pre-study "Positiv hälsoutveckling … (2016, länk till förstudien)" in "Hälsa i Sverige" (1716–1718),
    #   1 tool named by its address: "- Stöttning av … verktyget www.foljupp.nu, som är till …" (1261),
    #   1 linked report: "Länk till projektrapport för Bättre vård mindre tvång, Barn och" / "unga 2017." (1534-1540).
    # Not items: the "- " lists introduced by a colon (690, 894, 1548, 1679).
    mentions = _mentions()
    assert len(mentions) == 106
    assert sum(1 for m in mentions if _parent(m) is None) == 68
    # 5 projects under "Specifika projekt" (1502, 1544, 1590, 1663, 1706) and I-nod's 4 sub-projects, and
    # Deplyftet (237-239 "Projektet Deplyftet är en satsning …"), which its own text calls a project.
    initiatives = sorted(m.name for m in mentions if m.kind == "initiative")
    assert initiatives == sorted(
        [
            "Deplyftet",
            "Bättre vård - mindre tvång",
            "Nationella självskadeprojektet",
            "I-nod",
            "METIS – Mer teori i specialistutbildningen",
            "Hälsa i Sverige",
            "ACT",
            "F-ACT",
            "Puzzel",
            "PrinSIP",
        ]
    )


def test_sdqwebb() -> None:
    # 2020-inventering…txt:372 "  SDQwebb – frågeformulär 3–17 år"; URLs at 440–442.
    m = _one("SDQwebb – frågeformulär 3–17 år")
    assert m.source.line == 372
    assert m.alt_names == ("SDQwebb",)
    assert m.heading == "Metodutveckling och stöd till medlemmar"  # :334
    assert m.urls == (
        "http://sdqwebb.se/",
        "https://www.uppdragpsykiskhalsa.se/wp-content/uploads/2015/06/SDQ_Anvandarstod.pdf",
        "https://www.uppdragpsykiskhalsa.se/wp-content/uploads/2015/06/Lathund_SDQwebb_.pdf",
    )
    assert m.description.startswith("SDQwebb är en webbaserad version")  # :374


def test_title_over_three_lines_with_year() -> None:
    # 2020-inventering…txt:188–192 "Vänd dig hit! – guide … hos barn och" / "unga (2012)",
    # listed under "Första linjen" (:159)
    m = _one(
        "Vänd dig hit! – guide för kommuner och landsting att kartlägga och utveckla sin första "
        "linjeverksamhet för psykisk hälsa hos barn och unga"
    )
    assert m.years == (2012,)
    assert m.heading == "Första linjen"
    assert m.alt_names == ("Vänd dig hit!",)
    assert m.source.section == "Första linjen"


def test_year_forms() -> None:
    # :249–251 "(2008 och framåt)", :1663 "(2013-2016)" keeps start and end only.
    assert _one("Psykiatrin i siffror – kartläggning av den specialpsykiatriska vården").years == (2008,)
    metis = _one("METIS – Mer teori i specialistutbildningen")
    assert metis.years == (2013, 2016)
    assert (metis.start, metis.end) == ("2013", "2016")
    assert metis.urls == ("http://www.metiskurser.se/",)  # ", länk." :1696 → :1765


def test_quotes_are_dropped_from_names() -> None:
    # :279 "”Hur mår BUP?” – Rapport om dagsläget på BUP (2017)"
    m = _one("Hur mår BUP? – Rapport om dagsläget på BUP")
    assert m.alt_names == ("Hur mår BUP?",)
    assert m.years == (2017,)
    assert all("”" not in x.name for x in _mentions())


def test_status_comes_from_the_heading() -> None:
    # :1736 "Verktyg som inte längre är i bruk", :1826 "Pyramidverktyget"
    pyramid = _one("Pyramidverktyget")
    assert pyramid.status == "ej-i-bruk"
    assert pyramid.heading == "Verktyg som inte längre är i bruk"
    retired = [m.name for m in _mentions() if m.status == "ej-i-bruk"]
    # :1739, :1757, :1774, :1804, :1826
    assert len(retired) == 5
    assert _one("Hälsa i Sverige").status is None  # :1706, listed before the heading


def test_sip_trainings_films_and_publications_are_parts() -> None:
    # :1014 "Webbutbildningar" with 8 "- " trainings (1018–1100); :1112 "Filmer om SIP" with 6 films
    # (1116–1173); :1185 "Skrifter om SIP" with 4 publications (1189–1211).
    expected = {"Webbutbildningar": 8, "Filmer om SIP": 6, "Skrifter om SIP": 4}
    for parent, count in expected.items():
        parts = [m for m in _mentions() if _parent(m) == parent]
        assert len(parts) == count, parent
        has_part = [r for r in _one(parent).relations if r.relation == "has-part"]
        assert sorted(r.target_name for r in has_part) == sorted(m.name for m in parts)
        assert all(m.urls for m in parts), parent  # each has its own "Länk till …"
    # :1088 a wide title line followed by its text must not swallow the text.
    older = _one("Grundutbildning om SIP för äldre i behov av samordnade insatser")
    assert older.urls == (
        "https://www.uppdragpsykiskhalsa.se/sip/implementering-och-utbildning/utbildningar-i-sip/"
        "grundutbildning-i-sip-aldre-i-behov-av-samordnade-insatser/",
    )
    # :919 "Samordnad individuell plan" is a sub-heading inside "Metodutveckling och stöd till medlemmar".
    assert older.heading == "Metodutveckling och stöd till medlemmar"
    assert older.source.section.endswith("› Samordnad individuell plan")
    alex = _one("Alex får en SIP")  # :1122, "Länk till filmen." :1128 → :1149
    assert alex.urls == ("https://vimeo.com/showcase/5830471",)
    assert Relation("part-of", "resource", "Filmer om SIP") in alex.relations


def test_embedded_titles_become_parts() -> None:
    # :1245 "- Skriften Vad är sociala investeringar? (2014) … Länk." → :1309
    faq = _one("Vad är sociala investeringar?")
    assert faq.years == (2014,)
    assert _parent(faq) == "Nya metoder för innovation: Sociala investeringar"
    assert faq.urls == ("http://www.uppdragpsykiskhalsa.se/wp-content/uploads/2016/01/FAQ_Sociala_investeringar.pdf",)
    # :718–724 two reports "(2017, länk)" inside "Barns och ungas hälsa – rapporter och kort film" (:682).
    report = _one("Helhetsperspektiv på barns och ungas hälsa – tvärsektoriella politiska arenor")
    assert report.years == (2017,)
    assert report.urls == (
        "https://www.uppdragpsykiskhalsa.se/wp-content/uploads/2017/12/Helhetsperspektiv-pa-barn-och-ungas-halsa.pdf",
    )
    # :1716–1718 "förstudien Positiv hälsoutveckling … (2016, länk till förstudien)" inside a project.
    study = _one("Positiv hälsoutveckling för asylsökande och nyanlända")
    assert study.kind == "resource"
    assert Relation("part-of", "initiative", "Hälsa i Sverige") in study.relations
    # :1610–1651 I-nod's "delprojekt" are initiatives part of it.
    assert Relation("part-of", "initiative", "I-nod") in _one("PrinSIP").relations


def test_link_marks_resolve_in_order_across_page_breaks() -> None:
    # :88 "Länk till förstudien." is on page 2 and takes the first URL of its block (:146), not page 1's.
    first = _one("Förbättrad samverkan för minskad sjukskrivning")
    assert first.source.page == 2
    assert first.urls[0].endswith("Förbättrad-samverkan-för-minskad-sjukskrivning.pdf")
    # :106 inline "www.metodstod.se" takes :147.
    assert _one("Metodstöd för elevhälsan").urls == ("http://www.metodstod.se/",)
    # :1392 "Länk till / skriften." continues after the block at :1387–1391 and takes :1460.
    assert _one("Sociala investeringar – redovisning och budgetering").urls == (
        "https://www.uppdragpsykiskhalsa.se/wp-content/uploads/2018/04/Sociala-investeringar_redovisning-och-budgetering.pdf",
    )
    # :362 "COREwebb.se" marks :369; :506 "FamiljehemSverige.se" marks nothing (one URL, :522, for :514).
    assert _one("COREwebb – ett bedömningsinstrument").urls[0] == "http://www.corewebb.se/"
    assert _one("E-tjänsten FamiljehemSverige").urls == ("http://www.familjehemsverige.se/",)
    assert _one("SkolFam – en arbetsmodell för samverkan mellan skola och socialtjänst").source.page == 1


def test_link_problems_are_the_known_ones() -> None:
    problems = link_problems(_document(INVENTORY))
    # Every "länk" mark found a URL: none is reported unresolved.
    assert not [p for p in problems if p.startswith("unresolved")]
    assert len(problems) == 6, problems
    # :673 "…/primarvard/": "Utbildningsspår primärvård" (:587) has no link mark; matched by its title.
    # :1463 "…/elevhalsobaserad-modell-for-forsta-linjen/…": "Stöd till första linjen barn och unga" (:1442)
    #   says the material is on the website (:1446) without a mark; matched by its title.
    unmarked = [p for p in problems if p.startswith("unmarked URL")]
    assert len(unmarked) == 2
    assert "primarvard" in _one("Utbildningsspår primärvård").urls[0]
    # :1233 is a "file:///C:/Users/…" link, the author's local file, for "(länk till affischen)" :1219.
    assert [p for p in problems if "non-web URL file:///" in p]
    # Left over: :1388 the poster mentioned without a mark at :1313–1315 ("Till guiden finns en affisch");
    # :1616 (twice, one link over two lines) and :1618 are hyperlinks on "Nätverket för styrning och
    # ledning av psykiatrin" (:1582) and "Föreningen SHEDO" (:1584), organisations, not the project.
    left = [p for p in problems if p.startswith("left-over")]
    assert len(left) == 3
    assert any("affisch" in p for p in left)
    assert any("shedo.se" in p for p in left)


def test_descriptions_are_clean() -> None:
    for m in _mentions():
        assert "KAPITEL" not in m.description, m.name
        assert "http" not in m.description, m.name
        assert "\uf0b7" not in m.description + m.name, m.name
        assert m.source.quote and len(m.source.quote) <= 300
    # :474 "IMR-" / "programmet": a hyphen after a capital is kept.
    assert "IMR-programmet" in _one("IMR-appen – för bättre behandling").description
    assert "Q-bup" in _one("Psykreg.se – psykiatriska kvalitetsregister").description  # :543
    # :1446 the page break inside "Stöd till första linjen" leaves no URL behind.
    assert "elevhälsochef intervjuas" in _one("Stöd till första linjen barn och unga").description


def test_joins_words_split_over_lines() -> None:
    text = (
        "Rubrikerna är Alfa, Beta och slutligen Gamma.\n\nAlfa\n\n\uf0b7 Ett verktyg\n\n"
        "Det är mer angelä-\n\nget än något annat. Länk till verktyget.\n\nhttps://a.se/\n"
    )
    (m,) = InventoryLayout().extract(_lines(text))
    assert m.description == "Det är mer angeläget än något annat. Länk till verktyget."
    assert m.urls == ("https://a.se/",)
    assert m.heading == "Alfa"


def test_headings_come_from_the_intro_not_from_code() -> None:
    text = (
        "Stöden presenteras under rubrikerna Skola, Vård och slutligen "
        "Gamla verktyg som inte längre används.\n\n"
        "Skola\n\n\uf0b7 Första (2010-2012)\n\nText om första.\n\n"
        "Gamla verktyg som inte längre används\n\n\uf0b7 Andra\n\nText om andra.\n"
    )
    first, second = InventoryLayout().extract(_lines(text))
    assert (first.heading, first.years, first.status) == ("Skola", (2010, 2012), None)
    assert (second.heading, second.status) == ("Gamla verktyg som inte längre används", "ej-i-bruk")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "\uf0b7 Titel (2012)",
                "- Del",
                "Länk till x.",
                "https://a.se/",
                "",
                " ",
                "KAPITEL",
                "3",
                "Text:",
                "text.",
            ]
        ),
        max_size=40,
    )
)
def test_never_raises_on_inventory_like_text(parts: list[str]) -> None:
    doc = _lines("\n".join(parts))
    InventoryLayout().extract(doc)
    link_problems(doc)


def test_item_whose_text_calls_it_a_project_is_an_initiative() -> None:
    # 2020-inventering…txt:237-239 " Deplyftet" / "Projektet Deplyftet är en satsning för att stödja …": listed
    # among the tools, but the text's own noun makes it an initiative.
    from loader.layouts.inventory import _calls_itself_initiative

    assert _calls_itself_initiative("Deplyftet", "Projektet Deplyftet är en satsning för att stödja kvalitets- och")
    # Reworded: the copula with an adjective, and a product that stays a product.
    assert _calls_itself_initiative("Läslyftet", "Läslyftet är en nationell satsning på läsning.")
    assert not _calls_itself_initiative("Min kompass", "Min kompass är ett digitalt verktyg för unga.")


def test_tool_named_by_its_address() -> None:
    # 2020-inventering…txt:1261 "- Stöttning av utvecklingen och testningen av verktyget www.foljupp.nu,"
    # and the page's link block (1311) "http://www.foljupp.nu/".
    tool = _one("www.foljupp.nu")
    assert (tool.source.line, tool.urls) == (1261, ("http://www.foljupp.nu/",))
    # "verktyget": resource-form.ttl ":webbverktyg :cueNoun \"verktyg\"".
    assert tool.forms == ("webbverktyg",)


def test_abbreviation_variants_are_other_names() -> None:
    # :388 "Webbutbildning C-GAS", :390 "I webbutbildningen C-GA kan …", :392 "… enligt CGAS-skalan."
    assert {"C-GA", "CGAS-skalan"} <= set(_one("Webbutbildning C-GAS").alt_names)
    # :340 "Utvärderingsformuläret Children and Adolescents Service Experience (ChASE)"
    assert "Children and Adolescents Service Experience" in _one("ChASE – frågeformulär för utvärdering").alt_names
    # :466 "IMR-appen": an app named after the IMR programme; the programme's name is not the app's.
    assert "Illness Management Recovery" not in _one("IMR-appen – för bättre behandling").alt_names


def test_linked_document_in_the_indefinite_form() -> None:
    # 2020-inventering…txt:1534 "Länk till projektrapport för Bättre vård mindre tvång, Barn och", the title
    # going on after the page's link block at 1540 " unga 2017."; the address is in that block (1538).
    report = _one("Bättre vård mindre tvång, Barn och unga 2017")
    assert (report.kind, report.forms, report.source.line) == ("resource", ("rapport",), 1534)
    assert report.urls == (
        "https://www.uppdragpsykiskhalsa.se/wp-content/uploads/2018/03/Projektrapport_battre_vard_mindre_tvang_barn_och_unga_2017.pdf",
    )
    assert _parent(report) == "Bättre vård - mindre tvång"


def test_items_written_with_several_filled_glyphs() -> None:
    # An export that mixes item glyphs, as the held-out 2023 inventory (lines 22, 58, 184, 238):
    # " Stegvis trygg …", " ▪ Friskare arbetsplatser …" at a page start, "• Placerad och hörd …";
    # dashes ("– Webbutbildning om …") stay sub-items of the item above them.
    text = (
        "Rubrik ett\n\n \uf0b7 Alfa – en modell (2019)\n\nAlfa är en modell. Länk till Alfa.\n\n"
        "https://a.se/\n \u25aa Beta – förstudie om stress (2021)\n\n"
        "Under 2021 gjordes en förstudie. Länk till förstudien.\n\n"
        "\u2022 Gamma – intervjuguide för samtal\n\nGuiden hjälper handläggaren. Länk till guiden.\n\n"
        " \uf0b7 Delta\n\n\u2013 Delta för unga\n\nFör unga. Länk till utbildningen.\n\n"
        "https://b.se/\nhttps://c.se/\nhttps://d.se/\n"
    )
    found = {m.name: m for m in InventoryLayout().extract(_lines(text))}
    assert {"Alfa – en modell", "Beta – förstudie om stress", "Gamma – intervjuguide för samtal", "Delta"} <= set(found)
    assert all(_parent(found[n]) is None for n in ("Beta – förstudie om stress", "Gamma – intervjuguide för samtal"))
    assert _parent(found["Delta för unga"]) == "Delta"


def test_item_titled_as_a_network_is_an_actor() -> None:
    # Held-out 2023 inventory:329 " Nätverket för suicidpreventiva samordnare" under "Projekt och nätverk":
    # the title's head noun says it is a network (resource-form.ttl / psykgraf.ttl cue nouns), an actor.
    text = (
        "Projekt och nätverk\n\n \uf0b7 Nätverket för samordnare\n\n"
        "Nätverket samlas fyra gånger per år. Länk till nätverkets sida.\n\nhttps://n.se/\n"
    )
    (network,) = InventoryLayout().extract(_lines(text))
    assert (network.kind, network.actor_types, network.forms) == ("actor", ("natverk",), ())


def test_items_continue_after_a_page_foot() -> None:
    # Held-out 2023 inventory :40-58: "Känslokollen – webbsidor för unga 13–19 år", its text, then the page
    # foot ("KAPITEL", " 1 ", the page's URLs) and the next item with another glyph ("▪ Friskare
    # arbetsplatser …"); here the foot also falls inside an item's text. Each item keeps its own text only.
    text = "\n".join(
        [
            "Rubrikerna är Främjande, Första linjen och slutligen Övrigt.",
            "",
            "Främjande",
            "",
            "\uf0b7 Känslokollen – webbsidor för unga 13–19 år ",
            "",
            "Känslokollen är en samling webbsidor för unga. Innehållet togs fram ",
            "",
            "KAPITEL ",
            "",
            " 1  ",
            "",
            "https://www.kanslokollen.se/",
            "tillsammans med elevråd. Länk till Känslokollen.  ",
            "",
            "\u25aa Friskare arbetsplatser – förstudie om stress (2021) ",
            "",
            "Under 2021 genomfördes en förstudie om stress. Länk till förstudien.  ",
            "",
            "KAPITEL ",
            "",
            " 2  ",
            "",
            "https://example.se/forstudie",
            "\u25aa Kartläggning av eftervården 2021 ",
            "",
            "UPH kartlade eftervården. Länk till kartläggningen. ",
        ]
    )
    found = {m.name: m for m in InventoryLayout().extract(_lines(text)) if m.kind == "resource"}
    assert list(found) == [
        "Känslokollen – webbsidor för unga 13–19 år",
        "Friskare arbetsplatser – förstudie om stress",
        "Kartläggning av eftervården 2021",
    ]
    feelings = found["Känslokollen – webbsidor för unga 13–19 år"].description
    assert "tillsammans med elevråd" in feelings and "förstudie" not in feelings and "KAPITEL" not in feelings
    assert "kartlade" not in found["Friskare arbetsplatser – förstudie om stress"].description
    assert found["Kartläggning av eftervården 2021"].description.startswith("UPH kartlade eftervården.")


# An inventory whose export dropped the private-use item glyph: items keep one leading space
# and their dated title; the page ends with "KAPITEL", its number and the page's URL block.
GLYPHLESS = """Materialet är ordnat under två rubriker: Skola och Äldre. Årtalet inom parentes anger utgivningsår.

Skola

~

 Läs och må – lektioner om känslor för årskurs 1–3 (2024)

Lektionerna är skrivna för lärare. Länk till materialet.

~

 Trygg i skolan – guide för elevhälsan (2023)

Guiden ger elevhälsan stöd. Länk till guiden.

KAPITEL

 1

https://example.se/las-och-ma.pdf
https://example.se/trygg.pdf
 Äldre

~

 Vardagsrörelse – metodstöd för kommunernas fritids- och

äldreverksamhet (2022)

Metodstödet riktar sig till personal i äldreomsorgen. Länk till metodstödet.
""".replace("~", " ")  # "~": a line holding one space, as the export writes it


def test_items_whose_glyph_the_export_lost() -> None:
    found = {m.name: m for m in InventoryLayout().extract(_lines(GLYPHLESS))}
    # The three dated titles above (lines 7, 13 and 27), the last one wrapped over two lines.
    assert set(found) == {
        "Läs och må – lektioner om känslor för årskurs 1–3",
        "Trygg i skolan – guide för elevhälsan",
        "Vardagsrörelse – metodstöd för kommunernas fritids- och äldreverksamhet",
    }
    assert found["Trygg i skolan – guide för elevhälsan"].urls == ("https://example.se/trygg.pdf",)
    assert found["Vardagsrörelse – metodstöd för kommunernas fritids- och äldreverksamhet"].heading == "Äldre"
    assert found["Vardagsrörelse – metodstöd för kommunernas fritids- och äldreverksamhet"].years == (2022,)


def test_a_year_between_title_and_subtitle_is_a_year_not_part_of_the_name() -> None:
    # Inventory convention: the title line may carry the year in brackets; here before a "– subtitle"
    # ("\uf0b7 Våga fråga (2022) – webbutbildning om våld"): name without the bracket, year 2022,
    # and the short title as an alternative name.
    text = (
        "Rubrikerna är Alfa, Beta och slutligen Gamma.\n\nAlfa\n\n"
        "\uf0b7 Våga fråga (2022) – webbutbildning om våld\n\n"
        "Utbildningen tar en timme. Länk till Våga fråga.\n\nhttps://a.se/\n"
    )
    (m,) = InventoryLayout().extract(_lines(text))
    assert m.name == "Våga fråga – webbutbildning om våld"
    assert m.years == (2022,)
    assert "Våga fråga" in m.alt_names


def test_a_producer_the_lexicon_does_not_know_keeps_its_printed_name() -> None:
    # The item's own text names its maker ("Barnafrid har tagit fram utbildningen", "framtaget av
    # Nationellt forum för rättspsykiatri"): the actor is the name as printed, never a slug.
    from loader.actors import ActorLexicon, actor_roles

    known = ActorLexicon.load(Path(__file__).parents[2] / "data" / "actors.ttl")
    # The lexicon knows Barnafrid now; without its entry it is an organisation it does not know.
    lex = ActorLexicon([e for e in known.entries if e.slug != "barnafrid"])
    text = "Våga fråga är en webbutbildning om våld. Barnafrid har tagit fram utbildningen."
    assert [r[:2] for r in actor_roles(text, lex, owner=True, item="Våga fråga")] == [("Barnafrid", "producer")]
    text = "Ett stöd för riskbedömning. Materialet är framtaget av Nationellt forum för rättspsykiatri."
    assert [r[:2] for r in actor_roles(text, lex, owner=True, item="Riskbedömning")] == [
        ("Nationellt forum för rättspsykiatri", "producer")
    ]
    text = "Vägledningen beskriver stöd vid demens. Svenska Demenscentrum har tagit fram vägledningen."
    assert [r[:2] for r in actor_roles(text, lex, owner=True, item="Demens")] == [("Svenska Demenscentrum", "producer")]
