"""Load the catalogue again: the counts a round's numbers section feeds (communication, inspections) were added
and the victims-supported count named for gender-based violence as the report form asks it."""

from importlib import import_module

from django.db import migrations

load = import_module("binhdang.indicators.migrations.0002_catalogue").load


class Migration(migrations.Migration):
    dependencies = [("indicators", "0002_catalogue")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
