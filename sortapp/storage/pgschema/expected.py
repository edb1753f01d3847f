"""Write ``pgschema.EXPECTED`` from a server database that ``pgschema.apply`` just made:

    python -m sortapp.storage.pgschema.expected postgresql://OWNER@HOST:PORT/EMPTY_DB

(The tests check the file against a database they make; run this after changing a step.)
"""

from __future__ import annotations

import json
import sys

from sortapp.storage import integrity_pg, pg, pgschema


def listing(db: pg.PgDatabase) -> list[list[str]]:
    """The schema of ``db`` as ``EXPECTED`` holds it: [kind, name, definition], sorted."""
    return [[kind, name, text] for (kind, name), text in sorted(integrity_pg.schema(db).items())]


def main(argv: list[str]) -> int:
    db = pg.connect(argv[0])
    try:
        pgschema.apply(db)
        text = json.dumps(listing(db), indent=1, ensure_ascii=False) + "\n"
    finally:
        db.close()
    pgschema.EXPECTED.write_text(text, "utf-8")
    print(f"wrote {pgschema.EXPECTED}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
