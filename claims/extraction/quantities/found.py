"""A figure found in a segment, with where it sits and the scale applied."""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Quantity


@dataclass(frozen=True, slots=True)
class Found:
    q: Quantity
    start: int  # where the figure starts in the segment
    end: int  # where the figure (with its scale and sign) ends
    factor: float = 1.0  # the scale applied ("millions", "Md€")
