"""A process that runs write paths and is killed at the n-th step (SIGKILL, no goodbye).

``python -m tests.faults.killer`` reads one JSON line per run on stdin -- the path, the
run's folders, the step to die at -- forks a child for it (the imports are made once,
here; the child opens the database itself), and answers with the child's end: "killed",
or "done" when the path had fewer steps this time. The parent holds no database
connection and no threads when it forks.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path


def _child(job: dict[str, str]) -> None:
    from desktop.core.paths import DataDir
    from desktop.services import argos
    from desktop.storage.database import close_database, open_database
    from tests.faults.injection import Injector, injecting
    from tests.faults.paths import BY_NAME, Env

    path = BY_NAME[job["path"]]
    env = Env(DataDir(Path(job["data"])), Path(job["out"]), Path(job["inputs"]),
              Path(job["model"]) if job.get("model") else None)
    argos.configure(env.data.root)
    kill_at = int(job["kill_at"])

    def on_step(step: object) -> None:
        if getattr(step, "number", 0) == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    if not path.opens:
        open_database(env.data.database)
    with injecting(Injector(env.root, on_step=on_step)):
        try:
            path.run(env)
        except Exception:  # a kill is what is tested; an error here is a plain failure of the run
            close_database()
            os._exit(3)
    close_database()
    os._exit(0)


def main() -> int:
    import importlib

    for module in ("desktop.services.annotation_service", "desktop.services.annotation_import",
                   "desktop.services.export", "desktop.services.importing", "tests.faults.paths"):
        importlib.import_module(module)  # once, before the forks

    for line in sys.stdin:
        job = json.loads(line)
        pid = os.fork()
        if pid == 0:
            try:
                _child(job)
            finally:
                os._exit(4)
        _pid, status = os.waitpid(pid, 0)
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
            answer = "killed"
        elif os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
            answer = "done"
        else:
            answer = f"failed {status}"
        print(answer, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
