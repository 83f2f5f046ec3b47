"""Quiz grading as a pure function: properties that hold for any key and any answers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cooplab.learning.grading import QuestionKey, quiz_grade


@st.composite
def quizzes(draw):
    count = draw(st.integers(min_value=1, max_value=8))
    key = []
    for q in range(count):
        size = draw(st.integers(min_value=2, max_value=5))
        choices = [f"q{q}c{c}" for c in range(size)]
        multiple = draw(st.booleans())
        if multiple:
            correct = draw(st.sets(st.sampled_from(choices), min_size=1))
        else:
            correct = {draw(st.sampled_from(choices))}
        key.append(QuestionKey(f"q{q}", frozenset(choices), frozenset(correct), multiple))
    answers = draw(
        st.dictionaries(
            st.sampled_from([q.id for q in key] + ["stranger"]),
            st.lists(st.sampled_from([c for q in key for c in q.choices] + ["forged"])),
        )
    )
    pass_mark = draw(st.integers(min_value=0, max_value=100))
    return key, answers, pass_mark


@settings(deadline=None)
@given(quizzes(), st.dictionaries(st.text(max_size=8), st.text(max_size=8)))
def test_score_in_range_pass_iff_at_least_pass_mark_and_no_client_input_used(quiz, noise):
    key, answers, pass_mark = quiz
    result = quiz_grade(key=key, answers=answers, pass_mark=pass_mark)
    assert 0 <= result.score <= 100
    assert result.passed == (result.score >= pass_mark)
    assert result.score == len(result.correct_questions) * 100 // len(key)
    # Anything else a client might send (a "score", "passed"…) is not an answer to a question
    # of the key and changes nothing.
    polluted = {f"x-{key}": value for key, value in noise.items()} | answers
    polluted.update({"score": ["100"], "passed": ["true"]})
    assert quiz_grade(key=key, answers=polluted, pass_mark=pass_mark) == result


@settings(deadline=None)
@given(quizzes())
def test_exact_correct_answers_score_100(quiz):
    key, _answers, pass_mark = quiz
    answers = {q.id: sorted(q.correct) for q in key}
    result = quiz_grade(key=key, answers=answers, pass_mark=pass_mark)
    assert result.score == 100 and result.passed


@settings(deadline=None)
@given(quizzes())
def test_ticking_every_choice_never_scores_a_question_with_a_wrong_choice(quiz):
    key, _answers, pass_mark = quiz
    answers = {q.id: sorted(q.choices) for q in key}
    result = quiz_grade(key=key, answers=answers, pass_mark=pass_mark)
    expected = [q.id for q in key if q.multiple and q.correct == q.choices]
    assert list(result.correct_questions) == expected


def test_empty_key_never_passes():
    assert not quiz_grade(key=[], answers={}, pass_mark=0).passed
