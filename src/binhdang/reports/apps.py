from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "binhdang.reports"
    verbose_name = "Báo cáo"
