"""python -m claims.extraction FILE [--language fr|en]: print the claims as JSON."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from . import extract, split_date_header


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m claims.extraction")
    parser.add_argument("file", type=Path)
    parser.add_argument("--language", choices=["fr", "en"], default=None)
    args = parser.parse_args(argv)
    article = split_date_header(args.file.read_text(encoding="utf-8"))
    claims = extract(article.body, language=args.language, published=article.published)
    json.dump([c.to_dict() for c in claims], sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    code = main()
    # The claims are written: freeing the pipelines object by object at interpreter exit
    # (0.7 s for fr_core_news_md's lookup tables and vocabulary) serves no one, the
    # operating system takes the memory back at once.
    sys.stdout.flush()
    sys.stderr.flush()
    logging.shutdown()
    os._exit(code)
