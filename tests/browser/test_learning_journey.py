"""A member learns in Arabic on a phone: enrols, reads a lesson, listens to an audio lesson,
fails then passes a quiz, sends a photo for an assignment; her trainer grades it; the course
shows complete."""

from __future__ import annotations

import io
import re
from typing import Any

from playwright.sync_api import Browser, expect

from cooplab.accounts.tests.factories import UserFactory
from cooplab.learning import services
from cooplab.learning.models import Enrolment, LessonKind, Submission
from cooplab.learning.tests.factories import lesson, load_course, trainer


def _jpeg() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (120, 90), "orange").save(buffer, format="JPEG")
    return buffer.getvalue()


def test_member_completes_a_course_in_arabic(browser: Browser, site: str, login_as: Any):
    facilitator = trainer()
    course = load_course(owner=facilitator)
    member = UserFactory(email="fadma@example.org", preferred_language="ar", first_name="فاضمة")
    cohort = services.cohort_create(course=course, actor=facilitator, name="الفوج الأول")
    services.cohort_member_add(cohort=cohort, user=member, actor=facilitator)
    Enrolment.objects.filter(user=member).delete()  # she enrols herself below
    quiz = lesson(course, LessonKind.QUIZ)

    context = browser.new_context(viewport={"width": 390, "height": 800}, locale="ar-MA")
    login_as(context, member)
    m = context.new_page()
    m.set_default_timeout(15_000)

    # 1. From the navigation to the course, in Arabic; she enrols.
    m.goto(f"{site}/ar/")
    m.get_by_test_id("nav-learn").click()
    expect(m.locator("html")).to_have_attribute("dir", "rtl")
    m.get_by_role("link", name="الخطوات الأولى على الإنترنت").click()
    m.get_by_test_id("enrol").click()
    expect(m.get_by_test_id("progress")).to_contain_text("0%")
    m.get_by_test_id("resume").click()

    # 2. She reads the text lesson and marks it done (sent by the offline queue's fetch).
    expect(m.locator("h1")).to_have_text("الضوء")
    # The button is a plain form until learning.js takes it over: wait for the script (a
    # click before it ran posted the form without JavaScript, on a slow CI machine).
    m.wait_for_load_state("load")
    m.get_by_test_id("mark-done").click()
    expect(m.get_by_test_id("lesson-done-js")).to_be_visible()

    # 3. The audio lesson: speed control, then played to the end, which completes it.
    m.get_by_test_id("next-lesson").click()
    expect(m.get_by_test_id("placeholder-audio")).to_be_visible()
    m.wait_for_load_state("load")  # the "ended" listener is added by learning.js
    m.get_by_role("button", name="1.25×").click()
    audio = m.get_by_test_id("audio")
    assert audio.evaluate("a => a.playbackRate") == 1.25
    audio.evaluate("a => a.play()")
    expect(m.get_by_test_id("lesson-done-js")).to_be_visible(timeout=20_000)
    assert audio.evaluate("a => a.currentTime") > 0

    # 4. The quiz: nothing in the page says which answer is right; a failed attempt first.
    m.get_by_test_id("next-lesson").click()
    assert "correct" not in m.content().lower()
    questions = list(quiz.questions.prefetch_related("choices"))
    for question in questions:
        wrong = next(c for c in question.choices.all() if not c.is_correct)
        m.locator(f"input[value='{wrong.public_id}']").check()
    m.get_by_test_id("quiz-submit").click()
    expect(m.get_by_test_id("quiz-result")).to_have_attribute("data-passed", "false")
    for question in questions:
        for choice in question.choices.all():
            if choice.is_correct:
                m.locator(f"input[value='{choice.public_id}']").check()
    m.get_by_test_id("quiz-submit").click()
    expect(m.get_by_test_id("quiz-result")).to_have_attribute("data-passed", "true")

    # 5. The assignment: a photo from the phone's camera and a few words.
    m.get_by_test_id("next-lesson").click()
    photos = m.get_by_test_id("photos")
    expect(photos).to_have_attribute("capture", "environment")
    photos.set_input_files(files=[{"name": "p.jpg", "mimeType": "image/jpeg", "buffer": _jpeg()}])
    m.fill("textarea[name=text]", "صورة زيت الأركان قرب النافذة")
    m.get_by_test_id("submit-assignment").click()
    expect(m.get_by_test_id("submission-status")).to_have_text(re.compile(r"\S"))
    submission = Submission.objects.get(user=member)
    assert submission.photos.count() == 1

    # 6. The trainer grades it from her space.
    t_context = browser.new_context()
    login_as(t_context, facilitator)
    t = t_context.new_page()
    t.set_default_timeout(15_000)
    t.goto(f"{site}/ar/learn/trainer/")
    t.get_by_test_id("pending-submission").first.click()
    expect(t.get_by_test_id("submission-photo")).to_be_visible()
    for field in t.get_by_test_id("points").all():
        field.fill("5")
    t.fill("textarea[name=feedback]", "صورة واضحة، أحسنتِ")
    t.get_by_test_id("accept").click()
    expect(t.get_by_test_id("grade-form")).to_have_count(0)

    # 7. The member's course is complete.
    m.goto(f"{site}/ar/learn/{course.slug}/")
    expect(m.get_by_test_id("course-complete")).to_be_visible()
    expect(m.get_by_test_id("progress")).to_contain_text("100%")
    m.goto(f"{site}/ar/learn/my/")
    expect(m.get_by_test_id("course-complete")).to_be_visible()
