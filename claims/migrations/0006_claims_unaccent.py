# unaccent() is STABLE (its dictionary could change), so PostgreSQL refuses it in generated
# columns and indexes. This IMMUTABLE wrapper pins the dictionary, which is what every
# full-text-search-with-unaccent setup does; the next migration builds on it.
from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION claims_unaccent(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
"""


class Migration(migrations.Migration):
    dependencies = [("claims", "0005_sync_group_permissions"), ("core", "0001_postgres_extensions")]
    operations = [migrations.RunSQL(CREATE, "DROP FUNCTION IF EXISTS claims_unaccent(text);")]
