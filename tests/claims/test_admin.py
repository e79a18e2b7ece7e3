"""The claims admin through Django's test client: list, change page, actions, queue page."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim, ClaimChange, ClaimStatus
from claims.selectors import (
    dashboard_claims_by_status,
    dashboard_published_per_week,
    dashboard_queue_age,
    dashboard_reviewer_load,
)
from sources.models import Article, Evidence
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    ClaimFactory,
    EvidenceFactory,
    SourceFactory,
    user_in_group,
)

pytestmark = pytest.mark.django_db
S = ClaimStatus
TEXT = (
    "Selon le ministre, <b>le chômage</b> a baissé de 2 % en un an. "
    "L'opposition conteste ces chiffres."
)


@pytest.fixture
def claim_in_article(make_claim, reviewer):
    article = ArticleFactory(text=TEXT, title="Chômage & emploi")
    claim = make_claim(S.IN_REVIEW, holder=reviewer, statement="le chômage a baissé de 2 %")
    start = TEXT.index("<b>le")
    AppearanceFactory(claim=claim, article=article, start=start, end=TEXT.index(" en un an"))
    return claim


def change_url(claim: Claim) -> str:
    return reverse("admin:claims_claim_change", args=[claim.pk])


def form_data(claim: Claim, **overrides) -> dict:
    data = {
        "opened_version": claim.version,
        "statement": claim.statement,
        "speaker": claim.speaker,
        "kind": claim.kind,
        "language": claim.language,
        "verdict": claim.verdict,
        "verdict_explanation": claim.verdict_explanation,
        "evidence-TOTAL_FORMS": 0,
        "evidence-INITIAL_FORMS": 0,
        "history-TOTAL_FORMS": 0,
        "history-INITIAL_FORMS": 0,
    }
    return data | overrides


def test_changelist_shows_badges_and_counts_in_fixed_queries(
    client, editor, make_claim, django_assert_max_num_queries
):
    for status in S.values:
        claim = make_claim(status)
        AppearanceFactory.create_batch(2, claim=claim)
    client.force_login(editor)
    with django_assert_max_num_queries(20):
        response = client.get(reverse("admin:claims_claim_changelist"))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="claim-badge"') >= len(S.values)
    assert "Awaiting approval" in html
    # Ten more claims cost no more queries: appearances are annotated, not counted per row.
    for _ in range(10):
        AppearanceFactory(claim=make_claim(S.QUEUED))
    with django_assert_max_num_queries(20):
        assert client.get(reverse("admin:claims_claim_changelist")).status_code == 200


def test_filters_source_and_assigned_to_me(client, reviewer, make_claim):
    source = SourceFactory(name="Le Monde")
    mine = make_claim(S.IN_REVIEW, holder=reviewer)
    AppearanceFactory(claim=mine, article=ArticleFactory(source=source))
    AppearanceFactory(claim=mine, article=ArticleFactory(source=source))
    other = make_claim(S.QUEUED)
    AppearanceFactory(claim=other)
    client.force_login(reviewer)
    url = reverse("admin:claims_claim_changelist")
    by_source = client.get(url, {"source": source.pk}).context["cl"].result_list
    assert [c.pk for c in by_source] == [mine.pk]
    assert [c.pk for c in client.get(url, {"held": "mine"}).context["cl"].result_list] == [mine.pk]
    unassigned = client.get(url, {"held": "none"}).context["cl"].result_list
    assert [c.pk for c in unassigned] == [other.pk]


def test_change_page_highlights_the_span_and_escapes_the_article(
    client, reviewer, claim_in_article
):
    client.force_login(reviewer)
    html = client.get(change_url(claim_in_article)).content.decode()
    assert '<mark class="claim-span">&lt;b&gt;le chômage&lt;/b&gt; a baissé de 2 %</mark>' in html
    assert "<b>le chômage</b>" not in html
    assert "Chômage &amp; emploi" in html


def test_stale_save_is_a_form_error_and_changes_nothing(client, reviewer, editor, claim_in_article):
    from claims.services import claim_update

    opened = claim_in_article.version
    claim_update(claim_id=claim_in_article.pk, actor=editor, expected_version=opened, speaker="X")
    client.force_login(reviewer)
    response = client.post(
        change_url(claim_in_article),
        form_data(
            claim_in_article,
            opened_version=opened,
            speaker="Mine",
            **{
                "evidence-TOTAL_FORMS": 1,
                "evidence-0-url": "https://insee.fr",
                "evidence-0-stance": "refutes",
            },
        ),
    )
    assert response.status_code == 200
    assert "changed by eddie at" in response.content.decode()
    assert "since you opened it" in response.content.decode()
    claim_in_article.refresh_from_db()
    assert claim_in_article.speaker == "X"
    assert not Evidence.objects.exists()


def test_holder_saves_evidence_and_proposes_from_the_change_page(
    client, reviewer, claim_in_article
):
    client.force_login(reviewer)
    response = client.post(
        change_url(claim_in_article),
        form_data(
            claim_in_article,
            verdict="false",
            verdict_explanation="L'Insee dit le contraire.",
            _propose="1",
            **{
                "evidence-TOTAL_FORMS": 1,
                "evidence-0-url": "https://www.insee.fr/fr/statistiques/1",
                "evidence-0-stance": "refutes",
                "evidence-0-excerpt": "stable",
            },
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    claim_in_article.refresh_from_db()
    assert claim_in_article.status == S.AWAITING_APPROVAL
    assert claim_in_article.verdict == "false"
    evidence = Evidence.objects.get()
    assert evidence.added_by == reviewer and evidence.claim == claim_in_article


def inline_evidence(evidence: Evidence, **overrides) -> dict:
    """The evidence inline as the change page posts it back, with one existing row."""
    row = {
        "id": evidence.pk,
        "claim": evidence.claim_id,
        "url": evidence.url,
        "article": evidence.article_id or "",
        "stance": evidence.stance,
        "excerpt": evidence.excerpt,
    } | overrides
    return {
        "evidence-TOTAL_FORMS": 1,
        "evidence-INITIAL_FORMS": 1,
        **{f"evidence-0-{name}": value for name, value in row.items()},
    }


def test_evidence_corrected_in_the_inline_is_in_the_history(client, reviewer, claim_in_article):
    evidence = EvidenceFactory(claim=claim_in_article, excerpt="stable")
    client.force_login(reviewer)
    response = client.post(
        change_url(claim_in_article),
        form_data(claim_in_article, **inline_evidence(evidence, stance="supports")),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    evidence.refresh_from_db()
    assert evidence.stance == "supports"
    row = ClaimChange.objects.get(claim=claim_in_article, field="evidence")
    assert row.actor == reviewer
    assert (row.before, row.after) == (
        {"id": evidence.pk, "stance": "refutes"},
        {"id": evidence.pk, "stance": "supports"},
    )
    # Saving the page again without touching the evidence writes nothing more.
    client.post(
        change_url(claim_in_article), form_data(claim_in_article, **inline_evidence(evidence))
    )
    assert ClaimChange.objects.filter(field="evidence").count() == 1


def test_evidence_deleted_in_the_inline_is_in_the_history(client, editor, claim_in_article):
    evidence = EvidenceFactory(claim=claim_in_article)
    client.force_login(editor)
    response = client.post(
        change_url(claim_in_article),
        form_data(claim_in_article, **inline_evidence(evidence, DELETE="on")),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert not Evidence.objects.exists()
    row = ClaimChange.objects.get(claim=claim_in_article, field="evidence")
    assert row.actor == editor and row.after is None
    assert row.before == {
        "id": evidence.pk,
        "stance": "refutes",
        "url": "https://www.insee.fr/fr/statistiques",
        "article": None,
        "excerpt": "",
    }


def test_evidence_added_in_the_inline_is_in_the_history(client, reviewer, claim_in_article):
    client.force_login(reviewer)
    data = {
        "evidence-TOTAL_FORMS": 1,
        "evidence-0-url": "https://www.insee.fr/fr/statistiques/2",
        "evidence-0-stance": "context",
    }
    response = client.post(change_url(claim_in_article), form_data(claim_in_article, **data))
    assert response.status_code == 302, response.content.decode()[:3000]
    row = ClaimChange.objects.get(claim=claim_in_article, field="evidence")
    assert row.before is None and row.after["stance"] == "context"


def test_inline_evidence_to_a_private_address_is_refused_and_changes_nothing(
    client, reviewer, claim_in_article
):
    evidence = EvidenceFactory(claim=claim_in_article)
    client.force_login(reviewer)
    response = client.post(
        change_url(claim_in_article),
        form_data(claim_in_article, **inline_evidence(evidence, url="http://10.0.0.1/x")),
        follow=True,
    )
    assert "public address" in response.content.decode()
    evidence.refresh_from_db()
    assert evidence.url == "https://www.insee.fr/fr/statistiques"
    assert not ClaimChange.objects.filter(field="evidence").exists()


def test_reviewer_sees_a_claim_another_holds_read_only(client, other_reviewer, claim_in_article):
    client.force_login(other_reviewer)
    response = client.get(change_url(claim_in_article))
    assert response.status_code == 200
    assert response.context["has_change_permission"] is False
    post = client.post(change_url(claim_in_article), form_data(claim_in_article, speaker="Z"))
    assert post.status_code == 403
    claim_in_article.refresh_from_db()
    assert claim_in_article.speaker == "Jean Dupont"


def test_publish_action_refused_for_reviewer_is_a_message_not_a_500(
    client, reviewer, editor, make_claim
):
    awaiting = make_claim(S.AWAITING_APPROVAL, holder=reviewer)
    queued = make_claim(S.QUEUED)
    url = reverse("admin:claims_claim_changelist")
    client.force_login(reviewer)
    response = client.get(url)
    assert "publish_claims" not in response.context["action_form"].fields["action"].choices[-1]
    client.force_login(editor)
    response = client.post(
        url,
        {"action": "publish_claims", "_selected_action": [awaiting.pk, queued.pk]},
        follow=True,
    )
    assert response.status_code == 200
    messages = [str(m) for m in response.context["messages"]]
    assert any("1 claim published" in m for m in messages)
    assert any(f"Claim {queued.pk}:" in m and "it can go to" in m for m in messages)
    awaiting.refresh_from_db()
    assert awaiting.status == S.PUBLISHED


def test_dismiss_action_asks_for_a_reason_first(client, editor, make_claim):
    claims = [make_claim(S.QUEUED), make_claim(S.NEW)]
    url = reverse("admin:claims_claim_changelist")
    client.force_login(editor)
    ids = [c.pk for c in claims]
    page = client.post(url, {"action": "dismiss_claims", "_selected_action": ids})
    assert page.status_code == 200 and b"Confirm" in page.content
    assert Claim.objects.filter(status=S.DISMISSED).count() == 0
    done = client.post(
        url,
        {
            "action": "dismiss_claims",
            "_selected_action": ids,
            "apply": "1",
            "reason": "not_check_worthy",
            "note": "",
        },
        follow=True,
    )
    assert done.status_code == 200
    assert set(Claim.objects.values_list("status", "dismissal_reason")) == {
        (S.DISMISSED, "not_check_worthy")
    }
    assert all(c.history.filter(field="status", actor=editor).exists() for c in claims)


def test_queue_page_take_next_opens_the_claim(client, reviewer, make_claim):
    claim = make_claim(S.QUEUED)
    client.force_login(reviewer)
    queue_url = reverse("admin:claims_claim_queue")
    assert b"Take next claim" in client.get(queue_url).content
    response = client.post(queue_url, {"take": "1"})
    assert response.status_code == 302 and response["Location"] == change_url(claim)
    claim.refresh_from_db()
    assert claim.assignee == reviewer and claim.status == S.IN_REVIEW
    page = client.get(queue_url).content.decode()
    assert claim.statement[:40] in page
    empty = client.post(queue_url, {"take": "1"}, follow=True)
    assert "Nothing is waiting" in empty.content.decode()


def test_queue_page_sets_my_languages(client, reviewer):
    client.force_login(reviewer)
    client.post(reverse("admin:claims_claim_queue"), {"languages": "EN, de"})
    assert list(reviewer.reviewer_profile.languages) == ["de", "en"]


def test_viewer_cannot_take_from_the_queue_page(client, viewer, make_claim):
    make_claim(S.QUEUED)
    client.force_login(viewer)
    assert client.post(reverse("admin:claims_claim_queue"), {"take": "1"}).status_code == 403
    assert Claim.objects.get().status == S.QUEUED


def test_workflow_button_publishes_with_version(client, editor, make_claim):
    claim = make_claim(S.AWAITING_APPROVAL)
    client.force_login(editor)
    url = reverse("admin:claims_claim_workflow", args=[claim.pk])
    stale = client.post(url, {"action": "publish", "version": 0}, follow=True)
    assert "since you opened it" in stale.content.decode()
    client.post(url, {"action": "publish", "version": claim.version})
    claim.refresh_from_db()
    assert claim.status == S.PUBLISHED


def test_index_dashboard_draws_svg_charts(client, editor, make_claim):
    make_claim(S.QUEUED)
    make_claim(S.PUBLISHED)
    client.force_login(editor)
    html = client.get(reverse("admin:index")).content.decode()
    assert 'id="claims-dashboard"' in html
    assert html.count("<svg") >= 2
    assert reverse("admin:claims_claim_queue") in html


def test_article_added_by_pasting_text(client, editor):
    client.force_login(editor)
    url = reverse("admin:sources_article_add")
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "text": "Le ministre a déclaré que l'inflation atteignait 5,2 % en septembre.",
            "title": "Inflation",
            "published": "2022-10",
            "language": "fr",
        },
    )
    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:sources_article_change", args=[article.pk])
    assert (article.title, article.published_display, article.ingested_by) == (
        "Inflation",
        "2022-10",
        editor,
    )
    bad = client.post(url, {"text": "x", "published": "2022-13"})
    assert bad.status_code == 200 and "not a valid date" in bad.content.decode()


def test_reextract_action_puts_done_article_back_to_pending(client, editor):
    article = ArticleFactory(extraction_state=Article.ExtractionState.DONE)
    busy = ArticleFactory(extraction_state=Article.ExtractionState.EXTRACTING)
    client.force_login(editor)
    response = client.post(
        reverse("admin:sources_article_changelist"),
        {"action": "reextract", "_selected_action": [article.pk, busy.pk]},
        follow=True,
    )
    messages = [str(m) for m in response.context["messages"]]
    assert any("only done, failed or unsupported" in m for m in messages)
    busy.refresh_from_db()
    assert busy.extraction_state == Article.ExtractionState.EXTRACTING
    article.refresh_from_db()
    # Extraction ran eagerly on commit (tests run Celery eagerly) or is still pending.
    assert article.extraction_state in (
        Article.ExtractionState.PENDING,
        Article.ExtractionState.DONE,
    )


def test_dashboard_selectors_count_what_they_say():
    now = timezone.now()
    ClaimFactory(status=S.QUEUED, queued_at=now - dt.timedelta(minutes=5))
    ClaimFactory(status=S.QUEUED, queued_at=now - dt.timedelta(days=5))
    ClaimFactory(status=S.QUEUED, queued_at=None)  # falls back to created_at: just now
    ClaimFactory(status=S.PUBLISHED, verdict="true", published_at=now)
    ClaimFactory(status=S.PUBLISHED, verdict="false", published_at=now - dt.timedelta(weeks=2))
    rita = user_in_group("reviewer", username="rita")
    ClaimFactory(status=S.IN_REVIEW, assignee=rita, lease_expires_at=now)
    ClaimFactory(status=S.AWAITING_APPROVAL, assignee=rita, verdict="mixed")
    by_status = {value: n for value, _label, n in dashboard_claims_by_status()}
    assert by_status == {
        "new": 0,
        "queued": 3,
        "in_review": 1,
        "awaiting_approval": 1,
        "published": 2,
        "dismissed": 0,
    }
    assert dict(dashboard_queue_age(now=now)) == {
        "< 1 h": 2,
        "1–6 h": 0,
        "6–24 h": 0,
        "1–3 d": 0,
        "> 3 d": 1,
    }
    weeks = dashboard_published_per_week(now=now)
    assert len(weeks) == 8 and sum(n for _, n in weeks) == 2 and weeks[-1][1] == 1
    assert dashboard_reviewer_load() == [("rita", 1, 1)]


def test_interface_speaks_french(client, reviewer, make_claim):
    make_claim(S.QUEUED)
    client.force_login(reviewer)
    index = client.get(reverse("admin:index"), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Bureau de vérification" in index and "Affirmations par statut" in index
    queue = client.get(reverse("admin:claims_claim_queue"), HTTP_ACCEPT_LANGUAGE="fr")
    assert "Prendre l’affirmation suivante" in queue.content.decode()
    listing = client.get(reverse("admin:claims_claim_changelist"), HTTP_ACCEPT_LANGUAGE="fr")
    assert "En file" in listing.content.decode()
