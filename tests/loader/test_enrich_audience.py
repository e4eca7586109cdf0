"""Specifications of the audience facet (reading-guide.md, Audience: who uses the item).

Synthetic Swedish sentences, one grammatical reading each: who uses, reads or is addressed by an
item is its audience; the people it helps use it themselves only where the text says so or the
item is made for them to use (an app, a film addressed to them), never a method or programme.
"""

from __future__ import annotations

from functools import cache

from loader.actors import ActorLexicon
from loader.enrich import Enriched, enrich, scoped_tags
from loader.lexicon import VOCAB_DIR, Lexicon
from loader.model import Mention, Source


@cache
def lex() -> Lexicon:
    return Lexicon.from_dir(VOCAB_DIR)


def _enrich(name: str, description: str = "", forms: tuple[str, ...] = ()) -> Enriched:
    m = Mention("resource", name, Source("r", 1, name), description=description, forms=forms)
    return enrich(m, lex(), ActorLexicon([]), None, ())


def audience(e: Enriched) -> set[str]:
    return set(e.mention.audience)


def test_a_fronted_adverbial_holds_only_the_partners() -> None:
    # The partners before the finite verb are passing; the main clause names the item's users.
    text = "I samarbete med Region Norr har förbundet tagit fram verktyget Lugnet, som hjälper chefer att planera."
    found, _ = scoped_tags(lex(), text, {"audience"}, own_names=("Lugnet",))
    assert {c for _, c, _, _ in found} == {"chefer"}
    # A passing cue that is no fronted adverbial still closes the sentence.
    text = "Verktyget Lugnet togs fram i samarbete med chefer i regionen."
    found, _ = scoped_tags(lex(), text, {"audience"}, own_names=("Lugnet",))
    assert found == []


def test_a_relative_clause_names_the_service_that_uses_the_item() -> None:
    e = _enrich("Skolkollen", "Förbundet har tagit fram enkäten Skolkollen, som elevhälsan kan använda varje termin.")
    assert "elevhalsopersonal" in audience(e)
    e = _enrich("Skolkollen", "Förbundet har tagit fram enkäten Skolkollen, som kan användas varje termin.")
    assert audience(e) == set()


def test_an_adverb_inside_the_user_cue() -> None:
    e = _enrich("Samtalskortet", "Samtalskortet används i dag av kuratorer i tre kommuner.")
    assert audience(e) == {"personal"}


def test_an_app_is_used_by_the_public_unless_it_serves_a_method() -> None:
    e = _enrich("Sovbra", "Sovbra är en app för unga som vill sova bättre.")
    assert audience(e) == {"allmanheten"}
    e = _enrich("Sovbra", "Region Norr har släppt Sovbra.", forms=("app",))
    assert audience(e) == {"allmanheten"}
    e = _enrich("Sovbra", "Sovbra är en app som gör det lättare att sprida metoden i vården.")
    assert audience(e) == set()


def test_a_short_phrase_between_the_form_and_whom_it_is_for() -> None:
    e = _enrich("Hjälpen", "En tecknad film på två minuter för unga om att söka hjälp.")
    assert audience(e) == {"allmanheten"}
    # a topic in between names what the item is about, not whom it is for
    e = _enrich("Hjälpen", "En webbutbildning om SIP för barn.")
    assert "allmanheten" not in audience(e)


def test_the_bereaved_reader_addressed_directly() -> None:
    e = _enrich("Sorgen – en skrift till dig som mist någon i suicid")
    assert audience(e) == {"allmanheten"} and "anhoriga" in e.mention.target_groups
    e = _enrich("En guide för dig som vill veta mer om SIP")
    assert audience(e) == set()


def test_people_the_item_is_for_while_they_find_help_there() -> None:
    e = _enrich("Vägvisaren", "Vägvisaren är en webbplats där unga och deras föräldrar hittar stöd i sin kommun.")
    assert audience(e) == {"allmanheten"}


def test_a_programme_or_method_is_received_not_used() -> None:
    e = _enrich("Trygga steg", "Kommunerna använder föräldraprogrammet Trygga steg, som vänder sig till föräldrar.")
    assert "allmanheten" not in audience(e)
    e = _enrich("Jobbvägen", "Arbetsmetoden Jobbvägen har införts. Den riktar sig till personer med psykisk ohälsa.")
    assert "allmanheten" not in audience(e)


def test_professionals_meeting_people_at_work() -> None:
    e = _enrich("Fråga mer", "Fråga mer är en webbutbildning för alla som i sitt arbete möter unga.")
    assert audience(e) == {"personal"}


def test_a_review_of_self_help_is_no_self_help() -> None:
    e = _enrich("Självhjälp på nätet – en forskningsöversikt", "En forskningsöversikt om självhjälpsprogram.")
    assert "allmanheten" not in audience(e)
