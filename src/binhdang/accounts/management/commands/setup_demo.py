from django.core.management.base import BaseCommand

from binhdang.accounts.services import DEMO_PASSWORD, demo_setup


class Command(BaseCommand):
    help = "Chuẩn bị dữ liệu trình diễn: đơn vị hành chính, cơ quan của ba tỉnh mẫu, một tài khoản cho mỗi vai trò."

    def handle(self, *args, **options):  # type: ignore[no-untyped-def]
        accounts = demo_setup()
        self.stdout.write("\nbinhdang đã sẵn sàng: http://127.0.0.1:8000/\n")
        self.stdout.write(f"Tài khoản trình diễn (mật khẩu chung: {DEMO_PASSWORD}):")
        for username, role, unit in accounts:
            self.stdout.write(f"  {username:24s} {role:34s} {unit}")
        self.stdout.write("")
