"""The SKOS-driven tagger finds the right concepts in real report sentences."""

from __future__ import annotations

import dataclasses
import itertools
import time
from functools import cache
from pathlib import Path

import pytest
from rdflib import SKOS, Graph, Literal, URIRef

import loader.lexicon
from loader.lexicon import VOCAB_DIR, Lexicon, Tag, _fold_with_offsets, context
from loader.text import dehyphenate, fold

REPORTS = Path(__file__).parent.parent.parent / "data" / "reports"
INV = "2020-inventering-metod-och-kunskapsstod.txt"
KRAFT = "2019-kraftsamling-psykisk-halsa-barn-skane.txt"
SLUT = "2018-slutrapport-2017-riktade-insatser-psykisk-halsa.txt"
PLAN = "2021-handlingsplan-psykisk-halsa-stockholms-lan.txt"
INS = "2022-insatser-psykisk-halsa-suicidprevention-2021.txt"


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.from_dir(VOCAB_DIR)


@cache
def _report(name: str) -> str:
    return (REPORTS / name).read_text(encoding="utf-8")


def _excerpt(name: str, first: int, last: int) -> str:
    """Lines ``first``..``last`` (1-based, inclusive) of a report, de-hyphenated as the loader does."""
    return dehyphenate("\n".join(_report(name).splitlines()[first - 1 : last]))


def _found(lex: Lexicon, text: str) -> set[str]:
    return {f"{t.scheme}/{t.code}" for t in lex.tag(text)}


# (report, first line, last line, concepts that must be tagged, concepts that must not be)
CASES = [
    # 2020-inventering…txt:54 "Våga berätta är webbsidor till för att minska och förebygga psykisk ohälsa hos
    # barn." — :60 "Vårdguiden 1177 har tagit över" (no tag for "Vårdguiden")
    (
        INV,
        54,
        62,
        {"resource-form/webbplats", "care-level/forebyggande", "target-group/barn"},
        {"care-level/specialistniva", "care-level/primarvard"},
    ),
    # 2020-inventering…txt:372 " SDQwebb – frågeformulär 3–17 år"; :380 "beroende på om det är barnet själv"
    # ("beroende på" is not substance dependence)
    (
        INV,
        372,
        386,
        {"resource-form/formular", "target-group/barn", "resource-form/guide"},
        {"target-group/missbruk", "care-level/forsta-linjen"},
    ),
    # 2020-inventering…txt:214 "Förstalinjeboken är ett stödmaterial för första linjens arbete för barn och
    # ungas" … :218 "erbjuda barn, unga och anhöriga"
    (
        INV,
        214,
        218,
        {
            "care-level/forsta-linjen",
            "resource-form/metodstod",
            "target-group/barn",
            "target-group/unga",
            "target-group/anhoriga",
            "resource-form/skrift",
        },
        {"care-level/specialistniva"},
    ),
    # 2020-inventering…txt:1504 "kartlägga den psykiatriska heldygnsvården inom rättspsykiatrin,
    # allmänpsykiatrin och barn- och ungdomspsykiatrin" — the compound names care level BUP, not children.
    (
        INV,
        1504,
        1506,
        {
            "care-level/heldygnsvard",
            "care-level/rattspsykiatri",
            "care-level/vuxenpsykiatri",
            "care-level/bup",
        },
        {"target-group/barn", "target-group/unga"},
    ),
    # 2020-inventering…txt:398 "bland kliniker inom BUP och första linjens" / :400 "psykiatri i Sverige"
    # ("kliniker" is both clinicians and clinics, so it is no label)
    (
        INV,
        398,
        400,
        {"care-level/bup", "care-level/forsta-linjen"},
        {"care-level/specialistniva", "audience/personal"},
    ),
    # 2020-inventering…txt:527 "Stödet är kostnadsfritt och tillgängligt för alla" says who can reach it
    # (access), not a lifecycle status (reading guide, Years/Status; tests/eval annotates no status here)
    (INV, 527, 527, set(), {"status/aktiv", "status/under-utveckling"}),
    # 2020-inventering…txt:100 "professionsföreningarna för skolsköterskor, skolkuratorer, skolpsykologer," —
    # school staff are the audience; pupils are not mentioned.
    (
        INV,
        100,
        102,
        {"audience/elevhalsopersonal", "actor-type/civilsamhalle"},
        {"target-group/barn", "care-level/elevhalsa"},
    ),
    # 2020-inventering…txt:492 "det ökade antalet ensamkommande barn och unga"
    (INV, 492, 492, {"target-group/nyanlanda", "target-group/barn", "target-group/unga"}, set()),
    # 2020-inventering…txt:106 "Metodstödet är i mars 2020 ännu inte färdigställt."
    (INV, 106, 106, {"resource-form/metodstod", "status/under-utveckling"}, {"status/aktiv"}),
    # 2020-inventering…txt:1736 "Verktyg som inte längre är i bruk" — not also "i bruk" (in use)
    (INV, 1736, 1736, {"status/ej-i-bruk"}, {"status/aktiv"}),
    # 2020-inventering…txt:1404 "Vägen till väggen är ett metodstöd som syftar till att minska risken för
    # sjukskrivningar" … :1410 "ett metodstöd för chefer, skyddsombud och medarbetare"
    (
        INV,
        1404,
        1410,
        {
            "resource-form/metodstod",
            "target-group/anstallda",
            "care-level/forebyggande",
            "resource-form/film",
            "audience/chefer",
            "audience/personal",
        },
        set(),
    ),
    # 2020-inventering…txt:1448 "för politiker, tjänstemän och medarbetare har tre korta filmer"
    (INV, 1448, 1450, {"audience/beslutsfattare", "audience/personal", "resource-form/film"}, set()),
    # 2020-inventering…txt:824 " Äldres psykiska ohälsa – Att fånga upp psykisk ohälsa hos äldre" …
    # :834 "stöd till professionella inom socialtjänsten"; the URLs at :828–831
    # ("…internationell-utblick.html", "…Politikerchecklistan…") are skipped.
    (
        INV,
        824,
        838,
        {"target-group/aldre", "resource-form/skrift", "care-level/socialtjanst", "audience/personal"},
        {"actor-type/internationell", "resource-form/checklista"},
    ),
    # 2020-inventering…txt:1706 " Hälsa i Sverige (2016 och framåt)" — "hälsa" is no concept
    (INV, 1706, 1706, set(), {"care-level/framjande"}),
    # 2022-insatser…txt:1028 "tvångsvården utifrån lagen om psykiatrisk tvångsvård (LPT) och lagen om rätts-"
    # :1030 "psykiatrisk vård (LRV)"
    (INS, 1028, 1030, {"care-level/heldygnsvard", "care-level/rattspsykiatri", "actor-type/region"}, set()),
    # 2022-insatser…txt:1709 "praktiskt stöd till chefer och HR"
    (INS, 1709, 1711, {"audience/chefer", "care-level/forebyggande"}, set()),
    # 2022-insatser…txt:1751 "27 Uppdrag Psykisk Hälsas webbplats, Chefer och HR", then URLs ending
    # "chefer-och-hr/"
    (INS, 1751, 1756, {"resource-form/webbplats", "audience/chefer"}, set()),
    # 2018-slutrapport…txt:746 "Att vårdas enligt LPT - Vilka regler gäller för tvångsvård? … (film)"
    (SLUT, 746, 746, {"care-level/heldygnsvard", "resource-form/film"}, set()),
    # 2019-kraftsamling…txt:2125 "Boende/" :2127 "HVB" (slide text, one box a line)
    (KRAFT, 2125, 2127, {"target-group/placerade-barn"}, set()),
    # 2021-handlingsplan…txt:249 "förebyggande och tidiga insatser" … :250 "husläkarmottagningar,"
    # :251 "elevhälsan, förskolan, barnhälsovården, barn- och ungdomspsykiatrin" … :252 "ungdomsmottagningar"
    (
        PLAN,
        249,
        252,
        {
            "care-level/forebyggande",
            "care-level/primarvard",
            "care-level/elevhalsa",
            "care-level/bup",
            "care-level/socialtjanst",
            "care-level/forsta-linjen",
            "actor-type/kommun",
            "actor-type/region",
            # "förskolan" names preschool children (care-level.ttl: preschool words tag barn);
            # that this list of settings gives no item a group is enrichment's call ("till exempel").
            "target-group/barn",
        },
        set(),
    ),
    # Review 1 (precision): phrases that contain a label but do not name the concept.
    # 2020-inventering…txt:420 " Psykdok – ett arkiv för äldre dokument som berör psykiatri" (old documents)
    (INV, 420, 420, set(), {"target-group/aldre"}),
    # 2020-inventering…txt:178 "en mer sömlös vård för patienten" (patients are cared for, not users)
    (INV, 176, 179, {"care-level/primarvard"}, {"audience/allmanheten"}),
    # 2020-inventering…txt:320-324 "patienter som vårdas inom rättspsykiatrin; … sjukdomsförebyggande metoder"
    (INV, 318, 325, {"care-level/rattspsykiatri"}, {"audience/allmanheten", "care-level/forebyggande"}),
    # 2020-inventering…txt:1361 "med fokus på medborgarnas behov"
    (INV, 1359, 1362, set(), {"audience/allmanheten"}),
    # 2019-kraftsamling…txt:1250 "saknar en vuxen att vända sig till i skolan" (a person, not adults)
    (KRAFT, 1248, 1251, {"care-level/elevhalsa", "target-group/barn"}, {"target-group/vuxna"}),
    # Review 1 (recall): user frames, inflected forms, form and status phrases.
    # 2020-inventering…txt:923 " SIPkollen.se – Patient- och brukarenkät om SIP" (patients fill it in)
    (INV, 923, 923, {"audience/allmanheten", "resource-form/enkat"}, set()),
    # 2022-insatser…txt:1922-1924 "att erbjuda invånare stöd- och behandlingsprogram … varit i drift sedan 2015"
    (INS, 1920, 1924, {"audience/allmanheten", "status/aktiv"}, set()),
    # 2021-handlingsplan…txt:414 "syftar till att främja den psykiska hälsan" (YAM, PAX)
    (PLAN, 412, 415, {"care-level/framjande", "care-level/elevhalsa", "target-group/unga"}, set()),
    # 2022-insatser…txt:1570 "med syftet att främja elevers välbefinnande" (PulsSmart)
    (INS, 1568, 1571, {"care-level/framjande", "target-group/barn"}, set()),
    # 2020-inventering…txt:1759 "ett personligt anpassat självhjälpsprogram" (Min kompass)
    (INV, 1757, 1760, {"resource-form/webbverktyg", "audience/allmanheten"}, set()),
    # 2021-handlingsplan…txt:261 "pågår just nu ett pilotarbete … för att utveckla föräldrastödsprogrammet ABC"
    (PLAN, 260, 263, {"status/under-utveckling", "target-group/foraldrar"}, set()),
    # 2018-slutrapport…txt:746 "Hör överläkare Jessica Svahn <https://vimeo.com/236708535> (film)"
    (SLUT, 746, 746, {"resource-form/film", "care-level/heldygnsvard"}, set()),
]


@pytest.mark.parametrize(
    ("report", "first", "last", "present", "absent"), CASES, ids=[f"{c[0][:4]}:{c[1]}-{c[2]}" for c in CASES]
)
def test_tags_in_report_sentences(
    lex: Lexicon, report: str, first: int, last: int, present: set[str], absent: set[str]
) -> None:
    found = _found(lex, _excerpt(report, first, last))
    assert present <= found, present - found
    assert not absent & found, absent & found


def test_compound_care_level_hides_target_group(lex: Lexicon) -> None:
    # 2020-inventering…txt:241 "den specialiserade barn- och" / :243 "ungdomspsykiatrins insatser" — raw text,
    # label across a line break and blank line; offsets point into the raw text.
    raw = "\n".join(_report(INV).splitlines()[240:243])
    tags = lex.tag(raw)
    assert [(t.scheme, t.code) for t in tags] == [("care-level", "bup")]
    assert raw[tags[0].start : tags[0].end] == tags[0].surface
    assert " ".join(tags[0].surface.split()) == "barn- och ungdomspsykiatrins"


def test_separate_mention_still_tags_target_group(lex: Lexicon) -> None:
    # 2020-inventering…txt:1534 "Barn och" / :1540 "unga 2017" (after the compound on :1532)
    text = _excerpt(INV, 1532, 1540)
    codes = [t.code for t in lex.tag(text)]
    assert "bup" in codes and "heldygnsvard" in codes
    assert "barn" in codes and "unga" in codes


def test_longest_match_first(lex: Lexicon) -> None:
    # 2020-inventering…txt:1508 "satsning på psykiatrisk heldygnsvård" — one tag, not also "psykiatri…"
    tags = lex.tag(_excerpt(INV, 1508, 1508))
    assert [(t.code, t.surface) for t in tags] == [("heldygnsvard", "psykiatrisk heldygnsvård")]


def test_uppercase_labels_are_case_sensitive(lex: Lexicon) -> None:
    # 2020-inventering…txt:543 "kvalitetsregistren BipoläR, BUSA, ECT, Kvalitetsstjärnan, PsykosR, Q-"
    # / :545 "bup,"
    assert "care-level/bup" not in _found(lex, _excerpt(INV, 543, 545))
    # 2020-inventering…txt:283 "personal inom BUP"
    assert "care-level/bup" in _found(lex, _excerpt(INV, 283, 283))
    assert lex.tag("ab hr lpt") == []
    assert [t.code for t in lex.tag("Cognoscenti AB")] == ["foretag"]  # 2019-kraftsamling…txt:554


def test_word_boundaries(lex: Lexicon) -> None:
    # 2020-inventering…txt:643 "för BUP-" / :645 "kliniker att dela": a hyphen is a word boundary
    tags = lex.tag(_excerpt(INV, 643, 645))
    assert ("bup", "BUP") in [(t.code, t.surface) for t in tags]
    # no match inside a word: "barnhälsovården" is not "barn", "skolsatsning" not "skola"
    assert lex.tag("barnhälsovården skolsatsning") == []


def test_negative_cases(lex: Lexicon) -> None:
    for text in ("hälsa", "psykisk hälsa", "Vårdguiden", "vård", "metod- och kunskapsstöd", "beroende på om"):
        assert lex.tag(text) == [], text


def test_urls_are_not_tagged(lex: Lexicon) -> None:
    # 2020-inventering…txt:1463 "…/skola-och-elevhalsa/elevhalsa/elevhalsobaserad-modell-for-forsta-linjen/…"
    line = _report(INV).splitlines()[1462]
    assert line.startswith("https://")
    assert lex.tag(line) == []


def test_diacritic_tolerant(lex: Lexicon) -> None:
    # 2019-kraftsamling has "Rattpsykiatri" and folded forms; folding makes "forsta linjen" match too
    assert [t.code for t in lex.tag("FORSTA LINJEN och Rattpsykiatri")] == ["forsta-linjen", "rattspsykiatri"]
    # decomposed input (a + combining diaeresis) maps back to the original offsets
    text = "i a\u0308ldreomsorgen och a\u0308ldre"
    tags = lex.tag(text)
    assert [(t.code, t.surface) for t in tags] == [("aldre", "a\u0308ldreomsorgen"), ("aldre", "a\u0308ldre")]
    assert text[tags[1].start : tags[1].end] == "a\u0308ldre" and tags[1].end == len(text)


def test_same_span_in_two_schemes(lex: Lexicon) -> None:
    # 2020-inventering…txt:1582 "i Nätverket för styrning och ledning"
    tags = lex.tag(_excerpt(INV, 1582, 1582))
    assert {(t.scheme, t.code) for t in tags if t.surface == "Nätverket"} == {
        ("resource-form", "natverk"),
        ("actor-type", "natverk"),
    }


def test_whole_inventory_offsets_and_order(lex: Lexicon) -> None:
    text = _report(INV)
    tags = lex.tag(text)
    assert len(tags) > 300
    spans = sorted({(t.start, t.end) for t in tags})
    assert [(t.start, t.end) for t in tags] == sorted((t.start, t.end) for t in tags)
    for t in tags:
        assert text[t.start : t.end] == t.surface
    # matches never overlap: a span tags several schemes at most, never a part of another span
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start


def test_fold_with_offsets_agrees_with_fold() -> None:
    for report in sorted(REPORTS.glob("*.txt")):
        text = report.read_text(encoding="utf-8")
        folded, offsets = _fold_with_offsets(text)
        assert " ".join(folded.split()) == fold(text)
        assert offsets is None or len(offsets) == len(folded)


def test_speed_on_whole_inventory(lex: Lexicon) -> None:
    text = _report(INV)
    start = time.perf_counter()
    lex.tag(text)
    assert time.perf_counter() - start < 0.5


def test_context(lex: Lexicon) -> None:
    text = _report(INV)
    for t in lex.tag(text):
        for width in (0, 40, 120, 1000):
            quoted = context(text, t, width)
            assert len(quoted) <= 300
            assert " ".join(t.surface.split()) in quoted
    # 2020-inventering…txt:194 "Guiden Vänd dig hit! syftar till att vara ett stöd för beslutsfattare i
    # kommuner"
    tag = next(t for t in lex.tag(text) if t.surface == "beslutsfattare")
    assert context(text, tag, 30) == "… till att vara ett stöd för beslutsfattare i kommuner och regioner …"


def test_concept_api(lex: Lexicon) -> None:
    assert lex.schemes() == (
        "actor-type",
        "audience",
        "care-level",
        "resource-form",
        "status",
        "target-group",
    )
    assert "forsta-linjen" in lex.codes("care-level")
    assert lex.label("care-level", "forsta-linjen") == "första linjen"
    assert lex.label("care-level", "forsta-linjen", "en") == "first-line care"
    assert lex.broader("care-level", "bup") == ("specialistniva",)
    assert lex.broader("care-level", "primarvard") == ("forsta-linjen",)
    assert lex.narrower("care-level", "forsta-linjen") == ("primarvard",)
    assert lex.concept_iri("status", "ej-i-bruk") == "https://w3id.org/psykgraf/vocab/status/ej-i-bruk"
    assert lex.concept_iri("audience", "chefer", "http://x.test/") == "http://x.test/vocab/audience/chefer"
    with pytest.raises(KeyError):
        lex.label("care-level", "nope")
    with pytest.raises(KeyError):
        lex.concept_iri("nope", "bup")


def test_tag_is_frozen() -> None:
    tag = Tag("care-level", "bup", "BUP", 0, 3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        tag.code = "x"  # type: ignore[misc]


def test_built_once_per_process() -> None:
    assert Lexicon.from_dir(VOCAB_DIR) is Lexicon.from_dir(VOCAB_DIR.parent / "vocab")


def test_empty_dir_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        Lexicon.from_dir(tmp_path)


def test_not_labels_drop_only_their_own_concept(lex: Lexicon) -> None:
    # 2020-inventering…txt:1195 "Använd SIP – ett verktyg vid samverkan, vuxna och äldre (2018)": a noun
    assert [t.code for t in lex.tag("vuxna och äldre")] == ["vuxna", "aldre"]
    # An adjective "äldre" before a child noun: the children stay, older people go.
    assert [t.code for t in lex.tag("äldre barn och unga")] == ["barn", "unga"]
    # Every pg:notLabel phrase of the vocabulary contains a label of its own concept.
    declared = [(s_, c) for s_ in lex.schemes() for c in lex.codes(s_) if lex.not_labels(s_, c)]
    assert ("target-group", "aldre") in declared and ("target-group", "vuxna") in declared
    for scheme, code in declared:
        for phrase in lex.not_labels(scheme, code):
            assert lex.is_negative(phrase, scheme, code), phrase


def test_negative_forms_live_in_the_vocabulary() -> None:
    # The Swedish negative forms are data of ontology/vocab/target-group.ttl, not Python.
    g = Graph().parse(VOCAB_DIR / "target-group.ttl")
    aldre = URIRef("https://w3id.org/psykgraf/vocab/target-group/aldre")
    assert Literal("äldre dokument", lang="sv") in set(g.objects(aldre, loader.lexicon.NOT_LABEL))
    assert not hasattr(loader.lexicon, "NOT_LABELS")


def test_age_bands_come_from_the_vocabulary(lex: Lexicon) -> None:
    # vocabulary-contract.md: barn 0–12, unga 13–24, vuxna 25–64, äldre 65+.
    # 2020-inventering…txt:372 "SDQwebb – frågeformulär 3–17 år": children and young people.
    assert lex.age_groups(3, 17) == ("barn", "unga")
    # 2020-inventering…txt:342 "barn och unga mellan 13 och 18 år": young people only.
    assert lex.age_groups(13, 18) == ("unga",)
    assert lex.age_groups(25, 64) == ("vuxna",)
    assert lex.age_groups(70, None) == ("aldre",)


def test_stemmed_form_cues(lex: Lexicon) -> None:
    # 2020-inventering…txt:202 "Guiden Vänd dig hit! syftar till …": the definite form refers back.
    assert lex.is_self_reference("Guiden Vänd dig hit! syftar till")
    # 2020-inventering…txt:1396 "Filmerna finns med undertexter": plural definite of "film".
    assert [t.code for t in lex.forms_in("Filmerna finns med undertexter")] == ["film"]
    assert not lex.is_self_reference("Arbetet har skett i nära samarbete")


def test_public_api() -> None:
    assert sorted(loader.lexicon.__all__) == [
        "DEFAULT_BASE",
        "Lexicon",
        "NOT_LABEL",
        "Tag",
        "VOCAB_DIR",
        "class_annotations",
        "context",
        "stem",
        "term_annotations",
    ]


def test_inflections_come_from_the_stemmer_not_harvested_labels(lex: Lexicon) -> None:
    # 2019-kraftsamling…txt:1267 "så att åk 7 fungerar bättre för eleverna": the vocabulary has
    # "elever"; the definite plural comes from the Swedish stemmer.
    assert [(t.code, t.surface) for t in lex.tag("fungerar bättre för eleverna")] == [("barn", "eleverna")]
    g = Graph().parse(VOCAB_DIR / "target-group.ttl")
    barn = URIRef("https://w3id.org/psykgraf/vocab/target-group/barn")
    assert Literal("eleverna", lang="sv") not in set(g.objects(barn, SKOS.hiddenLabel))


def test_stems_do_not_cross_word_classes_or_diacritics(lex: Lexicon) -> None:
    # 2018-slutrapport…txt:616 "hur politiskt beslutsfattande kan vara pådrivande": decision
    # making, not decision makers (a participle shares only the stem with "beslutsfattare").
    assert "beslutsfattare" not in [t.code for t in lex.tag("hur politiskt beslutsfattande kan vara")]
    # 2018-slutrapport…txt:45 "Ett hälsofrämjande samhälle för alla åldrar": ages, not "äldre".
    assert "aldre" not in [t.code for t in lex.tag("Ett hälsofrämjande samhälle för alla åldrar")]


def test_school_health_staff_imply_the_school_health_sector() -> None:
    # tests/fixtures/heldout/2022-handlingsplan-psykisk-halsa-uppsala-lan.txt line 100: Elevhälsoguiden,
    # "ett digitalt stöd för elevhälsans personal" is made for the school health service.
    from loader.lexicon import Lexicon

    assert Lexicon.from_dir().implied("audience", "elevhalsopersonal") == (("care-level", "elevhalsa"),)
