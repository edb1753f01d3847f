"""Issue 16, round 3: on the server, no group may change a balance's or a reference weight's id
or code (column grants), while an admin changes the rest."""

from __future__ import annotations

import pytest

from sortapp.storage.db import open_server
from sortapp.storage.pgschema import roles


@pytest.mark.parametrize("table", ["balance_register", "reference_weights"])
def test_no_group_may_update_a_register_s_id_or_code(pg_site_url, table):
    owner = open_server(pg_site_url)
    try:

        def may(group: str, column: str) -> bool:
            return bool(
                owner.execute(
                    "SELECT has_column_privilege(?, ?, ?, 'UPDATE')", (group, table, column)
                ).fetchone()[0]
            )

        for group in roles.GROUPS:
            assert not may(group, "id") and not may(group, "code"), group
        assert may("sortapp_admin", "active") and not may("sortapp_supervisor", "active")
        assert owner.execute(
            "SELECT has_table_privilege('sortapp_admin', ?, 'INSERT')", (table,)
        ).fetchone()[0]
    finally:
        owner.close()
