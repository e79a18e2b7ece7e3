"""What matching tells the layers above it (notifications).

matching never imports notifications (docs/architecture.md): notifications connects itself
here from its AppConfig.ready(). Signals are sent synchronously inside the transaction of
the change, so an event row written by a receiver commits or rolls back with it.
"""

from __future__ import annotations

from django.dispatch import Signal

# A claim whose verdict is already published was made again: `claim` and the new
# `appearance` (its article is `appearance.article`).
published_claim_reappeared = Signal()
