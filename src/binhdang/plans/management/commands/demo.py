import os
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from binhdang.accounts.models import User
from binhdang.accounts.services import DEMO_PASSWORD, demo_setup
from binhdang.plans.services import plans_import_files


class Command(BaseCommand):
    help = ("Dữ liệu trình diễn: đơn vị hành chính, cơ quan, một tài khoản cho mỗi vai trò, và các kế hoạch mẫu "
            "(mỗi tệp trong thư mục --seeds) được nhập vào đơn vị ban hành của chúng và xác nhận.")

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        default = os.environ.get("BINHDANG_SEEDS", str(Path.cwd().parent / "shared" / "seeds"))
        parser.add_argument("--seeds", default=default, help="thư mục văn bản kế hoạch mẫu (mặc định %(default)s)")

    def handle(self, *args, **options):  # type: ignore[no-untyped-def]
        accounts = demo_setup()
        seeds = Path(options["seeds"])
        if not seeds.is_dir():
            raise CommandError(f"Không thấy thư mục văn bản mẫu: {seeds}")
        admin = User.objects.get(username="quantri")
        for path, plan, error in plans_import_files(sorted(seeds.iterdir()), admin):
            if plan is None:
                self.stdout.write(f"  {path.name}: {error}")
            else:
                self.stdout.write(f"  {path.name} → {plan} · {plan.unit} ({plan.duties.count()} nhiệm vụ)")
        self.stdout.write("\nbinhdang đã sẵn sàng: http://127.0.0.1:8000/\n")
        self.stdout.write(f"Tài khoản trình diễn (mật khẩu chung: {DEMO_PASSWORD}):")
        for username, role, unit in accounts:
            self.stdout.write(f"  {username:24s} {role:34s} {unit}")
        self.stdout.write("")
