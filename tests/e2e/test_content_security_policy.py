"""The Content-Security-Policy holds without breaking the pages people use: Swagger UI and
the admin render in a real Chromium with no violation reported."""

from __future__ import annotations

from django.db import connections

from tests.e2e.helpers import BROWSER_TEST, PASSWORD, log_in, shot
from tests.factories import ClaimFactory, user_in_group

pytestmark = BROWSER_TEST


def _violations(page) -> list[str]:
    found: list[str] = []
    page.on(
        "console",
        lambda message: (
            found.append(message.text)
            if "Content Security Policy" in message.text or "Refused to" in message.text
            else None
        ),
    )
    return found


def test_swagger_ui_and_the_admin_work_under_the_policy(browser, live_server):
    try:
        ClaimFactory(statement="Le chômage a baissé de 3 % en un an")
        context = browser.new_context(locale="en-GB")
        page = context.new_page()
        page.set_default_timeout(15_000)
        violations = _violations(page)
        response = page.goto(f"{live_server.url}/api/docs/")
        assert "script-src 'self'" in response.headers["content-security-policy"]
        page.wait_for_selector(".opblock-tag", timeout=15_000)  # the schema was loaded and drawn
        assert page.locator(".opblock").count() > 10
        shot(page, "csp-swagger")
        assert violations == [], violations

        user_in_group("editor", username="eddie", password=PASSWORD)
        admin = log_in(browser, live_server, "eddie")
        admin_violations = _violations(admin)
        admin.goto(f"{live_server.url}/admin/claims/claim/")
        admin.wait_for_selector("#result_list")
        admin.click("#result_list tbody tr th a")
        admin.wait_for_selector("#claim_form")
        shot(admin, "csp-admin")
        assert admin_violations == [], admin_violations
    finally:
        connections.close_all()
