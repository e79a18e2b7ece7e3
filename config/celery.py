"""The Celery app. Settings come from Django's settings under the CELERY_ prefix."""

import functools
import os

import celery
from celery.signals import task_postrun, task_prerun
from celery.utils import uuid

from core import background

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")


class Task(celery.Task):
    """Every task of the project. With no broker (tasks eager) and EAGER_TASKS_IN_BACKGROUND
    on, the demo's web server, a task sent is run on core.background's thread instead of
    inside the request that sent it. Commands and the test suite leave the setting off and
    run tasks inline, so they end with the work done."""

    def apply_async(
        self,
        args=None,
        kwargs=None,
        task_id=None,
        producer=None,
        link=None,
        link_error=None,
        shadow=None,
        **options,
    ):
        if self.app.conf.task_always_eager and background.enabled():
            task_id = task_id or uuid()
            run = functools.partial(
                self.apply,
                args,
                kwargs,
                task_id=task_id,
                link=link,
                link_error=link_error,
                **options,
            )
            background.submit(run)
            return self.AsyncResult(task_id)
        return super().apply_async(
            args, kwargs, task_id, producer, link, link_error, shadow, **options
        )


app = celery.Celery("claim_tracker", task_cls=Task)
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
