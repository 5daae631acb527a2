"""The `binhdang` command: `binhdang parse [--json] FILE...` reads documents; anything else is Django's manage.

`parse` imports no Django, so it starts fast and runs where no database is configured.
"""

from __future__ import annotations

import argparse
import json
import os
import sys


def parse_main(argv: list[str]) -> int:
    from binhdang.reader import ReaderError, parse_file
    from binhdang.reader.summary import summarise

    ap = argparse.ArgumentParser(prog="binhdang parse", description="Đọc văn bản kế hoạch (.txt, .docx, .pdf).")
    ap.add_argument("--json", action="store_true", help="in kết quả dạng JSON (binhdang.plan/1)")
    ap.add_argument("files", nargs="+", metavar="FILE")
    args = ap.parse_args(argv)
    status = 0
    for i, name in enumerate(args.files):
        try:
            plan = parse_file(name)
        except ReaderError as exc:
            print(f"Lỗi khi đọc {name}: {exc}", file=sys.stderr)
            status = 2
            continue
        if args.json:
            print(json.dumps(plan, ensure_ascii=False, indent=1))
        else:
            if len(args.files) > 1:
                print(f"{'' if i == 0 else chr(10)}== {name}")
            print(summarise(plan))
    return status


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["parse"]:
        return parse_main(argv[1:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "binhdang.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["binhdang", *argv])
    return 0


if __name__ == "__main__":
    sys.exit(main())
