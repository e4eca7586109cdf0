"""Facets read on new material (issue 10, wave 10): conventions shared by blind16–blind18's errors.

Each case is made-up text in the wording of the report lines it cites (at least two wordings, and a
case that must not fire); expected values are read by the reading guide
(/work/shared/design/reading-guide.md) and the vocabulary contract's codes.
"""

from __future__ import annotations

from loader.actors import ActorLexicon
from loader.enrich import Enriched, enrich, inherit
from loader.model import Mention, Relation, Source
from tests.loader.helpers import lex


def _with_parts(name: str, line: str, parts: dict[str, str]) -> list[Enriched]:
    """A product whose text is ``line`` and its parts (title -> the part's own line), enriched and
    inherited as the pipeline does."""
    parent = Mention(
        "resource",
        name,
        Source("r", 1, line),
        description=line,
        relations=tuple(Relation("has-part", "resource", p) for p in parts),
    )
    kids = [
        Mention(
            "resource",
            p,
            Source("r", 2 + i, text),
            description=text,
            relations=(Relation("part-of", "resource", name),),
        )
        for i, (p, text) in enumerate(parts.items())
    ]
    names = (name, *parts)
    return inherit([enrich(m, lex(), ActorLexicon([]), None, names) for m in (parent, *kids)])


# -- Ages: a part that names only an age group its parent's range covers takes the range --------


def test_a_part_naming_the_young_person_takes_the_parents_age_range() -> None:
    # blind16 2058-slutrapport:64–66 "Stegbrädan – vägledning …, ett stöd för behandlare … som möter unga
    # 13–24 år … Till vägledningen hör: ◦ Stegbrädan – frågeformulär inför första besöket, som den unga
    # fyller i själv"; blind17 2062-slutrapport:60–61 (Hjärtvedsguiden – skattningsformulär) alike.
    out = _with_parts(
        "Ledstegen – vägledning för samtal",
        "Ledstegen – vägledning för samtal, ett stöd för kuratorer som möter unga 13–24 år. Till vägledningen hör:",
        {"Ledstegen – frågeformulär": "Ledstegen – frågeformulär, som den unga fyller i själv"},
    )
    kid = out[1].mention
    assert (kid.age_min, kid.age_max) == (13, 24) and kid.target_groups == ("unga",)
    assert any(ev.field == "age" and "13–24 år" in ev.quote for ev in out[1].evidence)


def test_a_part_naming_a_child_under_a_range_over_two_bands_takes_both_bands() -> None:
    # blind18 2068-inventering:49–57 and 2066-slutrapport:51–54 "Vindskyddet – vägledning … för barn och
    # unga 6–17 år … Vindskyddet – samtalskort, ett frågeformulär som barnet och personalen fyller i"
    out = _with_parts(
        "Lövbron – vägledning för barn och unga 6–17 år",
        "Lövbron – vägledning för barn och unga 6–17 år togs fram under våren 2050. Till vägledningen hör:",
        {"Lövbron – samtalskort": "Lövbron – samtalskort, ett frågeformulär som barnet fyller i med en vuxen"},
    )
    kid = out[1].mention
    assert (kid.age_min, kid.age_max) == (6, 17)
    assert kid.target_groups == ("barn", "unga")
    assert all(ev.quote for ev in out[1].evidence if ev.field in ("age", "target_groups"))


def test_a_part_for_another_group_keeps_its_own_and_takes_no_range() -> None:
    # "Vindskyddet – film för vårdnadshavare" (blind18 2066-slutrapport:55): parents are not the
    # children the guide's range is about; gold gives the film no age range.
    out = _with_parts(
        "Lövbron – vägledning för barn och unga 6–17 år",
        "Lövbron – vägledning för barn och unga 6–17 år togs fram 2050. Till vägledningen hör:",
        {"Lövbron – film för vårdnadshavare": "Lövbron – film för vårdnadshavare, som förklarar stödet"},
    )
    kid = out[1].mention
    assert (kid.age_min, kid.age_max) == (None, None)
    assert "foraldrar" in kid.target_groups
    # a part for adults under a guide for the young is outside the range
    out = _with_parts(
        "Ledstegen – vägledning",
        "Ledstegen – vägledning för samtal med unga 13–24 år. Till vägledningen hör:",
        {"Ledstegen för äldre": "Ledstegen för äldre, ett samtalsstöd för äldre personer"},
    )
    assert (out[1].mention.age_min, out[1].mention.age_max) == (None, None)
