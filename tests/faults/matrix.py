"""The fault matrix: which write path met which fault, how often, and how it ended.

Each test of tests/faults records its runs here; the report (the end of the pytest
run, and ``make bench``) prints paths × faults with the runs in each cell and the
outcome: "ok" when every run ended as it must (one sentence and nothing changed, or
done completely), else the number of runs that did not.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field


@dataclass
class Cell:
    runs: int = 0
    failed: int = 0
    examples: list[str] = field(default_factory=list)


class Matrix:
    def __init__(self, title: str) -> None:
        self.title = title
        self.cells: dict[tuple[str, str], Cell] = defaultdict(Cell)

    def record(self, path: str, fault: str, ok: bool, note: str = "") -> None:
        cell = self.cells[(path, fault)]
        cell.runs += 1
        if not ok:
            cell.failed += 1
            if len(cell.examples) < 3:
                cell.examples.append(note)

    def lines(self) -> list[str]:
        if not self.cells:
            return []
        paths = list(dict.fromkeys(p for p, _f in self.cells))
        faults = list(dict.fromkeys(f for _p, f in self.cells))
        width = max(len(p) for p in paths)
        out = [f"{self.title}: {len(paths)} write paths x {len(faults)} faults, {len(self.cells)} cells, "
               f"{sum(c.runs for c in self.cells.values())} runs, "
               f"{sum(1 for c in self.cells.values() if c.failed)} cells failing"]
        out.append(" " * width + " | " + " | ".join(faults))
        for p in paths:
            row = []
            for f in faults:
                cell = self.cells.get((p, f))
                if cell is None:
                    text = "-"
                else:
                    text = f"ok {cell.runs}" if not cell.failed else f"FAIL {cell.failed}/{cell.runs}"
                row.append(text.center(len(f)))
            out.append(p.ljust(width) + " | " + " | ".join(row))
        return out


MATRICES: dict[str, Matrix] = {}


def matrix(title: str) -> Matrix:
    if title not in MATRICES:
        MATRICES[title] = Matrix(title)
    return MATRICES[title]
