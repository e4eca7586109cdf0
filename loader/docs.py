"""Render the ontology and its SKOS concept schemes as one self-contained HTML page.

>>> import rdflib
>>> onto = rdflib.Graph().parse(format="turtle", data='''
...     @prefix owl: <http://www.w3.org/2002/07/owl#> .
...     @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
...     <https://w3id.org/psykgraf/ontology> a owl:Ontology ; rdfs:label "psykgraf"@en .
...     <https://w3id.org/psykgraf/ontology#Actor> a owl:Class ;
...         rdfs:label "aktör"@sv, "actor"@en ; rdfs:comment "A <b>organisation</b>"@en .''')
>>> page = render_ontology_html(onto, rdflib.Graph())
>>> page.startswith("<!DOCTYPE html>")
True
>>> '<section class="term" id="Actor">' in page, "A &lt;b&gt;organisation&lt;/b&gt;" in page
(True, True)
>>> page == render_ontology_html(onto, rdflib.Graph())
True
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, Node, URIRef
from rdflib.namespace import DCTERMS

__all__ = ["render_ontology_html"]

_SCHEMA = "https://schema.org/"
_VANN = "http://purl.org/vocab/vann/"

#: Prefixes shown in compact IRIs; pg: is added from the ontology's own IRI.
_PREFIXES = {
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "schema": _SCHEMA,
    "foaf": "http://xmlns.com/foaf/0.1/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "oa": "http://www.w3.org/ns/oa#",
    "bibo": "http://purl.org/ontology/bibo/",
}
_LANGS = ("sv", "en")
_PROPERTY_TYPES = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property)
#: Term facts shown under each class or property: (label, predicate).
_LINKS = (
    ("subclass of", RDFS.subClassOf),
    ("subproperty of", RDFS.subPropertyOf),
    ("inverse of", OWL.inverseOf),
    ("domain", RDFS.domain),
    ("domain includes", URIRef(_SCHEMA + "domainIncludes")),
    ("range", RDFS.range),
    ("range includes", URIRef(_SCHEMA + "rangeIncludes")),
)
_TEXTS = (("definition", SKOS.definition), ("comment", RDFS.comment), ("usage", SKOS.scopeNote))
_CSS = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;
line-height:1.45;color:#222}
h1,h2,h3{line-height:1.2}code{background:#f3f3f3;padding:0 .2em}
.term{border-top:1px solid #ddd;padding:.5rem 0}.term h3{margin:.3rem 0}
dl{display:grid;grid-template-columns:10rem 1fr;gap:.2rem .8rem;margin:.3rem 0}dt{color:#555}dd{margin:0}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{border:1px solid #ddd;padding:.25rem .4rem;vertical-align:top;text-align:left}
nav ul{columns:3}.lang{color:#777;font-size:.8em}
""".strip()


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


class _Page:
    """What the renderer needs to know about both graphs: prefixes, anchors, texts."""

    def __init__(self, ontology: Graph, vocabularies: Graph) -> None:
        self.graph = ontology + vocabularies
        ontologies = sorted(s for s in ontology.subjects(RDF.type, OWL.Ontology) if isinstance(s, URIRef))
        self.ontology: URIRef | None = ontologies[0] if ontologies else None
        ns = str(self.ontology).rstrip("#/") + "#" if self.ontology is not None else None
        self.ns = ns
        self.prefixes = ({"pg": ns} if ns else {}) | _PREFIXES
        self.anchors: dict[URIRef, str] = {}

    def curie(self, iri: URIRef) -> str:
        for prefix, base in self.prefixes.items():
            if str(iri).startswith(base) and len(str(iri)) > len(base):
                return f"{prefix}:{str(iri)[len(base) :]}"
        return str(iri)

    def own(self, term: URIRef) -> bool:
        return self.ns is not None and str(term).startswith(self.ns)

    def link(self, node: Node) -> str:
        if isinstance(node, URIRef):
            anchor = self.anchors.get(node)
            href = f"#{anchor}" if anchor else str(node)
            return f'<a href="{_esc(href)}"><code>{_esc(self.curie(node))}</code></a>'
        if isinstance(node, Literal):
            return _esc(node)
        return ""

    def texts(self, subject: Node, predicate: URIRef) -> list[tuple[str, str]]:
        """(language, text) pairs, Swedish then English then the rest, each sorted."""
        values = [o for o in self.graph.objects(subject, predicate) if isinstance(o, Literal)]
        order = {lang: i for i, lang in enumerate(_LANGS)}
        return sorted(((o.language or "", str(o)) for o in values), key=lambda t: (order.get(t[0], 9), t))

    def text(self, subject: Node, predicate: URIRef, lang: str) -> str:
        return next((t for language, t in self.texts(subject, predicate) if language == lang), "")

    def iris(self, subject: Node, predicate: URIRef) -> list[URIRef]:
        return sorted(o for o in self.graph.objects(subject, predicate) if isinstance(o, URIRef))


def _lang_texts(page: _Page, subject: Node, predicate: URIRef) -> str:
    return "<br>".join(
        f'{_esc(t)} <span class="lang">{_esc(lang)}</span>' if lang else _esc(t)
        for lang, t in page.texts(subject, predicate)
    )


def _term(page: _Page, term: URIRef, kind: str) -> str:
    rows: list[str] = []
    labels = _lang_texts(page, term, RDFS.label)
    if labels:
        rows.append(f"<dt>label</dt><dd>{labels}</dd>")
    for name, predicate in _LINKS:
        targets = page.iris(term, predicate)
        if targets:
            rows.append(f"<dt>{name}</dt><dd>{', '.join(page.link(t) for t in targets)}</dd>")
    for name, predicate in _TEXTS:
        value = _lang_texts(page, term, predicate)
        if value:
            rows.append(f"<dt>{name}</dt><dd>{value}</dd>")
    return (
        f'<section class="term" id="{_esc(page.anchors[term])}">'
        f"<h3>{_esc(page.curie(term))} <small>({kind})</small></h3>"
        f'<p><a href="{_esc(term)}">{_esc(term)}</a></p>'
        f"<dl>{''.join(rows)}</dl></section>"
    )


def _kind(graph: Graph, term: URIRef) -> str:
    if (term, RDF.type, OWL.ObjectProperty) in graph:
        return "object property"
    if (term, RDF.type, OWL.DatatypeProperty) in graph:
        return "datatype property"
    return "property"


def _terms(graph: Graph, types: Iterable[URIRef]) -> list[URIRef]:
    return sorted({s for t in types for s in graph.subjects(RDF.type, t) if isinstance(s, URIRef)})


def _scheme(page: _Page, scheme: URIRef) -> str:
    g = page.graph
    concepts = sorted(
        (c for c in g.subjects(SKOS.inScheme, scheme) if isinstance(c, URIRef)),
        key=lambda c: (str(g.value(c, SKOS.notation) or ""), str(c)),
    )
    rows = []
    for c in concepts:
        broader = ", ".join(
            f'<a href="#{_esc(page.anchors[b])}">{_esc(g.value(b, SKOS.notation) or page.curie(b))}</a>'
            if b in page.anchors
            else page.link(b)
            for b in page.iris(c, SKOS.broader)
        )
        alt = "; ".join(t for lang, t in page.texts(c, SKOS.altLabel) if lang == "sv")
        rows.append(
            f'<tr id="{_esc(page.anchors[c])}"><td><code>{_esc(g.value(c, SKOS.notation) or "")}</code></td>'
            f"<td>{_esc(page.text(c, SKOS.prefLabel, 'sv'))}</td>"
            f"<td>{_esc(page.text(c, SKOS.prefLabel, 'en'))}</td>"
            f"<td>{broader}</td><td>{_esc(alt)}</td>"
            f"<td>{_lang_texts(page, c, SKOS.definition)}</td></tr>"
        )
    notation = g.value(scheme, SKOS.notation) or page.curie(scheme)
    title = " / ".join(t for _, t in page.texts(scheme, SKOS.prefLabel)[:2])
    description = _lang_texts(page, scheme, DCTERMS.description)
    return (
        f'<section class="scheme" id="{_esc(page.anchors[scheme])}">'
        f"<h3>{_esc(title or notation)} <small>(<code>{_esc(notation)}</code>)</small></h3>"
        f'<p><a href="{_esc(scheme)}">{_esc(scheme)}</a></p>'
        + (f"<p>{description}</p>" if description else "")
        + "<table><thead><tr><th>code</th><th>svenska</th><th>English</th><th>broader</th>"
        "<th>alternative labels (sv)</th><th>definition</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def _local(page: _Page, term: URIRef) -> str:
    curie = page.curie(term)
    return curie.split(":", 1)[1] if curie.startswith("pg:") else curie.replace(":", "-")


def render_ontology_html(ontology: Graph, vocabularies: Graph) -> str:
    """One HTML page documenting the ontology's classes and properties and every concept scheme.

    Swedish and English labels and texts are shown side by side; everything is sorted and
    escaped, so the same graphs always give the same bytes.
    """
    page = _Page(ontology, vocabularies)
    g = page.graph
    classes = _terms(ontology, (OWL.Class, RDFS.Class))
    properties = _terms(ontology, _PROPERTY_TYPES)
    schemes = sorted(
        (s for s in vocabularies.subjects(RDF.type, SKOS.ConceptScheme) if isinstance(s, URIRef)),
        key=lambda s: (str(g.value(s, SKOS.notation) or ""), str(s)),
    )
    for term in classes + properties:
        page.anchors[term] = _local(page, term)
    for s in schemes:
        code = str(g.value(s, SKOS.notation) or page.curie(s))
        page.anchors[s] = f"scheme-{code}"
        for c in g.subjects(SKOS.inScheme, s):
            if isinstance(c, URIRef):
                page.anchors.setdefault(c, f"{code}-{g.value(c, SKOS.notation) or c}")

    onto = page.ontology
    title = (page.text(onto, DCTERMS.title, "en") or page.text(onto, RDFS.label, "en")) if onto else ""
    title = title or "Ontology"
    head = [f"<h1>{_esc(title)}</h1>"]
    if onto is not None:
        facts = [("IRI", page.link(onto)), ("title", _lang_texts(page, onto, DCTERMS.title))]
        facts += [("description", _lang_texts(page, onto, DCTERMS.description))]
        facts += [("version", _esc(g.value(onto, OWL.versionInfo) or ""))]
        prefix = g.value(onto, URIRef(_VANN + "preferredNamespacePrefix"))
        if prefix is not None and page.ns:
            facts.append(("namespace", f"<code>{_esc(prefix)}:</code> {_esc(page.ns)}"))
        facts += [("license", ", ".join(page.link(o) for o in page.iris(onto, DCTERMS.license)))]
        facts += [("creator", _lang_texts(page, onto, DCTERMS.creator))]
        head.append("<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts if v) + "</dl>")

    own_props = [p for p in properties if page.own(p)]
    reused = [p for p in properties if not page.own(p)]
    own_classes = [c for c in classes if page.own(c)]
    other_classes = [c for c in classes if not page.own(c)]

    def toc(name: str, anchor: str, terms: list[URIRef]) -> str:
        items = "".join(f'<li><a href="#{_esc(page.anchors[t])}">{_esc(page.curie(t))}</a></li>' for t in terms)
        return f'<h3><a href="#{anchor}">{name}</a></h3><ul>{items}</ul>'

    nav = (
        "<nav><h2>Contents</h2>"
        + toc("Classes", "classes", own_classes + other_classes)
        + toc("Properties", "properties", own_props)
        + toc("Reused terms", "reused", reused)
        + '<h3><a href="#schemes">Concept schemes</a></h3><ul>'
        + "".join(
            f'<li><a href="#{_esc(page.anchors[s])}">{_esc(g.value(s, SKOS.notation) or s)}</a></li>' for s in schemes
        )
        + "</ul></nav>"
    )
    body = [
        *head,
        nav,
        '<h2 id="classes">Classes</h2>',
        *(_term(page, c, "class") for c in own_classes + other_classes),
        '<h2 id="properties">Properties</h2>',
        *(_term(page, p, _kind(g, p)) for p in own_props),
        '<h2 id="reused">Reused terms</h2>',
        "<p>Standard terms the graph uses, with how psykgraf uses them.</p>",
        *(_term(page, p, _kind(g, p)) for p in reused),
        '<h2 id="schemes">Concept schemes</h2>',
        *(_scheme(page, s) for s in schemes),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_esc(title)}</title>\n<style>\n{_CSS}\n</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
