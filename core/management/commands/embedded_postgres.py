from django.conf import settings
from django.core.management.base import BaseCommand

from core.embedded_postgres import ensure_running, stop


class Command(BaseCommand):
    help = "Start, stop or locate the embedded PostgreSQL under .data/ (used when DATABASE_URL is unset)."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["start", "stop", "status"])

    def handle(self, *args, action: str, **options):
        pgdata = settings.DATA_DIR / "postgres"
        if action == "stop":
            stopped = stop(pgdata)
            self.stdout.write("stopped" if stopped else "not running")
        else:
            db = ensure_running(pgdata, settings.EMBEDDED_DATABASE_NAME)
            self.stdout.write(
                f"running: socket {db.socket_dir}, port {db.port}, database {db.name}"
            )
