"""HTML pieces for the claims admin: badges and the claim highlighted in its article.
Every piece of text goes through format_html, so article text is always escaped."""

from __future__ import annotations

from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from claims.models import Appearance, Claim, ClaimStatus, Verdict

STATUS_COLOURS = {
    ClaimStatus.NEW: "#6c757d",
    ClaimStatus.QUEUED: "#0d6efd",
    ClaimStatus.IN_REVIEW: "#6f42c1",
    ClaimStatus.AWAITING_APPROVAL: "#fd7e14",
    ClaimStatus.PUBLISHED: "#198754",
    ClaimStatus.DISMISSED: "#495057",
}
VERDICT_COLOURS = {
    Verdict.TRUE: "#198754",
    Verdict.MOSTLY_TRUE: "#5cb85c",
    Verdict.MIXED: "#ffc107",
    Verdict.MOSTLY_FALSE: "#fd7e14",
    Verdict.FALSE: "#dc3545",
    Verdict.MISLEADING: "#d63384",
    Verdict.UNVERIFIABLE: "#6c757d",
}
# Context shown around the span for appearances other than the first.
EXCERPT_CONTEXT = 300
MAX_OTHER_APPEARANCES = 20


def badge(label: str, colour: str) -> SafeString:
    return format_html(
        '<span class="claim-badge" style="background:{};color:#fff;padding:2px 8px;'
        'border-radius:10px;white-space:nowrap;font-size:11px">{}</span>',
        colour,
        label,
    )


def status_badge(claim: Claim) -> SafeString:
    return badge(claim.get_status_display(), STATUS_COLOURS.get(claim.status, "#333"))


def verdict_badge(claim: Claim) -> SafeString | str:
    if not claim.verdict:
        return "—"
    return badge(claim.get_verdict_display(), VERDICT_COLOURS.get(claim.verdict, "#333"))


def highlight(text: str, start: int, end: int, *, context: int | None = None) -> SafeString:
    """`text` with [start:end] in a <mark>; with `context`, only that much around it."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    lo, hi = 0, len(text)
    if context is not None:
        lo, hi = max(0, start - context), min(len(text), end + context)
    return format_html(
        '{}{}<mark class="claim-span">{}</mark>{}{}',
        "…" if lo > 0 else "",
        text[lo:start],
        text[start:end],
        text[end:hi],
        "…" if hi < len(text) else "",
    )


def _article_heading(appearance: Appearance) -> SafeString:
    article = appearance.article
    url = reverse("admin:sources_article_change", args=[article.pk])
    details = [
        str(part) for part in (article.source, article.published_display, article.language) if part
    ]
    return format_html(
        '<p class="claim-article-heading"><a href="{}">{}</a> <small>{}</small>{}</p>',
        url,
        article,
        " · ".join(details),
        format_html(" — {} <em>{}</em>", _("said by"), appearance.speaker_as_written)
        if appearance.speaker_as_written
        else "",
    )


def appearances_html(claim: Claim) -> SafeString:
    """The first appearance in its full article; the others as excerpts with links."""
    appearances = list(
        claim.appearances.select_related("article__source").order_by("id")[
            : MAX_OTHER_APPEARANCES + 1
        ]
    )
    if not appearances:
        return format_html("<p>{}</p>", _("This claim has no recorded appearance."))
    first, others = appearances[0], appearances[1:]
    parts = [
        _article_heading(first),
        format_html(
            '<div class="claim-article-text" style="white-space:pre-wrap;max-height:32em;'
            "overflow:auto;border:1px solid var(--hairline-color,#ccc);padding:8px;"
            'line-height:1.5">{}</div>',
            highlight(first.article.text, first.start, first.end),
        ),
    ]
    if others:
        parts.append(format_html("<h4>{}</h4>", _("Other appearances")))
        parts.append(
            format_html_join(
                "",
                '<div class="claim-other-appearance">{}<blockquote>{}</blockquote></div>',
                (
                    (
                        _article_heading(a),
                        highlight(a.article.text, a.start, a.end, context=EXCERPT_CONTEXT),
                    )
                    for a in others
                ),
            )
        )
    return format_html_join("", "{}", ((p,) for p in parts))
