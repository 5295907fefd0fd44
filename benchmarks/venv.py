"""The set-up's size: the virtualenv `make` made (goal <= 700 MB), what of it the program
itself needs (what `pip install .` brings), and its largest parts."""

from __future__ import annotations

import sys
from importlib.metadata import Distribution, PackageNotFoundError, distribution, distributions
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name


def _size(paths: list[Path]) -> int:
    """Bytes on disk, as `du` counts them."""
    return sum(p.lstat().st_blocks * 512 for p in paths if p.exists() or p.is_symlink())


def _dist_size(dist: Distribution) -> int:
    return _size([Path(str(dist.locate_file(f))) for f in dist.files or []])


def _runtime() -> set[str]:
    """Triptych and every distribution its (non-dev) requirements bring."""
    seen, todo = {"triptych"}, ["triptych"]
    while todo:
        for line in distribution(todo.pop()).requires or []:
            requirement = Requirement(line)
            if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
                continue
            key = canonicalize_name(requirement.name)
            if key not in seen:
                try:
                    distribution(key)
                except PackageNotFoundError:
                    continue
                seen.add(key)
                todo.append(key)
    return seen


def run() -> None:
    prefix = Path(sys.prefix)
    total = _size([prefix, *prefix.rglob("*")])
    sizes = sorted(((_dist_size(d), d.metadata["Name"]) for d in distributions()), reverse=True)
    runtime = _runtime()
    needed = sum(size for size, name in sizes if canonicalize_name(name) in runtime)
    parts = ", ".join(f"{name} {size / 2**20:.0f} MB" for size, name in sizes[:6])
    print(f"set-up: {prefix.name} is {total / 2**20:.0f} MB (goal <= 700 MB), of which the program's own "
          f"dependencies (what `pip install .` brings) {needed / 2**20:.0f} MB and tools for tests, lint and "
          f"builds the rest; largest: {parts}")
