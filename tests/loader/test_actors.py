"""The curated actor lexicon, organisation recognition and role phrases, on real report sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF, SKOS

from loader import actors
from loader.actors import ORG_HEAD, ActorEntry, ActorLexicon, actor_roles, guess_type
from loader.lexicon import scheme_annotations
from loader.model import ROLES
from loader.text import dehyphenate, fold, slugify

DATA = Path(__file__).parents[2] / "data"
PG = Namespace("https://w3id.org/psykgraf/ontology#")
TYPES = {
    "myndighet", "departement", "region", "kommun", "lan", "larosate",
    "civilsamhalle", "foretag", "vardgivare", "internationell", "natverk", "kommunsektorn",
}  # fmt: skip


@pytest.fixture(scope="module")
def lex() -> ActorLexicon:
    return ActorLexicon.load(DATA / "actors.ttl")


def slugs(lex: ActorLexicon, text: str) -> list[str]:
    return [h.slug for h in lex.find(text)]


def test_public_api() -> None:
    expected = {
        "COUNTY_BRANCH",
        "ActorEntry",
        "ActorHit",
        "ActorLexicon",
        "actor_cue_nouns",
        "actor_roles",
        "guess_type",
        "sector_heading",
        "unit_noun",
        "vocabulary_tagged",
        "workplace",
    }
    assert set(actors.__all__) == expected


def test_a_county_branch_is_not_the_national_organisation(lex: ActorLexicon) -> None:
    # 2021…txt:455 "som tagits fram av UPH Stockholms län i samarbete med Ifous": the county's programme
    # office, not the national Uppdrag Psykisk Hälsa; no hit, so no role and no mention of the national one.
    text = "forskningsöversikterna som tagits fram av UPH Stockholms län i samarbete med Ifous."
    assert "uph" not in slugs(lex, text)
    assert {slug for slug, _, _ in actor_roles(text, lex)} == {"ifous"}
    assert "uph" in slugs(lex, "forskningsöversikterna som tagits fram av UPH i samarbete med Ifous.")


def test_every_actor_is_typed_labelled_and_in_the_actor_namespace() -> None:
    g = Graph().parse(DATA / "actors.ttl")
    subjects = set(g.subjects(RDF.type, PG.Actor))
    assert len(subjects) >= 150
    for s in subjects:
        assert str(s).startswith("https://w3id.org/psykgraf/id/actor/")
        assert any(lbl.language == "sv" for lbl in g.objects(s, SKOS.prefLabel))  # type: ignore[attr-defined]
        types = [str(t).rsplit("/", 1)[1] for t in g.objects(s, PG.actorType)]
        assert len(types) == 1 and types[0] in TYPES, s


def test_no_name_points_at_two_actors(lex: ActorLexicon) -> None:
    seen: dict[str, str] = {}
    for entry in lex.entries:
        for name in entry.names:
            assert seen.setdefault(fold(name), entry.slug) == entry.slug, name


def test_required_slugs_and_skr_renaming(lex: ActorLexicon) -> None:
    for slug in ("skr", "uph", "region-stockholm", "storsthlm", "region-skane", "socialstyrelsen",
                 "folkhalsomyndigheten"):  # fmt: skip
        assert lex.entry(slug) is not None, slug
    uph = lex.entry("uph")
    assert uph is not None and uph.part_of == "skr"
    g = Graph().parse(DATA / "actors.ttl")
    notes = [str(n) for n in g.objects(URIRef("https://w3id.org/psykgraf/id/actor/skr"), SKOS.historyNote)]
    assert notes == ["Hette Sveriges Kommuner och Landsting (SKL) till 2019."]


def test_skr_and_storsthlm_actor_types(lex: ActorLexicon) -> None:
    # SKR is the national member organisation of municipalities and regions — not civil society,
    # not a state body (general knowledge; the reports call it a party to the agreements).
    # 2021-handlingsplan…txt:148 "Storsthlm är en sammasluttning av de 26 kommuner som ingår i
    # Stockholms län": a county-level association of municipalities.
    skr, storsthlm = lex.entry("skr"), lex.entry("storsthlm")
    assert skr is not None and skr.actor_type == "kommunsektorn"
    assert storsthlm is not None and storsthlm.actor_type == "lan"


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("SKL", "skr"),  # 2018-slutrapport…txt:15 "Sveriges Kommuner och Landsting (SKL)"
        ("SKR:s", "skr"),  # 2022-insatser…txt:1990 "SKR:s arbete för nära vård"
        ("Sveriges Kommuner och Landsting", "skr"),
        ("sveriges kommuner och regioner", "skr"),  # 2021-handlingsplan…txt:4
        ("Uppdrag Psykisk Hälsa", "uph"),
        ("UPH", "uph"),
        ("Folkhälsomyndigheten (FOHM)", "folkhalsomyndigheten"),  # 2018-slutrapport…txt:1006
        ("FOHM", "folkhalsomyndigheten"),
        ("Linnéuniversitet", "linneuniversitetet"),  # 2020-inventering…txt:850
        ("linneuniversitetet", "linneuniversitetet"),
        ("Stiftelsen Allmänna Barnhuset", "allmanna-barnhuset"),
        ("Vårdguiden 1177", "vardguiden-1177"),  # 2020-inventering…txt:60
        ("NSPH", "nsph"),
        ("Region Örebro", "region-orebro-lan"),  # 2019-kraftsamling…txt:678
        ("Stockholms läns landsting", "region-stockholm"),  # 2021-handlingsplan…txt:33
    ],
)
def test_resolve_variants(lex: ActorLexicon, name: str, slug: str) -> None:
    assert lex.resolve(name) == slug


def test_resolve_unknown_and_slugs(lex: ActorLexicon) -> None:
    assert lex.resolve("Ingen sådan organisation") is None
    assert lex.resolve("allmanna-barnhuset") == "allmanna-barnhuset"
    entry = lex.entry("allmanna-barnhuset")
    assert entry is not None and entry.label == "Stiftelsen Allmänna Barnhuset"
    assert entry.actor_type == "civilsamhalle" and "Allmänna Barnhuset" in entry.aliases


def test_find_longest_match_and_genitive(lex: ActorLexicon) -> None:
    # 2018-slutrapport…txt:15
    text = "Regeringen (Socialdepartementet) och Sveriges Kommuner och Landsting (SKL) har under tio års tid"
    assert slugs(lex, text) == ["regeringen", "socialdepartementet", "skr", "skr"]
    # 2021-handlingsplan…txt:139 "inom Region Stockholm respektive Storsthlm"
    hits = lex.find("hälso- och sjukvårdsförvaltningen inom Region Stockholms och Storsthlms")
    assert [(h.slug, h.surface) for h in hits] == [
        ("region-stockholm", "Region Stockholms"),
        ("storsthlm", "Storsthlms"),
    ]


def test_find_abbreviations_are_case_sensitive_and_skip_urls(lex: ActorLexicon) -> None:
    assert slugs(lex, "skl och uph") == []
    # 2018-slutrapport…txt:1120 "Ing-Marie.Wieselgren@skl.se"; 2020-inventering…txt:66
    assert slugs(lex, "Ing-Marie.Wieselgren@skl.se https://vaga-beratta.1177.se/") == []


def test_find_slide_list_of_regions_and_municipalities(lex: ActorLexicon) -> None:
    # 2019-kraftsamling…txt:680-700, one name a line
    text = "Region Östergötland\n\nNacka Kommun\n\nNorrtälje Kommun\n\nSolna Stad\n\nÖrebro Kommun"
    hits = lex.find(text)
    assert [h.slug for h in hits] == [
        "region-ostergotland", "nacka-kommun", "norrtalje-kommun", "solna-stad", "orebro-kommun",
    ]  # fmt: skip
    assert all(h.known for h in hits)


def test_find_generic_patterns_for_unknown_organisations(lex: ActorLexicon) -> None:
    # 2019-kraftsamling…txt:656 "Region Göteborg" is not in the lexicon
    hits = lex.find("Region Göteborg")
    assert [(h.slug, h.known) for h in hits] == [("region-goteborg", False)]
    text = (
        "Kalix kommun, Lerums Kommun, Borås stad, Örebro universitet, Mittuniversitetet och Länsstyrelsen i Skåne län"
    )
    assert slugs(lex, text) == [
        "kalix-kommun", "lerums-kommun", "boras-stad", "orebro-universitet", "mittuniversitetet",
        "lansstyrelsen-i-skane-lan",
    ]  # fmt: skip


def test_generic_patterns_ignore_determiners_and_blank_lines(lex: ActorLexicon) -> None:
    # 2022-insatser…txt:1866 "I slutet av året var 122 kommuner anslutna"; 2019-kraftsamling…txt:2101
    assert slugs(lex, "Samtliga kommuner och landsting. Dessa kommuner. Kommun Landsting") == []
    # 2019-kraftsamling…txt:700-704 "Örebro Kommun\n\nMyndigheter\n\nFolkhälsomyndigheten"
    assert slugs(lex, "Myndigheter\n\nKommun") == []
    assert slugs(lex, "Nätverket för kommunerna") == []


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Grums kommun", "kommun"),
        ("Helsingborgs stad", "kommun"),
        ("Region Jämtland Härjedalen", "region"),
        ("Stockholms läns landsting", "region"),
        ("Örebro universitet", "larosate"),
        ("Malmö högskola", "larosate"),
        ("Länsstyrelsen i Skåne län", "lan"),
        ("Jämställdhetsmyndigheten", "myndighet"),
        ("Arbetsmarknadsdepartementet", "departement"),
        ("Misa AB", "foretag"),
        ("Tilia", None),
    ],
)
def test_guess_type(name: str, code: str | None) -> None:
    assert guess_type(name) == code


def roles(lex: ActorLexicon, text: str) -> set[tuple[str, str]]:
    return {(slug, role) for slug, role, _ in actor_roles(dehyphenate(text), lex)}


def test_roles_maintainer_drivs_numera_av(lex: ActorLexicon) -> None:
    # 2020-inventering…txt:46
    text = "SkolFam drivs numera av Allmänna Barnhuset."
    assert roles(lex, text) == {("allmanna-barnhuset", "maintainer")}
    assert actor_roles(text, lex)[0][2] == text


def test_roles_maintainer_har_tagit_over(lex: ActorLexicon) -> None:
    # 2020-inventering…txt:60-61
    assert roles(lex, "Vårdguiden 1177 har tagit över \n\nVåga berätta.") == {("vardguiden-1177", "maintainer")}
    # 2020-inventering…txt:462
    assert roles(lex, "SKR har tagit över arbetet med DigiLys.") == {("skr", "maintainer")}


def test_roles_producer_on_commission(lex: ActorLexicon) -> None:
    # 2020-inventering…txt:114
    text = "Linköpings universitet har på uppdrag från UPH tagit fram ett internet-program"
    assert roles(lex, text) == {("linkopings-universitet", "producer"), ("uph", "funder")}
    # 2022-insatser…txt:572-573
    text = "som har tagits fram av Karolinska Institutet på uppdrag av \n\nFolkhälsomyndigheten och där SKR"
    assert roles(lex, text) == {("karolinska-institutet", "producer"), ("folkhalsomyndigheten", "funder")}


def test_roles_producer_framtagen_i(lex: ActorLexicon) -> None:
    # 2020-inventering…txt:42
    assert roles(lex, "Modellen är framtagen i Helsingborgs stad (2005) och bygger på forskning") == {
        ("helsingborgs-stad", "producer")
    }


def test_roles_forvaltas_av_and_delfinansiering(lex: ActorLexicon) -> None:
    # 2020-inventering…txt:245
    assert roles(lex, "Deplyftet förvaltas av SFBUP, länk.") == {("sfbup", "maintainer")}
    # 2020-inventering…txt:412-414
    text = (
        "Framtagandet av broschyrerna skedde genom delfinansiering \n\nmed Riksförbundet Attention. "
        "Materialet förvaltas av Attention."
    )
    assert roles(lex, text) == {("attention", "funder"), ("attention", "maintainer")}


def test_roles_producer_and_partner(lex: ActorLexicon) -> None:
    # 2020-inventering…txt:1167-1168
    text = "Filmen har producerats av SKR i samarbete med Stockholms \n\nstad. Filmen är 48 min."
    assert roles(lex, text) == {("skr", "producer"), ("stockholms-stad", "partner")}


def test_roles_partner_list(lex: ActorLexicon) -> None:
    # 2022-insatser…txt:1560-1561
    text = (
        "Sedan 2019 har SKR tillsammans med Sundsvalls kommun, Region Blekinge \n\n"
        "samt Olofströms kommun och Karlskrona kommun drivit projektet PulsSmart."
    )
    assert roles(lex, text) == {
        ("sundsvalls-kommun", "partner"),
        ("region-blekinge", "partner"),
        ("olofstroms-kommun", "partner"),
        ("karlskrona-kommun", "partner"),
        ("skr", "maintainer"),  # "har SKR … drivit projektet"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2020-inventering…txt:164 (active perfect after an adverbial: "har UPH arbetat fram")
        (
            "Under 2018 och 2019 har UPH arbetat fram Samarbetsvård psykisk hälsa för vård vid depression",
            {("uph", "producer")},
        ),
        # 2020-inventering…txt:306 (inverted past tense)
        ("Under våren 2017 genomförde UPH en kartläggning av den rättspsykiatriska vården", {("uph", "producer")}),
        # 2020-inventering…txt:629
        ("UPH har samlat ett antal metoder och instrument som används för att mäta", {("uph", "producer")}),
        # 2022-insatser…txt:1145
        ("Sedan 2008 har SKR genomfört kartläggningar av den specialistpsykiatriska vården.", {("skr", "producer")}),
        # 2020-inventering…txt:643 (the report's typo "tar tagit fram")
        ("UPH tar tagit fram den webbaserade Utbildningsportalen för BUP", {("uph", "producer")}),
        # 2020-inventering…txt:1504
        ("2008 fick SKL i uppdrag att kartlägga den psykiatriska heldygnsvården", {("skr", "producer")}),
        # 2022-insatser…txt:1976 (passive "togs fram av")
        ("Metodstöd för elevhälsan är ett webbaserat stödmaterial som togs fram av SKR 2015.", {("skr", "producer")}),
        # 2020-inventering…txt:1739 (partner first, then "tog SKR fram")
        (
            "Tillsammans med Centrum för psykiatriforskning vid Karolinska institutet tog SKR fram en lösning",
            {("centrum-for-psykiatriforskning", "partner"), ("skr", "producer")},
        ),
    ],
)
def test_roles_producer_frames(lex: ActorLexicon, text: str, expected: set[tuple[str, str]]) -> None:
    assert roles(lex, text) == expected


def test_roles_maintainer_frames(lex: ActorLexicon) -> None:
    # 2020-inventering…txt:1665 "övertog SKL ansvaret"
    assert roles(lex, "I augusti 2013 övertog SKL ansvaret, från Socialstyrelsen, att driva METIS.") >= {
        ("skr", "maintainer")
    }
    # 2021-handlingsplan…txt:469-470 "en verksamhet inom CES, Region Stockholm"
    text = (
        "Elevhälsoportalen, www.elevhalsoportalen.se, är en verksamhet inom Centrum för epidemiologi "
        "och samhällsmedicin (CES), Region Stockholm."
    )
    assert ("ces", "maintainer") in roles(lex, text)
    # 2022-insatser…txt:1846 "har fortsatt drivits och vidareutvecklats av SKR"
    text = "E-tjänsten FamiljehemSverige har fortsatt drivits och vidareutvecklats av SKR under 2021."
    assert roles(lex, text) == {("skr", "maintainer")}


def test_roles_funder_frames(lex: ActorLexicon) -> None:
    # 2018-slutrapport…txt:624: NSPH ran the project, the Inheritance Fund paid for it.
    text = (
        "Antidiskrimineringsprojektet Din Rätt drevs av NSPH under tre år (2014-2017) och var "
        "finansierat av Allmänna Arvsfonden."
    )
    assert roles(lex, text) == {("nsph", "maintainer"), ("allmanna-arvsfonden", "funder")}
    # 2018-slutrapport…txt:586 "VINNOVA-finansierade projektet"
    assert roles(lex, "inom ramen för VINNOVA-finansierade projektet mellan") == {("vinnova", "funder")}


def test_roles_partner_frames(lex: ActorLexicon) -> None:
    # 2022-insatser…txt:804-806: a non-organisation conjunct before the partner.
    text = (
        "utbildningsportalen som tagits fram i samverkan med BUP-kliniker och Svensk \n\n"
        "Förening för Barn- och Ungdomspsykiatri (SFBUP) har under 2021 fortsatt att användas"
    )
    assert roles(lex, text) == {("sfbup", "partner")}
    # 2018-slutrapport…txt:506: a list with a spelled-out alias in parentheses.
    text = (
        "I samarbete med Bris (Barnens Rätt i Samhället), Uppsala Universitet och Children and War "
        "Foundation har UPH genomfört fyra utbildningar i Teaching Recovery Techniques (TrT) under 2017."
    )
    assert roles(lex, text) == {
        ("bris", "partner"),
        ("uppsala-universitet", "partner"),
        ("children-and-war-foundation", "partner"),
        ("uph", "producer"),
    }
    # 2020-inventering…txt:98: "UPH tillsammans med professionsföreningarna" is no partnership of UPH.
    text = "Under 2016 inledde UPH tillsammans med professionsföreningarna för skolsköterskor ett arbete"
    assert roles(lex, text) == set()


def test_roles_participant(lex: ActorLexicon) -> None:
    # 2020-inventering…txt:684-686
    text = (
        "Styrelsen för SKR tillsatte för perioden augusti 2015–maj 2017 en programberedning för barns "
        "och ungas hälsa där UPH aktivt deltog i arbetet."
    )
    assert roles(lex, text) == {("uph", "participant")}


def test_roles_other_subject_is_no_producer(lex: ActorLexicon) -> None:
    # 2022-insatser…txt:1216 "Med hjälp av SKR:s framtagna redskap" names no partner.
    assert roles(lex, "Med hjälp av SKR:s framtagna redskap mötescirkeln får alla deltagare") == set()
    # A subordinate clause has its own subject: UPH supported, the municipalities developed.
    assert roles(lex, "UPH har stöttat kommuner som utvecklat egna modeller.") == set()


def test_roles_none_without_a_role_phrase(lex: ActorLexicon) -> None:
    # 2022-insatser…txt:273-274
    assert roles(lex, "Socialstyrelsen, Folkhälsomyndigheten, Försäkringskassan, Skolverket, SPSM") == set()


def test_roles_are_from_the_model(lex: ActorLexicon) -> None:
    text = (DATA / "reports" / "2020-inventering-metod-och-kunskapsstod.txt").read_text(encoding="utf-8")
    found = actor_roles(dehyphenate(text), lex)
    assert found and {role for _, role, _ in found} <= set(ROLES)
    assert all(len(q) <= 300 for _, _, q in found)


def test_type_patterns_live_in_the_vocabulary() -> None:
    # The name shapes are pg:namePattern values of ontology/vocab/actor-type.ttl, not Python.
    from loader.actors import type_rules

    codes = [code for _, code in type_rules()]
    assert codes[:3] == ["lan", "region", "kommun"] and "civilsamhalle" in codes
    assert not hasattr(actors, "_TYPE_RULES")
    # 2020-inventering…txt:182 "Region Dalarna": the "Region X" pattern comes before any other.
    assert guess_type("Region Dalarna") == "region"


# Roles scoped to the item by the sentence's structure: (sentence as printed, the item the text
# describes, the (slug, role) pairs a careful reader gives that item). Report file and line cited.
ROLE_SCOPE_TABLE = [
    # 2018…txt:180 — UPH commissioned the research group in the relative clause, not the item.
    (
        "Bland annat har den forskargrupp från Umeå som på uppdrag av UPH analyserade handlingsplanerna från "
        "2016 redovisat sina erfarenheter.",
        "Psyisk hälsa - ett mångfacetterat uppdrag",
        set(),
    ),
    # 2022…txt:568 — the relative clause is about the item (its name comes right before "som").
    (
        "Vid det första seminariet presenterades den rapport, En skolbaserad samverkansmodell för första linjen, "
        "som har tagits fram av Karolinska Institutet på uppdrag av Folkhälsomyndigheten.",
        "En skolbaserad samverkansmodell för första linjen",
        {("karolinska-institutet", "producer"), ("folkhalsomyndigheten", "funder")},
    ),
    # The same sentence read for the seminar (an event named in it): the report's makers are not the seminar's.
    (
        "Vid det första seminariet presenterades den rapport, En skolbaserad samverkansmodell för första linjen, "
        "som har tagits fram av Karolinska Institutet på uppdrag av Folkhälsomyndigheten.",
        "Elevhälsobaserade modeller – uppstart, nuläge och framtid",
        set(),
    ),
    # 2020…txt:523 — "X är ett … stöd … som … drivs av UPH": the clause is about the item (subject before "är").
    (
        "Genombrott.nu är ett digitalt stöd för förbättringar i vården som byggts, testats samt drivs av UPH.",
        "Genombrott.nu",
        {("uph", "maintainer")},
    ),
    # 2018…txt:604 — the web page in the relative clause is not the registers the item is about.
    (
        "De psykiatriska kvalitetsregistrens registreringar har under 2014-2016 visats på en webbsida som "
        "RegisterCentrum i VGR tog fram och förvaltade.",
        "Psykiatriska kvalitetsregister",
        set(),
    ),
    # 2018…txt:586 — "i samarbete med Ale Kommuns satsning": the municipality is a partner of the project,
    # and the producer only of its own initiative; VINNOVA funds the project ("VINNOVA-finansierade").
    (
        "Exempelvis har insatser gjorts inom ramen för VINNOVA-finansierade projektet mellan Institutet för "
        "Framtidsstudier och andra aktörer - ”Effektiv folkhälsa genom datadrivet arbete”, i samarbete med Ale "
        "Kommuns satsning på Hållbar Ledning och Styrning.",
        "Effektiv folkhälsa genom datadrivet arbete",
        {("ale-kommun", "partner"), ("vinnova", "funder")},
    ),
    (
        "Exempelvis har insatser gjorts i samarbete med Ale Kommuns satsning på Hållbar Ledning och Styrning.",
        "Ale Kommuns satsning på Hållbar Ledning och Styrning",
        {("ale-kommun", "producer")},
    ),
    # 2021…txt:327 — a bullet naming Region Stockholm's initiative: its owner makes that initiative, not the item.
    (
        "Vara en länk mellan kommunerna och Region Stockholms satsning på att utveckla och implementera",
        "Samordnare för barn och unga",
        set(),
    ),
    # 2020…txt:460 — a unit "vid SKR" as the subject: SKR took over (a preposition of belonging).
    (
        "Avdelning för utbildning och arbetsmarknad vid SKR har tagit över arbetet med DigiLys.",
        "DigiLys",
        {("skr", "maintainer")},
    ),
    # Reworded: after "i samarbete med" the region is an object; the subject after the verb made the item.
    (
        "I samarbete med Region Skåne har UPH tagit fram en film om SIP.",
        "Film om SIP",
        {("region-skane", "partner"), ("uph", "producer")},
    ),
    # 2018…txt:808 — a reference-list entry ("Rosenberg, D (2017) Psyisk hälsa …") names authors and sources,
    # not makers of the item described (reworded with an organisation in the entry).
    (
        "Rosenberg, D (2017) Psykisk hälsa: analys av 21 länsplaner, framtagen av Umeå universitet.",
        "Psykisk hälsa: analys av 21 länsplaner",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "item", "expected"), ROLE_SCOPE_TABLE)
def test_roles_scoped_to_the_item(lex: ActorLexicon, text: str, item: str, expected: set[tuple[str, str]]) -> None:
    assert {(slug, role) for slug, role, _ in actor_roles(text, lex, owner=True, item=item)} == expected


def test_grammar_words_start_no_name_but_a_municipality_named_like_a_verb_does(lex: ActorLexicon) -> None:
    # Reworded from 2021…txt:53-type sentences: a sentence-initial pronoun or number word is no name.
    assert slugs(lex, "Varje kommun och Tio kommuner deltog.") == []
    assert slugs(lex, "Dina kommuner deltog.") == []
    # Vara kommun (a municipality in Västra Götaland) shares its name with the verb "vara".
    assert slugs(lex, "Vara kommun deltog.") == ["vara-kommun"]


def test_a_ministry_written_in_lower_case_is_found(lex: ActorLexicon) -> None:
    # 2022…txt:1007 "som en del av en satsning från arbetsmarknadsdepartementet"; 2019…txt:2900
    # "Myndighet under socialdepartementet" (Swedish style writes ministries in lower case).
    hits = lex.find("SKR har som en del av en satsning från arbetsmarknadsdepartementet tagit fram underlag.")
    assert [(h.slug, h.surface) for h in hits] == [
        ("skr", "SKR"),
        ("arbetsmarknadsdepartementet", "arbetsmarknadsdepartementet"),
    ]
    assert slugs(lex, "Myndighet under socialdepartementet") == ["socialdepartementet"]
    assert slugs(lex, "departementet och kansliet") == []


def test_a_healthcare_region_named_in_parentheses(lex: ActorLexicon) -> None:
    # 2018…txt:206 "En hälso- sjukvårdsregion (Norra) har testat metoderna och fann dem användbara."
    text = "En hälso- sjukvårdsregion (Norra) har testat metoderna och fann dem användbara."
    assert slugs(lex, text) == ["norra-sjukvardsregionen"]
    assert slugs(lex, "Norra sjukvårdsregionen har testat metoderna.") == ["norra-sjukvardsregionen"]
    assert slugs(lex, "En sjukvårdsregion (se bilaga) har testat metoderna.") == []


def test_organisations_named_by_their_form_noun(lex: ActorLexicon) -> None:
    # Held-out 2023 inventory:34 "förvaltas i dag av Stiftelsen Barnrum", :192 "i samarbete med Barnrättsbyrån";
    # held-out 2022 plan:108 "Samordningsförbundet Uppsala län driver sedan 2021 projektet …".
    text = "förvaltas av Stiftelsen Barnrum och Barnrättsbyrån. Samordningsförbundet Uppsala län driver projektet."
    assert [h.surface for h in lex.find(text)] == [
        "Stiftelsen Barnrum",
        "Barnrättsbyrån",
        "Samordningsförbundet Uppsala län",
    ]
    # An area is no council, a plural is no organisation, a table's next cell is no name
    # (2018 final report:1024 "Professionsföreningarna\tSamråd och …").
    assert lex.find("Fokusområdet Barn och unga.") == []
    assert lex.find("Professionsföreningarna\tSamråd och erfarenhetsutbyte") == []
    assert lex.find("Professionsföreningarna Samråd") == []


# --- lexicon: aliases are names of the same organisation, never a kind or a predecessor ----------


def _lexicon() -> ActorLexicon:
    return ActorLexicon.load(Path(__file__).parents[2] / "data" / "actors.ttl")


def test_a_predecessor_merged_into_another_body_is_its_own_actor() -> None:
    lex = _lexicon()
    assert lex.resolve("STAKES") not in (None, lex.resolve("THL"))


def test_a_definite_plural_or_an_ambiguous_abbreviation_is_no_alias() -> None:
    lex = _lexicon()
    assert lex.resolve("Företagshälsorna") is None  # also "the occupational health services"
    assert lex.resolve("Sveriges Företagshälsor") == "sveriges-foretagshalsor"
    assert lex.resolve("IFS") is None  # also Schizofreniförbundet's former name


def test_the_state_as_a_party_is_the_government_and_its_offices_are_their_own() -> None:
    lex = _lexicon()
    assert lex.resolve("staten") == "regeringen"  # "överenskommelse mellan staten och SKR"
    assert lex.resolve("Regeringskansliet") not in (None, "regeringen")


def test_a_short_slug_is_the_slug_of_one_of_its_names() -> None:
    # An unknown name slugified to the same IRI ("IFS" -> actor/ifs) would merge into the entry.
    for e in _lexicon().entries:
        if "-" in e.slug:
            continue
        forms = {slugify(n).replace("-", "") for n in e.names} | {slugify(e.pref_label.split()[0]).replace("-", "")}
        assert e.slug in forms, e.slug


def test_name_country_abbreviation_resolves_only_when_both_parts_agree() -> None:
    names = ("THL", "National Institute for Health and Welfare")
    lex = ActorLexicon([ActorEntry("thl", "Institutet för hälsa och välfärd", names)])
    assert lex.resolve("National Institute for Health and Welfare, Finland - THL") == "thl"
    assert lex.resolve("Nordic Welfare Centre, Finland - THL") is None


def test_organisation_head_words_come_from_the_actor_type_vocabulary() -> None:
    heads = scheme_annotations("actor-type", "headWord")
    assert ("förbundet", "sv") in heads and ("foundation", "en") in heads
    assert ORG_HEAD.fullmatch("Vetenskapsrådet") and ORG_HEAD.fullmatch("Riksförbundet")
    assert ORG_HEAD.search("Nordic Health Foundation")
    assert not ORG_HEAD.search("Samordnad individuell plan")
    assert not ORG_HEAD.search("Foundations")  # an English head is a whole word


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vi har samarbetat med Myndigheten för delaktighet och deltog i nätverket.", "Myndigheten för delaktighet"),
        (
            "Statens beredning för medicinsk utvärdering och bidrog till rapporten.",
            "Statens beredning för medicinsk utvärdering",
        ),
        ("Centrum för psykisk hälsa och arbetar med länen.", "Centrum för psykisk hälsa"),
        ("Myndigheten för vård- och omsorgsanalys samt finansierar det.", "Myndigheten för vård- och omsorgsanalys"),
        # "och" + a noun is part of the name's field.
        ("Centrum för suicidforskning och prevention har skrivit.", "Centrum för suicidforskning och prevention"),
    ],
)
def test_name_ends_before_a_clause(text: str, name: str) -> None:
    """Made-up lines: an organisation name ends before "och"/"samt" + a finite verb (a new clause)."""
    hits = ActorLexicon([]).find(text)
    assert [h.name for h in hits] == [name]
    assert text[hits[0].start : hits[0].end] == name


def test_a_named_unit_runs_over_its_field(lex: ActorLexicon) -> None:
    # Synthetic sentences in the numbered reports' wording: a definite unit noun of the vocabulary
    # (pg:cueNoun of pg:Actor) or a compound with a definite organisation head (pg:headWord) before
    # "för"/"inom" + its field names one organisation; the name ends at "och" + a capitalised word.
    text = (
        "Övriga representanter är YPOS – Yrkesföreningen för Personligt Ombud i Sverige samt Byrån för "
        "lika rättigheter. SKR har stöttat Nätverket för regionala utvecklingsledare inom psykisk hälsa "
        "och Nationella programområdet psykiatri."
    )
    names = {h.name or h.surface for h in lex.find(text)}
    assert {
        "Yrkesföreningen för Personligt Ombud i Sverige",
        "Byrån för lika rättigheter",
        "Nätverket för regionala utvecklingsledare inom psykisk hälsa",
        "Nationella programområdet psykiatri",
    } <= names


def test_a_unit_cut_at_a_preposition_is_a_fragment(lex: ActorLexicon) -> None:
    # 2019-kraftsamling…txt:542-544 "Arbetsgruppen för utbildning i" + blank line + "gruppsykoterapi.":
    # a name does not end at a preposition; the participant entry is read by the layout.
    assert not [
        h for h in lex.find("Arbetsgruppen för utbildning i \n\ngruppsykoterapi.") if "Arbetsgrupp" in h.surface
    ]


def test_a_city_district_administration_is_an_organisation(lex: ActorLexicon) -> None:
    # 2018-slutrapport…txt:586 "… mellan Institutet för Framtidsstudier, Angereds Stadsdelsförvaltning, VGR …"
    text = "projektet mellan Institutet för Framtidsstudier, Angereds Stadsdelsförvaltning, VGR och andra aktörer"
    names = [h.name or h.surface for h in lex.find(text)]
    assert "Angereds Stadsdelsförvaltning" in names
    assert guess_type("Angereds Stadsdelsförvaltning") == "kommun"


def test_unknown_makers_are_not_common_nouns_or_persons(lex: ActorLexicon) -> None:
    # "gjordes av enkäten under hösten" (2018-slutrapport…txt:251) and "framtaget av BUP-verksamheter"
    # (2022-insatser…txt:822) name no organisation; nor does a person's name.
    for text in (
        "den uppdatering som gjordes av enkäten under hösten 2016.",
        "materialet i portalen är framtaget av BUP-verksamheter, men det",
        "Anna Svensson har tagit fram materialet.",
    ):
        assert actor_roles(text, lex) == [], text


def test_a_name_ends_before_och_and_a_finite_verb() -> None:
    # A numbered report (fixture numbered-2024-…txt, section 1.3) with one sentence added in its
    # wording: "… i det europeiska nätverket EuroHealthNet och deltog i två möten …" names
    # "EuroHealthNet"; "och deltog" opens a new clause (loader/grammar.py finite_verb).
    from loader.layouts.numbered_report import NumberedReportLayout
    from loader.model import Document, Line

    path = Path(__file__).parents[1] / "fixtures" / "reports" / "numbered-2024-psykisk-halsa-aterrapport-2023.txt"
    added = (
        "Under 2023 var SKR medlem i det europeiska nätverket EuroHealthNet och deltog i två möten "
        "om psykisk hälsa.\n\n"
    )
    text = path.read_text(encoding="utf-8").replace(
        "1.3 Internationellt arbete\n\n", "1.3 Internationellt arbete\n\n" + added, 1
    )
    doc = Document("numbered-2024", tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))
    names = {m.name for m in NumberedReportLayout().extract(doc)}
    assert "EuroHealthNet" in names
    assert not any(n.startswith("EuroHealthNet och") for n in names)


def test_a_camel_case_name_with_an_organisation_head(lex: ActorLexicon) -> None:
    # 2018-slutrapport…txt:604 "en webbsida som RegisterCentrum i VGR tog fram och förvaltade":
    # a capital inside the word marks a proper name ending in an organisation head ("centrum").
    assert "RegisterCentrum" in [h.surface for h in lex.find("en webbsida som RegisterCentrum i VGR tog fram")]
    assert [h.surface for h in lex.find("EuroHealthNet")] == []


def test_national_organisations_of_working_life_and_child_protection(lex: ActorLexicon) -> None:
    # blind2 2025-insatser…txt:252-254 "SKR tillsammans med AFA Försäkring och Suntarbetsliv tagit fram";
    # :154 "Tillsammans med Socialstyrelsen och Barnafrid"; 2026-inventering…txt:262 "med Prevent och".
    text = "SKR tillsammans med AFA Försäkring och Suntarbetsliv, Barnafrid och Prevent."
    assert slugs(lex, text) == ["skr", "afa-forsakring", "sunt-arbetsliv", "barnafrid", "prevent"]
    assert slugs(lex, "vi vill prevent") == []  # the name is capitalised
