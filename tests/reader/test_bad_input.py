"""Bad files get a clear Vietnamese message and exit code 2, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from binhdang.reader import ReaderError, parse_bytes

BINHDANG = [sys.executable, "-m", "binhdang.cli", "parse"]


def _image_only_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_fill_color(120, 120, 120)
    pdf.rect(20, 20, 150, 200, style="F")  # a scanned page: shapes, no text layer
    return bytes(pdf.output())


CASES = {
    "empty": (b"", "rỗng"),
    "whitespace": (b"  \n\n \t ", "rỗng"),
    "binary": (os.urandom(4096), "không phải văn bản"),
    "image_pdf": (_image_only_pdf(), "không có lớp chữ"),
    "broken_pdf": (b"%PDF-1.4\n garbage without objects", "PDF"),
    "broken_docx": (b"PK\x03\x04 not really a zip archive", ".docx"),
    "broken_image": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "không đọc được"),
    "not_a_plan": ("\n".join(f"Ngày {i}: hôm nay trời đẹp, chúng tôi đi chơi công viên lần thứ {i}." for i in range(30))
                   .encode(), "không giống"),
}


@pytest.mark.parametrize("name", CASES)
def test_reader_error_names_the_problem(name: str) -> None:
    data, phrase = CASES[name]
    with pytest.raises(ReaderError) as err:
        parse_bytes(data, f"{name}.bin")
    assert phrase in str(err.value)


@pytest.mark.parametrize("name", ["empty", "binary", "image_pdf", "not_a_plan"])
def test_cli_exits_2_with_message_and_no_traceback(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(CASES[name][0])
    run = subprocess.run([*BINHDANG, "--json", str(path)], capture_output=True, text=True)
    assert run.returncode == 2
    assert "Lỗi khi đọc" in run.stderr and CASES[name][1] in run.stderr
    assert "Traceback" not in run.stderr and run.stdout == ""


def test_a_50_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: the reader must refuse it by its size
    run = subprocess.run([*BINHDANG, str(path)], capture_output=True, text=True)
    assert run.returncode == 2 and "quá lớn" in run.stderr and "Traceback" not in run.stderr


def test_missing_file(tmp_path: Path) -> None:
    run = subprocess.run([*BINHDANG, str(tmp_path / "none.docx")], capture_output=True, text=True)
    assert run.returncode == 2 and "Không tìm thấy tệp" in run.stderr
