"""The admin login locks an account after repeated wrong passwords, and an address after
many, with a message that says how long to wait; the right password clears the count."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.test import Client

from tests.factories import user_in_group

PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _fresh_counters():
    cache.clear()
    yield
    cache.clear()


def _login(client: Client, username: str, password: str, address: str = "198.51.100.7"):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


@pytest.mark.django_db
def test_five_wrong_passwords_lock_the_account_even_against_the_right_one(settings):
    user_in_group("editor", username="edith", password=PASSWORD)
    client = Client()
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        response = _login(client, "edith", "wrong")
        assert response.status_code == 200 and "Too many" not in response.content.decode()
    locked = _login(client, "edith", PASSWORD)
    assert locked.status_code == 200  # the form again, not a redirect into the admin
    assert "Too many failed logins" in locked.content.decode()
    assert "15 minute" in locked.content.decode()
    # Another account from another address is not affected.
    user_in_group("reviewer", username="remi", password=PASSWORD)
    assert _login(Client(), "remi", PASSWORD, address="203.0.113.9").status_code == 302


@pytest.mark.django_db
def test_a_success_before_the_limit_clears_the_count(settings):
    user_in_group("editor", username="edith", password=PASSWORD)
    client = Client()
    for _ in range(settings.LOGIN_FAILURE_LIMIT - 1):
        _login(client, "edith", "wrong")
    assert _login(client, "edith", PASSWORD).status_code == 302
    client = Client()
    for _ in range(settings.LOGIN_FAILURE_LIMIT - 1):
        _login(client, "edith", "wrong")
    assert _login(client, "edith", PASSWORD).status_code == 302


@pytest.mark.django_db
def test_one_address_trying_many_accounts_is_locked(settings):
    settings.LOGIN_ADDRESS_FAILURE_LIMIT = 6
    user_in_group("editor", username="edith", password=PASSWORD)
    client = Client()
    for i in range(6):
        _login(client, f"nobody{i}", "wrong")
    response = _login(client, "edith", PASSWORD)
    assert "Too many failed logins" in response.content.decode()
    assert _login(Client(), "edith", PASSWORD, address="203.0.113.9").status_code == 302


@pytest.mark.django_db
def test_the_lock_expires(settings, monkeypatch):
    user_in_group("editor", username="edith", password=PASSWORD)
    client = Client()
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        _login(client, "edith", "wrong")
    import core.login_guard as guard

    later = guard.time.time() + settings.LOGIN_LOCKOUT_SECONDS + 1
    monkeypatch.setattr(guard.time, "time", lambda: later)
    assert _login(client, "edith", PASSWORD).status_code == 302
