from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations, models


class Migration(migrations.Migration):
    # CONCURRENTLY: on a live table of a million claims, building the index must not block
    # ingest and review writes for the minutes it takes.
    atomic = False

    dependencies = [
        ("claims", "0007_search_vector"),
    ]

    operations = [
        AddIndexConcurrently(
            model_name="claim",
            index=models.Index(
                fields=["status", "-created_at", "id"], name="claim_status_created_idx"
            ),
        ),
    ]
