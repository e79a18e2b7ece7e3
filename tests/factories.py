"""factory-boy factories for every model the tests build."""

from __future__ import annotations

import hashlib

import factory
from django.contrib.auth import get_user_model

from claims.models import Appearance, Claim, ClaimChange, ReviewerProfile
from core.text import fold_spaces
from sources.models import Article, Evidence, Source


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    is_staff = True
    password = factory.django.Password("correct horse battery staple")


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    name = factory.Sequence(lambda n: f"Outlet {n}")
    domain = factory.Sequence(lambda n: f"outlet{n}.example")
    language = "fr"


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    source = factory.SubFactory(SourceFactory)
    title = factory.Sequence(lambda n: f"Article {n}")
    language = "fr"
    text = factory.Sequence(
        lambda n: f"Le ministre Jean Dupont a déclaré que le chômage avait baissé de {n} %."
    )
    content_hash = factory.LazyAttribute(
        lambda a: hashlib.sha256(fold_spaces(a.text).encode()).hexdigest()
    )


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim
        skip_postgeneration_save = True

    statement = factory.Sequence(lambda n: f"Le chômage a baissé de {n} % en un an")
    normalized = factory.LazyAttribute(lambda c: fold_spaces(c.statement))
    language = "fr"
    speaker = "Jean Dupont"
    kind = Claim.Kind.STATISTIC
    check_worthiness = 0.8

    @factory.post_generation
    def match_signatures(obj, create, extracted, **kwargs):
        # As the services that write claims do: the matcher looks claims up by their
        # signatures and embeddings.
        if create:
            from matching.services import claim_match_index_write

            claim_match_index_write(claims=[obj])


class AppearanceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Appearance

    claim = factory.SubFactory(ClaimFactory)
    article = factory.SubFactory(ArticleFactory)
    start = 0
    end = 10
    sentence = factory.LazyAttribute(lambda a: a.article.text[a.start : a.end])


class EvidenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Evidence

    claim = factory.SubFactory(ClaimFactory)
    url = "https://www.insee.fr/fr/statistiques"
    stance = Evidence.Stance.REFUTES


class ClaimChangeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ClaimChange

    claim = factory.SubFactory(ClaimFactory)
    field = "status"
    before = "new"
    after = "queued"


def role_group(name: str):
    """The role group with its permissions. Migrations create it, but transactional tests
    flush the tables afterwards (permissions come back through post_migrate; groups don't)."""
    from django.contrib.auth.models import Group, Permission

    from claims.roles import GROUP_PERMISSIONS

    group, created = Group.objects.get_or_create(name=name)
    if created:
        for dotted in GROUP_PERMISSIONS[name]:
            app_label, codename = dotted.split(".")
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
    return group


def user_in_group(group: str | None, **kwargs: object):
    """A staff user in one of the role groups."""
    user = UserFactory(**kwargs)
    if group:
        user.groups.add(role_group(group))
    return user


class ReviewerProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReviewerProfile
        django_get_or_create = ["user"]

    user = factory.SubFactory(UserFactory)
    languages = factory.LazyFunction(lambda: ["fr", "en"])
