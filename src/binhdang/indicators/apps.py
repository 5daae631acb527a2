from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    name = "binhdang.indicators"
    verbose_name = _("Chỉ số")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from binhdang.indicators.models import DataValue
        from binhdang.indicators.rollup import value_changed

        post_save.connect(value_changed, sender=DataValue, dispatch_uid="communesum-save")
        post_delete.connect(value_changed, sender=DataValue, dispatch_uid="communesum-delete")
