"""Leave-one-set-out choice of the aligner's numbers (desktop.core.align.Params).

    python -m tests.support.compare_loo FIELD=V1,V2,... [FIELD=...]

Every combination of the values given (and the engine's defaults) is scored on every
set of tests/data/compare. For each set in turn, the combination with the best pooled
sentence-match F1 on the *other* sets is taken (the defaults win a tie) and scored on
the one left out: that is what a choice made on the development sets can be expected
to do on a set it never saw. The table shows, per held-out set, the choice and its
match and only-here F1 against the defaults; the last lines pool the held-out counts
and say whether the rule for keeping a change holds (pooled held-out match F1 rises and
no set loses more than 0.02 of match or only-here F1).

A grid that only the sets it was chosen on like shows here as no gain: tuning the five
sets together and reading the same sets back always looks better than it is.
"""

from __future__ import annotations

import dataclasses
import itertools
import sys
from functools import reduce
from typing import Any

from desktop.core.align import DEFAULT, Params, align
from desktop.core.align_features import PreparedDocument, prepare
from tests.support.compare_eval import GoldSet, Score, documents, evaluate, load, sets

#: How much a set may lose for a change to be kept.
_TOLERANCE = 0.02


def _pooled(scores: list[Score]) -> Score:
    return reduce(lambda a, b: a + b, scores)


def _grid(argv: list[str]) -> list[Params]:
    fields = {f.name: f.type for f in dataclasses.fields(Params)}
    axes: list[list[tuple[str, Any]]] = []
    for arg in argv:
        name, _, values = arg.partition("=")
        if name not in fields or not values:
            raise SystemExit(f"{arg}: expected FIELD=V1,V2 with FIELD one of {', '.join(fields)}")
        cast = int if fields[name] in (int, "int") else float
        axes.append([(name, cast(v)) for v in values.split(",")])
    grid = [DEFAULT]
    for combination in itertools.product(*axes):
        params = dataclasses.replace(DEFAULT, **dict(combination))
        if params not in grid:
            grid.append(params)
    return grid


def _changed(params: Params) -> str:
    diff = [f"{f.name}={getattr(params, f.name)}" for f in dataclasses.fields(Params)
            if getattr(params, f.name) != getattr(DEFAULT, f.name)]
    return " ".join(diff) or "defaults"


def main(argv: list[str]) -> int:
    names = [p.name for p in sets([])]
    gold: dict[str, GoldSet] = {n: load(n) for n in names}
    prepared: dict[str, list[PreparedDocument]] = {
        n: [prepare(d, "en") for d in documents(gold[n], translated=True)] for n in names}
    grid = _grid(argv)
    scored = [{n: evaluate(gold[n], align(prepared[n], params=p)) for n in names} for p in grid]
    held_matches, held_only, kept = [], [], True
    print(f"{'held out':10} {'chosen on the other sets':40} {'match F1':>15} {'only-here F1':>15}")
    for held in names:
        train = [n for n in names if n != held]
        best = max(range(len(grid)), key=lambda k: (round(_pooled([scored[k][n][0] for n in train]).f1, 9), k == 0))
        (m0, o0), (m1, o1) = scored[0][held], scored[best][held]
        held_matches.append(m1)
        held_only.append(o1)
        kept &= m1.f1 >= m0.f1 - _TOLERANCE and o1.f1 >= o0.f1 - _TOLERANCE
        print(f"{held:10} {_changed(grid[best]):40} {m0.f1:6.3f} -> {m1.f1:.3f} {o0.f1:6.3f} -> {o1.f1:.3f}")
    before_m, before_o = _pooled([scored[0][n][0] for n in names]), _pooled([scored[0][n][1] for n in names])
    after_m, after_o = _pooled(held_matches), _pooled(held_only)
    print(f"pooled held-out: match F1 {before_m.f1:.3f} -> {after_m.f1:.3f}, "
          f"only-here F1 {before_o.f1:.3f} -> {after_o.f1:.3f}")
    kept &= after_m.f1 > before_m.f1
    print("keep: yes" if kept else "keep: no (no gain on held-out sets, or a set loses more than "
          f"{_TOLERANCE})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
