"""One exception type for every refusal the domain makes.

Services raise DomainError with a message a person can act on; the API maps it to a 4xx
(see core.api), management commands to CommandError, the admin to a message.
"""

from __future__ import annotations


class DomainError(Exception):
    """A request the rules refuse. `code` is stable for clients; `field` names the input."""

    status_code = 400

    def __init__(self, message: str, *, code: str = "invalid", field: str | None = None):
        super().__init__(message)
        self.message = message
        self.code = code
        self.field = field


class NotFound(DomainError):
    status_code = 404

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message, code="not_found", field=field)


class Conflict(DomainError):
    status_code = 409

    def __init__(self, message: str, *, code: str = "conflict", field: str | None = None):
        super().__init__(message, code=code, field=field)


class PermissionDenied(DomainError):
    """The rules would allow the move, but not for this person (see claims.permissions)."""

    status_code = 403

    def __init__(self, message: str, *, code: str = "forbidden", field: str | None = None):
        super().__init__(message, code=code, field=field)
