from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActivitiesConfig(AppConfig):
    name = "binhdang.activities"
    verbose_name = _("Sổ theo dõi hoạt động")
