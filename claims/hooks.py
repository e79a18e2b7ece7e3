"""What claims tells the layers above it (matching, notifications).

claims sits below them (docs/architecture.md) and never imports them. They connect
themselves here, from their AppConfig.ready(). Every signal is sent synchronously inside the
transaction of the change it reports, so what a receiver writes (an event row in the
notifications outbox) commits or rolls back with the change, and an error in a receiver
rolls the change back, as a direct call would.
"""

from __future__ import annotations

from django.dispatch import Signal

# A claim's status moved (a transition, a reassignment, an extracted claim queued at once):
# `claim`, already saved with its new status and assignee, and `actor` (None for the system).
claim_status_changed = Signal()

# A review lease ran out: `claim`, sent before it goes back to the queue (its assignee is
# still the reviewer who held it).
lease_expired = Signal()

# An article's extraction failed: `article`, saved `failed` with its error.
extraction_failed = Signal()
