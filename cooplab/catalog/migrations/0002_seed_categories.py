from django.db import migrations


def seed(apps, schema_editor):
    from cooplab.catalog.categories import categories_sync

    categories_sync(apps.get_model("catalog", "Category"))


class Migration(migrations.Migration):
    dependencies = [("catalog", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
