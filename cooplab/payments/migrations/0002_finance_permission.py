"""The `payments.manage_finance` permission (staff finance pages), given to the platform staff
group."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="platform_staff")
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="payments", codename="manage_finance")
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="platform_staff").first()
    if group:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="payments", codename="manage_finance")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("payments", "0001_payments"),
        ("accounts", "0002_role_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
