"""Qt views that render what ``viewer`` describes.

pandas is imported here, before any module of this package imports PySide6: once PySide6 is
loaded, its import hook (for ``from __feature__ import ...``) runs on every later import, and
pandas with numpy is about 500 modules. Loaded first, start-up is 150 to 400 ms shorter here.
"""

import pandas  # noqa: F401
