from django.core.management.base import BaseCommand

from binhdang.reports.tasks import send_reminders


class Command(BaseCommand):
    help = ("Nhắc hạn báo cáo (5 ngày, 1 ngày trước hạn và khi quá hạn) qua thư điện tử và trang chủ. "
            "Chạy mỗi ngày; việc được xếp hàng cho `binhdang db_worker` xử lý.")

    def handle(self, *args, **options):  # type: ignore[no-untyped-def]
        result = send_reminders.enqueue()
        self.stdout.write(f"Đã xếp hàng việc nhắc hạn báo cáo ({result.id}).")
