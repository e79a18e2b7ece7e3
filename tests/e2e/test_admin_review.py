"""A reviewer and an editor review a claim in a real Chromium driving the admin.

Runs Debian's /usr/bin/chromium through Playwright against pytest-django's live_server.
Screenshots of each step go to test-output/screenshots/.
"""

from __future__ import annotations

from django.db import connections

from claims.models import Claim, ClaimStatus
from sources.models import Evidence
from tests.e2e.helpers import BROWSER_TEST, PASSWORD, log_in, shot
from tests.factories import AppearanceFactory, ArticleFactory, ClaimFactory, user_in_group

S = ClaimStatus

ARTICLE = (
    "Le chef de l'OTAN, Jens Stoltenberg, s'est exprimé mardi à Bruxelles. "
    "Selon lui, l'alliance a doublé sa présence en mer Baltique à plus de 30 navires. "
    "Il a ajouté que les Alliés restaient unis face aux menaces contre les infrastructures "
    "sous-marines."
)
SPAN = "l'alliance a doublé sa présence en mer Baltique à plus de 30 navires"

pytestmark = BROWSER_TEST


def test_reviewer_proposes_and_editor_publishes(browser, live_server):
    try:
        _review_and_publish(browser, live_server)
    finally:
        # Playwright's sync API runs the test under a greenlet whose context holds its own
        # database connection; pytest-django's teardown does not see it, and an open
        # connection stops the test database from being dropped.
        connections.close_all()


def _review_and_publish(browser, live_server):
    reviewer = user_in_group("reviewer", username="rita", password=PASSWORD)
    editor = user_in_group("editor", username="eddie", password=PASSWORD)
    article = ArticleFactory(text=ARTICLE, title="L'OTAN en mer Baltique")
    claim = ClaimFactory(statement=SPAN, speaker="Jens Stoltenberg", status=S.QUEUED, priority=0.9)
    start = ARTICLE.index(SPAN)
    AppearanceFactory(claim=claim, article=article, start=start, end=start + len(SPAN))

    # The reviewer takes the next claim from the queue.
    page = log_in(browser, live_server, "rita")
    shot(page, "01-reviewer-index")
    page.click("#review-queue-link")
    page.wait_for_selector("#take-next")
    shot(page, "02-review-queue")
    page.click("#take-next input[name=take]")
    page.wait_for_url(f"**/admin/claims/claim/{claim.pk}/change/")
    mark = page.locator("mark.claim-span")
    assert mark.count() == 1
    assert mark.inner_text() == SPAN
    shot(page, "03-claim-highlighted")

    # Evidence, then a proposed verdict of "false".
    page.click(".inline-group#evidence-group .add-row a")
    page.fill("#id_evidence-0-url", "https://www.nato.int/cps/en/natohq/news.htm")
    page.select_option("#id_evidence-0-stance", "refutes")
    page.fill("#id_evidence-0-excerpt", "Une vingtaine de navires, selon le communiqué.")
    page.select_option("#id_verdict", "false")
    page.fill("#id_verdict_explanation", "Le communiqué de l'OTAN parle d'une vingtaine.")
    shot(page, "04-evidence-and-verdict")
    page.click("input[name=_propose]")
    page.wait_for_url("**/admin/claims/claim/review-queue/")
    assert "Verdict proposed" in page.content()
    shot(page, "05-proposed")
    page.context.close()

    # The editor publishes it from the claim page.
    page = log_in(browser, live_server, "eddie")
    page.goto(f"{live_server.url}/admin/claims/claim/{claim.pk}/change/")
    page.wait_for_selector("#claim-workflow")
    shot(page, "06-editor-claim")
    page.click("#claim-workflow button[value=publish]")
    page.wait_for_selector(".messagelist .success")
    assert "Published" in page.inner_text(".messagelist")
    shot(page, "07-published")
    page.context.close()

    claim = Claim.objects.get(pk=claim.pk)
    assert (claim.status, claim.verdict) == (S.PUBLISHED, "false")
    assert claim.verdict_explanation == "Le communiqué de l'OTAN parle d'une vingtaine."
    evidence = Evidence.objects.get(claim=claim)
    assert (evidence.stance, evidence.added_by) == ("refutes", reviewer)
    proposed = claim.history.get(field="status", after=S.AWAITING_APPROVAL)
    assert (proposed.before, proposed.actor) == (S.IN_REVIEW, reviewer)
    verdict_row = claim.history.get(field="verdict")
    assert (verdict_row.before, verdict_row.after, verdict_row.actor) == ("", "false", reviewer)
    assert abs((verdict_row.at - proposed.at).total_seconds()) < 5
    published = claim.history.get(field="status", after=S.PUBLISHED)
    assert (published.before, published.actor) == (S.AWAITING_APPROVAL, editor)
