"""factory-boy factories for every model the tests build."""

from __future__ import annotations

import hashlib

import factory
from django.contrib.auth import get_user_model

from claims.models import Appearance, Claim, ClaimChange
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

    statement = factory.Sequence(lambda n: f"Le chômage a baissé de {n} % en un an")
    normalized = factory.LazyAttribute(lambda c: fold_spaces(c.statement))
    language = "fr"
    speaker = "Jean Dupont"
    kind = Claim.Kind.STATISTIC
    check_worthiness = 0.8


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
