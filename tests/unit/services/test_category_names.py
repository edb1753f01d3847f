"""The assortment's names in other languages (issue 18): kept per language for categories and for
the size classes, models, qualities and colours their names are composed of; set and cleared by a
supervisor or admin (signed, audited), imported from CSV, shown in English where there is none."""

from __future__ import annotations

import pytest

from sortapp import paths
from sortapp.core.errors import NotFound, PermissionDenied, UserError
from sortapp.services import assortment, audit, history, site, verify
from sortapp.storage import records
from sortapp.storage.db import open_db, transaction
from tests.conftest import PASSWORD, refused_by_schema
from tests.forger import append_forged_entry, raw_edit, row_hash

CODE = "S5-SAW-Q1-W"


def _category(db, code=CODE):
    return next(c for c in assortment.list_categories(db) if c.code == code)


def test_a_new_site_has_the_shipped_names_and_composes_each_categorys(db):
    cat = _category(db)
    assert cat.name == "-7+5 Stones / sawables High White"
    assert cat.name_in("en") == cat.name
    # The model, quality and colour are named in each language; the sieve size is a size.
    assert cat.name_in("ru") == "-7+5 Пилуемые Высокое Белый"
    assert cat.name_in("fr") == "-7+5 Sciables Haute Blanc"
    assert cat.name_in("pt") == "-7+5 Serráveis Alta Branco"
    assert assortment.names_in(db, "fr")[CODE] == cat.name_in("fr")
    assert cat.name_in("de") == cat.name  # a language no name is kept in: English


def test_a_supervisor_sets_and_clears_a_categorys_name_and_verify_passes(db, who):
    changes = assortment.set_name(db, who.sam, "s5-saw-q1-w", "ru", "  Пилуемые   -7+5 белые ")
    assert changes.assortment
    assert _category(db).name_in("ru") == "Пилуемые -7+5 белые"
    assert assortment.own_names(db, CODE) == {"ru": "Пилуемые -7+5 белые"}
    entry = db.execute(
        'SELECT "user", action, object FROM audit ORDER BY id DESC LIMIT 1'
    ).fetchone()
    assert tuple(entry) == ("sam", "name.set", f"category {CODE}")
    signed = db.execute(
        "SELECT count(*) FROM entry_signatures WHERE audit_id = (SELECT max(id) FROM audit)"
    ).fetchone()[0]
    assert signed == 1
    assert verify.verify(db).ok

    assert assortment.clear_name(db, who.admin, CODE, "ru").assortment
    assert assortment.own_names(db, CODE) == {}
    assert _category(db).name_in("ru") == "-7+5 Пилуемые Высокое Белый"  # composed again
    assert not assortment.clear_name(db, who.admin, CODE, "ru").audit  # nothing to clear
    assert verify.verify(db).ok


def test_a_model_named_in_french_renames_every_category_composed_of_it(db, who):
    assortment.set_name(db, who.sam, "SAW", "fr", "Pierres à scier", kind="model")
    assert _category(db).name_in("fr") == "-7+5 Pierres à scier Haute Blanc"
    assert _category(db, "G1-SAW-Q1-W").name_in("fr").startswith("0.66-0.99 ct Pierres à scier")
    # A category's own name wins over the composed one.
    assortment.set_name(db, who.sam, CODE, "fr", "Sciables blancs -7+5")
    assert _category(db).name_in("fr") == "Sciables blancs -7+5"
    assert verify.verify(db).ok


def test_the_dialogs_names_are_set_and_cleared_in_one_entry(db, who):
    assortment.set_name(db, who.sam, CODE, "pt", "Pedras")
    before = db.execute("SELECT count(*) FROM audit").fetchone()[0]
    changes = assortment.set_names(
        db, who.sue, CODE, {"ru": "Пилуемые белые", "fr": " Sciables  blancs ", "pt": ""}
    )
    assert changes.assortment
    assert assortment.own_names(db, CODE) == {"ru": "Пилуемые белые", "fr": "Sciables blancs"}
    assert db.execute("SELECT count(*) FROM audit").fetchone()[0] == before + 1
    # The same again changes nothing and records nothing.
    assert not assortment.set_names(db, who.sue, CODE, {"ru": "Пилуемые белые", "pt": ""}).audit
    assert db.execute("SELECT count(*) FROM audit").fetchone()[0] == before + 1
    with pytest.raises(PermissionDenied):
        assortment.set_names(db, who.ola, CODE, {"ru": "Камни"})
    with pytest.raises(UserError, match="'xx' is not a language"):
        assortment.set_names(db, who.sue, CODE, {"xx": "Steine"})
    assert verify.verify(db).ok


def test_the_history_says_each_change_of_names(db, who):
    assortment.set_name(db, who.sam, CODE, "ru", "Камни")
    assortment.set_names(db, who.sam, CODE, {"fr": "Sciables", "pt": "Serráveis"})
    assortment.clear_name(db, who.sam, CODE, "ru")
    assortment.import_names(db, who.sam, f"code,name_ru\n{CODE},Пилуемые\n")
    said = [
        history.sentence(action, user, obj, details)
        for action, user, obj, details in db.execute(
            'SELECT action, "user", object, details FROM audit WHERE action LIKE ? ORDER BY id',
            ("name.%",),
        )
    ]
    assert said == [
        f"sam changed the names of category {CODE} (ru)",
        f"sam changed the names of category {CODE} (fr, pt)",
        f"sam cleared the name of category {CODE} (ru)",
        "sam imported 1 names in other languages",
    ]


def test_an_operator_may_not_change_a_name(db, who):
    with pytest.raises(PermissionDenied, match="needs a supervisor or admin"):
        assortment.set_name(db, who.olu, CODE, "ru", "Камни")
    with pytest.raises(PermissionDenied, match="needs a supervisor or admin"):
        assortment.clear_name(db, who.olu, CODE, "ru")
    with pytest.raises(PermissionDenied):
        assortment.import_names(db, who.olu, f"code,name_ru\n{CODE},Камни\n")
    assert assortment.own_names(db, CODE) == {}


@pytest.mark.parametrize(
    ("language", "name", "kind", "code", "expected"),
    [
        ("de", "Steine", "category", CODE, "'de' is not a language the assortment's names"),
        ("en", "Stones", "category", CODE, "use one of ru, fr, pt"),
        ("ru", "   ", "category", CODE, r"the name \(Русский\) is empty; clear it"),
        (
            "fr",
            "x" * 121,
            "category",
            CODE,
            r"the name \(Français\) has 121 characters; at most 120",
        ),
        ("pt", "Pedras", "category", "NOPE", "category: 'NOPE' is not in the assortment"),
        ("pt", "Pedras", "model", "NOPE", "model: 'NOPE' is not in the assortment"),
        ("pt", "Pedras", "shape", "SAW", "'shape' is not a kind of name"),
    ],
)
def test_a_bad_name_is_refused_with_what_to_fix(db, who, language, name, kind, code, expected):
    with pytest.raises(UserError, match=expected) as refused:
        assortment.set_name(db, who.sam, code, language, name, kind=kind)
    if code == "NOPE":
        assert isinstance(refused.value, NotFound)
    assert records.name_translations(db) == _shipped(db)


def _shipped(db):
    return {k: v for k, v in records.name_translations(db).items() if k[0] != "category"}


def test_the_schema_refuses_an_empty_or_english_name(db):
    for row in (("category", CODE, "ru", " "), ("category", CODE, "en", "Stones")):
        with pytest.raises(refused_by_schema()), transaction(db):
            db.execute("INSERT INTO name_translations VALUES (?, ?, ?, ?)", row)


def test_names_come_with_imported_categories_and_from_a_names_file(db, who):
    text = (
        "code,size,model,quality,colour,hs_code,name_ru,name_fr,name_pt\n"
        "X1,S5,SAW,Q1,W,7102.31,Пилуемые X1,Sciables X1,\n"
    )
    count, errors, _ = assortment.import_categories(db, who.admin, text)
    assert (count, errors) == (1, [])
    assert assortment.own_names(db, "X1") == {"ru": "Пилуемые X1", "fr": "Sciables X1"}
    assert (
        _category(db, "X1").name_in("pt") == "-7+5 Serráveis Alta Branco"
    )  # composed: none of its own

    names = "kind,code,name_pt\nmodel,MAK,Lapidáveis\ncategory,X1,Pedras X1\n"
    count, errors, changes = assortment.import_names(db, who.sam, names)
    assert (count, errors, changes.assortment) == (2, [], True)
    assert _category(db, "X1").name_in("pt") == "Pedras X1"
    assert verify.verify(db).ok


def test_an_older_site_takes_the_shipped_names_from_the_reference_files(db, who):
    """A site made before names were kept in other languages has none; the shipped models,
    qualities and colours files import as they are (each code found in its list)."""
    shipped = records.name_translations(db)
    with transaction(db):  # (as the migration leaves an older site)
        db.execute("DELETE FROM name_translations")
        audit.record(db, who.admin, "name.import", "csv", {"names": 0})
    assert _category(db).name_in("ru") == _category(db).name
    for name in ("models", "qualities", "colours"):
        text = (paths.resource(f"assortment/{name}.csv")).read_text(encoding="utf-8")
        _count, errors, _ = assortment.import_names(db, who.sam, text)
        assert errors == []
    assert records.name_translations(db) == shipped
    assert _category(db).name_in("ru") == "-7+5 Пилуемые Высокое Белый"


def test_a_names_file_with_bad_rows_writes_nothing_and_says_each(db, who):
    before = records.name_translations(db)
    text = f"code,name_ru,name_fr\n{CODE},Камни,\nNOPE,Камни,\n{CODE},,{'y' * 130}\n"
    _count, errors, _ = assortment.import_names(db, who.sam, text)
    assert [(e.line, str(e.message)) for e in errors] == [
        (3, "category: 'NOPE' is not in the assortment"),
        (4, "name_fr has 130 characters; at most 120"),
    ]
    assert records.name_translations(db) == before


def test_a_bad_name_in_a_categories_file_is_a_bad_row(db, who):
    text = f"code,size,model,quality,colour,hs_code,name_ru\nX2,S5,SAW,Q1,W,7102.31,{'ж' * 121}\n"
    _count, errors, _ = assortment.import_categories(db, who.admin, text)
    assert [str(e) for e in errors] == ["line 2: name_ru has 121 characters; at most 120"]


# -- verify: a name changed outside sortapp ---------------------------------------------------


def test_verify_names_a_translated_name_changed_by_raw_sql(db_path, who):
    db = open_db(db_path)
    try:
        assortment.set_name(db, site.login(db, "sam", PASSWORD), CODE, "fr", "Sciables blancs")
        assert verify.verify(db).ok
    finally:
        db.close()
    raw_edit(
        db_path,
        f"UPDATE name_translations SET name = 'Bort' WHERE code = '{CODE}' AND language = 'fr'",
    )
    db = open_db(db_path)
    try:
        problems = verify.verify(db).problems
    finally:
        db.close()
    assert any(
        p.startswith(f'name_translations row ["category","{CODE}","fr"]') and "outside" in p
        for p in problems
    ), problems


def test_verify_names_an_unsigned_entry_that_explains_a_forged_name(db_path):
    """Someone with the file changes a name and appends an operator's entry recording it (a
    valid chain hash, no signature): a change only a signed action may make."""
    key = '["model","SAW","ru"]'
    before = row_hash(db_path, "name_translations", key)
    raw_edit(
        db_path, "UPDATE name_translations SET name = 'Борт' WHERE code = 'SAW' AND language = 'ru'"
    )
    after = row_hash(db_path, "name_translations", key)
    append_forged_entry(db_path, "olu", "sort.add", [["name_translations", key, before, after]])
    db = open_db(db_path)
    try:
        problems = verify.verify(db).problems
    finally:
        db.close()
    assert any("without the site key's signature" in p for p in problems), problems


# -- on the facility server: a supervisor's on their own sign-in, an operator's never -----------


def test_on_the_server_a_supervisor_names_and_an_operator_is_refused_by_the_server(
    server_sign_in,
):
    db, sam = server_sign_in("sam")
    assortment.set_name(db, sam, CODE, "pt", "Pedras brancas")
    assortment.set_name(db, sam, CODE, "pt", "Pedras brancas -7+5")
    assert assortment.clear_name(db, sam, CODE, "pt").assortment
    assortment.set_name(db, sam, CODE, "ru", "Камни")
    olu_db, _olu = server_sign_in("olu")
    # An operator's patched sortapp (the service skipped): the server's grant refuses it.
    with (
        pytest.raises(UserError, match="permission denied for table name_translations"),
        transaction(olu_db),
    ):
        records.set_name_translation(olu_db, "category", CODE, "fr", "Bort")
    admin_db, _admin = server_sign_in("admin")
    assert verify.verify(admin_db).ok
    assert _category(admin_db).name_in("ru") == "Камни"
