#!/usr/bin/env python
"""Django's command-line utility."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
    if sys.argv[1:2] == ["runserver"]:
        # The demo's web server: with no broker, tasks run on a background thread, not
        # inside the request (EAGER_TASKS_IN_BACKGROUND, core/background.py).
        os.environ.setdefault("EAGER_TASKS_IN_BACKGROUND", "true")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
