# Brings the viewer / reviewer / editor groups to the permissions claims.roles lists now
# (editors gained the reviewer profile permissions). The lists are frozen here rather than
# imported, so that a later change to roles.py cannot change what this migration does.
from django.contrib.auth.management import create_permissions
from django.db import migrations

_READ = [
    "sources.view_source",
    "sources.view_article",
    "sources.view_evidence",
    "claims.view_claim",
    "claims.view_appearance",
    "claims.view_claimchange",
]
_REVIEW = [*_READ, "claims.change_claim", "sources.add_evidence", "sources.change_evidence"]
_EDIT = [
    *_REVIEW,
    "sources.add_source",
    "sources.change_source",
    "sources.add_article",
    "sources.change_article",
    "sources.delete_evidence",
    "claims.add_claim",
    "claims.view_reviewerprofile",
    "claims.add_reviewerprofile",
    "claims.change_reviewerprofile",
]
GROUP_PERMISSIONS = {"viewer": _READ, "reviewer": _REVIEW, "editor": _EDIT}


def sync_groups(apps, schema_editor):
    # Permissions for ReviewerProfile are normally made after migrate; make them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, perms in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        wanted = []
        for dotted in perms:
            app_label, codename = dotted.split(".")
            wanted.append(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        group.permissions.set(wanted)


class Migration(migrations.Migration):
    dependencies = [("claims", "0004_reviewer_profile")]
    operations = [migrations.RunPython(sync_groups, migrations.RunPython.noop)]
