"""Article -> claims: one spaCy pass per text, then rule stages over offsets.

Stages: normalise a same-length copy, tokenise/tag (spaCy), sentences and quotations
(segmentation), attribution at sentence level (tail "..., a déclaré X", "selon X"),
decomposition into clauses, attribution at clause level ("X a déclaré que ..."), then
quantities, dates, entities and worthiness per claim.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
from collections.abc import Iterable
from typing import Any

from .appositive_subjects import named_apposition_first
from .article_chunk import ArticleChunk, ReadingContext
from .attribution import is_report
from .bracketed import split_bracketed
from .chunks import plan_chunks
from .claim_builder import build_claim
from .datelines import only_dateline, strip_dateline
from .decomposition import split_clauses
from .discourse import observe
from .distances import with_distances
from .figures import claims_with_figures
from .header import PartialDate
from .language import SUPPORTED, detect_language
from .models import get_nlp
from .name_observer import observe_names
from .quoted_as import quoted_as_saying
from .records import ExtractedClaim, UnsupportedLanguageError
from .relatives import (
    follow_after_tail,
    judged_by_the_main_subject,
    lead_past_hole,
    reported_by_antecedent,
    tail_relative,
    with_medial_relatives,
)
from .repeats import headline_end, merge_repeats
from .reporting import QUOTES, Lead, Tail, find_lead, find_tail, nested_in_tail
from .segmentation import normalise, quote_regions, sentences
from .speakers import (
    observe_owner,
    observe_subject,
    owned_affiliation,
    parsed_attributions,
    syntax_lead,
    syntax_tail,
)
from .tokens import spacy_tokens
from .topic import lead_span, with_topic


def check_language(text: str, language: str | None) -> str:
    lang = language or detect_language(text)
    if lang not in SUPPORTED:
        raise UnsupportedLanguageError(
            f"unsupported language {lang!r} (detected)"
            if language is None
            else f"unsupported language {lang!r}"
        )
    return lang


def _in_region(pos: int, regions: list[tuple[int, int]]) -> tuple[int, int] | None:
    return next((r for r in regions if r[0] <= pos < r[1]), None)


def _quoted_after_opener(start: int, end: int, regions: list[tuple[int, int]]) -> bool:
    """The sentence is a quotation after a short opener ("Au total, « … »")."""
    return any(start < r[0] <= start + _OPENER_CHARS and r[1] >= end - 3 for r in regions)


_OPENER_CHARS = 25


def process(article: ArticleChunk) -> list[ExtractedClaim]:
    body, norm, lang, toks = article.body, article.norm, article.lang, article.toks
    starts = [t.start for t in toks]
    context = article.context
    memory = context.memory
    article.discourse.chunk += 1
    claims: list[ExtractedClaim] = []
    pending, prev_para_speaker = context.pending, context.prev_para_speaker
    sents = sentences(norm)
    by_para: dict[int, list[Any]] = {}
    for s in sents:
        by_para.setdefault(s.paragraph, []).append(s)
    for para_sents in by_para.values():
        p_start, p_end = para_sents[0].start, para_sents[-1].end
        regions = [r for r in quote_regions(body, p_start, p_end) if r[1] - r[0] > 1]
        opens_with_quote = body[p_start] in QUOTES
        para_speaker: tuple[str | None, str] | None = None
        next_pending: tuple[str | None, str] | None = None
        analysed = []
        before: dict[int, str | None] = {}
        for s in para_sents:
            lo, hi = bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, s.end)
            st = toks[lo:hi]
            observe_names(st, memory)
            quoted = _in_region(s.start, regions) is not None
            tail = find_tail(st, lang, memory, quoted) if st else None
            parsed = parsed_attributions(article.doc, st, lang)
            tail, follow = syntax_tail(st, tail, parsed, memory)
            if lang == "en" and st and (relayed := quoted_as_saying(st, memory)):
                tail, follow = Tail(*relayed), None  # '…," Reuters quoted the minister as saying'
            if tail and follow is None:
                follow = follow_after_tail(st, tail.cut, lang)
            quote = _in_region(s.start, regions)
            words = [t for t in st[tail.cut :] if t.pos != "PUNCT"] if tail else []
            incise = bool(words) and lang == "fr" and is_report(words[0], lang)
            if words and quote and quote[1] > words[0].start and not incise:
                # "« … the laboratory in Salt Lake City, Utah confirmed the finding. »": a
                # verb inside a quotation that goes on is the quotation's, not its attribution;
                # a French incise ("…, ajoute Daniel Koch, …. Elles sont …") inverts it
                tail, follow = None, None
            # the clause loop below reads this sentence as the article stood before it
            before[s.start] = memory.last_person
            observe_owner(article.doc, st, memory)
            observe_subject(article.doc, st, memory)
            if tail:
                owned_affiliation(tail, st, memory)
            analysed.append((s, st, tail, parsed, follow))
        # A quotation's speaker is named where it closes ("...", a déclaré X).
        region_speaker: dict[tuple[int, int], tuple[str | None, str]] = {}
        for r in regions:
            for s, st, tail, _parsed, _follow in analysed:
                if tail and s.start <= r[1] - 1 < s.end and st[tail.cut].start >= r[1] - 2:
                    region_speaker[r] = (tail.speaker, tail.written)
            if r not in region_speaker:
                # "« Les personnes touchées vont bien, ajoute Daniel Koch, responsable …. Elles
                # sont hospitalisées. »": named in an incise, the speaker holds the whole quote
                region_speaker.update(_incise_speaker(r, analysed))
        for s, st, tail, parsed, follow in analysed:
            if not st:
                continue
            memory.last_person = before[s.start]
            sentence_text = body[s.start : s.end]
            b = tail.cut if tail else len(st)
            sent_speaker = (tail.speaker, tail.written) if tail else None
            region = _in_region(s.start, regions)
            in_quote = region is not None and (region[1] - region[0]) > 0.5 * (s.end - s.start)
            if sent_speaker is None and region is not None and region[0] <= s.start + 1:
                if region in region_speaker:
                    sent_speaker = region_speaker[region]
                elif pending is not None:
                    sent_speaker = pending
                elif para_speaker is not None:
                    sent_speaker = para_speaker
                elif opens_with_quote and prev_para_speaker is not None:
                    sent_speaker = prev_para_speaker
            elif sent_speaker is None and pending is not None:
                sent_speaker, in_quote = pending, True
            elif (
                sent_speaker is None
                and para_speaker is not None
                and _quoted_after_opener(s.start, s.end, regions)
            ):
                # "…», a-t-il indiqué. Au total, « 4.691 suffrages ont été annulés … »": the
                # quotation goes on after a few words of the reporter's
                sent_speaker, in_quote = para_speaker, True
            if tail:
                in_quote = in_quote or any(t.text == '"' for t in st[: tail.cut])
            if article.doc is not None and st[0].i >= 0:
                observe(article.doc, st[0].i, st[-1].i + 1, article.discourse, lang)
            segments = with_medial_relatives(st, split_clauses(st, 0, b, lang), lang)
            segments = with_distances(st, segments, lang)
            if follow is not None:
                # "…, a affirmé X, ajoutant que …": what follows is X's too.
                segments += split_clauses(st, follow, len(st), lang)
            elif tail is not None and (own := tail_relative(st, tail.cut, lang)) is not None:
                segments.append(own)  # "…, selon le CRAAG, qui a déjà recensé 20 répliques"
            prev_speaker: tuple[str | None, str] | None = None
            first_claim = len(claims)
            for seg in segments:
                lead = (
                    reported_by_antecedent(st, seg, memory)
                    or find_lead(st, seg, lang, memory)
                    or lead_past_hole(st, seg, lang, memory)
                )
                if seg.speaker_span is None:  # an aside's speaker is named in it already
                    lead = syntax_lead(article.doc, st, seg, lead, parsed, memory)
                if seg.start >= b and lead is None and tail is not None:
                    lead = Lead(seg.start, tail.speaker, tail.written)
                elif tail is not None and nested_in_tail(lead, seg, b):
                    # "A number of countries have suggested an extension …, Iraqi oil minister
                    # Jabar al-Luaibi said": the minister says the whole of it
                    lead = Lead(seg.start, tail.speaker, tail.written)
                if lead and lead.shell:
                    if body[s.end - 1] == ":" or norm[s.start : s.end].rstrip().endswith(":"):
                        next_pending = (lead.speaker, lead.written)
                        para_speaker = next_pending
                    continue
                content = lead.content if lead else seg.start
                quoted_lead = bool(
                    lead and in_quote and sent_speaker is not None and sent_speaker[0]
                )
                if quoted_lead:
                    # «Les gens nous accusent …», a plaidé le PDG: the quoted one speaks
                    speaker = sent_speaker
                elif lead:
                    speaker = (lead.speaker, lead.written)
                    if seg is segments[0] and st[seg.start].lower in ("selon", "d'", "according"):
                        sent_speaker = speaker  # "Selon X, A et B": X says both
                elif sent_speaker is not None:
                    speaker = sent_speaker
                elif (seg.rule == "coord" and seg.restore_is_main) or seg.rule in (
                    "subjrel",
                    "apposition",
                ):
                    speaker = None  # "…, the Red Cross, which treated …": the article's voice
                else:
                    speaker = prev_speaker
                if seg.speaker_span is None:
                    # an aside's own speaker ("– …, residents said –") speaks for it alone
                    prev_speaker = speaker
                if speaker and speaker[0]:
                    memory.last_speaker = speaker[0]
                    para_speaker = speaker
                build = functools.partial(
                    build_claim,
                    article,
                    st,
                    content=content,
                    speaker=speaker,
                    is_quote=in_quote and (not lead or quoted_lead),
                    sentence_text=sentence_text,
                    sentence_start=s.start,
                    memory=memory,
                    clause=bool(lead and lead.clause),
                )
                built = claims_with_figures(article, st, seg, content, build)
                claims += split_bracketed(article, st, content, built)
            claims[first_claim:] = judged_by_the_main_subject(claims[first_claim:], st, lang)
            observe_subject(article.doc, st, memory)
        pending = next_pending
        prev_para_speaker = para_speaker if (regions or para_speaker) else None
    context.pending, context.prev_para_speaker = pending, prev_para_speaker
    return claims


def _incise_speaker(region: tuple[int, int], analysed: list[Any]) -> dict[Any, Any]:
    for s, st, tail, _parsed, _follow in analysed:
        inside = region[0] <= s.start + 1 and s.end <= region[1] + 2
        if inside and tail and tail.speaker and st[tail.cut].start < region[1] - 2:
            return {region: (tail.speaker, tail.written)}
    return {}


def _shifted(claim: ExtractedClaim, offset: int) -> ExtractedClaim:
    if not offset:
        return claim
    return dataclasses.replace(claim, start=claim.start + offset, end=claim.end + offset)


def _extract_article(
    text: str, norm: str, lang: str, published: PartialDate | None
) -> list[ExtractedClaim]:
    context = ReadingContext()
    claims: list[ExtractedClaim] = []
    plan = plan_chunks(norm, lang)
    k = 0
    while k < len(plan):
        run = [plan[k]]
        while k + len(run) < len(plan) and plan[k + len(run)][2] == plan[k][2]:
            run.append(plan[k + len(run)])
        language = run[0][2]
        # One chunk at a time: a batch of long docs is what holds the memory.
        docs = get_nlp(language).pipe((norm[a:b] for a, b, _ in run), batch_size=1)
        for (a, b, _), doc in zip(run, docs, strict=True):
            chunk_norm = norm[a:b]
            article = ArticleChunk(text[a:b], chunk_norm, language, published,
                               spacy_tokens(doc, chunk_norm, language), doc, context)  # fmt: skip
            claims += [_shifted(c, a) for c in process(article)]
        k += len(run)
    return _finish(claims, text, lang)


def _finish(claims: list[ExtractedClaim], text: str, lang: str) -> list[ExtractedClaim]:
    """One claim per fact, each named: repeats merged, the article's subject on claims that
    name nothing (topic.py)."""
    merged = merge_repeats(claims, text)
    lead_start, lead_end = lead_span(text, headline_end(text))
    # the copy's dateline opens the lead only ("BEIJING, Feb 11 (Reuters) - …")
    merged = [
        dataclasses.replace(
            c,
            text=named_apposition_first(strip_dateline(c.text) if c.start < lead_end else c.text),
        )
        for c in merged
        if not (c.start < lead_end and only_dateline(c.text))
    ]
    return with_topic(merged, text, lead_start, lead_end, lang)


def extract_many(
    items: Iterable[tuple[str, str | None, PartialDate | None]], batch_size: int = 8
) -> list[list[ExtractedClaim]]:
    prepared: list[tuple[str, str, str, PartialDate | None]] = []
    for text, language, published in items:
        lang = check_language(text, language)
        prepared.append((text, normalise(text), lang, published))
    results: list[list[ExtractedClaim]] = [[] for _ in prepared]
    single: dict[str, list[int]] = {lang: [] for lang in SUPPORTED}
    for i, (_text, norm, lang, _published) in enumerate(prepared):
        if len(plan_chunks(norm, lang)) == 1:
            single[lang].append(i)  # batched with the other short articles below
        else:
            results[i] = _extract_article(*prepared[i])
    for lang, indices in single.items():
        if not indices:
            continue
        docs = get_nlp(lang).pipe((prepared[i][1] for i in indices), batch_size=batch_size)
        for i, doc in zip(indices, docs, strict=True):
            text, norm, _lang, published = prepared[i]
            article = ArticleChunk(text, norm, lang, published, spacy_tokens(doc, norm, lang), doc)
            results[i] = _finish(process(article), text, lang)
    return results


def extract(
    text: str, *, language: str | None = None, published: PartialDate | None = None
) -> list[ExtractedClaim]:
    return extract_many([(text, language, published)])[0]
