"""Audience (reading-guide.md, Audience: who uses the item; speakers and authors are not an
audience): purpose participles, a purpose clause before a result, staff met in the item,
distributors, trainers versus the verb "utbildar", and compound staff nouns.

Synthetic Swedish sentences modelled on report wording (blind5 2029-inventering line 160: "är
tänkt för chefer och HR"; 2029-insatser line 112: "Rapporten är skriven för beslutsfattare … och
visar att …"; line 120: "ett första samtal med en kurator"; 2029-inventering line 67:
"Formuläret hjälper distriktssköterskor att upptäcka"; line 176: "Projektet utbildar personal";
blind3 2027-slutrapport line 115: "ska delas ut av polis, präst och vårdpersonal").
"""

from __future__ import annotations

from functools import cache

from loader.actors import ActorLexicon
from loader.enrich import Enriched, enrich
from loader.lexicon import VOCAB_DIR, Lexicon
from loader.model import Mention, Source


@cache
def lex() -> Lexicon:
    return Lexicon.from_dir(VOCAB_DIR)


def _enrich(name: str, description: str = "", forms: tuple[str, ...] = (), kind: str = "resource") -> Enriched:
    m = Mention(kind, name, Source("r", 1, name), description=description, forms=forms)
    return enrich(m, lex(), ActorLexicon([]), None, ())


def audience(e: Enriched) -> set[str]:
    return set(e.mention.audience)


def test_a_purpose_participle_reopens_after_a_passing_cue() -> None:
    # "tillsammans med" closes the sentence; "är tänkt för" says whom the item is for.
    e = _enrich("Vägen åter", "Checklistan togs fram tillsammans med Försäkringskassan och är tänkt för chefer och HR.")
    assert audience(e) == {"chefer"}
    e = _enrich("Vägen åter", "Checklistan togs fram tillsammans med chefer och HR.")
    assert audience(e) == set()


def test_a_purpose_clause_before_a_result_is_the_items() -> None:
    text = (
        "I maj publicerades rapporten Läget 2030, som bygger på en enkät till regionerna. Rapporten är "
        "skriven för beslutsfattare i regioner och visar att väntetiden har minskat i 14 regioner."
    )
    assert audience(_enrich("Läget 2030", text, forms=("rapport",))) == {"beslutsfattare"}
    # A result with no purpose clause says nothing of whom the report is for.
    text = "Rapporten Läget 2030 kom i maj. Rapporten visar att beslutsfattare i regioner har minskat väntetiden."
    assert audience(_enrich("Läget 2030", text, forms=("rapport",))) == set()


def test_staff_met_in_the_item_are_no_users() -> None:
    text = "I Region Norr startade projektet Första besöket, där unga kan boka ett samtal med en kurator via video."
    assert "personal" not in audience(_enrich("Första besöket", text, kind="initiative"))


def test_distributors_are_no_audience() -> None:
    text = "Broschyren Efter förlusten riktar sig till efterlevande och ska delas ut av polis, präst och vårdpersonal."
    assert "personal" not in audience(_enrich("Efter förlusten", text, forms=("broschyr",)))
    text = "Broschyren Efter förlusten används av läkare och vårdpersonal."
    assert "personal" in audience(_enrich("Efter förlusten", text, forms=("broschyr",)))


def test_the_verb_utbildar_names_no_trainers() -> None:
    e = _enrich(
        "Livslust", "Projektet utbildar personal i kommunerna i att fråga om självmordstankar.", kind="initiative"
    )
    assert "utbildare" not in audience(e)
    e = _enrich("Livslust", "Manualen Livslust är skriven för utbildare.", forms=("guide",))
    assert audience(e) == {"utbildare"}


def test_a_compound_staff_noun() -> None:
    e = _enrich("Depressionskollen", "Formuläret hjälper distriktssköterskor att upptäcka depression hos äldre.")
    assert audience(e) == {"personal"}


def test_partners_between_auxiliary_and_supine_end_at_the_verb() -> None:
    # blind6 2030-insatser line 117: "SKR har i samarbete med Skolverket … tagit fram X, ett metodstöd för lärare …"
    text = "SKR har i samarbete med Skolverket tagit fram Lugnet, ett metodstöd för lärare om stress hos elever."
    assert audience(_enrich("Lugnet", text)) == {"personal"}
    # The partners themselves stay passing.
    text = "SKR har i samarbete med lärare tagit fram Lugnet om stress hos elever."
    assert audience(_enrich("Lugnet", text)) == set()


def test_a_service_listed_with_people_names_its_staff() -> None:
    # blind5 2029-insatser line 166: "en vägledning för rektorer och elevhälsa om hur skolan kan …"
    text = "SKR tog fram Sorgen i skolan, en vägledning för rektorer och elevhälsa om sorg."
    assert audience(_enrich("Sorgen i skolan", text)) == {"chefer", "elevhalsopersonal"}


def test_care_staff_nouns() -> None:
    # blind6 2030-inventering line 184 "riktar sig till undersköterskor", line 19 "ger fritidsledare övningar"
    e = _enrich("Äldrestöd", "Utbildningen riktar sig till undersköterskor i hemtjänsten.", forms=("webbutbildning",))
    assert audience(e) == {"personal"}
    e = _enrich("Vardagsrörelse", "Metodstödet ger fritidsledare övningar och samtalsunderlag.", forms=("metodstod",))
    assert audience(e) == {"personal"}
