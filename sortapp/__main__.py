"""Run sortapp with ``python -m sortapp``."""

from __future__ import annotations

import sys

from sortapp.launch import main

if __name__ == "__main__":  # not when verify's worker processes import the main module
    sys.exit(main())
