"""Quiz grading: a pure function of the answer key and the learner's choices. The score is
computed here, on the server, from the stored key; nothing the client sends but its choices
is read."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class QuestionKey:
    id: str
    choices: frozenset[str]
    correct: frozenset[str]
    multiple: bool = False


@dataclass(frozen=True)
class QuizResult:
    score: int  # whole percent, 0..100, rounded down
    passed: bool
    correct_questions: tuple[str, ...]


def quiz_grade(
    *, key: Sequence[QuestionKey], answers: Mapping[str, Iterable[str]], pass_mark: int
) -> QuizResult:
    """One point per question answered exactly right (every correct choice and no other).

    A single-choice question with several choices ticked is wrong; choices that do not belong
    to the question make the answer wrong; questions not in the key are ignored. The score is
    rounded down, so a learner never passes by rounding; passed iff score >= pass_mark.
    """
    if not key:
        return QuizResult(score=0, passed=False, correct_questions=())
    right: list[str] = []
    for question in key:
        chosen = frozenset(str(choice) for choice in answers.get(question.id, ()))
        if not question.multiple and len(chosen) > 1:
            continue
        if chosen and chosen == question.correct:
            right.append(question.id)
    score = len(right) * 100 // len(key)
    return QuizResult(
        score=score, passed=score >= max(0, min(100, pass_mark)), correct_questions=tuple(right)
    )
