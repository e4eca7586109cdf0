"""Actors and agreements written in new ways (issue 10, fifth wave): an acronym written as a word
("Spes" for SPES), a collaboration agreement titled without a period ("Samverkansavtalet om … mellan
Region X och kommunerna"), and an agreement a sentence describes while its footnote gives the title.

Every text below is made up; each test names the convention it follows.
"""

from __future__ import annotations

from loader.actors import ActorLexicon
from loader.agreements import extract
from loader.model import Document, Line, Mention
from psykgraf.settings import Settings

_ACTORS = ActorLexicon.load(Settings().lexicon_dir / "actors.ttl")


def _agreements(*lines: str) -> list[Mention]:
    return extract(Document("2041-rapport", tuple(Line(i + 1, t) for i, t in enumerate(lines))))


def test_an_acronym_written_as_a_word_is_the_organisation() -> None:
    # Swedish spelling writes an acronym said as a word with one capital ("Nato", "Unicef"): the
    # lexicon's "SPES" and "BRIS" are also "Spes" and "Bris".
    hits = _ACTORS.find("Materialet togs fram i samarbete med Spes och tillsammans med Bris.")
    assert [(h.surface, h.slug) for h in hits] == [("Spes", "spes"), ("Bris", "bris")]


def test_a_short_acronym_keeps_its_capitals() -> None:
    # Three-letter acronyms are spelled letter by letter ("SKR"): "Skr" is no name of SKR.
    assert [h.surface for h in _ACTORS.find("Skr och SKR.")] == ["SKR"]


def test_a_lower_case_word_is_no_acronym() -> None:
    # Only the one-capital form: "en bris" is a breeze.
    assert _ACTORS.find("Det blåste en svag bris över sjön.") == []


def test_a_collaboration_agreement_named_by_its_subject_and_parties() -> None:
    # A capitalised title noun (pg:cueNoun "samverkansavtal") in the definite form inside a sentence,
    # its subject after "om" and the parties after "mellan": one named agreement, without a period.
    found = _agreements(
        "Sedan 2041 finns också Samverkansavtalet om unga med missbruk mellan Region Norrland och "
        "kommunerna i länet, som reglerar ansvaret för elevhälsan."
    )
    assert [m.name for m in found] == ["Samverkansavtalet om unga med missbruk"]


def test_an_agreement_noun_that_opens_a_sentence_needs_its_parties() -> None:
    # At a sentence's start the capital marks no title: "Avtalet reglerar …" and "Avtalet om X gäller"
    # refer back; "Avtalet om X mellan A och B" names one agreement by its parties.
    assert _agreements("Avtalet reglerar ansvarsfördelningen mellan elevhälsa och BUP.") == []
    assert _agreements("Avtalet om tidiga insatser gäller i tre år.") == []
    found = _agreements("Avtalet om tidiga insatser mellan Region Norrland och kommunerna gäller i tre år.")
    assert [m.name for m in found] == ["Avtalet om tidiga insatser"]


def test_a_plural_agreement_noun_names_no_agreement() -> None:
    # "Avtalen om …" (definite plural) speaks of a kind of agreements, not of one.
    assert _agreements("Läs mer i Avtalen om samverkan mellan regionerna och kommunerna.") == []


def test_a_footnote_titles_the_agreement_its_sentence_describes() -> None:
    # A footnote cites the document its sentence speaks of: the supplement described in the text
    # ("en tilläggsöverenskommelse om stöd till äldre som bor ensamma …²") and the title in the
    # footnote ("² Tilläggsöverenskommelse om ensamma äldre 2041") are one agreement, dated by the title.
    found = _agreements(
        "I maj 2041 tecknades en tilläggsöverenskommelse om stöd till äldre som bor ensamma, som gav "
        "80 miljoner kronor.² Arbetet fortsatte under hösten.",
        "",
        "² Tilläggsöverenskommelse om ensamma äldre 2041, dnr S2040/01234.",
    )
    assert len(found) == 1
    names = {found[0].name, *found[0].alt_names}
    assert {"Tilläggsöverenskommelse om ensamma äldre 2041", "Tilläggsöverenskommelse om stöd till äldre"} <= names
    assert found[0].years == (2041,)


def test_a_glued_footnote_digit_after_the_full_stop() -> None:
    # The same with the mark as a plain digit glued to the full stop ("kronor.1 I december …"): the mark
    # belongs to the last agreement before it, not to the one the next sentence names.
    found = _agreements(
        "I maj tecknades en tilläggsöverenskommelse om stöd till äldre, som gav 80 miljoner",
        "kronor.1 I december 2041 undertecknades Överenskommelsen om insatser inom området psykisk hälsa 2042.",
        "",
        "1 Tilläggsöverenskommelse om ensamma äldre 2041",
    )
    supplements = [m for m in found if m.name.startswith("Tillägg")]
    assert len(supplements) == 1 and supplements[0].years == (2041,)
    assert any(m.years == (2042,) for m in found)


def test_a_footnote_on_another_kind_of_agreement_merges_nothing() -> None:
    # The footnote names the year's agreement, the sentence a supplement: two kinds, two agreements.
    found = _agreements(
        "I maj tecknades en tilläggsöverenskommelse om stöd till äldre, som gav 80 miljoner kronor.³",
        "",
        "³ Överenskommelsen om insatser inom området psykisk hälsa 2041.",
    )
    assert len(found) == 2


def _organisations(text: str) -> list[str]:
    from loader.organisations import find_organisations

    return [h.name for h in find_organisations(text, _ACTORS)]


def test_weak_adjectives_open_a_genitive_name() -> None:
    # Capitals on every word mark one proper name: "Svenska Norrlänningars Riksförbund" is a weak
    # adjective, a genitive and an organisation compound ("Riksförbund", pg:headWord "förbund").
    assert _organisations("Bland parterna finns Svenska Norrlänningars Riksförbund – Pohjalaiset.") == [
        "Svenska Norrlänningars Riksförbund"
    ]


def test_a_quantifier_opens_no_genitive_name() -> None:
    # "Många" is a grammar word, not the first word of a name.
    assert _organisations("Många Dalarnas Idrottsförbund") == []


def test_a_name_defined_as_a_collaboration_between_organisations() -> None:
    # "X, som är ett samarbete mellan elva kommuner": the relative clause defines X as a body whose
    # members the actor-type vocabulary knows ("kommuner").
    text = (
        "Regionen och kommunerna samverkar inom ramen för Grannarna Norrkust, \n"
        "som är ett samarbete mellan nio kommuner."
    )
    assert "Grannarna Norrkust" in _organisations(text)


def test_a_project_between_organisations_is_no_body() -> None:
    # The predicate is an initiative's cue noun (pg:cueNoun "projekt"): a thing, not a body.
    assert _organisations("Vi driver Trygga Steg, som är ett projekt mellan kommunerna och regionen.") == []


def test_a_resource_defined_for_organisations_is_no_body() -> None:
    # "ett stöd för personal i kommuner": no "mellan" organisations, no body.
    assert _organisations("Läs Lotsboken, som är ett stöd för personal i kommuner.") == []


def test_a_college_named_by_several_capitalised_words() -> None:
    # A university or college may carry a name of several capitalised words ("Ersta Sköndal Bräcke
    # högskola", "Marie Cederschiöld högskola"): the whole name, not its last word.
    assert _organisations("Samarbetet med Östra Strand Lunde högskola om en kartläggning har fortsatt.") == [
        "Östra Strand Lunde högskola"
    ]


def test_words_that_open_no_name_stay_outside_a_college_name() -> None:
    # A grammar word or a definite common noun before the name is no part of it.
    names = _organisations("Under Lunde högskola och i Rapporten Strand universitet.")
    assert names == ["Lunde högskola", "Strand universitet"]
