import os
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from binhdang.accounts.models import User
from binhdang.demo.services import (
    DEMO_PASSWORD,
    demo_accounts,
    demo_living_year,
    demo_registers,
    demo_seeds_import,
    rounds_summary,
)


class Command(BaseCommand):
    help = ("Dữ liệu trình diễn: đơn vị hành chính, cơ quan, một tài khoản cho mỗi vai trò, các kế hoạch mẫu "
            "(mỗi tệp trong thư mục --seeds) được nhập vào đơn vị ban hành của chúng và xác nhận, rồi năm 2026 của "
            "thành phố Hải Phòng: kế hoạch, kỳ báo cáo, báo cáo ở mọi tình trạng, số liệu chỉ tiêu. Chạy lại không "
            "thay đổi gì.")

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        default = os.environ.get("BINHDANG_SEEDS", str(Path.cwd().parent / "shared" / "seeds"))
        parser.add_argument("--seeds", default=default, help="thư mục văn bản kế hoạch mẫu (mặc định %(default)s)")

    def handle(self, *args, **options):  # type: ignore[no-untyped-def]
        seeds = Path(options["seeds"])
        if not seeds.is_dir():
            raise CommandError(f"Không thấy thư mục văn bản mẫu: {seeds}")
        accounts = demo_accounts()
        admin = User.objects.get(username="quantri")
        for path, plan, error in demo_seeds_import(seeds, admin):
            if plan is None:
                self.stdout.write(f"  {path.name}: {error}")
            else:
                self.stdout.write(f"  {path.name} → {plan} · {plan.unit} ({plan.duties.count()} nhiệm vụ)")
        year = demo_living_year()
        self.stdout.write(f"\nNăm 2026 ở {year['plan'].unit}{'' if year['built'] else ' (đã có, giữ nguyên)'}:")
        self.stdout.write(f"  {year['plan']} ({year['plan'].duties.count()} nhiệm vụ)")
        for line in rounds_summary(year["rounds"]):
            self.stdout.write(f"  {line}")
        if year["values"]:
            self.stdout.write(f"  {year['values']} số liệu chỉ số 2016–2025 đã ghi")
        registers = demo_registers()
        self.stdout.write(f"  {registers['activities']} hoạt động trong sổ, {registers['cases']} vụ việc giả định")
        port = os.environ.get("PORT", "8000")
        self.stdout.write(f"\nbinhdang đã sẵn sàng: http://127.0.0.1:{port}/\n")
        self.stdout.write(f"Tài khoản trình diễn (mật khẩu chung: {DEMO_PASSWORD}):")
        for account, role, unit in accounts:
            self.stdout.write(f"  {account.username:22s} {role:32s} {unit:22s} {account.use}")
        self.stdout.write("")
