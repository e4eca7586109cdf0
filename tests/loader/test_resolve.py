"""Resolution specified by merge / no-merge tables: which mentions become one entity, one IRI."""

from __future__ import annotations

import pytest

from loader.model import Mention, Relation, Source
from loader.resolve import resolve, split_organisations

KNOWN = {
    "socialstyrelsen": "socialstyrelsen",
    "folkhälsomyndigheten": "folkhalsomyndigheten",
    "skr": "skr",
    "sveriges kommuner och regioner": "skr",
    "skl": "skr",
    "linnéuniversitetet": "lnu",
    "svenska kyrkan": "svenska-kyrkan",
    "nsph": "nsph",
    "region gotland": "region-gotland",
}


def _slug(name: str) -> str | None:
    return KNOWN.get(name.lower())


def _m(kind: str, name: str, report: str = "a", quote: str = "", **kw: object) -> Mention:
    return Mention(kind=kind, name=name, source=Source(report, 1, quote or name), **kw)  # type: ignore[arg-type]


# (first mention, second mention, merged?) — each row is one rule of identity.
MERGE_TABLE = [
    # Same name in two reports: one thing.
    (_m("resource", "Genombrott.nu", "a"), _m("resource", "Genombrott.nu", "b"), True),
    # Spelling: compound written apart ("Första linjeboken" / "Förstalinjeboken").
    (_m("resource", "Första linjeboken", "a"), _m("resource", "Förstalinjeboken", "b"), True),
    # Web domain suffix differs only.
    (_m("resource", "FamiljehemSverige.nu", "a"), _m("resource", "Familjehemsverige.se", "b"), True),
    # A numbered sibling is another thing.
    (_m("resource", "SIP-film 1", "a"), _m("resource", "SIP-film 2", "b"), False),
    # Same name, other kind: a resource is not an initiative.
    (_m("resource", "Psynk", "a"), _m("initiative", "Psynk", "b"), False),
    # An actor by abbreviation and by full name, through the organisation lexicon.
    (_m("actor", "SKL", "a"), _m("actor", "Sveriges Kommuner och Regioner", "b"), True),
    # An agreement named by the phrase reports use for it in two reports
    # (2018…txt:192 "överenskommelserna 2016–2018", 2022…txt:369 "2016-2018 års överenskommelser").
    (
        _m("agreement", "Överenskommelserna 2016–2018 leder", "a", alt_names=("Överenskommelserna 2016–2018",)),
        _m("agreement", "2016-2018 års överenskommelser", "b", alt_names=("Överenskommelserna 2016–2018",)),
        True,
    ),
    # Agreements of other years are other agreements.
    (
        _m("agreement", "2016 års överenskommelse", "a", alt_names=("Överenskommelsen 2016",)),
        _m("agreement", "2017 års överenskommelse", "b", alt_names=("Överenskommelsen 2017",)),
        False,
    ),
    # A lower-case descriptor and the name in apposition to it on one line (blind7 2031-handlingsplan…txt:41
    # "Ta fram en gemensam handbok om skolnärvaro, Närvaro i Sjuhärad, för rektorer"): one thing.
    (
        _m("resource", "handbok om sömnvanor", quote="Vi tar fram en handbok om sömnvanor, Sov gott, för skolan."),
        _m("resource", "Sov gott", quote="Vi tar fram en handbok om sömnvanor, Sov gott, för skolan."),
        True,
    ),
    (
        _m("resource", "Lugna steg", quote="Kommunerna använder Lugna steg, en metod för föräldrar i kris."),
        _m(
            "resource",
            "metod för föräldrar i kris",
            quote="Kommunerna använder Lugna steg, en metod för föräldrar i kris.",
        ),
        True,
    ),
    # Two things of one sentence not set off as one phrase stay apart.
    (
        _m("resource", "handbok om sömnvanor", quote="Vi tar fram en handbok om sömnvanor och filmen Sov gott."),
        _m("resource", "Sov gott", quote="Vi tar fram en handbok om sömnvanor och filmen Sov gott."),
        False,
    ),
    (
        _m("resource", "handbok om sömnvanor", quote="En handbok om sömnvanor, broschyren Sov gott och en film."),
        _m("resource", "Sov gott", quote="En handbok om sömnvanor, broschyren Sov gott och en film."),
        False,
    ),
    # One report's agreement cut short by one reader at a footnote mark and named in full by the agreement
    # reader, whose phrases hold the short name (blind14 2050-slutrapport…txt:40 "… suicidprevention
    # 2048–2050¹"): one agreement.
    (
        _m("agreement", "Överenskommelsen om stöd till psykisk hälsa 2031", "a"),
        _m(
            "agreement",
            "Överenskommelsen om stöd till psykisk hälsa 2031–2033",
            "a",
            alt_names=("Överenskommelsen om stöd till psykisk hälsa 2031", "Överenskommelsen 2031–2033"),
        ),
        True,
    ),
    (
        _m("agreement", "Tilläggsöverenskommelse om unga vuxna 2040", "a"),
        _m(
            "agreement",
            "Tilläggsöverenskommelsen om unga vuxna 2040",
            "a",
            alt_names=("Tilläggsöverenskommelse om unga vuxna 2040",),
        ),
        True,
    ),
    # A phrase that is no other mention's whole name joins nothing: the sick-leave agreement of the same
    # year stays apart from the year's agreement.
    (
        _m("agreement", "Överenskommelsen om en effektiv sjukskrivningsprocess 2031", "a"),
        _m(
            "agreement",
            "Överenskommelsen om stöd till psykisk hälsa 2031",
            "a",
            alt_names=("Överenskommelsen 2031",),
        ),
        False,
    ),
    # A short phrase that is no whole name of the other mention joins nothing.
    (
        _m("agreement", "Överenskommelsen om stöd till psykisk hälsa 2031", "a"),
        _m("agreement", "Överenskommelsen om stöd till barn 2032", "a", alt_names=("Överenskommelsen om stöd",)),
        False,
    ),
    # An abbreviation and its expansion are one thing (2020…txt:338 "ChASE – frågeformulär för utvärdering",
    # :340 "Utvärderingsformuläret Children and Adolescents Service Experience (ChASE)"), in one report too.
    (
        _m("resource", "ChASE – frågeformulär för utvärdering", "a", alt_names=("ChASE",)),
        _m("resource", "Children and Adolescents Service Experience", "a"),
        True,
    ),
    # The rule is the initials, not a pair: another abbreviation and its expansion across reports.
    (_m("resource", "SIP", "a"), _m("resource", "Samordnad individuell plan", "b"), True),
    # Initials that do not spell the abbreviation: two things.
    (_m("resource", "SIP", "a"), _m("resource", "Samordnad plan för barn", "b"), False),
    # Two items whose short titles alone are abbreviation and expansion stay apart: a report lists them apart.
    (
        _m("resource", "SIP – film", "a", alt_names=("SIP",)),
        _m("resource", "Samordnad individuell plan – handbok", "a", alt_names=("Samordnad individuell plan",)),
        False,
    ),
    # One report listing an arrangement on two dates: one event (a series of two holdings).
    (
        _m("event", "Analysledarutbildning", start="2017-02-01"),
        _m("event", "Analysledarutbildning", start="2017-05-01"),
        True,
    ),
    # … under a near-identical name: dash, case, a place in brackets, "Utbildning i", word order.
    (
        _m("event", "Aktion 2017- Sociala investeringar", start="2017-02-01"),
        _m("event", "Aktion 2017 – sociala investeringar", start="2017-04-11"),
        True,
    ),
    (
        _m("event", "Utbildning i Migration och psykisk hälsa – grundkurs", start="2017-03-09"),
        _m("event", "Grundkurs migration och psykisk hälsa (Borås)", start="2017-09-13"),
        True,
    ),
    # Numbered seminars are two events.
    (
        _m("event", "Lärandeseminarium 1 – genombrott barn och unga", start="2017-02-14"),
        _m("event", "Lärandeseminarium 2, genombrott barn och unga", start="2017-05-08"),
        False,
    ),
    # A workshop about a thing is not the thing's own meeting; a place after a dash is another event.
    (
        _m("event", "Workshop om Bättre läkarbemanning i psykiatri", start="2017-09-26"),
        _m("event", "Bättre läkarbemanning i psykiatri", start="2017-03-14"),
        False,
    ),
    (
        _m("event", "Länsövergripande dialog – Gotland", start="2017-09-06"),
        _m("event", "Länsövergripande dialog – Norrbotten", start="2017-09-08"),
        False,
    ),
    # One day's rows where one name opens the other: one event named once in short
    # (2018-slutrapport…txt:874 "44	2017-04-26	Analyseseminarium handlingsplaner (…)",
    # :879 "48	2017-04-26	Analyseseminarium").
    (
        _m("event", "Analyseseminarium handlingsplaner (nyckelindikatorer m.m.)", start="2017-04-26"),
        _m("event", "Analyseseminarium", start="2017-04-26"),
        True,
    ),
    (
        _m("event", "Workshop om Nyanländas hälsa", start="2017-04-28"),
        _m("event", "Workshop", start="2017-05-28"),
        False,
    ),
    # "X-konferens" and "Konferens X" are one conference (2018-slutrapport…txt:241 "Förstalinjekonferens
    # (okt, 2017)", :929 "95	2017-10-04	Konferens Första linjen").
    (
        _m("event", "Förstalinjekonferens", start="2017-10"),
        _m("event", "Konferens Första linjen", start="2017-10-04"),
        True,
    ),
    # Two reports' events of one name on different dates stay apart: a report says what it held.
    (
        _m("event", "Analysledarutbildning", "a", start="2017-02-01"),
        _m("event", "Analysledarutbildning", "b", start="2019-05-01"),
        False,
    ),
    # Wave 10. A name read short by one reader where another read the whole name from the same words.
    (
        _m("actor", "Svenska kyrkan", "a", quote="Drivs av Svenska kyrkan i Hjo."),
        _m("actor", "Svenska kyrkan i Hjo", "a", quote="Drivs av Svenska kyrkan i Hjo."),
        True,
    ),
    # … but the organisation printed alone is the organisation.
    (
        _m("actor", "Svenska kyrkan", "a", quote="Svenska kyrkan bjöd in."),
        _m("actor", "Svenska kyrkan i Hjo", "a", quote="Drivs av Svenska kyrkan i Hjo."),
        False,
    ),
    # A known organisation named bare in a report that names one local branch of it is that branch …
    (_m("actor", "NSPH", "a", quote="Chatten drivs av NSPH."), _m("actor", "NSPH Skaraborg", "a"), True),
    # … in that report only.
    (_m("actor", "NSPH", "b", quote="Chatten drivs av NSPH."), _m("actor", "NSPH Skaraborg", "a"), False),
    # A unit set after its owner with a comma, or named by an acronym, is no branch.
    (_m("actor", "Region Gotland"), _m("actor", "Region Gotland, Allmänpsykiatrin"), False),
    (_m("actor", "Region Gotland"), _m("actor", "Region Gotland BUP"), False),
]


def test_a_series_keeps_each_holding() -> None:
    # 2018-slutrapport…txt:864 "34	2017-04-04	Analysledarutbildning", :889 "58	2017-05-19	…";
    # :922/:925 the basic course "(Borås)" and "(Eskilstuna)": each date and place is one holding.
    rows = [
        _m("event", "Analysledarutbildning", start="2017-05-19", code="58"),
        _m("event", "Analysledarutbildning", start="2017-04-04", code="34"),
        _m("event", "Analysledarutbildning"),  # named in the body, no date
    ]
    (entity,) = resolve(rows).entities.values()
    assert entity.slug == "analysledarutbildning"
    assert [(o.start, o.slug, [m.code for m in o.mentions]) for o in entity.occurrences] == [
        ("2017-04-04", "analysledarutbildning-2017-04-04", ["34"]),
        ("2017-05-19", "analysledarutbildning-2017-05-19", ["58"]),
    ]
    course = [
        _m("event", "Grundkurs (Borås)", start="2017-09-13", location="Borås"),
        _m("event", "Grundkurs (Eskilstuna)", start="2017-09-21", location="Eskilstuna"),
    ]
    (entity,) = resolve(course).entities.values()
    assert [(o.start, o.location) for o in entity.occurrences] == [
        ("2017-09-13", "Borås"),
        ("2017-09-21", "Eskilstuna"),
    ]
    # A month and a day of it are one holding, the day kept.
    (entity,) = resolve(
        [
            _m("event", "Förstalinjekonferens", start="2017-10"),
            _m("event", "Konferens Första linjen", start="2017-10-04"),
        ]
    ).entities.values()
    assert entity.occurrences == []
    # Held once: an event of its own, dated itself, with no holdings.
    (single,) = resolve([_m("event", "Almedalen", start="2017-07-02")]).entities.values()
    assert single.slug == "almedalen-2017-07-02" and single.occurrences == []


@pytest.mark.parametrize(("first", "second", "merged"), MERGE_TABLE)
def test_merge_table(first: Mention, second: Mention, merged: bool) -> None:
    entities = resolve([first, second], _slug).entities
    assert (len(entities) == 1) is merged, sorted(entities)


def test_focus_area_named_like_an_initiative_is_that_initiative() -> None:
    # 2022…txt:2036 "2.12 Kraftsamling för psykisk hälsa" (a section of the agreement) is about the
    # initiative Kraftsamling för psykisk hälsa (:39): one node, and links to either name find it.
    area = _m("focus-area", "Kraftsamling för psykisk hälsa", code="2.12")
    initiative = _m("initiative", "Kraftsamling för psykisk hälsa")
    linker = _m("resource", "Verktyg X", relations=(Relation("focus-area", "focus-area", area.name),))
    res = resolve([area, initiative, linker], _slug)
    assert sorted(kind for kind, _ in res.entities) == ["initiative", "resource"]
    found = res.find("focus-area", "Kraftsamling för psykisk hälsa")
    assert found is not None and found.kind == "initiative"
    # A focus area with a name of its own stays a focus area.
    other = resolve([_m("focus-area", "Digitalisering"), initiative], _slug)
    assert sorted(kind for kind, _ in other.entities) == ["focus-area", "initiative"]


def test_event_named_like_an_initiative_is_that_initiative() -> None:
    res = resolve(
        [_m("event", "Hela samhällets suicidprevention"), _m("initiative", "Hela samhällets suicidprevention")]
    )
    assert [kind for kind, _ in res.entities] == ["initiative"]


# (name, organisations it names)
SPLIT_TABLE = [
    ("Socialstyrelsen och Folkhälsomyndigheten", ["Socialstyrelsen", "Folkhälsomyndigheten"]),
    # One part known, the other a name of its own (2019…txt: "Nationellt Kompetenscentrum Anhöriga och
    # Linnéuniversitetet").
    (
        "Nationellt Kompetenscentrum Anhöriga och Linnéuniversitetet",
        ["Nationellt Kompetenscentrum Anhöriga", "Linnéuniversitetet"],
    ),
    # The lexicon knows the whole name.
    ("Sveriges Kommuner och Regioner", ["Sveriges Kommuner och Regioner"]),
    # Names of one organisation or a category with "och".
    ("Mod och Mening", ["Mod och Mening"]),
    ("Universitet och högskolor", ["Universitet och högskolor"]),
    ("Frisk och fri", ["Frisk och fri"]),
]


@pytest.mark.parametrize(("name", "parts"), SPLIT_TABLE)
def test_split_organisations(name: str, parts: list[str]) -> None:
    assert split_organisations(name, _slug) == parts


def test_two_organisations_are_two_actors() -> None:
    res = resolve([_m("actor", "Socialstyrelsen och Folkhälsomyndigheten")], _slug)
    assert sorted(slug for _, slug in res.entities) == ["folkhalsomyndigheten", "socialstyrelsen"]


def test_unknown_organisation_keeps_its_surface_name() -> None:
    res = resolve([_m("actor", "Stiftelsen Ett Tryggare Län")], _slug)
    [entity] = res.entities.values()
    assert entity.label == "Stiftelsen Ett Tryggare Län"
    assert entity.slug == "stiftelsen-ett-tryggare-lan"


def test_an_event_series_named_like_an_initiative_stays_an_event() -> None:
    # 2018-slutrapport…txt:852 "23	2017-03-14	Bättre läkarbemanning i psykiatri – oberoende av hyrläkare" and
    # :895 "63	2017-05-31	…": meetings of the initiative of that name, held twice.
    name = "Bättre läkarbemanning i psykiatri – oberoende av hyrläkare"
    res = resolve(
        [_m("initiative", name), _m("event", name, start="2017-03-14"), _m("event", name, start="2017-05-31")]
    )
    assert sorted(kind for kind, _ in res.entities) == ["event", "initiative"]


@pytest.mark.parametrize(
    "names",
    [
        # Made-up appendix rows: a bare event noun before a colon or dash, any case, says what the theme is.
        (
            "Webbinarium - Psykisk hälsa i kristid",
            "webbinarium: psykisk hälsa i kristid",
            "Webbinarium – psykisk hälsa i kristid",
        ),
        # A place after a dash where the other rows of the arrangement give theirs in brackets.
        (
            "Utbildning i Suicidprevention – Malmö",
            "Suicidprevention (Stockholm)",
            "Utbildning i Suicidprevention (Umeå)",
        ),
    ],
)
def test_one_arrangement_however_spelled(names: tuple[str, ...]) -> None:
    rows = [_m("event", n, start=f"2020-0{i + 1}-10") for i, n in enumerate(names)]
    assert len(resolve(rows, _slug).entities) == 1


def test_a_dash_word_without_bracketed_places_names_another_event() -> None:
    rows = [
        _m("event", "Länsövergripande dialog – Gotland", start="2017-09-06"),
        _m("event", "Länsövergripande dialog – Norrbotten", start="2017-09-08"),
        _m("event", "Utbildning i Suicidprevention (Umeå)", start="2017-09-10"),
    ]
    assert len(resolve(rows, _slug).entities) == 3


def _at(kind: str, name: str, report: str, line: int, section: str, quote: str, start: int, **kw: object) -> Mention:
    source = Source(report, line, quote, section=section, start=start)
    return Mention(kind=kind, name=name, source=source, **kw)  # type: ignore[arg-type]


# Made-up paragraphs in two wordings: a section that names X and goes on to name "X – Y" gives a part or a
# version of X ("består av … ett skattningsformulär, X – skattning av mående"; "Under året kom X – för
# förskolan, en version …"), whichever report the other mentions of X come from.
@pytest.mark.parametrize(
    ("quote", "part"),
    [
        (
            "Modellen Vindrosen består av fyra samtal och ett skattningsformulär, Vindrosen – skattning av mående.",
            "Vindrosen – skattning av mående",
        ),
        (
            "Boken Nattfjärilen används i skolan. Under året kom Nattfjärilen – för förskolan, en version med kort.",
            "Nattfjärilen – för förskolan",
        ),
    ],
)
@pytest.mark.parametrize("other_first", [True, False])
def test_a_part_named_after_its_whole_in_one_section_stays_apart(quote: str, part: str, other_first: bool) -> None:
    whole = part.split(" – ")[0]
    body = [
        _at("resource", whole, "b", 10, "2.1 Första linjen", quote, 500),
        _at("resource", part, "b", 10, "2.1 Första linjen", quote, 500),
    ]
    other = [_at("resource", whole, "a", 4, "Stöd", f"Vi använder {whole}.", 40)]
    rows = other + body if other_first else body + other
    entities = resolve(rows, _slug).entities
    assert sorted(len(e.mentions) for e in entities.values()) == [1, 2], sorted(entities)


@pytest.mark.parametrize(
    "title", ["Vindrosen – samtalsmodell för ungdomsmottagningar", "Vindrosen: en samtalsmodell för unga"]
)
def test_an_appendix_full_title_is_the_item_of_the_body(title: str) -> None:
    # A final report's body names "X"; its appendix of publications lists "X – subtitle" (another
    # section): one thing, as blind11's "Lotsa rätt" and "Lotsa rätt – webbutbildning om …" (Bilaga 1).
    rows = [
        _at("resource", "Vindrosen", "b", 10, "2.1 Första linjen", "Samtalsmodellen Vindrosen prövades.", 500),
        _at("resource", title, "b", 148, "Bilaga 1 Material", f"SKR (2046): {title}.", 9000),
        _at("resource", "Vindrosen", "a", 4, "Stöd", "Vi använder Vindrosen.", 40),
    ]
    assert len(resolve(rows, _slug).entities) == 1


@pytest.mark.parametrize("relation", ["part-of", "has-part"])
def test_a_part_given_by_the_text_is_not_its_whole(relation: str) -> None:
    # Made-up inventory: "Till modellen hör: – Vindrosen – formulär": the sub-item is part of the model, and
    # no other report's "Vindrosen" may fold it into the model.
    if relation == "part-of":
        part = _m("resource", "Vindrosen – formulär", "a", relations=(Relation("part-of", "resource", "Vindrosen"),))
        whole = _m("resource", "Vindrosen", "b")
    else:
        part = _m("resource", "Vindrosen – formulär", "a")
        whole = _m("resource", "Vindrosen", "b", relations=(Relation("has-part", "resource", "Vindrosen – formulär"),))
    assert len(resolve([part, whole], _slug).entities) == 2
    # Without the relation the short title joins them across reports, as before.
    assert len(resolve([_m("resource", "Vindrosen – formulär", "a"), _m("resource", "Vindrosen", "b")]).entities) == 1


@pytest.mark.parametrize(
    ("quote", "longer"),
    [
        # blind4 2028-slutrapport…txt:84 "Stödlinjen Prata nu …" and :106 "… en informationsaffisch, Prata nu – vi
        # lyssnar, skickats till …" (another section): the poster is a new thing, not the helpline. Made-up wordings:
        ("Under hösten togs också en affisch, Ljusglimten – ring oss, fram till skolorna.", "Ljusglimten – ring oss"),
        ("Samtidigt kom en lättare version Ljusglimten – bas för vårdcentraler.", "Ljusglimten – bas"),
    ],
)
def test_a_name_brought_in_by_an_indefinite_noun_is_a_new_thing(quote: str, longer: str) -> None:
    rows = [
        _at("resource", "Ljusglimten", "b", 84, "2.4 Suicidprevention", "Ljusglimten tog emot samtal.", 500),
        _at("resource", longer, "b", 106, "2.6 Kommunikation", quote, 900),
    ]
    assert len(resolve(rows, _slug).entities) == 2
    # The same title listed without such an introduction is the item named again.
    rows[1] = _at("resource", longer, "b", 106, "2.6 Kommunikation", f"Vi spred {longer} brett.", 900)
    assert len(resolve(rows, _slug).entities) == 1


@pytest.mark.parametrize(
    ("full", "again"),
    [
        # blind13 2047-slutrapport…txt:66 "Stockholms Stadsmission", :189 "… med Schizofreniförbundet och
        # Stadsmissionen"; made-up names of the same shape:
        ("Göteborgs Stadsmission", "Stadsmissionen"),
        ("Dalarnas Idrottsförbund", "Idrottsförbundet"),
    ],
)
def test_a_definite_head_noun_names_again_the_organisation_named_in_full(full: str, again: str) -> None:
    rows = [_m("actor", full, "a"), _m("actor", again, "a")]
    assert len(resolve(rows, _slug).entities) == 1
    # Not from another report, and not when the report names two such organisations.
    assert len(resolve([_m("actor", full, "a"), _m("actor", again, "b")], _slug).entities) == 2
    other = "Uppsala " + full.split()[1]
    assert len(resolve([*rows, _m("actor", other, "a")], _slug).entities) == 3


@pytest.mark.parametrize("listed", ["Unga i Norrdal (ungdomsråd, 14–20 år)", "Unga i Norrdal (brukarråd för unga)"])
def test_a_note_in_brackets_after_an_actor_is_no_part_of_its_name(listed: str) -> None:
    # blind13 2046-kraftsamling…txt:93 "Unga i Sydnärke (ungdomsråd, 14–20 år)" and :175 "Gjord av ungdomsrådet Unga
    # i Sydnärke": one council. An abbreviation in brackets stays with the lexicon's reading.
    assert len(resolve([_m("actor", listed, "a"), _m("actor", "Unga i Norrdal", "a")], _slug).entities) == 1
    assert len(resolve([_m("actor", "Unga i Norrdal (UiN)", "a"), _m("actor", "Unga i Norrdal", "a")]).entities) == 2


@pytest.mark.parametrize(
    ("short", "full", "line"),
    [
        # blind13 2047-handlingsplan…txt:70 "Ungdomsrådet Unga röster Söderslätt" read once as "Ungdomsrådet Unga";
        # 2048-insatser…txt:181 "Nätverket Tidvatten för regionala samordnare" read as two overlapping names.
        ("Styrgruppen för psykisk hälsa", "Styrgruppen för psykisk hälsa i Norrdal", 40),
        ("Ungdomsrådet Nya", "Ungdomsrådet Nya röster Västerdal", 40),
        ("Nätverket Ebb", "Ebb för regionala samordnare", 7),
    ],
)
def test_one_organisation_read_twice_from_one_phrase(short: str, full: str, line: int) -> None:
    rows = [_at("actor", short, "a", 7, "", short, 0), _at("actor", full, "a", line, "", full, 0)]
    assert len(resolve(rows, _slug).entities) == 1
    # Another report's names stay apart, and a shared place is no phrase.
    assert len(resolve([rows[0], _at("actor", full, "b", line, "", full, 0)], _slug).entities) == 2
    place = [
        _at("actor", "Samordningsförbundet Norrdal", "a", 7, "", "", 0),
        _at("actor", "Norrdal stad", "a", 7, "", "", 0),
    ]
    assert len(resolve(place, _slug).entities) == 2


def test_a_descriptor_joined_to_its_name_leaves_the_name_as_label() -> None:
    quote = "Ta fram en gemensam manual om frånvaro, Närvarokollen, för rektorer och elevhälsa."
    rows = [_m("resource", "manual om frånvaro", quote=quote), _m("resource", "Närvarokollen", quote=quote)]
    (entity,) = resolve(rows).entities.values()
    assert entity.mentions[0].name == "Närvarokollen"


@pytest.mark.parametrize(
    ("first", "second", "whole"),
    [
        # blind14 2050-kraftsamling…txt:51-52 "Lokalpolisområde Södra" / "Lappland" in a participant list.
        ("Lokalpolisområde Norra", "Dalarna", "Lokalpolisområde Norra Dalarna"),
        ("Samordningsförbundet Östra", "Göinge", "Samordningsförbundet Östra Göinge"),
    ],
)
def test_a_name_cut_by_a_line_break_is_the_organisation_read_whole(first: str, second: str, whole: str) -> None:
    def at(name: str, line: int) -> Mention:
        return Mention(kind="actor", name=name, source=Source("a", line, name))

    rows = [at(first, 5), at(second, 6), at(whole, 5), at("Region Dalarna", 6)]
    entities = resolve(rows).entities
    assert sorted(e.mentions[0].name for e in entities.values()) == sorted([whole, "Region Dalarna"])
    # Two organisations on two lines that no whole name joins stay two.
    assert len(resolve([at(first, 5), at(second, 6)]).entities) == 2


@pytest.mark.parametrize(
    ("noun", "name"),
    [
        # blind15 2055-insatser…txt:176 "Lärandenätverket Tryggare rum har avslutats."
        ("Lärandenätverket", "Trygga steg"),
        ("Samverkansrådet", "Unga röster"),
    ],
)
def test_a_definite_noun_before_a_bodys_name_is_that_body(noun: str, name: str) -> None:
    quote = f"{noun} {name} har avslutats."

    def at(n: str, line: int = 4) -> Mention:
        return Mention(kind="actor", name=n, source=Source("a", line, quote))

    (entity,) = resolve([at(noun), at(name)]).entities.values()
    assert entity.mentions[0].name == name
    # On another line, or not right before the name, the noun stays its own actor.
    assert len(resolve([at(noun, 9), at(name)]).entities) == 2
    other = Source("a", 4, f"{noun} samlar {name}.")
    assert len(resolve([Mention("actor", noun, other), Mention("actor", name, other)]).entities) == 2
