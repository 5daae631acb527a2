"""Preload the indicator catalogue (binhdang.indicators.catalogue); running it again updates, never duplicates."""

from django.db import migrations


def load(apps, schema_editor):  # type: ignore[no-untyped-def]
    from binhdang.indicators.catalogue import catalogue

    Indicator = apps.get_model("indicators", "Indicator")
    fields = {f.name for f in Indicator._meta.get_fields()}  # the catalogue may know fields added later
    for row in catalogue():
        Indicator.objects.update_or_create(code=row["code"], defaults={
            k: v for k, v in row.items() if k != "code" and k in fields})


class Migration(migrations.Migration):
    dependencies = [("indicators", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
