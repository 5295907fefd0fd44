"""How right the aligner's suggestions are, score band by score band: the figures behind
the Compare bar's words "strong", "likely" and "weak" (desktop/ui/compare_bar.py).

    python -m tests.support.compare_bands [--bands 0.25,0.45] [SET|FOLDER ...]

For each band of scores (the bar's thresholds by default) and each mode (with the
translations, and on names, numbers, dates and quotations alone), it counts the
suggestions made on the development sets of tests/data/compare (or the sets named, as
tests.support.compare_eval takes them) and how many are gold pairs: sure, or sure or
possible ("right", as compare_eval's precision counts them). The finer table under it
(bands of 0.05) shows where rightness changes, which is what a threshold is chosen on.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field

from tests.support.compare_eval import _pair, load, run, sets, unit_name


@dataclass
class Band:
    low: float
    high: float
    found: int = 0
    right: int = 0
    sure: int = 0
    wrong: list[str] = field(default_factory=list)

    def line(self) -> str:
        share = f"{self.right / self.found:4.0%}" if self.found else "   -"
        sure = f"{self.sure / self.found:4.0%}" if self.found else "   -"
        top = "1.00" if self.high > 1 else f"{self.high:.2f}"
        return f"  [{self.low:.2f}, {top}) {self.found:4} suggestions, {self.right:4} right ({share}), " \
               f"{self.sure:4} sure ({sure})"


def bands_of(edges: list[float]) -> list[Band]:
    cuts = [0.0, *sorted(edges), 1.01]
    return [Band(lo, hi) for lo, hi in zip(cuts, cuts[1:], strict=False)]


def count(names: list[str], edges: list[float], *, translated: bool) -> list[Band]:
    bands = bands_of(edges)
    for folder in sets(names):
        gold = load(folder)
        possible = gold.sure | gold.possible
        for m in run(gold, translated=translated).suggestions():
            pair = _pair(unit_name(gold, m.a), unit_name(gold, m.b))
            band = next(b for b in bands if b.low <= m.score < b.high)
            band.found += 1
            band.right += pair in possible
            band.sure += pair in gold.sure
            if pair not in possible:
                band.wrong.append(f"{folder.name} {m.score:.2f} {pair[0]} {pair[1]}")
    return bands


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bands", default="", help="thresholds, e.g. 0.25,0.45 (default: the bar's)")
    parser.add_argument("--wrong", action="store_true", help="list the suggestions that are no gold pair")
    parser.add_argument("sets", nargs="*")
    args = parser.parse_args(argv)
    if args.bands:
        edges = [float(x) for x in args.bands.split(",")]
    else:
        from desktop.ui.compare_bar import LIKELY, STRONG

        edges = [LIKELY, STRONG]
    fine = [round(0.05 * k, 2) for k in range(1, 20)]
    for mode, translated in (("with translations", True), ("on names, numbers, dates alone", False)):
        for label, cuts in (("bands", edges), ("finer", fine)):
            bands = count(args.sets, cuts, translated=translated)
            total = sum(b.found for b in bands)
            print(f"{mode}, {label} ({total} suggestions):")
            for band in bands:
                if band.found or label == "bands":
                    print(band.line())
                    if args.wrong and label == "bands":
                        print("\n".join(f"      not gold: {w}" for w in band.wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
