"""Revoking API keys: the service, `manage.py revoke_token` and the admin's action."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from rest_framework.test import APIClient

from core.models import ApiToken, hash_key
from core.services import token_issue

pytestmark = pytest.mark.django_db


def _status(key: str) -> int:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client.get("/api/v1/users/me/").status_code


def _revoke(*args: str) -> str:
    from io import StringIO

    out = StringIO()
    call_command("revoke_token", *args, stdout=out)
    return out.getvalue()


def test_revoke_by_whole_key_refuses_it_and_leaves_the_others():
    first = token_issue(username="kim")
    second = token_issue(username="kim")
    assert _status(first.key) == 200
    assert "kim: revoked" in _revoke(first.key)
    assert _status(first.key) == 401
    assert _status(second.key) == 200


def test_revoke_by_prefix():
    issued = token_issue(username="kim")
    assert _revoke(issued.key[:8]).startswith(f"{issued.key[:8]}… of kim: revoked")
    assert ApiToken.objects.get(pk=issued.token.pk).revoked_at is not None
    assert _status(issued.key) == 401


def test_an_ambiguous_prefix_revokes_nothing_and_names_the_owners():
    kim = token_issue(username="kim").token
    lee = get_user_model().objects.create(username="lee")
    ApiToken.objects.create(user=lee, prefix=kim.prefix, key_hash=hash_key("another key"))
    with pytest.raises(CommandError, match=r"2 live keys start with .* \(users: kim, lee\)"):
        _revoke(kim.prefix)
    assert not ApiToken.objects.filter(revoked_at__isnull=False).exists()


def test_unknown_keys_and_users_get_a_clear_error():
    with pytest.raises(CommandError, match="No live API key starts with 'abcdefgh'"):
        _revoke("abcdefgh")
    with pytest.raises(CommandError, match="No API key matches the key given"):
        _revoke("x" * 43)
    with pytest.raises(CommandError, match="No user named 'nobody'"):
        _revoke("--user", "nobody")
    with pytest.raises(CommandError, match=r"either a key .* or --user"):
        _revoke()
    with pytest.raises(CommandError, match=r"either a key .* or --user"):
        _revoke("abcdefgh", "--user", "kim")


def test_revoking_a_revoked_key_again_changes_nothing():
    issued = token_issue(username="kim")
    _revoke(issued.key)
    revoked_at = ApiToken.objects.get(pk=issued.token.pk).revoked_at
    _revoke(issued.key)
    assert ApiToken.objects.get(pk=issued.token.pk).revoked_at == revoked_at
    with pytest.raises(CommandError, match="No live API key"):
        _revoke(issued.key[:8])  # by prefix, only live keys are looked for


def test_revoke_every_key_of_a_user():
    keys = [token_issue(username="kim").key for _ in range(3)]
    other = token_issue(username="lee").key
    assert _revoke("--user", "kim") == "revoked 3 key(s) of kim\n"
    assert [_status(k) for k in keys] == [401, 401, 401]
    assert _status(other) == 200
    assert _revoke("--user", "kim") == "revoked 0 key(s) of kim\n"


@pytest.fixture
def admin_client_(client):
    admin = get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(admin)
    return client


def test_admin_lists_keys_without_their_secret_and_revokes_selected(admin_client_):
    kept = token_issue(username="kim", name="newsroom bot")
    gone = token_issue(username="lee", name="old script")
    page = admin_client_.get("/admin/core/apitoken/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "newsroom bot" in html and kept.key[:8] in html
    assert kept.key not in html and kept.token.key_hash not in html

    response = admin_client_.post(
        "/admin/core/apitoken/",
        {"action": "revoke", "_selected_action": [gone.token.pk]},
        follow=True,
    )
    assert "1 key revoked." in response.content.decode()
    assert _status(gone.key) == 401
    assert _status(kept.key) == 200
    live = admin_client_.get("/admin/core/apitoken/?state=live").content.decode()
    assert "newsroom bot" in live and "old script" not in live


def test_admin_cannot_add_keys(admin_client_):
    assert admin_client_.get("/admin/core/apitoken/add/").status_code == 403


def test_keys_never_start_with_a_dash_so_commands_take_them_as_arguments():
    from core.models import new_key

    assert not any(new_key().startswith("-") for _ in range(2000))
