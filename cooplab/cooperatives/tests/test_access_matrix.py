"""Every cooperative-scoped route, every kind of visitor: no unexpected access, and no database
change on any denied request. A new route that is not classified here makes the test fail."""

from __future__ import annotations

import io
import json
import uuid as _uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from allauth.mfa.models import Authenticator
from django.core import serializers
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone, translation
from PIL import Image

from cooplab.accounts.models import User
from cooplab.accounts.roles import role_group
from cooplab.accounts.tests.factories import StaffFactory, UserFactory
from cooplab.catalog import services as catalog_services
from cooplab.catalog.models import Category, Product, ProductImage, StockMovement, Variant
from cooplab.cooperatives import services
from cooplab.cooperatives.models import (
    Certification,
    Cooperative,
    CooperativeDocument,
    CooperativeEvent,
    CooperativePhoto,
    DocumentKind,
    Invitation,
    Membership,
)
from cooplab.core.models import AuditLog
from cooplab.learning import models as learning_models
from cooplab.learning import services as learning_services
from cooplab.learning.models import LessonKind
from cooplab.learning.tests.factories import lesson as course_lesson
from cooplab.learning.tests.factories import load_course
from cooplab.learning.tests.factories import photo as jpeg_photo
from cooplab.ledger.models import JournalEntry
from cooplab.notifications.models import OutboundMessage
from cooplab.orders.models import CooperativeOrder, Order, OrderEvent, OrderLine
from cooplab.orders.notifications import confirm_token
from cooplab.orders.services import part_transition
from cooplab.orders.states import Actor
from cooplab.orders.tests.factories import advance, place
from cooplab.payments import services as payment_services
from cooplab.payments.models import (
    CodRemittance,
    CodRemittanceItem,
    Payment,
    PaymentEvent,
    Refund,
)
from cooplab.payouts.models import Payout, PayoutLine
from cooplab.reviews import services as review_services
from cooplab.reviews.models import Review
from cooplab.shipping.models import DeliveryOptions

from .factories import CertificationFactory, CooperativeFactory, manager_of, member_of

# "trainer" authors the world's course and facilitates the cohort member_a is in.
PERSONAS = ["anonymous", "customer", "member_a", "manager_a", "manager_b", "trainer", "staff"]
EVERYONE = set(PERSONAS)
SIGNED_IN = EVERYONE - {"anonymous"}
A_READERS = {"member_a", "manager_a", "staff"}
A_WRITERS = {"manager_a", "staff"}
STAFF = {"staff"}
# The customer who placed the matrix world's order; staff may open any order
# (`orders.selectors.order_for_customer`).
ORDER_OWNER = {"customer", "staff"}
CARD_PAYER = {"customer"}  # the customer of the world's card order, staff excluded
REVIEWERS = {"customer"}  # the persona whose order of the product was delivered
# Training: the course's author and the cohort's facilitator (both "trainer"), and staff.
TRAINERS = {"trainer", "staff"}
# member_a's own learning: herself, her facilitator, her cooperative's manager, staff.
LEARNER_A_VIEWERS = {"member_a", "trainer", "manager_a", "staff"}
COHORT_PEOPLE = {"member_a", "trainer", "staff"}
LEARNER_A = {"member_a"}


@dataclass(frozen=True)
class Rule:
    get: set[str] | None  # who may GET (None: GET not tested / not allowed)
    post: set[str] | None  # who may POST (or send `method`)
    post_data: Callable[[dict[str, Any]], dict[str, Any]] | None = None
    json: bool = False  # send post_data as a JSON body (API endpoints)
    method: str = "POST"  # the writing method: POST, PATCH…


def _png() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "green").save(buffer, format="PNG")
    return SimpleUploadedFile("p.png", buffer.getvalue(), content_type="image/png")


# Route name → who may do what. Public routes are open to everyone by design.
RULES: dict[str, Rule] = {
    "cooperatives:directory": Rule(get=EVERYONE, post=None),
    "cooperatives:storefront": Rule(get=EVERYONE, post=None),
    "cooperatives:mine": Rule(get=SIGNED_IN, post=None),
    # Anyone signed in may start registering a cooperative (they become its first manager).
    "cooperatives:apply": Rule(get=SIGNED_IN, post=None),
    "cooperatives:dashboard": Rule(get=A_READERS, post=None),
    "cooperatives:application_step": Rule(
        get=A_WRITERS, post=A_WRITERS, post_data=lambda w: {"story_fr": "X", "story_ar": "س"}
    ),
    "cooperatives:submit": Rule(get=None, post=A_WRITERS, post_data=lambda w: {"consent": "on"}),
    "cooperatives:files": Rule(
        get=A_WRITERS,
        post=A_WRITERS,
        post_data=lambda w: {"form": "photo", "photo-image": _png(), "photo-caption": "x"},
    ),
    "cooperatives:photo_delete": Rule(get=None, post=A_WRITERS),
    "cooperatives:members": Rule(
        get=A_READERS,
        post=A_WRITERS,
        post_data=lambda w: {"contact": "0677777777", "role": "manager"},
    ),
    "cooperatives:member_update": Rule(
        get=None, post=A_WRITERS, post_data=lambda w: {"role": "manager"}
    ),
    "cooperatives:invitation_revoke": Rule(get=None, post=A_WRITERS),
    "cooperatives:labels": Rule(
        get=A_READERS,
        post=A_WRITERS,
        post_data=lambda w: {
            "kind": "organic",
            "name": "Bio",
            "certifier": "Ecocert",
            "certificate_number": "N-99",
            "expires_on": "2099-01-01",
        },
    ),
    "cooperatives:label_delete": Rule(get=None, post=A_WRITERS),
    "cooperatives:document_download": Rule(get=A_WRITERS, post=None),
    # An invitation link is for whoever holds it: any signed-in person may open and accept it.
    "cooperatives:invitation_accept": Rule(get=SIGNED_IN, post=None),
    "cooperatives:review_queue": Rule(get=STAFF, post=None),
    "cooperatives:review_detail": Rule(
        get=STAFF, post=STAFF, post_data=lambda w: {"action": "suspend", "reason": "Test"}
    ),
    # Catalogue: public pages; the cooperative's own products for its managers only (members
    # see the list); staff moderation.
    "catalog:product_list": Rule(get=EVERYONE, post=None),
    "catalog:product_detail": Rule(get=EVERYONE, post=None),
    "catalog:bo_product_list": Rule(get=A_READERS, post=None),
    "catalog:bo_product_create": Rule(
        get=A_WRITERS,
        post=A_WRITERS,
        post_data=lambda w: {
            "name_fr": "Miel de thym",
            "name_ar": "عسل الزعتر",
            "category": w["category"].pk,
            "perishable": "on",
            "onssa_number": "ONSSA-1",
            "variant_label": "500 g",
            "variant_price": "120.00",
            "variant_stock": "5",
        },
    ),
    "catalog:bo_product_import": Rule(
        get=A_WRITERS,
        post=A_WRITERS,
        post_data=lambda w: {"file": SimpleUploadedFile("p.csv", b"name_fr\nX\n")},
    ),
    "catalog:bo_product_export": Rule(get=A_WRITERS, post=None),
    "catalog:bo_product_edit": Rule(
        get=A_WRITERS, post=A_WRITERS, post_data=lambda w: {"name_fr": "Nouveau nom"}
    ),
    "catalog:bo_product_action": Rule(
        get=None, post=A_WRITERS, post_data=lambda w: {"action": "archive"}
    ),
    "catalog:bo_variant_save": Rule(
        get=None,
        post=A_WRITERS,
        post_data=lambda w: {"variant_id": w["variant"].pk, "label": "1 l", "price": "99.00"},
    ),
    "catalog:bo_stock_adjust": Rule(
        get=None,
        post=A_WRITERS,
        post_data=lambda w: {"variant_id": w["variant"].pk, "delta": "5", "reason": "received"},
    ),
    "catalog:bo_image_add": Rule(get=None, post=A_WRITERS, post_data=lambda w: {"image": _png()}),
    "catalog:bo_image_delete": Rule(get=None, post=A_WRITERS),
    "catalog:moderation_queue": Rule(get=STAFF, post=None),
    "catalog:moderate": Rule(get=STAFF, post=STAFF, post_data=lambda w: {"approve": "1"}),
    # Outgoing messages: platform staff only (personal data: addresses, texts).
    "notifications:message_list": Rule(get=STAFF, post=None),
    "notifications:message_retry": Rule(get=None, post=STAFF),
    # JSON API: public, read-only data of verified cooperatives, and its documentation.
    "api:api-root": Rule(get=set(), post=None),  # no index page: 404 for everyone
    "api:openapi-json": Rule(get=EVERYONE, post=None),
    "api:openapi-view": Rule(get=EVERYONE, post=None),
    "api:status": Rule(get=EVERYONE, post=None),
    "api:product_list": Rule(get=EVERYONE, post=set()),
    "api:product_detail": Rule(get=EVERYONE, post=set()),
    "api:category_list": Rule(get=EVERYONE, post=set()),
    "api:cooperative_list": Rule(get=EVERYONE, post=set()),
    "api:cooperative_detail": Rule(get=EVERYONE, post=set()),
    # Vendor API (Bearer token or session): as the back office, members read, managers write.
    "api:vendor_product_list": Rule(get=A_READERS, post=None),
    "api:vendor_product_create": Rule(
        get=None,
        post=A_WRITERS,
        json=True,
        post_data=lambda w: {
            "name_fr": "Miel de thym",
            "category": w["category"].slug,
            "onssa_number": "ONSSA-1",
            "variants": [{"label": "500 g", "price": "120.00", "stock": 5}],
        },
    ),
    "api:vendor_product_update": Rule(
        get=None,
        post=A_WRITERS,
        json=True,
        method="PATCH",
        post_data=lambda w: {"name_fr": "Nouveau nom"},
    ),
    "api:vendor_product_publish": Rule(get=None, post=A_WRITERS, json=True),
    "api:vendor_stock_adjust": Rule(
        get=None,
        post=A_WRITERS,
        json=True,
        post_data=lambda w: {"variant_id": w["variant"].pk, "delta": 5, "reason": "received"},
    ),
    # Vendor API, orders: as the back office (members read, managers act); another
    # cooperative's order is a 404 under the caller's own cooperative.
    # The shop API ignores session cookies: a guest's cart is found by its X-Cart-Token, an
    # order by a personal token or by its number and phone. Without them nobody gets anything
    # (404/401) whoever is signed in. Checkout itself is covered in orders/tests/test_shop_api.
    "api:shop_cart": Rule(get=set(), post=None),
    "api:shop_cart_create": Rule(get=None, post=EVERYONE, json=True, post_data=lambda w: {}),
    "api:shop_cart_add": Rule(
        get=None,
        post=set(),
        json=True,
        post_data=lambda w: {"variant_id": w["variant"].pk, "quantity": 1},
    ),
    "api:shop_cart_set": Rule(
        get=None, post=set(), json=True, method="PUT", post_data=lambda w: {"quantity": 2}
    ),
    "api:shop_cart_remove": Rule(get=None, post=set(), method="DELETE"),
    "api:shop_checkout": Rule(get=None, post=None),
    "api:shop_orders": Rule(get=set(), post=None),
    "api:shop_order": Rule(get=set(), post=None),
    "api:shop_order_confirm": Rule(
        get=None, post=set(), json=True, post_data=lambda w: {"code": "000000"}
    ),
    "api:shop_order_cancel": Rule(
        get=None, post=set(), json=True, post_data=lambda w: {"reason": "x"}
    ),
    "api:vendor_order_list": Rule(get=A_READERS, post=None),
    "api:vendor_order_detail": Rule(get=A_READERS, post=None),
    "api:vendor_order_action": Rule(
        get=None, post=A_WRITERS, json=True, post_data=lambda w: {"action": "confirm"}
    ),
    # Orders. Cart and checkout are open to every visitor; an order page is for its customer
    # (the "customer" persona placed the world's orders) and staff.
    "orders:cart": Rule(get=EVERYONE, post=None),
    "orders:cart_add": Rule(
        get=None, post=EVERYONE, post_data=lambda w: {"variant_id": w["variant"].pk, "quantity": 1}
    ),
    "orders:cart_update": Rule(
        get=None, post=EVERYONE, post_data=lambda w: {"variant_id": w["variant"].pk, "quantity": 1}
    ),
    "orders:checkout": Rule(get=EVERYONE, post=None),
    "orders:list": Rule(get=SIGNED_IN, post=None),
    "orders:track": Rule(get=EVERYONE, post=None),
    # The signed link sent by SMS is the credential: whoever holds it may confirm.
    "orders:confirm_link": Rule(get=EVERYONE, post=None),
    "orders:detail": Rule(get=ORDER_OWNER, post=None),
    "orders:confirm_code": Rule(get=None, post=ORDER_OWNER, post_data=lambda w: {"code": "0"}),
    "orders:cancel": Rule(get=None, post=ORDER_OWNER, post_data=lambda w: {"reason": "Test"}),
    "orders:reorder": Rule(get=None, post=ORDER_OWNER),
    "orders:withdraw": Rule(get=None, post=ORDER_OWNER),
    "orders:invoice": Rule(get=ORDER_OWNER, post=None),
    # Card payment of the customer's card order: only its customer (not staff) is sent to the
    # gateway. The return pages show the state from the database to the same customer; CMI's
    # browser POST to them changes nothing and is redirected to the GET for anyone.
    "payments:pay": Rule(get=CARD_PAYER, post=None),
    "payments:return_ok": Rule(get=CARD_PAYER, post=EVERYONE),
    "payments:return_fail": Rule(get=CARD_PAYER, post=EVERYONE),
    # Server to server, authenticated by the ver3 hash, not by a session: open to anyone, an
    # untrusted message changes nothing but the rejection log (cooplab/payments/tests).
    "payments_callback:cmi": Rule(get=None, post=EVERYONE),
    # The cooperative's orders: members read (and print packing slips), managers act.
    "orders:coop_orders": Rule(get=A_READERS, post=None),
    "orders:coop_order": Rule(get=A_READERS, post=None),
    "orders:coop_order_action": Rule(
        get=None, post=A_WRITERS, post_data=lambda w: {"action": "confirm"}
    ),
    "orders:packing_slip": Rule(get=A_READERS, post=None),
    "orders:coop_invoice": Rule(get=A_READERS, post=None),
    "orders:coop_delivery": Rule(
        get=A_WRITERS,
        post=A_WRITERS,
        post_data=lambda w: {
            "home_delivery": "on",
            "rate_same_city": "15",
            "rate_same_region": "25,50",
            "rate_national": "35",
            "preparation_days": "2",
        },
    ),
    # Platform staff with orders.manage_orders.
    "orders:staff_orders": Rule(get=STAFF, post=None),
    "orders:staff_order": Rule(get=STAFF, post=None),
    "orders:staff_part_action": Rule(
        get=None, post=STAFF, post_data=lambda w: {"action": "confirm"}
    ),
    # Staff finance pages (payments.manage_finance, given to the platform staff group).
    "finance:overview": Rule(get=STAFF, post=None),
    "finance:cod": Rule(get=STAFF, post=None),
    "finance:remittance_record": Rule(
        get=None,
        post=STAFF,
        post_data=lambda w: {
            "carrier_code": "amana",
            "amount_received": str(w["delivered_part"].total),
            "received_on": "2026-12-01",
            "bank_reference": "VIR-AMANA",
            "part_ids": [str(w["delivered_part"].pk)],
        },
    ),
    "finance:remittance_resolve": Rule(
        get=None, post=STAFF, post_data=lambda w: {"note": "Settled with the carrier"}
    ),
    "finance:refunds": Rule(get=STAFF, post=None),
    "finance:refund_paid": Rule(
        get=None,
        post=STAFF,
        post_data=lambda w: {"reference": "VIR-R", "customer_rib": "011780000001234567890187"},
    ),
    "finance:transfer_received": Rule(
        get=None,
        post=STAFF,
        post_data=lambda w: {"bank_reference": "VIR-M", "amount": str(w["transfer_order"].total)},
    ),
    # Payouts: platform staff with payments.manage_finance run batches and approve; the
    # cooperative's finance page, statements and RIB are for its managers only (not members).
    "payouts:staff_list": Rule(get=STAFF, post=None),
    "payouts:staff_batch": Rule(get=None, post=STAFF),
    "payouts:staff_bank_file": Rule(get=STAFF, post=None),
    "payouts:staff_detail": Rule(get=STAFF, post=None),
    "payouts:staff_action": Rule(
        get=None, post=STAFF, post_data=lambda w: {"action": "cancel", "reason": "Test"}
    ),
    "payouts:staff_statement_pdf": Rule(get=STAFF, post=None),
    "payouts:staff_statement_csv": Rule(get=STAFF, post=None),
    "payouts:coop_finance": Rule(get=A_WRITERS, post=None),
    "payouts:coop_bank_details": Rule(
        get=None,
        post=A_WRITERS,
        post_data=lambda w: {
            "rib": "011780000012345678901296",
            "bank_name": "CIH",
            "account_holder": "Coop A",
        },
    ),
    "payouts:coop_statement_pdf": Rule(get=A_WRITERS, post=None),
    "payouts:coop_statement_csv": Rule(get=A_WRITERS, post=None),
    # Reviews: only a customer who received the product writes one (the "customer" persona has
    # a delivered order of it); staff with the moderation permission moderate.
    "reviews:write": Rule(
        get=REVIEWERS,
        post=REVIEWERS,
        post_data=lambda w: {"rating": "5", "title": "Bon", "body": "Très bon.", "language": "fr"},
    ),
    "reviews:moderation_queue": Rule(get=STAFF, post=None),
    "reviews:moderate": Rule(get=STAFF, post=STAFF, post_data=lambda w: {"decision": "approve"}),
    "api:product_reviews": Rule(
        get=EVERYONE, post=REVIEWERS, json=True, post_data=lambda w: {"rating": 4}
    ),
    # Training pages.
    "learning:catalogue": Rule(get=EVERYONE, post=None),
    "learning:course": Rule(get=EVERYONE, post=None),
    "learning:dashboard": Rule(get=SIGNED_IN, post=None),
    "learning:enrol": Rule(get=None, post=SIGNED_IN),
    "learning:lesson": Rule(get=COHORT_PEOPLE, post=None),
    "learning:lesson_audio": Rule(get=COHORT_PEOPLE, post=None),
    "learning:lesson_complete": Rule(
        get=None, post=LEARNER_A, post_data=lambda w: {"client_id": str(_uuid.uuid4())}
    ),
    "learning:quiz_submit": Rule(
        get=None, post=LEARNER_A, post_data=lambda w: {"token": str(_uuid.uuid4())}
    ),
    "learning:assignment_submit": Rule(
        get=None, post=LEARNER_A, post_data=lambda w: {"text": "Ma réponse"}
    ),
    "learning:post_create": Rule(
        get=None, post=COHORT_PEOPLE, post_data=lambda w: {"body": "Une question"}
    ),
    "learning:post_hide": Rule(get=None, post=TRAINERS),
    "learning:submission": Rule(get=LEARNER_A_VIEWERS, post=None),
    "learning:submission_photo": Rule(get=LEARNER_A_VIEWERS, post=None),
    "learning:submission_grade": Rule(
        get=None,
        post=TRAINERS,
        post_data=lambda w: {
            **{f"points-{c.pk}": "3" for c in w["assignment"].rubric.all()},
            "feedback": "Bien",
            "decision": "accept",
        },
    ),
    "learning:session_ics": Rule(get=COHORT_PEOPLE, post=None),
    "learning:session_attendance": Rule(
        get=COHORT_PEOPLE,
        post=COHORT_PEOPLE,
        post_data=lambda w: {"present": [w["users"]["member_a"].pk]},
    ),
    "learning:trainer": Rule(get=TRAINERS, post=None),
    "learning:course_create": Rule(
        get=None,
        post=TRAINERS,
        post_data=lambda w: {"title_fr": "Cours", "level": "beginner", "estimated_minutes": 5},
    ),
    "learning:course_edit": Rule(
        get=TRAINERS,
        post=TRAINERS,
        post_data=lambda w: {"title_fr": "Nouveau", "level": "beginner", "estimated_minutes": 9},
    ),
    "learning:course_publish": Rule(get=None, post=TRAINERS),
    "learning:module_add": Rule(get=None, post=TRAINERS, post_data=lambda w: {"title_fr": "M"}),
    "learning:module_move": Rule(
        get=None, post=TRAINERS, post_data=lambda w: {"direction": "down"}
    ),
    "learning:lesson_create": Rule(
        get=None,
        post=TRAINERS,
        post_data=lambda w: {"kind": "text", "title_fr": "Leçon", "minutes": 5},
    ),
    "learning:lesson_edit": Rule(
        get=TRAINERS, post=TRAINERS, post_data=lambda w: {"title_fr": "Titre", "minutes": 4}
    ),
    "learning:lesson_action": Rule(get=None, post=TRAINERS, post_data=lambda w: {"action": "down"}),
    "learning:question_add": Rule(
        get=None,
        post=TRAINERS,
        post_data=lambda w: {
            "kind": "single",
            "text_fr": "Q ?",
            "choice1_fr": "Oui",
            "choice1_correct": "on",
            "choice2_fr": "Non",
        },
    ),
    "learning:rubric_add": Rule(
        get=None, post=TRAINERS, post_data=lambda w: {"title_fr": "Soin", "points": "3"}
    ),
    "learning:quiz_stats": Rule(get=TRAINERS, post=None),
    "learning:cohort_create": Rule(
        get=None,
        post=TRAINERS,
        post_data=lambda w: {"course": w["course"].pk, "name": "Cohorte 2"},
    ),
    "learning:cohort": Rule(get=TRAINERS, post=None),
    "learning:cohort_member_add": Rule(
        get=None, post=TRAINERS, post_data=lambda w: {"contact": w["users"]["customer"].email}
    ),
    "learning:session_create": Rule(
        get=None,
        post=TRAINERS,
        post_data=lambda w: {
            "title": "Live",
            "starts_at": "2030-01-02T10:00",
            "duration_minutes": "60",
            "join_url": "https://meet.example.org/x",
        },
    ),
    "learning:cohort_export": Rule(get=TRAINERS, post=None),
    # Managers see and enrol the members of their own cooperative.
    "learning:coop": Rule(get=A_WRITERS, post=None),
    "learning:coop_enrol": Rule(
        get=None,
        post=A_WRITERS,
        post_data=lambda w: {"member": w["users"]["member_a"].pk, "course": w["course"].slug},
    ),
    # Training API: the catalogue is public; the rest is the caller's own learning.
    "api:learning_course_list": Rule(get=EVERYONE, post=set()),
    "api:learning_course_detail": Rule(get=EVERYONE, post=None),
    "api:learning_enrolment_list": Rule(get=SIGNED_IN, post=None),
    "api:learning_enrol": Rule(get=None, post=SIGNED_IN, json=True),
    "api:learning_progress_detail": Rule(get=LEARNER_A, post=None),
    "api:learning_lesson_detail": Rule(get=LEARNER_A, post=None),
    # Anyone signed in may send events; those for courses they are not in are rejected.
    "api:learning_progress_batch": Rule(
        get=None,
        post=SIGNED_IN,
        json=True,
        post_data=lambda w: {
            "events": [
                {
                    "client_id": str(_uuid.uuid4()),
                    "lesson_id": str(w["text_lesson"].public_id),
                    "kind": "completed",
                }
            ]
        },
    ),
    "api:learning_quiz_submit": Rule(
        get=None,
        post=LEARNER_A,
        json=True,
        post_data=lambda w: {"token": str(_uuid.uuid4()), "answers": {}},
    ),
}

SCOPED_NAMESPACES = (
    "cooperatives",
    "payments",
    "payments_callback",
    "finance",
    "payouts",
    "catalog",
    "api",
    "notifications",
    "orders",
    "reviews",
    "learning",
)


def _walk(patterns: list[Any], namespace: str = "") -> list[tuple[str, URLPattern]]:
    found: list[tuple[str, URLPattern]] = []
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = (
                f"{namespace}:{entry.namespace}"
                if namespace and entry.namespace
                else (entry.namespace or namespace)
            )
            found += _walk(entry.url_patterns, inner)
        elif isinstance(entry, URLPattern):
            found.append((namespace, entry))
    return found


def scoped_route_names() -> set[str]:
    names = set()
    for namespace, pattern in _walk(get_resolver().url_patterns):
        if namespace in SCOPED_NAMESPACES:
            names.add(f"{namespace}:{pattern.name}")
    return names


def test_every_cooperative_scoped_route_is_classified():
    routes = scoped_route_names()
    unclassified = sorted(routes - RULES.keys())
    assert not unclassified, f"classify these routes in RULES: {unclassified}"
    stale = sorted(RULES.keys() - routes)
    assert not stale, f"these classified routes no longer exist: {stale}"


def _fingerprint() -> str:
    models = [
        Cooperative,
        Membership,
        Invitation,
        Certification,
        CooperativeDocument,
        CooperativePhoto,
        CooperativeEvent,
        Product,
        Variant,
        ProductImage,
        StockMovement,
        OutboundMessage,
        Order,
        CooperativeOrder,
        OrderLine,
        OrderEvent,
        DeliveryOptions,
        Review,
        Payout,
        PayoutLine,
        learning_models.Course,
        learning_models.CourseVersion,
        learning_models.Module,
        learning_models.Lesson,
        learning_models.Question,
        learning_models.Choice,
        learning_models.RubricCriterion,
        learning_models.Cohort,
        learning_models.CohortMembership,
        learning_models.Enrolment,
        learning_models.ProgressEvent,
        learning_models.LessonCompletion,
        learning_models.QuizAttempt,
        learning_models.Submission,
        learning_models.SubmissionPhoto,
        learning_models.CriterionGrade,
        learning_models.LiveSession,
        learning_models.Attendance,
        learning_models.Post,
        Payment,
        PaymentEvent,
        Refund,
        CodRemittance,
        CodRemittanceItem,
        JournalEntry,
    ]
    # One language: modeltranslation's plain fields (name, story) read the active language.
    with translation.override("fr"):
        parts = [serializers.serialize("json", m.objects.order_by("pk")) for m in models]
    parts.append(str(AuditLog.objects.count()))
    return "\n".join(parts)


@pytest.fixture(scope="module")
def _module_world(django_db_setup: None, django_db_blocker: Any) -> Iterator[dict[str, Any]]:
    """The world is built once per module (and worker) inside a transaction rolled back at the
    end; each test runs in a savepoint inside it (pytest-django's `db`), so whatever a test
    writes is undone before the next one, like Django's `setUpTestData`."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield _build_world()
        transaction.set_rollback(True)


@pytest.fixture
def world(_module_world: dict[str, Any], db: None) -> dict[str, Any]:
    return _module_world


def _build_world() -> dict[str, Any]:
    coop_a = CooperativeFactory(slug="coop-a")
    coop_b = CooperativeFactory(slug="coop-b")
    manager_a = manager_of(coop_a)
    member = member_of(coop_a)
    extra_member = member_of(coop_a)
    staff = StaffFactory()
    staff.groups.add(role_group("platform_staff"))
    Authenticator.objects.create(user=staff, type=Authenticator.Type.TOTP, data={"secret": "x"})
    photo = services.photo_add(cooperative=coop_a, actor=manager_a, upload=_png())
    document = services.document_add(
        cooperative=coop_a,
        actor=manager_a,
        kind=DocumentKind.STATUTES,
        upload=SimpleUploadedFile("s.pdf", b"%PDF-1.4 test", content_type="application/pdf"),
    )
    invitation = Invitation.objects.create(
        cooperative=coop_a,
        phone="+212600000009",
        invited_by=manager_a,
        expires_at=timezone.now() + timezone.timedelta(days=3),
    )
    category = Category.objects.get(slug="miel")
    product = catalog_services.product_create(
        cooperative=coop_a,
        actor=manager_a,
        data={"name_fr": "Miel d'euphorbe", "category": category, "onssa_number": "ONSSA-9"},
        variants=[{"label": "250 g", "price": "90.00", "stock": 6}],
    )
    catalog_services.product_publish(product=product, actor=manager_a)
    trainer = UserFactory(groups=["trainers"])
    course = load_course(owner=trainer)
    cohort = learning_services.cohort_create(course=course, actor=trainer, name="Cohorte A")
    learning_services.cohort_member_add(cohort=cohort, user=member, actor=trainer)
    assignment = course_lesson(course, LessonKind.ASSIGNMENT)
    submission = learning_services.submission_create(
        user=member, lesson=assignment, text="Voici", photos=[jpeg_photo()]
    )
    text_lesson = course_lesson(course, LessonKind.TEXT)
    post = learning_services.post_create(lesson=text_lesson, author=member, body="Question ?")
    session = learning_services.live_session_create(
        cohort=cohort, actor=trainer, title="Live", starts_at=timezone.now()
    )
    pending = catalog_services.product_create(
        cooperative=coop_a, actor=manager_a, data={"name_fr": "Brouillon", "category": category}
    )
    pending.status = "pending_review"
    pending.save()
    customer = UserFactory()
    order = place([(product.variants.get(), 1)], user=customer)
    # A second order of the same customer, delivered: it has an invoice, and the customer may
    # review the product. Another buyer's review waits for moderation.
    delivered = place([(product.variants.get(), 1)], user=customer)
    advance(delivered, "confirm", "ship", "deliver")
    other_buyer = UserFactory()
    advance(place([(product.variants.get(), 1)], user=other_buyer), "confirm", "ship", "deliver")
    # Finance: a bank-transfer order waiting for its money, a refund due (a paid transfer
    # order cancelled by staff), a cash remittance with a difference.
    transfer_order = place([(product.variants.get(), 1)], payment_method="bank_transfer")
    refunded = place([(product.variants.get(), 1)], payment_method="bank_transfer")
    payment_services.transfer_received(
        order=refunded, bank_reference="VIR-WORLD", amount=refunded.total, user=None
    )
    part_transition(
        part=refunded.parts.get(), action="cancel", actor=Actor.STAFF, user=None, reason="test"
    )
    remittance = CodRemittance.objects.create(
        carrier="Amana",
        carrier_code="amana",
        amount_received=Decimal("1.00"),
        expected_amount=Decimal("2.00"),
        received_on=timezone.localdate(),
        status="difference",
    )
    review = review_services.review_submit(
        user=other_buyer, product=product, rating=3, title="Moyen", body="", language="fr"
    )
    payout = Payout.objects.create(
        public_id="PO-MATRIX-A",
        cooperative=coop_a,
        period=timezone.localdate(),
        gross_total=Decimal("100.00"),
        commission_total=Decimal("10.00"),
        amount=Decimal("90.00"),
    )
    PayoutLine.objects.create(
        payout=payout,
        kind="sale",
        cooperative_order=delivered.parts.get(),
        order_number=delivered.parts.get().number,
        gross=Decimal("100.00"),
        commission=Decimal("10.00"),
        net=Decimal("90.00"),
    )
    card_order = place(user=customer, payment_method="card")
    return {
        "transfer_order": transfer_order,
        "refund": Refund.objects.get(cooperative_order__order=refunded),
        "remittance": remittance,
        "payout": payout,
        "order": order,
        "card_order": card_order,
        "part": order.parts.get(),
        "delivered_order": delivered,
        "delivered_part": delivered.parts.get(),
        "review": review,
        "coop_a": coop_a,
        "category": category,
        "product": product,
        "pending_product": pending,
        "variant": product.variants.get(),
        "product_image": catalog_services.product_image_add(
            product=product, actor=manager_a, upload=_png()
        ),
        "users": {
            "anonymous": None,
            "customer": customer,
            "member_a": member,
            "manager_a": manager_a,
            "manager_b": manager_of(coop_b),
            "trainer": trainer,
            "staff": staff,
        },
        "course": course,
        "cohort": cohort,
        "assignment": assignment,
        "quiz": course_lesson(course, LessonKind.QUIZ),
        "text_lesson": text_lesson,
        "submission": submission,
        "post": post,
        "session": session,
        "membership": Membership.objects.get(user=extra_member),
        "photo": photo,
        "document": document,
        "invitation": invitation,
        "certification": CertificationFactory(cooperative=coop_a),
        "failed_message": OutboundMessage.objects.create(
            channel="sms", recipient="+212600000010", body="x", status="failed", attempts=5
        ),
    }


def _url(name: str, world: dict[str, Any]) -> str:
    coop = world["coop_a"]
    kwargs_by_name: dict[str, dict[str, Any]] = {
        "cooperatives:storefront": {"slug": coop.slug},
        "cooperatives:application_step": {"cooperative_id": coop.public_id, "step": "story"},
        "cooperatives:photo_delete": {
            "cooperative_id": coop.public_id,
            "photo_id": world["photo"].pk,
        },
        "cooperatives:member_update": {
            "cooperative_id": coop.public_id,
            "membership_id": world["membership"].pk,
        },
        "cooperatives:invitation_revoke": {
            "cooperative_id": coop.public_id,
            "invitation_id": world["invitation"].pk,
        },
        "cooperatives:label_delete": {
            "cooperative_id": coop.public_id,
            "certification_id": world["certification"].pk,
        },
        "cooperatives:document_download": {"document_id": world["document"].public_id},
        "cooperatives:invitation_accept": {"code": world["invitation"].code},
        "api:cooperative_detail": {"slug": coop.slug},
        "api:product_detail": {"slug": world["product"].slug},
        **{
            f"api:{name}": {
                "cooperative_id": coop.public_id,
                "product_id": world["product"].public_id,
            }
            for name in ("vendor_product_update", "vendor_product_publish", "vendor_stock_adjust")
        },
        "catalog:product_detail": {"slug": world["product"].slug},
        "api:shop_cart_set": {"variant_id": world["variant"].pk},
        "api:shop_cart_remove": {"variant_id": world["variant"].pk},
        **{
            f"api:{name}": {"number": world["order"].number}
            for name in ("shop_order", "shop_order_confirm", "shop_order_cancel")
        },
        "notifications:message_retry": {"message_id": world["failed_message"].public_id},
        "finance:remittance_resolve": {"remittance_id": world["remittance"].pk},
        "finance:refund_paid": {"refund_id": world["refund"].pk},
        "finance:transfer_received": {"number": world["transfer_order"].number},
        "orders:confirm_link": {"token": confirm_token(world["order"])},
        **{
            f"payments:{name}": {"reference": world["card_order"].number}
            for name in ("pay", "return_ok", "return_fail")
        },
        **{
            f"orders:{name}": {"number": world["order"].number}
            for name in ("detail", "confirm_code", "cancel", "reorder", "staff_order")
        },
        **{
            f"orders:{name}": {"number": world["order"].number, "part_number": world["part"].number}
            for name in ("withdraw", "staff_part_action")
        },
        "orders:invoice": {
            "number": world["delivered_order"].number,
            "part_number": world["delivered_part"].number,
        },
        "orders:coop_invoice": {
            "cooperative_id": coop.public_id,
            "number": world["delivered_part"].number,
        },
        **{
            f"orders:{name}": {"cooperative_id": coop.public_id, "number": world["part"].number}
            for name in ("coop_order", "coop_order_action", "packing_slip")
        },
        **{
            f"api:{name}": {"cooperative_id": coop.public_id, "number": world["part"].number}
            for name in ("vendor_order_detail", "vendor_order_action")
        },
        **{
            f"payouts:{name}": {"number": world["payout"].public_id}
            for name in (
                "staff_detail",
                "staff_action",
                "staff_statement_pdf",
                "staff_statement_csv",
            )
        },
        **{
            f"payouts:{name}": {
                "cooperative_id": coop.public_id,
                "number": world["payout"].public_id,
            }
            for name in ("coop_statement_pdf", "coop_statement_csv")
        },
        "reviews:write": {"slug": world["product"].slug},
        "reviews:moderate": {"review_id": world["review"].public_id},
        "api:product_reviews": {"slug": world["product"].slug},
        **_learning_kwargs(world),
        "catalog:moderate": {"product_id": world["pending_product"].public_id},
        "catalog:bo_image_delete": {
            "cooperative_id": coop.public_id,
            "product_id": world["product"].public_id,
            "image_id": world["product_image"].pk,
        },
        **{
            f"catalog:{name}": {
                "cooperative_id": coop.public_id,
                "product_id": world["product"].public_id,
            }
            for name in (
                "bo_product_edit",
                "bo_product_action",
                "bo_variant_save",
                "bo_stock_adjust",
                "bo_image_add",
            )
        },
    }
    if name in kwargs_by_name:
        return reverse(name, kwargs=kwargs_by_name[name])
    try:
        return reverse(name, kwargs={"cooperative_id": coop.public_id})
    except Exception:  # noqa: BLE001 - routes without arguments
        return reverse(name)


def _learning_kwargs(world: dict[str, Any]) -> dict[str, dict[str, Any]]:
    course, slug = world["course"], world["course"].slug
    submission = world["submission"]
    module = world["text_lesson"].module
    lessons = {
        "lesson": world["text_lesson"],
        "lesson_audio": world["text_lesson"],
        "lesson_complete": world["text_lesson"],
        "post_create": world["text_lesson"],
        "quiz_submit": world["quiz"],
        "assignment_submit": world["assignment"],
    }
    by_name: dict[str, dict[str, Any]] = {
        f"learning:{name}": {"slug": slug, "lesson_id": lesson.public_id}
        for name, lesson in lessons.items()
    }
    by_name.update(
        {
            "learning:course": {"slug": slug},
            "learning:enrol": {"slug": slug},
            "learning:post_hide": {"post_id": world["post"].public_id},
            "learning:submission": {"submission_id": submission.public_id},
            "learning:submission_grade": {"submission_id": submission.public_id},
            "learning:submission_photo": {
                "submission_id": submission.public_id,
                "photo_id": submission.photos.get().pk,
            },
            "learning:session_ics": {"session_id": world["session"].public_id},
            "learning:session_attendance": {"session_id": world["session"].public_id},
            "learning:course_edit": {"course_id": course.public_id},
            "learning:course_publish": {"course_id": course.public_id},
            "learning:module_add": {"course_id": course.public_id},
            "learning:module_move": {"course_id": course.public_id, "module_id": module.public_id},
            "learning:lesson_create": {
                "course_id": course.public_id,
                "module_id": module.public_id,
            },
            "learning:lesson_edit": {"lesson_id": world["text_lesson"].public_id},
            "learning:lesson_action": {"lesson_id": world["text_lesson"].public_id},
            "learning:question_add": {"lesson_id": world["quiz"].public_id},
            "learning:rubric_add": {"lesson_id": world["assignment"].public_id},
            "learning:quiz_stats": {"lesson_id": world["quiz"].public_id},
            "learning:cohort": {"cohort_id": world["cohort"].public_id},
            "learning:cohort_member_add": {"cohort_id": world["cohort"].public_id},
            "learning:session_create": {"cohort_id": world["cohort"].public_id},
            "learning:cohort_export": {"cohort_id": world["cohort"].public_id},
            "api:learning_course_detail": {"slug": slug},
            "api:learning_enrol": {"slug": slug},
            "api:learning_progress_detail": {"slug": slug},
            "api:learning_lesson_detail": {"slug": slug, "lesson_id": world["quiz"].public_id},
            "api:learning_quiz_submit": {"slug": slug, "lesson_id": world["quiz"].public_id},
        }
    )
    return by_name


def _client(world: dict[str, Any], persona: str) -> Client:
    client = Client()
    user: User | None = world["users"][persona]
    if user is not None:
        client.force_login(user)
    return client


def _cases() -> list[Any]:
    cases = []
    for name, rule in RULES.items():
        for method, allowed in (("GET", rule.get), (rule.method, rule.post)):
            if allowed is None:
                continue
            for persona in PERSONAS:
                cases.append(pytest.param(name, method, persona, id=f"{name}-{method}-{persona}"))
    return cases


DENIED = {302, 401, 403, 404, 405}


@pytest.mark.parametrize(("name", "method", "persona"), _cases())
def test_access(world: dict[str, Any], name: str, method: str, persona: str):
    rule = RULES[name]
    allowed = (rule.get if method == "GET" else rule.post) or set()
    client = _client(world, persona)
    url = _url(name, world)
    before = _fingerprint()
    if method == "GET":
        response = client.get(url)
    else:
        data = rule.post_data(world) if rule.post_data else {}
        if rule.json:
            body = json.dumps(data, cls=DjangoJSONEncoder)
            response = client.generic(method, url, body, content_type="application/json")
        else:
            response = client.post(url, data)
    if persona in allowed:
        assert response.status_code < 400, (response.status_code, url)
        if response.status_code == 302:
            assert "/accounts/login/" not in response["Location"]
    else:
        assert response.status_code in DENIED, (response.status_code, url)
        if response.status_code == 302:
            assert "/accounts/login/" in response["Location"] and persona == "anonymous"
        assert _fingerprint() == before, "a denied request changed the database"
