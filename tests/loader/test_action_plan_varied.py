"""Action-plan conventions of the varied plans: middle-dot items with indented wrap lines, asterisk
footnotes glued to words, a footnote number glued to a year, appositive names between commas,
dash subtitles, named days, and names a clause goes on from with a date or a partner.

The plan below is made up (no sentence is copied from a report); its conventions are those of
the eighth blind set's plan (tests/eval/blind8/README.md, "Plan": "·" items ending in ";" with
indented wrap lines, "2033*"/"länet**" marks) and of the seventh's (a mark glued to a year).
"""

from __future__ import annotations

from functools import cache

from loader.layouts.action_plan import ActionPlanLayout, cut_when
from loader.model import Document, Line, Mention

PLAN = """HANDLINGSPLAN 2041
Region Norrby och kommunerna Ydre och Ulvsby

Fastställd av Samverkansrådet Norrby den 3 december 2040

Bakgrund
Arbetet följer Överenskommelsen om insatser inom området psykisk hälsa och suicidprevention 2041*.

Den gemensamma analysen Psykisk hälsa i Norrby 2040 – läget i regionen** visar att fler söker stöd.
Planen bygger också på rapporten Unga i Norrby – kartläggning 20403 från förra året.

* Överenskommelsen mellan staten och SKR.
** Region Norrby (2040), rapporten finns på webben.
3 Region Norrby (2040). Unga i Norrby – kartläggning 2040.

Styrning
Ett regionalt kunskapscentrum, FoU Norrby, stödjer uppföljningen.

Fokusområde 1 – Vuxna
Mål: Fler vuxna får stöd.
  · Kampanjen Säg något genomförs tillsammans med
    Norrby Handbollförbund under våren 2041. Kampanjen riktar sig till män
    mellan 30 och 50 år.
  · Alla kommuner utbildar sin personal i Hjälp i krisen för chefer
    (HIK) – en kurs på två dagar för chefer i kommun och region.
  · Stegen Norrby, en länsgemensam utbildningsplan i tre steg för
    baspersonal inom socialpsykiatrin.

Uppföljning
En länsgemensam konferens, Norrbydagen för psykisk hälsa, hålls den 7 oktober 2041.
Den 10 april 2041 hålls Ulvsbydagen om psykisk hälsa i Ydre.
Under 2040 lanserades kampanjen Du är aldrig ensam, med filmer för män.
Sedan 2039 finns i alla tio kommuner i länet en första linje för barn och unga, Ungdomsportalen<sp>
<sp>
Norrby, där unga 12–25 år kan få råd. Den har utvärderats av Högskolan i Norrby.<sp>
Planen bygger på analysen Hur mår Norrby? Länsanalys 2040. Analysen visar att fler söker stöd.
""".replace("<sp>", " ")  # lines 49–51 end in a space, as an exported text's wrapped lines do


@cache
def _mentions() -> tuple[Mention, ...]:
    doc = Document("r", tuple(Line(n, t) for n, t in enumerate(PLAN.splitlines(), 1)))
    return tuple(ActionPlanLayout().extract(doc))


def _named(kind: str) -> dict[str, Mention]:
    return {m.name: m for m in _mentions() if m.kind == kind}


def test_wrap_line_of_an_item_is_no_heading() -> None:
    """Line 29 ("Norrby Handbollförbund under våren 2041. Kampanjen …") is the item's wrapped text,
    indented under it: the partner is an actor without the time phrase, and no heading or
    initiative is read from the line."""
    actors = _named("actor")
    assert "Norrby Handbollförbund" in actors
    assert not any("Kampanjen riktar" in m.name for m in _mentions())


def test_item_description_takes_up_its_cue_noun() -> None:
    """Line 28–30: the campaign's description goes on with "Kampanjen riktar sig till män …"."""
    campaign = _named("initiative")["Säg något"]
    assert "mellan 30 och 50 år" in campaign.description


def test_dates_after_a_name_are_cut() -> None:
    """Line 4: "Samverkansrådet Norrby den 3 december 2040" names the council, not a date."""
    assert not any("december" in m.name for m in _mentions())
    assert cut_when("Ledningsgruppen för psykisk hälsa i juni och december") == "Ledningsgruppen för psykisk hälsa"


def test_asterisk_marks_and_footnotes() -> None:
    """Lines 9 and 13: "länet**" is a mark, the line "** Region Norrby (2040) …" a footnote (no item);
    line 9's title keeps its subtitle up to the verb "visar"."""
    resources = _named("resource")
    assert "Psykisk hälsa i Norrby 2040 – läget i regionen" in resources


def test_footnote_number_glued_to_a_year() -> None:
    """Line 10 "kartläggning 20403" with footnote 3 on line 15: the title's year is 2040."""
    resources = _named("resource")
    assert "Unga i Norrby – kartläggning 2040" in resources
    assert "Unga i Norrby – kartläggning" not in resources


def test_appositive_organisation_and_event() -> None:
    """Line 18: a name between commas after an organisation noun is an actor's; line 41: after an
    event noun an event's."""
    assert "FoU Norrby" in _named("actor")
    assert "Norrbydagen för psykisk hälsa" in _named("event")


def test_named_day_with_its_topic() -> None:
    """Line 42: "Den 10 april 2041 hålls Ulvsbydagen om psykisk hälsa i Ydre" – the place is not in the title."""
    assert "Ulvsbydagen om psykisk hälsa" in _named("event")


def test_dash_title_after_an_article_with_abbreviation() -> None:
    """Lines 31–32: "… i Hjälp i krisen för chefer (HIK) – en kurs …" names a course; its abbreviation
    is its other name. Lines 33–34: a title before ", en … utbildningsplan" is a training's."""
    resources = _named("resource")
    assert any(n.startswith("Hjälp i krisen") and "HIK" in m.alt_names for n, m in resources.items())
    assert "Stegen Norrby" in resources


def test_title_addressing_the_reader() -> None:
    """Line 43: "kampanjen Du är aldrig ensam, med filmer": the campaign's title runs to the comma."""
    assert "Du är aldrig ensam" in _named("initiative")


def test_short_reading_of_a_name_is_its_other_name() -> None:
    """Lines 44–46 (a full line wrapped over a blank line): "Ungdomsportalen Norrby" is one thing;
    "Ungdomsportalen" alone is no second one."""
    resources = _named("resource")
    assert "Ungdomsportalen Norrby" in resources
    assert "Ungdomsportalen" not in resources


def test_question_title_with_a_year_subtitle() -> None:
    """Line 47: "analysen Hur mår Norrby? Länsanalys 2040." is one title."""
    assert "Hur mår Norrby? Länsanalys 2040" in _named("resource")
    assert "Hur mår Norrby?" not in _named("resource")
