from django.contrib.auth.management import create_permissions
from django.db import migrations

PERMISSIONS = ["moderate_review"]


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="platform_staff")
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="reviews", codename__in=PERMISSIONS)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="platform_staff").first()
    if group:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="reviews", codename__in=PERMISSIONS)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("reviews", "0001_reviews"),
        ("accounts", "0002_role_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
