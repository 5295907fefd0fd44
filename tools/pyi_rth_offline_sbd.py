"""PyInstaller runtime hook: stand-ins for argostranslate's sentence splitters.

argostranslate imports stanza (which pulls in torch) and minisbd (onnxruntime) at
module level, though Triptych never uses them: it splits sentences itself, offline.
The standalone build leaves those (and their gigabyte of dependencies) out; these
stand-ins let argostranslate import and fail loudly if a splitter were ever called.
"""

import sys
import types


def _refuse(*_args, **_kwargs):
    raise RuntimeError("argostranslate's downloading sentence splitters are not part of Triptych")


if "stanza" not in sys.modules:
    try:
        import stanza  # noqa: F401
    except ImportError:
        stanza = types.ModuleType("stanza")
        stanza.Pipeline = _refuse
        sys.modules["stanza"] = stanza

if "minisbd" not in sys.modules:
    try:
        import minisbd  # noqa: F401
    except ImportError:
        minisbd = types.ModuleType("minisbd")
        models = types.ModuleType("minisbd.models")
        models.cache_dir = ""
        models.list_models = lambda: []
        models.download_models = _refuse
        minisbd.models = models
        minisbd.SBDetect = _refuse
        sys.modules["minisbd"] = minisbd
        sys.modules["minisbd.models"] = models
