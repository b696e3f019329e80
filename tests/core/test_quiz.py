"""helpers.core.quiz: answered by setting a value and pressing Check, as a learner does."""

import pytest

from helpers.core import quiz


def test_choice_explains_each_option():
    q = quiz.choice("Worst year?", {"1959": "Not the peak.", "1960": "The peak."}, answer="1960")
    q.button.click()
    assert q.result.value.startswith("Choose")
    q.answer("1959")
    assert q.result.value == "❌ Not quite. Not the peak."
    q.answer("1960")
    assert q.result.value == "✅ Right. The peak."


def test_number_tolerance_slips_and_decimal_comma():
    q = quiz.number("How many?", 14.5, explain="Yes.", hint="million", wrong={23: "Births."})
    q.button.click()
    assert "Type a number" in q.result.value
    q.answer("23")
    assert q.result.value == "❌ Not quite. Births."
    for typed in ("14.5", "14,5", "14.6"):
        q.answer(typed)
        assert q.result.value.startswith("✅"), typed
    q.answer("16")
    assert q.result.value.startswith("❌")


def test_open_question_is_self_assessed_never_correct():
    q = quiz.open_question(
        "Why?", "Because the baseline matters.", ["names a baseline", "a reason"]
    )
    q.answer("asdf qwer zxcv uiop hjkl bnm, ghj tyu")
    assert "Correct" not in q.result.value and "✅" not in q.result.value
    assert "Because the baseline matters." in q.result.value
    assert len(q.rubric.children) == 2
    q.points[1].value = True
    assert q.tally.value == "Your answer makes 1 of 2 points."


def test_open_question_waits_for_an_answer():
    q = quiz.open_question("Why?", "Model.", ["a", "b"])
    q.button.click()
    assert q.rubric.children == () and "first" in q.result.value


@pytest.mark.parametrize(
    ("make", "match"),
    [
        (lambda: quiz.choice("Q", {"a": "r"}, "a"), "2 to 6"),
        (lambda: quiz.choice("Q", {"a": "r", "b": "s"}, "c"), "answer"),
        (lambda: quiz.number("Q", 1, explain="e", hint="h", rel=2), "rel"),
        (lambda: quiz.open_question("Q", "M", "one string"), "rubric"),
    ],
)
def test_rejects_bad_questions(make, match):
    with pytest.raises((ValueError, TypeError), match=match):
        make()


def test_options_keep_one_order_and_the_right_one_is_not_always_first():
    options = {"a": "r", "b": "s", "c": "t"}
    one = quiz.choice("Q?", options, answer="a").field.options
    assert one == quiz.choice("Q?", options, answer="a").field.options  # same every run
    assert sorted(one) == ["a", "b", "c"]
    firsts = [
        quiz.choice(f"Question {i}?", options, answer="a").field.options.index("a")
        for i in range(12)
    ]
    assert 0 < firsts.count(0) < len(firsts)


def test_a_choice_says_how_to_answer_from_the_keyboard():
    q = quiz.choice("Q?", {"a": "r", "b": "s"}, answer="a")
    assert any(quiz.KEYS in getattr(c, "value", "") for c in q.children)
