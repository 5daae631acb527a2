from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from simple_history.admin import SimpleHistoryAdmin

from binhdang.accounts.models import User


@admin.register(User)
class UserAdmin(SimpleHistoryAdmin, BaseUserAdmin):
    list_display = ["username", "get_full_name", "role", "unit", "agency", "is_active"]
    list_filter = ["role", "is_active"]
    raw_id_fields = ["unit", "agency"]
    fieldsets = (*BaseUserAdmin.fieldsets, ("binhdang", {"fields": ("role", "unit", "agency")}))  # type: ignore[misc]
