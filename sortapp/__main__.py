"""Run sortapp with ``python -m sortapp``."""

from __future__ import annotations

import sys

from sortapp.cli import main

sys.exit(main())
