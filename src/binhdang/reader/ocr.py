"""Scanned documents: PDF pages without a text layer, and images (.png, .jpg), read through Tesseract's
Vietnamese model (Debian's tesseract-ocr and tesseract-ocr-vie, driven by pytesseract). Pages are rasterised by
pypdfium2 at the scan's own resolution (no more pixels than the scanner took), between 150 and 300 dpi."""

from __future__ import annotations

import io
from typing import Any

from binhdang.reader.errors import ReaderError

MAX_PAGES = 40  # a plan is rarely longer; a scan of a whole register would keep the import waiting for minutes
SCANNED = ("Văn bản được đọc bằng nhận dạng chữ (OCR) từ bản scan: hãy đối chiếu với bản gốc, nhất là số, ngày, "
           "chỉ tiêu và tên cơ quan.")


def _tesseract() -> Any:
    try:
        import pytesseract

        if "vie" not in pytesseract.get_languages(config=""):
            raise RuntimeError("vie")
    except (ImportError, OSError, RuntimeError) as exc:  # TesseractNotFoundError is an OSError
        raise ReaderError(
            "Tệp là bản scan (không có lớp chữ) và máy chủ chưa cài bộ nhận dạng chữ tiếng Việt (gói "
            "tesseract-ocr-vie). Hãy dùng tệp Word gốc, hoặc nhờ quản trị cài bộ nhận dạng chữ."
        ) from exc
    return pytesseract


def _read(images: list[Any]) -> str:
    tesseract = _tesseract()
    # psm 4: one column of text of varying sizes, as an administrative page is (header cells read line by line).
    return "\n\n".join(tesseract.image_to_string(img.convert("L"), lang="vie", config="--psm 4") for img in images)


def pdf_pages(data: bytes) -> tuple[str, list[str]]:
    """The text of a PDF without a text layer, and the warnings to show."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    warnings = [SCANNED]
    pdf = pdfium.PdfDocument(data)
    try:
        if len(pdf) > MAX_PAGES:
            warnings.append(f"Bản scan có {len(pdf)} trang: chỉ {MAX_PAGES} trang đầu được nhận dạng.")
        images = []
        for index in range(min(len(pdf), MAX_PAGES)):
            page = pdf[index]
            width_pt = page.get_width() or 595
            dpi = 300.0
            scans = list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))
            if len(scans) == 1:  # one image over the page: the scanner's own resolution
                dpi = min(300.0, max(150.0, scans[0].get_px_size()[0] / (width_pt / 72)))
            images.append(page.render(scale=dpi / 72).to_pil())
        return _read(images), warnings
    finally:
        pdf.close()


def image(data: bytes) -> tuple[str, list[str]]:
    """The text of a photographed or scanned page (.png, .jpg, a multi-page .tif)."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        picture = Image.open(io.BytesIO(data))
        frames = [frame.copy() for frame in ImageSequence.Iterator(picture)][:MAX_PAGES]
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise ReaderError("Tệp ảnh bị hỏng, không đọc được. Hãy chụp hoặc quét lại trang văn bản.") from exc
    return _read(frames), [SCANNED]
