from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CasesConfig(AppConfig):
    name = "binhdang.cases"
    label = "cases"
    verbose_name = _("Vụ việc bạo lực gia đình, bạo lực trên cơ sở giới, mua bán người")

    def ready(self) -> None:
        from binhdang.cases.crypto import refuse_to_start_without_keys

        refuse_to_start_without_keys()
