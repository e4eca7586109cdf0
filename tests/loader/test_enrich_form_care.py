"""Specifications of the form and care-level rules of enrichment (reading-guide.md, "Form" and
"Care level"), on synthetic Swedish sentences.

- A mapping that its own text refers back to as the report ("Rapporten publicerades …") is one
  thing with two form words: kartläggning and rapport (``skos:related`` in the form vocabulary).
- Family homes, HVB and out-of-home care are the social services' field (care-level labels).
- A passing cue fronted before the main clause ("Tillsammans med X har SKR …") covers only the
  fronted phrase: Swedish puts the finite verb right after it, and the main clause is the item's.
"""

from __future__ import annotations

from functools import cache

from loader.actors import ActorLexicon
from loader.enrich import Enriched, enrich, related_forms, scoped_tags
from loader.lexicon import VOCAB_DIR, Lexicon
from loader.model import Mention, Relation, Source


@cache
def lex() -> Lexicon:
    return Lexicon.from_dir(VOCAB_DIR)


def _enrich(name: str, description: str = "", heading: str = "", forms: tuple[str, ...] = ()) -> Enriched:
    m = Mention("resource", name, Source("r", 1, name), description=description, heading=heading, forms=forms)
    return enrich(m, lex(), ActorLexicon([]), None, ())


def _codes(found: list[tuple[str, str, str, str]]) -> set[str]:
    return {code for _, code, _, _ in found}


def test_form_relation_is_read_from_the_vocabulary_both_ways() -> None:
    assert lex().related("resource-form", "kartlaggning") == ("rapport",)
    assert lex().related("resource-form", "rapport") == ("kartlaggning",)
    assert lex().related("resource-form", "film") == ()


def test_a_mapping_referred_back_to_as_the_report_gets_both_forms() -> None:
    text = (
        "Under våren genomförde förbundet en kartläggning av länets ungdomsmottagningar. "
        "Rapporten publicerades i oktober och finns på webbplatsen."
    )
    e = _enrich("Kartläggning av ungdomsmottagningar", text)
    assert set(e.mention.forms) == {"kartlaggning", "rapport"}
    ev = next(ev for ev in e.evidence if ev.field == "forms" and ev.value == "rapport")
    assert ev.trigger == "Rapporten" and ev.where == "body"


def test_counted_reports_opening_a_sentence_refer_back_too() -> None:
    text = "Två rapporter släpptes under hösten. De beskriver vården i alla regioner."
    own = ("Kartläggning av vården",)
    assert _codes(related_forms(lex(), text, own, frozenset({"kartlaggning"}))) == {"rapport"}
    # an indefinite singular is a new thing, not the item
    text = "En rapport släpptes under hösten. Den beskriver vården i alla regioner."
    assert related_forms(lex(), text, own, frozenset({"kartlaggning"})) == []


def test_a_report_named_later_in_a_sentence_is_no_second_form() -> None:
    text = (
        "Under året genomfördes en kartläggning av elevhälsans arbete. "
        "Den visar att en nationell rapport om skolan behövs."
    )
    e = _enrich("Kartläggning av elevhälsans arbete", text)
    assert set(e.mention.forms) == {"kartlaggning"}


def test_an_unrelated_form_takes_no_report_from_a_sentence_about_one() -> None:
    text = "Filmen visar vården. Rapporten släpptes i maj."
    assert related_forms(lex(), text, ("Filmen",), frozenset({"film"})) == []


def test_a_support_for_family_homes_is_made_for_the_social_services() -> None:
    e = _enrich("Trygg i familjehem – stödmaterial för familjehem och HVB", "Materialet är gratis.")
    assert "socialtjanst" in e.mention.care_levels
    assert "placerade-barn" in e.mention.target_groups


def test_a_fronted_partner_phrase_leaves_the_main_clause_to_the_item() -> None:
    text = (
        "Tillsammans med två regioner och fem kommuner har förbundet tagit fram formuläret Må bra, "
        "som elevhälsan kan använda för att följa elevernas mående."
    )
    facets, _ = scoped_tags(lex(), text, {"care-level"}, own_names=("Må bra",))
    assert "elevhalsa" in _codes(facets)


def test_the_partners_of_a_fronted_phrase_stay_mentions() -> None:
    text = "I samarbete med socialtjänsten har förbundet tagit fram en film om sömn."
    facets, passing = scoped_tags(lex(), text, {"care-level"}, own_names=("Sömnfilmen",))
    assert "socialtjanst" not in _codes(facets) and "socialtjanst" in _codes(passing)


def test_a_passing_cue_in_the_middle_still_closes_the_sentence() -> None:
    text = "Filmen om sömn har tagits fram tillsammans med socialtjänsten i tre kommuner."
    facets, passing = scoped_tags(lex(), text, {"care-level"}, own_names=("Sömnfilmen",))
    assert "socialtjanst" not in _codes(facets) and "socialtjanst" in _codes(passing)


def _child(parent_kind: str) -> Enriched:
    m = Mention(
        "resource",
        "Samtalsgrupper",
        Source("r", 1, "Samtalsgrupper"),
        relations=(Relation("part-of", parent_kind, "Modell för skolan – pilot 2020"),),
    )
    return enrich(m, lex(), ActorLexicon([]), None, ())


def test_a_container_resource_gives_its_form_to_its_children() -> None:
    assert _child("resource").mention.forms == ("modell",)


def test_a_pilot_initiative_gives_no_form_to_the_methods_under_it() -> None:
    assert _child("initiative").mention.forms == ()


def test_a_heading_that_is_another_items_title_is_no_category() -> None:
    m = Mention("resource", "Samtalsgrupper", Source("r", 1, "Samtalsgrupper"), heading="Filmer om SIP")
    others = ("Filmer om SIP", "Samtalsgrupper")
    assert enrich(m, lex(), ActorLexicon([]), None, others, titles=others).mention.forms == ()
    assert enrich(m, lex(), ActorLexicon([]), None, ("Samtalsgrupper",)).mention.forms == ("film",)


def test_counted_reports_in_the_items_own_paragraph_are_its_products() -> None:
    text = "Under året kartlade förbundet vården i länet. Arbetet avser alla regioner. Tre rapporter släpptes i maj."
    own = ("Kartläggning av vården",)
    assert _codes(related_forms(lex(), text, own, frozenset({"kartlaggning"}))) == {"rapport"}
    # not when the paragraph is not the item's own (its first sentence speaks of something else)
    text = "Andelen barn ökade med 5 procent. Arbetet avser alla regioner. Tre rapporter släpptes i maj."
    assert related_forms(lex(), text, own, frozenset({"kartlaggning"})) == []
