from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from binhdang.units.models import AdminUnit, Agency


@admin.register(AdminUnit)
class AdminUnitAdmin(admin.ModelAdmin):
    list_display = ["name", "level", "era", "code", "parent"]
    list_filter = ["era", "level"]
    search_fields = ["name", "search_name", "code"]
    raw_id_fields = ["parent"]


@admin.register(Agency)
class AgencyAdmin(SimpleHistoryAdmin):
    list_display = ["name", "unit", "kind", "is_standing"]
    list_filter = ["kind", "is_standing"]
    search_fields = ["name", "search_name"]
    raw_id_fields = ["unit"]
