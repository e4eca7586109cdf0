"""The SKOS concept schemes keep the public vocabulary contract and SKOS integrity."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from loader.text import fold

VOCAB = Path(__file__).parent.parent.parent / "ontology" / "vocab"
BASE = "https://w3id.org/psykgraf/vocab/"
CC0 = URIRef("https://creativecommons.org/publicdomain/zero/1.0/")

# The codes of /work/shared/design/vocabulary-contract.md ("Concept schemes"), each with the
# Swedish term the contract gives first; it must be one of the concept's labels.
CONTRACT: dict[str, dict[str, str]] = {
    "care-level": {
        "framjande": "hälsofrämjande",
        "forebyggande": "förebyggande",
        "forsta-linjen": "första linjen",
        "primarvard": "primärvård",
        "specialistniva": "specialistpsykiatri",
        "bup": "barn- och ungdomspsykiatri",
        "vuxenpsykiatri": "vuxenpsykiatri",
        "rattspsykiatri": "rättspsykiatri",
        "heldygnsvard": "heldygnsvård",
        "socialtjanst": "socialtjänst",
        "elevhalsa": "elevhälsa",
        "arbetsliv": "arbetsliv",
    },
    "target-group": {
        "barn": "barn",
        "unga": "unga",
        "vuxna": "vuxna",
        "aldre": "äldre",
        "foraldrar": "föräldrar",
        "anhoriga": "anhöriga",
        "nyanlanda": "asylsökande",
        "placerade-barn": "placerade barn",
        "psykisk-funktionsnedsattning": "psykisk funktionsnedsättning",
        "missbruk": "missbruk",
        "sjalvskada": "självskadebeteende",
        "anstallda": "anställda",
        "befolkningen": "hela befolkningen",
    },
    "audience": {
        "personal": "personal",
        "chefer": "chefer",
        "beslutsfattare": "politiker",
        "utbildare": "utbildare",
        "elevhalsopersonal": "elevhälsans personal",
        "allmanheten": "allmänheten",
    },
    "resource-form": {
        "webbplats": "webbplats",
        "webbverktyg": "webbverktyg",
        "e-tjanst": "e-tjänst",
        "app": "app",
        "formular": "frågeformulär",
        "enkat": "enkät",
        "webbutbildning": "webbutbildning",
        "utbildning": "utbildning",
        "film": "film",
        "guide": "guide",
        "rapport": "rapport",
        "kartlaggning": "kartläggning",
        "forskningsoversikt": "forskningsöversikt",
        "skrift": "skrift",
        "broschyr": "broschyr",
        "affisch": "affisch",
        "checklista": "checklista",
        "metodstod": "metodstöd",
        "modell": "modell",
        "natverk": "nätverk",
        "supportfunktion": "supportfunktion",
        "seminarium": "seminarium",
        "register": "register",
    },
    "status": {"aktiv": "i bruk", "ej-i-bruk": "ej i bruk", "under-utveckling": "under utveckling"},
    "actor-type": {
        "myndighet": "myndighet",
        "departement": "departement",
        "region": "region",
        "kommun": "kommun",
        "lan": "länsstyrelse",
        "larosate": "universitet",
        "civilsamhalle": "förening",
        "foretag": "företag",
        "vardgivare": "vårdgivare",
        "internationell": "internationell",
        "natverk": "nätverk",
    },
}

# The contract's hierarchy ("Hierarchies use skos:broader (child → parent)").
CONTRACT_BROADER = {
    ("care-level", "primarvard"): "forsta-linjen",
    ("care-level", "bup"): "specialistniva",
    ("care-level", "vuxenpsykiatri"): "specialistniva",
    ("care-level", "rattspsykiatri"): "specialistniva",
    ("care-level", "heldygnsvard"): "specialistniva",
}

FILES = sorted(VOCAB.glob("*.ttl"))


@cache
def _graph() -> Graph:
    g = Graph()
    for path in FILES:
        g.parse(path, format="turtle")
    return g


def _scheme(scheme: str) -> URIRef:
    return URIRef(BASE + scheme)


def _concept(scheme: str, code: str) -> URIRef:
    return URIRef(f"{BASE}{scheme}/{code}")


def _concepts() -> list[URIRef]:
    return sorted(c for c in _graph().subjects(RDF.type, SKOS.Concept) if isinstance(c, URIRef))


def _langs(subject: URIRef, prop: URIRef) -> list[str]:
    return sorted(str(o.language) for o in _graph().objects(subject, prop) if isinstance(o, Literal))


def _sv_labels(c: URIRef, *props: URIRef) -> list[str]:
    return [str(o) for p in props for o in _graph().objects(c, p) if isinstance(o, Literal) and o.language == "sv"]


def test_one_file_per_contract_scheme() -> None:
    assert sorted(p.stem for p in FILES) == sorted(CONTRACT)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_parses_in_rdflib_and_pyoxigraph(path: Path) -> None:
    g = Graph().parse(path, format="turtle")
    store = pyoxigraph.Store()
    store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(g) == len(store) > 50


@pytest.mark.parametrize("scheme", sorted(CONTRACT))
def test_scheme_metadata(scheme: str) -> None:
    g, s = _graph(), _scheme(scheme)
    assert (s, RDF.type, SKOS.ConceptScheme) in g
    assert g.value(s, SKOS.notation) == Literal(scheme)
    assert _langs(s, SKOS.prefLabel) == ["en", "sv"]
    assert _langs(s, RDFS.label) == ["en", "sv"]
    assert _langs(s, DCTERMS.title) == ["en", "sv"]
    assert _langs(s, DCTERMS.description) == ["en", "sv"]
    assert g.value(s, DCTERMS.license) == CC0


@pytest.mark.parametrize(("scheme", "code"), [(s, c) for s, codes in CONTRACT.items() for c in codes], ids="/".join)
def test_contract_concept(scheme: str, code: str) -> None:
    g, c = _graph(), _concept(scheme, code)
    assert (c, RDF.type, SKOS.Concept) in g
    assert (c, SKOS.inScheme, _scheme(scheme)) in g
    assert g.value(c, SKOS.notation) == Literal(code)
    assert _langs(c, SKOS.prefLabel) == ["en", "sv"]
    assert _langs(c, SKOS.definition) == ["en", "sv"]
    assert _sv_labels(c, SKOS.altLabel), "contract: Swedish alternative labels"
    labels = {fold(x) for x in _sv_labels(c, SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)}
    assert fold(CONTRACT[scheme][code]) in labels


def test_every_concept_well_formed() -> None:
    g = _graph()
    for c in _concepts():
        schemes = list(g.objects(c, SKOS.inScheme))
        assert len(schemes) == 1, f"{c} must be in exactly one scheme"
        notation = str(g.value(c, SKOS.notation))
        assert str(c) == f"{schemes[0]}/{notation}"
        assert _langs(c, SKOS.prefLabel) == ["en", "sv"]
        assert _langs(c, SKOS.definition) == ["en", "sv"]
        assert set(g.objects(c, RDFS.label)) == set(g.objects(c, SKOS.prefLabel))


def test_concept_codes_unique_per_scheme() -> None:
    seen: set[tuple[str, str]] = set()
    g = _graph()
    for c in _concepts():
        key = (str(g.value(c, SKOS.inScheme)), str(g.value(c, SKOS.notation)))
        assert key not in seen
        seen.add(key)


def test_top_concepts_are_those_without_broader() -> None:
    g = _graph()
    for c in _concepts():
        scheme = g.value(c, SKOS.inScheme)
        is_top = (c, SKOS.topConceptOf, scheme) in g
        assert is_top == (g.value(c, SKOS.broader) is None), c
        assert is_top == ((scheme, SKOS.hasTopConcept, c) in g), c


def test_contract_hierarchy() -> None:
    g = _graph()
    broader = {
        (str(g.value(c, SKOS.inScheme)).rsplit("/", 1)[1], str(g.value(c, SKOS.notation))): str(
            g.value(b, SKOS.notation)
        )
        for c, b in g.subject_objects(SKOS.broader)
    }
    assert broader == CONTRACT_BROADER


def test_broader_and_narrower_are_inverse_and_in_scheme() -> None:
    g = _graph()
    pairs = set(g.subject_objects(SKOS.broader))
    assert pairs == {(n, b) for b, n in g.subject_objects(SKOS.narrower)}
    for child, parent in pairs:
        assert g.value(child, SKOS.inScheme) == g.value(parent, SKOS.inScheme)


def test_no_broader_cycles() -> None:
    g = _graph()
    for c in _concepts():
        seen: set[object] = {c}
        frontier = list(g.objects(c, SKOS.broader))
        while frontier:
            parent = frontier.pop()
            assert parent != c, f"cycle through {c}"
            if parent not in seen:
                seen.add(parent)
                frontier.extend(g.objects(parent, SKOS.broader))


def test_skos_label_integrity() -> None:
    g = _graph()
    for c in _concepts():
        # S14: at most one prefLabel per language; S13: pref, alt and hidden are disjoint.
        langs = _langs(c, SKOS.prefLabel)
        assert len(langs) == len(set(langs)), c
        pref = set(g.objects(c, SKOS.prefLabel))
        alt = set(g.objects(c, SKOS.altLabel))
        hidden = set(g.objects(c, SKOS.hiddenLabel))
        assert not (pref & alt or pref & hidden or alt & hidden), c


def test_labels_suit_the_tagger() -> None:
    """Labels start and end with a letter or digit, and within one scheme a folded label
    names one concept only (else tagging would be ambiguous) — except a phrase that means
    several concepts at once ("barn till föräldrar med …": children and relatives), which
    each of them declares as a hidden label: the tagger then tags that span with all of them."""
    g = _graph()
    owner: dict[tuple[str, str], URIRef] = {}
    hidden = {(c, label) for c in _concepts() for label in _sv_labels(c, SKOS.hiddenLabel)}
    for c in _concepts():
        scheme = str(g.value(c, SKOS.inScheme))
        for label in _sv_labels(c, SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
            assert label[0].isalnum() and label[-1].isalnum(), label
            key = (scheme, label if label.isupper() else fold(label))
            first = owner.setdefault(key, c)
            shared = (
                first != c and (c, label) in hidden and any(fold(own) == fold(label) for f, own in hidden if f == first)
            )
            assert first == c or shared, f"{label!r} in {c} and {first}"


def test_a_phrase_shared_by_two_concepts_tags_both() -> None:
    # target-group.ttl: "barn till föräldrar med" is a hidden label of barn and of anhoriga.
    from loader.lexicon import Lexicon

    tags = Lexicon.from_dir(VOCAB).tag("Stöd för barn till föräldrar med psykisk ohälsa")
    assert {(t.code, t.surface) for t in tags} == {
        ("barn", "barn till föräldrar med"),
        ("anhoriga", "barn till föräldrar med"),
    }


def test_no_overbroad_labels() -> None:
    """Words that would tag almost every paragraph are not labels."""
    folded = {
        fold(label) for c in _concepts() for label in _sv_labels(c, SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)
    }
    for word in ("halsa", "psykisk halsa", "vard", "stod", "metod", "material", "kunskapsstod", "beroende"):
        assert word not in folded, word


def _select(store: pyoxigraph.Store, query: str, var: str) -> list[str]:
    solutions = store.query(query)
    assert isinstance(solutions, pyoxigraph.QuerySolutions)
    return [s[var].value for s in solutions]


def test_contract_query_in_pyoxigraph() -> None:
    store = pyoxigraph.Store()
    for path in FILES:
        store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    q = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    SELECT ?c WHERE { ?c skos:inScheme ?s . ?s skos:notation "care-level" .
                      ?c skos:notation "forsta-linjen" }"""
    assert _select(store, q, "c") == [BASE + "care-level/forsta-linjen"]
    q = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    SELECT ?n WHERE { ?c skos:broader+ <%s> ; skos:notation ?n } ORDER BY ?n""" % (BASE + "care-level/specialistniva")
    assert _select(store, q, "n") == [
        "bup",
        "heldygnsvard",
        "rattspsykiatri",
        "vuxenpsykiatri",
    ]


def test_object_of_care_words_are_not_audience_labels() -> None:
    """Patients and citizens are often the object of care ("vård för patienten", 2020-inventering…txt:178;
    "medborgarnas behov", :1361), so only user frames such as "riktar sig till patienter" (:943) tag
    the audience; "sjukdomsförebyggande metoder" (:324) is a guideline topic, not prevention work."""
    g = _graph()
    audience = _concept("audience", "allmanheten")
    labels = {fold(x) for x in _sv_labels(audience, SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)}
    for word in ("patient", "patienter", "patienten", "brukare", "medborgare", "medborgarnas", "invanare"):
        assert word not in labels, word
    assert fold("riktar sig till patienter") in labels
    prevention = _sv_labels(_concept("care-level", "forebyggande"), SKOS.altLabel, SKOS.hiddenLabel)
    assert "sjukdomsförebyggande" not in prevention
    assert (audience, SKOS.inScheme, _scheme("audience")) in g
