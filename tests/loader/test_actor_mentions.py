"""Actors named by role become actor mentions carrying a name, never an identifier.

Enrichment resolves a producer it knows to the lexicon's slug ("skr"); the actor mention
made from that role must carry the organisation's name, or the slug ends up as a
``skos:altLabel`` of the actor (issue 10: "never a slug").
"""

from __future__ import annotations

from loader.actors import ActorEntry, ActorLexicon
from loader.enrich import Enriched
from loader.model import ActorRole, Mention, Source
from loader.pipeline import _actor_mentions

SRC = Source("rapport", 3, "Guiden har tagits fram av SKR och Okänd förening.")
LEXICON = ActorLexicon([ActorEntry("skr", "Sveriges Kommuner och Regioner", aliases=("SKR",))])


def test_a_role_given_by_slug_becomes_a_mention_named_by_the_lexicon() -> None:
    item = Mention(
        kind="resource",
        name="Guiden",
        source=SRC,
        actors=(ActorRole("skr", "producer", SRC), ActorRole("Okänd förening", "producer", SRC)),
    )
    names = [m.name for m in _actor_mentions([Enriched(item, ())], LEXICON)]
    assert names == ["Sveriges Kommuner och Regioner", "Okänd förening"]
