"""The case key file, read by the settings (so: no Django import here)."""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.fernet import Fernet


def keys_from_file(path: Path, *, create: bool) -> list[str]:
    """The keys a key file holds; a new file (owner-only) with one fresh key when `create` and it is missing."""
    if not path.exists() and create:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as out:
            out.write(Fernet.generate_key().decode() + "\n")
    if not path.exists():
        return []
    return [line.strip() for line in path.read_text().splitlines() if line.strip() and not line.startswith("#")]
