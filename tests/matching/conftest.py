from __future__ import annotations

import pytest

from tests.factories import user_in_group


@pytest.fixture
def editor(db):
    return user_in_group("editor", username="eddie")


@pytest.fixture
def reviewer(db):
    return user_in_group("reviewer", username="rita")
