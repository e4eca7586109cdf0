"""Specifications of the target-group heading rules of enrichment (reading-guide.md, "Care level":
a combined heading gives each item only the parts its own text supports; "Target group":
"barn och unga" → barn and unga), on synthetic Swedish sentences.

- A heading coordinating two groups ("Område 2. Vuxna och äldre", as in the blind6 action plan,
  line 99, over a survey of primary care and a project on co-morbidity) gives each item only the
  groups its own text names, as a combined care-level heading does.
- "Barn och unga" is one group (guide), and so is "Placerade barn och unga" (the attribute covers
  both heads): such a heading still gives its groups to every item under it.
- A group word qualified by another ("Vuxna med psykisk ohälsa och samsjuklighet") names one group
  of people: no coordination, the heading scopes every item.
- "X till Y" between two groups names Y by their relation to X ("anhöriga till vuxna"): the item
  helps X, not Y.
"""

from __future__ import annotations

from loader.enrich import coordinated_groups
from tests.loader.helpers import enrich_resource, lex

_enrich = enrich_resource


def test_coordinated_groups_of_a_heading() -> None:
    assert coordinated_groups(lex(), "Område 2. Vuxna och äldre") == {"vuxna", "aldre"}
    assert coordinated_groups(lex(), "Anhöriga, vuxna och äldre") == {"anhoriga", "vuxna", "aldre"}
    assert coordinated_groups(lex(), "Barn och unga i skolan") == set()
    assert coordinated_groups(lex(), "Placerade barn och unga") == set()
    assert coordinated_groups(lex(), "Vuxna med psykisk ohälsa och samsjuklighet") == set()


def test_a_combined_group_heading_gives_only_what_the_item_names() -> None:
    heading = "Område 2. Vuxna och äldre"
    e = _enrich("Kartläggning av hälsocentralerna", "En enkät till alla hälsocentraler i länet.", heading)
    assert not {"vuxna", "aldre"} & set(e.mention.target_groups)
    e = _enrich("Äldres ensamhet", "Ett projekt om ensamhet bland äldre personer i hemtjänsten.", heading)
    assert "aldre" in e.mention.target_groups
    assert "vuxna" not in e.mention.target_groups


def test_a_single_group_heading_still_scopes_every_item() -> None:
    e = _enrich("Samtalsstöd i skolan", "Ett stöd för skolkuratorer.", "Barn och unga")
    assert {"barn", "unga"} <= set(e.mention.target_groups)
    e = _enrich("Checklista vid placering", "Ett stöd för socialsekreterare.", "2.4 Placerade barn och unga")
    assert {"placerade-barn", "unga"} <= set(e.mention.target_groups)
    e = _enrich("Webbkurs", "En kurs för personal.", "Vuxna med psykisk ohälsa och samsjuklighet")
    assert "vuxna" in e.mention.target_groups


def test_the_people_a_relation_is_named_by_are_not_helped() -> None:
    # blind6 inventory 164: "Skriften är skriven för anhöriga till vuxna med psykisk sjukdom."
    e = _enrich("Skrift för närstående", "Skriften är skriven för anhöriga till vuxna med psykisk sjukdom.")
    assert "anhoriga" in e.mention.target_groups
    assert "vuxna" not in e.mention.target_groups
    e = _enrich("Samtalsgrupp", "En samtalsgrupp för barn till föräldrar med missbruk.")
    assert "barn" in e.mention.target_groups
    assert "foraldrar" not in e.mention.target_groups
    # without the relation both groups are the item's
    e = _enrich("Kurs", "En kurs för anhöriga och vuxna med psykisk sjukdom.")
    assert {"anhoriga", "vuxna"} <= set(e.mention.target_groups)
