"""The API's JSON parser, refusing nesting deeper than any of our payloads before the
standard library's recursive parser can overflow the stack (a 1,000-deep array was a 500).

Our deepest body (a webhook subscription, a claim PATCH) nests three levels; 32 leaves room.
The depth is counted on the raw text with strings blanked out, so `"[[["` inside a string
does not count, and it costs one regular-expression pass over a body the size limit bounds.
"""

from __future__ import annotations

import re
from io import BytesIO

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

MAX_DEPTH = 32
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.S)
_BRACKETS = re.compile(rb"[\[\]{}]")


def json_depth(raw: bytes) -> int:
    depth = deepest = 0
    for bracket in _BRACKETS.findall(_STRING.sub(b'""', raw)):
        if bracket in (b"[", b"{"):
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


class BoundedJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        raw = stream.read() if stream is not None else b""
        if json_depth(raw) > MAX_DEPTH:
            raise ParseError(
                f"JSON parse error - the body nests deeper than {MAX_DEPTH} levels; "
                "send a flatter document."
            )
        return super().parse(BytesIO(raw), media_type, parser_context)
