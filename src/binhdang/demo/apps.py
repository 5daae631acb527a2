from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo data: the top of the dependency order, it may use every app and nothing uses it."""

    name = "binhdang.demo"
    verbose_name = _("Dữ liệu trình diễn")
