"""Offline language identification (py3langid), restricted to languages news reaches us in.

Restricting the candidate set makes short texts far more stable than the full 97-language
model, while keeping enough neighbours (de, es, it...) that a German article is reported as
German instead of being forced into French or English.
"""

from __future__ import annotations

import contextlib
import hashlib
import lzma
import os
import shutil
from functools import lru_cache
from typing import Any

from .models import cache_dir

SUPPORTED: tuple[str, ...] = ("fr", "en")
_CANDIDATES = ["fr", "en", "de", "es", "it", "pt", "nl", "pl", "ru", "uk", "ar", "zh", "ja", "sv"]


@lru_cache(maxsize=1)
def _identifier() -> Any:
    ident = _load_identifier()
    ident.set_languages(_CANDIDATES)
    # set_languages keeps the 142-language table (27 MB) to restore it later; classify()
    # reads only the restricted copy, and nothing here restores it.
    ident._full_model = (ident.nb_ptc, ident.nb_pc, ident.nb_classes)
    return ident


def _load_identifier() -> Any:
    """py3langid's model as py3langid loads it. The model is an LZMA-compressed npz whose
    decompression is 0.8 s of every cold start: the plain npz (65 MB) is kept in the
    extraction cache (models.cache_dir), named by the compressed file's digest."""
    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    from py3langid.modelio import _to_array

    directory = cache_dir()
    if directory is None:
        return LanguageIdentifier.from_model_file(MODEL_FILE)
    model = MODEL_DIR / MODEL_FILE
    path = directory / f"langid-{hashlib.sha256(model.read_bytes()).hexdigest()[:32]}.npz"
    try:
        if not path.exists():
            directory.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with lzma.open(model) as src, tmp.open("wb") as out:
                shutil.copyfileobj(src, out, length=1 << 20)
            tmp.replace(path)
        with np.load(path, allow_pickle=False) as data:  # py3langid.modelio.load_model
            ptc, pc, classes = data["ptc"], data["pc"], data["classes"].tolist()
            nextmove, row = _to_array(data["nextmove"]), _to_array(data["nextmove_row"])
            output = data["out_feat"].tolist()
    except Exception:  # an unreadable cache: py3langid's own loading, as before
        with contextlib.suppress(OSError):
            path.unlink()  # written again by the next process
        return LanguageIdentifier.from_model_file(MODEL_FILE)
    return LanguageIdentifier(np.asarray(ptc), np.asarray(pc), classes, nextmove, output,
                              tk_row=row)  # fmt: skip


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language; 'en' for text with no letters at all."""
    sample = text[:5000]
    if not any(ch.isalpha() for ch in sample):
        return "en"
    lang, _score = _identifier().classify(sample)
    return str(lang)
