"""Rules that read a word by its successor never fail on an empty phrase (stop 28).

blind21's build skipped one item's facets with "zip() argument 2 is longer than argument 1": an age
range printed right after another item's name ("Asken 3–11 år") leaves no words between them, and the
pairing of words with their successors failed on the empty list. ``grammar.with_next`` pairs safely.
"""

from __future__ import annotations

from loader.enrich import _own_age
from loader.grammar import with_next


def test_no_words_give_no_pairs() -> None:
    assert with_next([]) == []
    assert with_next(["ensam"]) == [("ensam", "")]


def test_an_age_right_after_another_items_name_is_that_items_age() -> None:
    text = "Ekorren hjälper familjer. Asken 3–11 år ges i skolan."
    # the range follows "Asken" with nothing between: it is Asken's age, not Ekorren's
    assert _own_age(text, text, ("Ekorren",), ("Ekorren", "Asken")) is None


def test_an_age_in_the_items_own_sentence_is_kept() -> None:
    text = "Ekorren hjälper familjer med barn 3–11 år. Asken ges i skolan."
    assert _own_age(text, text, ("Ekorren",), ("Ekorren", "Asken")) == (3, 11, "3–11 år")


def test_a_capitalised_name_met_in_lower_case_is_a_common_phrase() -> None:
    # a focus area "Barn och unga" does not own the range of "ge barn och unga 0–20 år"
    text = "Satsningen Ekorren ska ge barn och unga\n0–20 år en trygg vardag."
    assert _own_age(text, text, ("Ekorren",), ("Ekorren", "Barn och unga")) == (0, 20, "0–20 år")


def test_a_capitalised_name_printed_capitalised_still_owns_its_range() -> None:
    text = "Satsningen Ekorren ska stödja Barn och unga 0–20 år i tre kommuner."
    assert _own_age(text, text, ("Ekorren",), ("Ekorren", "Barn och unga")) is None
