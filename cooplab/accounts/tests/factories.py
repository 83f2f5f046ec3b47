from __future__ import annotations

from typing import Any

import factory

from cooplab.accounts.models import User
from cooplab.accounts.roles import role_group

PASSWORD = "a-Long-passphrase-2026"


class UserFactory(factory.django.DjangoModelFactory[User]):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.org")
    phone_verified = factory.LazyAttribute(lambda o: bool(getattr(o, "phone", None)))
    first_name = "Amina"
    last_name = "Test"
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def groups(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create and extracted:
            for name in extracted:
                self.groups.add(role_group(name))
        if create:
            self.save()


class StaffFactory(UserFactory):
    is_staff = True
