"""What the About box says: this sortapp's version, the database's schema, which sortapp last
wrote it, and where it is."""

from __future__ import annotations

from dataclasses import dataclass

from sortapp import __version__
from sortapp.storage import backup as backup_sql
from sortapp.storage import migrations, written
from sortapp.storage.dbapi import Database


@dataclass(frozen=True)
class About:
    version: str
    #: The schema version the database records, and the one this sortapp writes.
    schema: int
    code_schema: int
    #: The database file, or the facility server (never its password).
    where: str
    #: The version of the sortapp that last wrote the database ('' when none recorded it).
    written_by: str


def about(db: Database, where: str) -> About:
    return About(
        __version__,
        backup_sql.schema_version(db),
        migrations.SCHEMA_VERSION,
        where,
        written.read(db),
    )
