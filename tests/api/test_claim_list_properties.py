"""The compiled claims list (claims.api.listing, core.compiled) gives the rows the plain ORM
queryset gives, for random filter combinations, orderings and cursor positions over a
small random desk.

core.compiled swaps values into SQL compiled once per shape, and converts the rows with
the compiler's own converters: a Django or psycopg release that changes where parameters
land, how a pattern lookup is escaped or how a column is converted would put a wrong row,
or a wrong value in a right row, on a page. Each example builds its claims in a savepoint
that is rolled back, while the compiled shapes stay on the connection from one example to
the next, as they do in a web process, so later examples re-run earlier shapes with other
values. Every ordering field is distinct within a desk, so each page has one right answer.
"""

from __future__ import annotations

import datetime as dt
import os

import pytest
from django.db import transaction
from django.http import QueryDict
from django.test.client import RequestFactory
from django.utils import timezone
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from claims import selectors
from claims.api.filters import ClaimFilter
from claims.api.listing import claim_page
from claims.api.serializers import ClaimSerializer
from claims.models import Appearance, Claim, ClaimKind, ClaimStatus, Verdict
from tests.factories import ArticleFactory, SourceFactory, UserFactory

pytestmark = pytest.mark.django_db

EXAMPLES = int(os.environ.get("LIST_PROPERTY_EXAMPLES", "60"))
NOW = timezone.now().replace(microsecond=0)
SPEAKERS = ["Ana Lopez", "100% Bob", "Élise_M", "back\\slash", "", "ana"]
SPEAKER_TEXT = st.text(alphabet="aAéÉ%_\\ lo0", min_size=1, max_size=3)
ORDERINGS = ["created_at", "priority", "check_worthiness", "updated_at"]


@pytest.fixture
def desk_places():
    """What every example's claims point at: two sources, three articles, two users."""
    sources = [SourceFactory(), SourceFactory()]
    articles = [
        ArticleFactory(source=sources[0]),
        ArticleFactory(source=sources[0]),
        ArticleFactory(source=sources[1]),
    ]
    return {"sources": sources, "articles": articles, "users": [UserFactory(), UserFactory()]}


@st.composite
def desks(draw):
    """Up to ten claims with every listed field drawn, ordering fields all distinct."""
    n = draw(st.integers(0, 10))
    orders = {name: draw(st.permutations(range(n))) for name in ORDERINGS}
    claims = []
    for i in range(n):
        status = draw(st.sampled_from(ClaimStatus.values))
        verdicts = list(Verdict.values) + ([] if status == "published" else [""])
        claims.append(
            {
                "status": status,
                "verdict": draw(st.sampled_from(verdicts)),
                "language": draw(st.sampled_from(["fr", "en"])),
                "kind": draw(st.sampled_from(ClaimKind.values)),
                "speaker": draw(st.sampled_from(SPEAKERS)),
                "assignee": draw(st.sampled_from([None, 0, 1])),
                "canonical": draw(st.none() | st.integers(0, i - 1)) if i else None,
                "articles": draw(st.sets(st.integers(0, 2), max_size=3)),
                "quantities": draw(st.lists(st.integers(-5, 5), max_size=2)),
                "created_hours": orders["created_at"][i],
                "updated_hours": orders["updated_at"][i],
                "priority": round((orders["priority"][i] + 1) / (n + 1), 4),
                "check_worthiness": round((orders["check_worthiness"][i] + 1) / (n + 1), 4),
            }
        )
    return claims


def _at(hours: float) -> dt.datetime:
    return NOW - dt.timedelta(hours=hours)


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@st.composite
def queries(draw, places):
    """A query string of 0 to 4 filters, drawn from every filter of ClaimFilter."""
    users, articles = places["users"], places["articles"]
    values = {
        "status": st.lists(st.sampled_from(ClaimStatus.values), min_size=1, max_size=3),
        "verdict": st.lists(st.sampled_from(Verdict.values), min_size=1, max_size=2),
        "language": st.sampled_from(["fr", "en"]).map(lambda v: [v]),
        "kind": st.lists(st.sampled_from(ClaimKind.values), min_size=1, max_size=2),
        "speaker": SPEAKER_TEXT.map(lambda v: [v]),
        "source": st.sampled_from([s.pk for s in places["sources"]] + [10**12]).map(
            lambda v: [str(v)]
        ),
        "article": st.sampled_from([a.pk for a in articles]).map(lambda v: [str(v)]),
        "check_worthiness_min": st.floats(0, 1).map(lambda v: [f"{v:.3f}"]),
        "check_worthiness_max": st.floats(0, 1).map(lambda v: [f"{v:.3f}"]),
        "created_after": st.floats(-1, 11).map(lambda h: [_iso(_at(h))]),
        "created_before": st.floats(-1, 11).map(lambda h: [_iso(_at(h))]),
        "assignee": st.sampled_from(["me", "none", str(users[1].pk)]).map(lambda v: [v]),
        "canonical_only": st.sampled_from(["true", "false"]).map(lambda v: [v]),
    }
    names = draw(st.lists(st.sampled_from(sorted(values)), max_size=4, unique=True))
    query = QueryDict(mutable=True)
    for name in names:
        query.setlist(name, draw(values[name]))
    return query


@st.composite
def pages(draw, claims):
    """Ordering, an optional cursor position (a claim's value or one between), offset and
    page size, as DRF's cursor paginator asks RowsPage for them."""
    field = draw(st.sampled_from(ORDERINGS))
    ordering = draw(st.sampled_from([field, f"-{field}"]))
    position = None
    if draw(st.booleans()):
        lookup = f"{field}__{draw(st.sampled_from(['lt', 'gt']))}"
        if field in ("created_at", "updated_at"):
            key = "created_hours" if field == "created_at" else "updated_hours"
            hours = [c[key] for c in claims] or [0]
            value = _at(draw(st.sampled_from(hours)) + draw(st.sampled_from([0, 0.5])))
        else:
            value = draw(st.sampled_from([c[field] for c in claims] or [0.5]))
            value = value + draw(st.sampled_from([0.0, 0.01]))
        position = (lookup, value)
    return ordering, position, draw(st.integers(0, 2)), draw(st.integers(1, 6))


def _write(claims: list[dict], places: dict) -> None:
    users, articles = places["users"], places["articles"]
    made: list[Claim] = []
    for i, spec in enumerate(claims):
        held = spec["assignee"] is not None
        claim = Claim.objects.create(
            statement=f"Claim {i}: le chômage a baissé de {i} %",
            normalized=f"claim {i}",
            language=spec["language"],
            kind=spec["kind"],
            speaker=spec["speaker"],
            status=spec["status"],
            verdict=spec["verdict"],
            check_worthiness=spec["check_worthiness"],
            priority=spec["priority"],
            quantities=[{"value": q} for q in spec["quantities"]],
            assignee=users[spec["assignee"]] if held else None,
            lease_expires_at=_at(-1) if held else None,
            canonical=made[spec["canonical"]] if spec["canonical"] is not None else None,
        )
        for start, a in enumerate(sorted(spec["articles"])):
            Appearance.objects.create(
                claim=claim, article=articles[a], start=start, end=start + 5, sentence="x"
            )
        Claim.objects.filter(pk=claim.pk).update(
            created_at=_at(spec["created_hours"]), updated_at=_at(spec["updated_hours"])
        )
        made.append(claim)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,  # the same examples on every run, so CI does not flake
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_compiled_list_gives_the_rows_the_orm_gives(desk_places, data):
    claims = data.draw(desks(), label="claims")
    query = data.draw(queries(desk_places), label="query")
    ordering, position, offset, limit = data.draw(pages(claims), label="page")
    request = RequestFactory().get("/api/v1/claims/")
    request.user = desk_places["users"][0]
    with transaction.atomic():
        _write(claims, desk_places)
        filterset = ClaimFilter(query, queryset=Claim.objects.all(), request=request)
        assert filterset.is_valid(), filterset.errors
        compiled = claim_page(filterset).order_by(ordering)
        plain = ClaimFilter(query, queryset=selectors.claim_list(), request=request).qs
        plain = plain.order_by(ordering)
        if position is not None:
            compiled = compiled.filter(**{position[0]: position[1]})
            plain = plain.filter(**{position[0]: position[1]})
        expected = list(plain.values(*ClaimSerializer.row_lookups())[offset : offset + limit])
        got = compiled[offset : offset + limit]
        note(f"{query.urlencode()} ordering={ordering} position={position}")
        assert got == expected
        transaction.set_rollback(True)
