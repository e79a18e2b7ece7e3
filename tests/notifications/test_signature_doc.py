"""The worked example in docs/notifications.md is what we sign and what a receiver accepts."""

from __future__ import annotations

import re
from unittest import mock

from django.conf import settings

from notifications.services import webhook_sign
from tests.notifications.conftest import verify


def doc_example() -> dict[str, str]:
    text = (settings.BASE_DIR / "docs" / "notifications.md").read_text()
    block = text.split("Worked example", 1)[1].split("```", 2)[1]
    return dict(re.findall(r"^(\S+)\s+(.+)$", block.strip(), re.M))


def test_the_documented_signature_is_ours_and_verifies():
    ex = doc_example()
    body = ex["body"].encode()
    signature = webhook_sign(
        secret=ex["secret"],
        msg_id=ex["webhook-id"],
        timestamp=int(ex["webhook-timestamp"]),
        body=body,
    )
    assert signature == ex["webhook-signature"]
    headers = {k: ex[k] for k in ("webhook-id", "webhook-timestamp", "webhook-signature")}
    with mock.patch("time.time", return_value=int(ex["webhook-timestamp"]) + 10):
        assert verify(ex["secret"], headers, body)
        assert not verify(ex["secret"], headers, body + b" ")  # a changed body fails
