"""Developer machine and `make demo`."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
# Mail goes to the console unless EMAIL_URL (or EMAIL_BACKEND) says otherwise.
if not env("EMAIL_URL", default=""):
    EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
