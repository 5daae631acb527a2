from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FrameConfig(AppConfig):
    name = "binhdang.frame"
    verbose_name = _("Khung giao diện")
