"""`Authorization: Token <key>` against hashed keys."""

from __future__ import annotations

import datetime as dt
import functools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.utils import timezone
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions

from core.groups import remember_group_names
from core.key_cache import KEYS
from core.models import ApiToken, hash_key

# Writing last_used_at on every request would make every read a write; once a minute is
# enough to tell a live integration from a dead one.
LAST_USED_RESOLUTION = dt.timedelta(minutes=1)


@functools.cache
def _token_sql() -> tuple[str, list[str], list[str]]:
    """One statement for the key, its user and the user's group names, built once.

    Every API request runs it, and building it with the ORM (select_related plus an
    ArraySubquery) took a millisecond of Python each time, several times the query itself;
    the groups ride along because the permission check needs them next (core.groups).
    """
    user_model = get_user_model()
    token_fields = list(ApiToken._meta.concrete_fields)
    user_fields = list(user_model._meta.concrete_fields)
    user_table = user_model._meta.db_table
    membership = user_model.groups.through._meta.db_table
    group_table = Group._meta.db_table
    columns = ", ".join(
        [f't."{f.column}"' for f in token_fields] + [f'u."{f.column}"' for f in user_fields]
    )
    sql = (
        f"SELECT ARRAY(SELECT g.name FROM {membership} m "
        f"JOIN {group_table} g ON g.id = m.group_id WHERE m.user_id = u.id), {columns} "
        f"FROM {ApiToken._meta.db_table} t JOIN {user_table} u ON u.id = t.user_id "
        f"WHERE t.key_hash = %s AND t.revoked_at IS NULL"
    )
    return sql, [f.attname for f in token_fields], [f.attname for f in user_fields]


def _token_row(key_hash: str) -> tuple | None:
    """The lookup row of a live key (group names, token columns, user columns), or None."""
    with connection.cursor() as cursor:
        cursor.execute(_token_sql()[0], [key_hash])
        return cursor.fetchone()


def _find_token(key_hash: str):
    """(token, user) for a live key, or None. Built afresh from the row on every request,
    cached or not, so nothing a request sets on them reaches another request."""
    row = KEYS.row(key_hash, _token_row)
    if row is None:
        return None
    _sql, token_attnames, user_attnames = _token_sql()
    split = 1 + len(token_attnames)
    token = ApiToken.from_db(connection.alias, token_attnames, row[1:split])
    user = get_user_model().from_db(connection.alias, user_attnames, row[split:])
    remember_group_names(user, row[0])
    token.user = user
    return token, user


class HashedTokenAuthentication(authentication.BaseAuthentication):
    keyword = "Token"

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).split()
        if not header or header[0].lower() != self.keyword.lower().encode():
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed(
                "Malformed Authorization header: expected 'Token <key>'."
            )
        try:
            key = header[1].decode("ascii")
        except UnicodeDecodeError:
            raise exceptions.AuthenticationFailed(
                "The token contains invalid characters."
            ) from None
        key_hash = hash_key(key)
        found = _find_token(key_hash)
        if found is None:
            raise exceptions.AuthenticationFailed("Invalid or revoked token.")
        token, user = found
        if not user.is_active:
            raise exceptions.AuthenticationFailed("Invalid or revoked token.")
        now = timezone.now()
        if token.last_used_at is None or now - token.last_used_at > LAST_USED_RESOLUTION:
            ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
            KEYS.forget(key_hash)  # its cached row has the old time
        return user, token

    def authenticate_header(self, request) -> str:
        return self.keyword


class HashedTokenScheme(OpenApiAuthenticationExtension):
    target_class = "core.auth.HashedTokenAuthentication"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "`Token <key>`; create one with `manage.py create_token USERNAME`.",
        }
