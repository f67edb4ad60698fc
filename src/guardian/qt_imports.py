"""Keep PySide6's import hook from holding every module's source in memory.

Once PySide6.QtCore is imported, PySide6 looks at every module imported after it to see whether its source mentions
"PySide6" (that decides whether `from __feature__ import ...` may apply to the module). It reads the source with
inspect.getsource, which leaves every line of every such module in linecache for the rest of the run: about 20 MiB
once SQLAlchemy is loaded, a third of Guardian's memory at start. `install()` swaps in the same test made on the
file's bytes, which keeps nothing, and answers at once for the standard library, whose sources never mention PySide6.
The answer for each module is unchanged; modules without a .py file still go to PySide6's own test. If a PySide6
version no longer has the hook, nothing is changed.
"""

from __future__ import annotations

import sys
from types import ModuleType

HOOK_MODULE = "shibokensupport.feature"
MARK = b"PySide6"


def install() -> bool:
    """Import PySide6.QtCore and trim its import hook; True if the hook was found and replaced (or already was)."""
    import PySide6.QtCore  # noqa: F401 (installs the hook this replaces)

    feature = sys.modules.get(HOOK_MODULE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None:
        return False
    if getattr(original, "guardian_trimmed", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        if str(getattr(module, "__name__", "")).partition(".")[0] in sys.stdlib_module_names:
            return False
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return MARK in source.read()
        except OSError:  # PySide6's own test also answers False for a module whose source cannot be read
            return False

    uses_pyside.guardian_trimmed = True
    feature._mod_uses_pyside = uses_pyside
    return True
