from django.core.management.base import BaseCommand, CommandError

from binhdang.accounts.models import User
from binhdang.indicators.tokens import token_create


class Command(BaseCommand):
    help = "Tạo khoá API cho một tài khoản (in ra một lần; hệ thống chỉ giữ mã băm)."

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument("username")
        parser.add_argument("--name", default="API")

    def handle(self, *args, **options):  # type: ignore[no-untyped-def]
        try:
            user = User.objects.get(username=options["username"])
        except User.DoesNotExist as exc:
            raise CommandError(f"Không có tài khoản «{options['username']}».") from exc
        self.stdout.write(token_create(user, options["name"]))
