# The trigram index the candidate search needs lives on claims_claim, a table of the
# claims app. It is created here, by the app that needs it, with raw SQL so the claims
# app's model state (owned by another team) does not change; IF NOT EXISTS keeps it safe
# should that app ever declare the same index.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("matching", "0001_initial"),
        ("core", "0001_postgres_extensions"),
    ]
    operations = [
        migrations.RunSQL(
            sql=(
                "CREATE INDEX IF NOT EXISTS claims_claim_normalized_trgm "
                "ON claims_claim USING gin (normalized gin_trgm_ops)"
            ),
            reverse_sql="DROP INDEX IF EXISTS claims_claim_normalized_trgm",
        ),
    ]
