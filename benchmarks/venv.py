"""The set-up's size: the virtualenv `make` made (goal <= 700 MB), and its largest parts."""

from __future__ import annotations

import sys
from importlib.metadata import distributions
from pathlib import Path


def _size(paths: list[Path]) -> int:
    """Bytes on disk, as `du` counts them."""
    return sum(p.lstat().st_blocks * 512 for p in paths if p.exists() or p.is_symlink())


def run() -> None:
    prefix = Path(sys.prefix)
    total = _size([prefix, *prefix.rglob("*")])
    largest = []
    for dist in distributions():
        files = [Path(str(dist.locate_file(f))) for f in dist.files or []]
        largest.append((_size(files), dist.metadata["Name"]))
    largest.sort(reverse=True)
    parts = ", ".join(f"{name} {size / 2**20:.0f} MB" for size, name in largest[:5])
    reference = next((size for size, name in largest if name.lower() == "argostranslate"), 0)
    print(f"set-up: {prefix.name} is {total / 2**20:.0f} MB (goal <= 700 MB); largest: {parts}; "
          f"argostranslate (--no-deps, tests and benchmarks only) {reference / 2**20:.1f} MB")
