# pg_trgm (near-duplicate claims) and unaccent (accent-insensitive search) are needed by
# later migrations and queries; both ship with Debian's PostgreSQL and the embedded server.
from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [TrigramExtension(), UnaccentExtension()]
