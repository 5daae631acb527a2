import time

from django.core.management.base import BaseCommand

from binhdang.units.services import units_load


class Command(BaseCommand):
    help = "Nạp các đơn vị hành chính (hai cấp từ 01/7/2025 và ba cấp trước đó) cùng quan hệ kế thừa."

    def handle(self, *args, **options):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        counts = units_load()
        self.stdout.write(
            f"Đã nạp {counts['provinces']} tỉnh/thành, {counts['communes']} xã/phường (hiện hành); "
            f"{counts['legacy_provinces']} tỉnh, {counts['legacy_districts']} huyện, {counts['legacy_communes']} xã "
            f"(trước 01/7/2025); {counts['lineage']} quan hệ kế thừa, trong {time.perf_counter() - start:.1f} giây."
        )
