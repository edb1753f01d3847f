"""Run the command line with ``python -m sortapp.cli``."""

from __future__ import annotations

import sys

from sortapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
