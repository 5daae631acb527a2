from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DashboardsConfig(AppConfig):
    name = "binhdang.dashboards"
    verbose_name = _("Tiến độ chỉ tiêu")
