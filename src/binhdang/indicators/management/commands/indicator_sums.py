from django.core.management.base import BaseCommand

from binhdang.indicators.rollup import sums_rebuild


class Command(BaseCommand):
    help = "Tính lại toàn bộ bảng tổng theo đơn vị chứa các xã (sau khi nạp số liệu ngoài ứng dụng)."

    def handle(self, *args, **options):  # type: ignore[no-untyped-def]
        self.stdout.write(f"{sums_rebuild():,}")
