"""The Celery app. Settings come from Django's settings under the CELERY_ prefix."""

import os

from celery import Celery
from celery.signals import task_postrun, task_prerun

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")

app = Celery("claim_tracker")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@task_prerun.connect
@task_postrun.connect
def close_stale_connections(**kwargs) -> None:
    """A task is a request: drop connections PostgreSQL closed (restart,
    pg_terminate_backend) or that outlived CONN_MAX_AGE, before and after each one, so the
    next query reconnects instead of failing. Celery's Django fixup does much the same;
    this keeps the guarantee explicit. Eager tasks share the caller's connection and
    transaction: leave them alone."""
    task = kwargs.get("task")
    if task is not None and getattr(task.request, "is_eager", False):
        return
    from django.db import close_old_connections

    close_old_connections()
