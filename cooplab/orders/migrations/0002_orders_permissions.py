"""The `orders.manage_orders` permission (staff order pages), given to the platform staff
group. Only Meta options change: no table is touched."""

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
        *Permission.objects.filter(content_type__app_label="orders", codename="manage_orders")
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="platform_staff").first()
    if group:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="orders", codename="manage_orders")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("orders", "0001_initial"),
        ("accounts", "0002_role_groups"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="cooperativeorder",
            options={
                "ordering": ["-created_at", "-id"],
                "permissions": [("manage_orders", "Can manage orders")],
                "verbose_name": "cooperative order",
                "verbose_name_plural": "cooperative orders",
            },
        ),
        migrations.RunPython(grant, revoke),
    ]
