"""The document reader: Vietnamese administrative plans (.txt, .docx, .pdf) to structured plans.

Pure Python, no Django: text in, plan out (a dict valid against shared/spec/plan.schema.json).

    from binhdang.reader import parse_file, parse_bytes, parse_text, read_document, ReaderError
"""

from binhdang.reader.errors import ReaderError
from binhdang.reader.parse import SCHEMA, parse_bytes, parse_file, parse_text, read_document

__all__ = ["SCHEMA", "ReaderError", "parse_bytes", "parse_file", "parse_text", "read_document"]
