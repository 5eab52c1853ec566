"""The bundled app's smoke test: collected only by `make dist-check` (LEIDRAAD_DIST_CHECK=1),
which builds the bundle first; `make test` leaves these files alone."""
from __future__ import annotations

import os

if os.environ.get("LEIDRAAD_DIST_CHECK") != "1":
    collect_ignore_glob = ["test_*.py"]
