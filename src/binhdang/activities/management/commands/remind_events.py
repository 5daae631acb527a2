from django.core.management.base import BaseCommand

from binhdang.activities.tasks import send_event_reminders


class Command(BaseCommand):
    help = ("Nhắc trước các sự kiện của kế hoạch (Tháng hành động …) 5 ngày và 1 ngày qua thư điện tử. "
            "Chạy mỗi ngày; việc được xếp hàng cho `binhdang db_worker` xử lý.")

    def handle(self, *args, **options):  # type: ignore[no-untyped-def]
        result = send_event_reminders.enqueue()
        self.stdout.write(f"Đã xếp hàng việc nhắc sự kiện ({result.id}).")
