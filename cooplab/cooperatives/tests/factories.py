"""Factories for cooperatives, memberships and labels. All data is fictional."""

from __future__ import annotations

import datetime as dt

import factory
from django.utils import timezone

from cooplab.accounts.models import User
from cooplab.accounts.tests.factories import UserFactory
from cooplab.cooperatives.models import (
    Certification,
    Cooperative,
    CooperativeStatus,
    LabelKind,
    Membership,
    MembershipRole,
    Sector,
)

# A valid ICE (checksum correct), fictional. ICE is not unique in the model.
VALID_ICE = "001561191000066"


class CooperativeFactory(factory.django.DjangoModelFactory[Cooperative]):
    """A verified women's argan cooperative in Taroudant (Souss-Massa)."""

    class Meta:
        model = Cooperative

    slug = factory.Sequence(lambda n: f"cooperative-{n}")
    name_fr = factory.Sequence(lambda n: f"Coopérative Tifawin {n}")
    name_ar = factory.Sequence(lambda n: f"تعاونية تيفاوين {n}")
    name_en = factory.Sequence(lambda n: f"Tifawin Cooperative {n}")
    # The untranslated column mirrors the default language (French), as the services do.
    name = factory.LazyAttribute(lambda o: o.name_fr)
    story_fr = "Nous pressons l'huile d'argan à la main depuis des générations."
    story_ar = "نعصر زيت الأركان يدويا منذ أجيال."
    story_en = "We have pressed argan oil by hand for generations."
    story = factory.LazyAttribute(lambda o: o.story_fr)
    region = "MA-09"
    city = "taroudant"
    sector = Sector.ARGAN
    founded_year = 2008
    members_count = 20
    women_count = 20
    women_only = True
    phone = "+212612345678"
    email = factory.Sequence(lambda n: f"contact{n}@cooperative.example.org")
    register_number = factory.Sequence(lambda n: f"RC-TRD-{n:05d}")
    ice = VALID_ICE
    tax_id = factory.Sequence(lambda n: f"4{n:07d}")
    status = CooperativeStatus.VERIFIED
    consent_at = factory.LazyFunction(timezone.now)
    submitted_at = factory.LazyFunction(timezone.now)
    verified_at = factory.LazyAttribute(
        lambda o: timezone.now() if o.status == CooperativeStatus.VERIFIED else None
    )


class MembershipFactory(factory.django.DjangoModelFactory[Membership]):
    class Meta:
        model = Membership

    cooperative = factory.SubFactory(CooperativeFactory)
    user = factory.SubFactory(UserFactory)
    role = MembershipRole.MEMBER
    is_active = True


class CertificationFactory(factory.django.DjangoModelFactory[Certification]):
    """A current Argane IGP label, valid for another year."""

    class Meta:
        model = Certification

    cooperative = factory.SubFactory(CooperativeFactory)
    kind = LabelKind.IGP
    name = "Argane IGP"
    certifier = "Normacert"
    certificate_number = factory.Sequence(lambda n: f"IGP-ARG-{n:05d}")
    expires_on = factory.LazyFunction(lambda: timezone.localdate() + dt.timedelta(days=365))


def manager_of(cooperative: Cooperative, user: User | None = None) -> User:
    """A user (new unless given) with an active manager membership of ``cooperative``."""
    person: User = user if user is not None else UserFactory.create()
    MembershipFactory.create(cooperative=cooperative, user=person, role=MembershipRole.MANAGER)
    return person


def member_of(cooperative: Cooperative, user: User | None = None) -> User:
    """A user (new unless given) with an active (plain) member membership of ``cooperative``."""
    person: User = user if user is not None else UserFactory.create()
    MembershipFactory.create(cooperative=cooperative, user=person, role=MembershipRole.MEMBER)
    return person
