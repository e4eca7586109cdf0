"""Groups, councils, theme days, projects and roll-outs a deck names on its slides.

The deck below (``_DECK``) is made up in the conventions of the Kraftsamling decks: a title
slide with its senders, slides titled by a working group ("Arbetsgrupp <Name>"), a council
("Barn- och ungdomsrådet <Place>"), a theme day ("Temadag <Theme>"), a project named by a
capitalised adjective ("Nationella <…>projektet"), a programme taken up in one place ("<Programme>
i <Place>"), and slide headings and descriptions that name nothing. Line numbers in the comments
are those of ``_DECK``; a line opening with a space starts a new slide (the pdftotext convention).
"""

from __future__ import annotations

from functools import cache

from loader.layouts.slides import SlidesLayout
from loader.model import Document, Line, Mention

_DECK = """\
Kraftsamling för psykisk hälsa – barn och unga i Norrbacka

Region Exempel och Norrbacka kommun


 Så organiserar vi arbetet

Arbetsgrupp Främjande i förskola och skola

Arbetsgrupp Tidiga insatser

Barn- och ungdomsrådet Norrbacka
 Ett lotsteam för familjer med barn

Familjer får hjälp att hitta rätt i vården.
 Temadag Skolnärvaro

Alla rektorer i kommunen bjöds in.
 Nationella självskadeprojektet

Vi deltar i Nationella självskadeprojektet sedan 2018.
 Programmet PAX

Programmet PAX sprids i länet.
 PAX i Norrbacka

Alla skolor i kommunen börjar under våren.
 Referensgrupp Stående

punkt på EHT
 En förstudie ska ligga till grund för hur det fortsatta arbetet med

Trygga övergångar för barn och unga ska se ut.
 Välkomna extern kompetens

Socialtjänsten (socialsekreterare, Familje – och

ungdomssupporten), skolans EHT (rektorer, kuratorer)

Familje & Ungdomssupporten (FUS) och BUP
"""


@cache
def _mentions() -> tuple[Mention, ...]:
    lines = tuple(Line(n, t) for n, t in enumerate(_DECK.split("\n"), start=1))
    return tuple(SlidesLayout().extract(Document(report="deck", lines=lines)))


def _kinds(name: str) -> list[str]:
    return [m.kind for m in _mentions() if m.name == name]


def test_working_group_titled_by_its_name_is_an_actor() -> None:
    # _DECK:8 "Arbetsgrupp Främjande i förskola och skola", :10 "Arbetsgrupp Tidiga insatser"
    assert _kinds("Arbetsgrupp Främjande i förskola och skola") == ["actor"]
    assert _kinds("Arbetsgrupp Tidiga insatser") == ["actor"]


def test_council_with_its_place_is_one_actor() -> None:
    # _DECK:12 "Barn- och ungdomsrådet Norrbacka": the whole title, not the place after the noun
    assert _kinds("Barn- och ungdomsrådet Norrbacka") == ["actor"]
    assert not any(m.name == "Norrbacka" and m.source.line == 12 for m in _mentions())


def test_theme_day_with_its_theme_is_an_event() -> None:
    # _DECK:16 "Temadag Skolnärvaro"
    assert _kinds("Temadag Skolnärvaro") == ["event"]


def test_capitalised_adjective_before_a_project_compound_is_an_initiative() -> None:
    # _DECK:19/21 "Nationella självskadeprojektet" (a title and "Vi deltar i Nationella självskadeprojektet")
    assert _kinds("Nationella självskadeprojektet") == ["initiative"]


def test_programme_in_a_place_titling_a_slide_is_a_rollout() -> None:
    # _DECK:25 "PAX i Norrbacka" under the slide on "Programmet PAX" (:22)
    assert _kinds("PAX i Norrbacka") == ["initiative"]


def test_headings_and_descriptions_name_no_actor() -> None:
    # _DECK:6 "Så organiserar vi arbetet"; :13 "Ett lotsteam för familjer med barn" says what a thing is
    names = {m.name for m in _mentions()}
    assert "Så organiserar vi arbetet" not in names
    assert "Ett lotsteam för familjer med barn" not in names


def test_table_cell_broken_over_a_blank_line_is_no_group() -> None:
    # _DECK:28-30 "Referensgrupp Stående" / "punkt på EHT": a label and its value, not a group's name
    assert not any(m.name.startswith("Referensgrupp Stående") for m in _mentions())


def test_work_continued_after_a_pre_study_is_an_initiative() -> None:
    # _DECK:31-33 "… hur det fortsatta arbetet med" / "Trygga övergångar för barn och unga ska se ut."
    assert _kinds("Trygga övergångar för barn och unga") == ["initiative"]


def test_unit_in_brackets_after_a_service_is_an_actor() -> None:
    # _DECK:36-38 "Socialtjänsten (socialsekreterare, Familje – och" / "ungdomssupporten), …": a profession
    # and a unit of the social services; :40 "Familje & Ungdomssupporten (FUS)" is the same unit (its
    # support noun is a form's cue in resource-form.ttl), not a resource.
    unit = next(m for m in _mentions() if m.name == "Familje- och ungdomssupporten")
    assert unit.kind == "actor"
    assert "Familje & Ungdomssupporten" in unit.alt_names
    assert not any(m.kind == "resource" and "Ungdomssupporten" in m.name for m in _mentions())
    assert not any(m.name.lower() == "socialsekreterare" for m in _mentions())
