"""The synthetic corpus for benchmarks, load tests and demos (`manage.py generate_corpus`):
French and English articles, claims and appearances in bulk, built from templates and word
lists (`vocab`, `statements`) and written through COPY (`writer`).

Not domain code: nothing in a request or a task uses it. It lives with matching because
it writes matching's signatures along with the claims (the top of the app order), outside
`matching.services`, which holds the writes the product makes."""

from matching.corpus.statements import synthetic_statement
from matching.corpus.writer import MAX_CLAIMS, CorpusOutcome, corpus_generate

__all__ = ["MAX_CLAIMS", "CorpusOutcome", "corpus_generate", "synthetic_statement"]
