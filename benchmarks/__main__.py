"""Run every benchmark and print its figures (python -m benchmarks)."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from benchmarks import (
        annotations,
        compare,
        desk,
        export,
        faults,
        importing,
        large_library,
        shared_library,
        translation,
        venv,
    )

    print(f"Triptych benchmarks (python {sys.version.split()[0]}, {os.cpu_count()} cores)")
    venv.run()
    desk.run()
    annotations.run()
    faults.run()
    translation.run()
    export.run()
    compare.run()
    importing.run()
    large_library.run()
    shared_library.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
