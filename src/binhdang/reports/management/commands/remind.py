from django.core.management.base import BaseCommand

from binhdang.activities.tasks import send_event_reminders
from binhdang.reports.tasks import send_reminders


class Command(BaseCommand):
    help = ("Nhắc hạn báo cáo (5 ngày, 1 ngày trước hạn và khi quá hạn) và các sự kiện sắp đến của kế hoạch (5 ngày, "
            "1 ngày trước) qua thư điện tử. Chạy mỗi ngày; việc được xếp hàng cho `binhdang db_worker` xử lý.")

    def handle(self, *args, **options):  # type: ignore[no-untyped-def]
        reports, events = send_reminders.enqueue(), send_event_reminders.enqueue()
        self.stdout.write(f"Đã xếp hàng việc nhắc hạn báo cáo ({reports.id}) và nhắc sự kiện ({events.id}).")
