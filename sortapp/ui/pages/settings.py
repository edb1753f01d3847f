"""Settings: the site, users, the assortment and the price book (editing by role)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sortapp.core import forms
from sortapp.core.changes import Changes
from sortapp.core.errors import SortAppError
from sortapp.core.i18n import N_
from sortapp.core.roles import ROLE_NAMES, Role
from sortapp.core.units import format_mct
from sortapp.services import assortment, backups, csvfile, site, workstation
from sortapp.ui import passwords
from sortapp.ui.balanceregister import BalancesTab
from sortapp.ui.connect import ConnectDialog, shown_source
from sortapp.ui.context import Context
from sortapp.ui.dialogs import (
    CategoryNamesDialog,
    NewUserDialog,
    OpenFileDialog,
    QuestionDialog,
    RoleDialog,
    date_edit,
    message,
)
from sortapp.ui.errors import error_text, sentence, show_error
from sortapp.ui.i18n import language, marked, say, tr
from sortapp.ui.models import Column, ListTableModel, usd
from sortapp.ui.pages import Page
from sortapp.ui.pages import shown as word_for
from sortapp.ui.settingsform import READ_ONLY_STYLE, SETTINGS, SettingField
from sortapp.ui.submit import Submit
from sortapp.ui.widgets import (
    CategoryPicker,
    NumberField,
    Table,
    check_numbers,
    enable,
    number_field,
    writes,
)


def role_name(role: str) -> str:
    """The role ``role`` (its code) in the user's language."""
    return marked(ROLE_NAMES.get(role, role))


def yes_no(value: object) -> str:
    """A list's "yes" or "no" in the user's language (the rows keep the English)."""
    return {"yes": tr("yes"), "no": tr("no")}.get(str(value), "" if value is None else str(value))


#: A backup's kind (the tag in its file's name; none: a routine one), as the backups say it.
BACKUP_KINDS = {
    "": N_("routine"),
    "pre-restore": N_("pre-restore"),
    "pre-migration": N_("pre-migration"),
}


class SettingsPage(Page):
    title = N_("Settings")

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._build_site())
        self.tabs.addTab(scroll, tr("Site"))
        self.tabs.addTab(self._build_users(), tr("Users"))
        self.tabs.addTab(self._build_assortment(), tr("Assortment"))
        self.tabs.addTab(self._build_prices(), tr("Price book"))
        self.tabs.addTab(self._build_backups(), tr("Backups"))
        self.tabs.addTab(self._build_workstation(), tr("Workstation"))
        self.balances_tab = BalancesTab(ctx, self)
        self.balances = self.balances_tab.model  # the page's models, each held by it
        self.reference_weights = self.balances_tab.references
        self.tabs.addTab(self.balances_tab, tr("Balances"))
        layout.addWidget(self.tabs)
        self.request_refresh()
        self.apply_role()
        writes(
            ctx.read_only_why,
            *self._admins_writes(),
            self.names_button,
            self.import_names_button,
            self.price_category,
            self.price_value,
            self.price_from,
            self.price_button,
        )

    # -- site ----------------------------------------------------------------------------------

    def _build_site(self) -> QWidget:
        page = QWidget()
        page.setStyleSheet(READ_ONLY_STYLE)
        form = QFormLayout(page)
        self.site_note = QLabel()
        self.site_note.setObjectName("site_read_only_note")
        self.site_note.setWordWrap(True)
        form.addRow(self.site_note)
        self.site_fields: dict[str, SettingField] = {}
        for setting in SETTINGS:
            field = SettingField(setting, self.ctx)
            form.addRow(marked(setting.label), field.widget)
            self.site_fields[setting.key] = field
        self.save_site = QPushButton(tr("Save changed settings"))
        self.save_site.setObjectName("save_site")
        self.save_site.clicked.connect(self.save_settings)
        form.addRow(self.save_site)
        return page

    def _displayed(self) -> dict[str, str]:
        shown = site.show_settings(self.ctx.db)
        s = self.ctx.settings()
        return {
            "name": shown["name"],
            "authority": s.authority,
            "address": s.address,
            "exporter": s.exporter,
            "tolerance-ct": format_mct(s.tolerance_mct),
            "tolerance-pct": _pct(s.tolerance_milli_pct),
            "weigh-tolerance-ct": format_mct(s.weigh_tolerance_mct),
            "weigh-tolerance-pct": _pct(s.weigh_tolerance_milli_pct),
            "cert-validity-days": str(s.cert_validity_days),
            "valuation-rule": s.valuation_rule,
            "timezone": s.timezone,
            "wdc-statement": s.wdc_statement,
            "backup-folder": s.backup_folder,
            "backup-keep-daily": str(s.backup_keep_daily),
            "backup-keep-weekly": str(s.backup_keep_weekly),
            "backup-keep-monthly": str(s.backup_keep_monthly),
            "decimal-comma": "yes" if s.decimal_comma else "no",
            "idle-lock-minutes": str(s.idle_lock_minutes),
            "paper": s.paper,
            "exporter-licence": s.exporter_licence,
            "tax-number": s.tax_number,
            "incoterms": s.incoterms,
            "payment-terms": s.payment_terms,
            "port-of-export": s.port_of_export,
            "authority-address": s.authority_address,
            "keyed-weights": "yes" if s.keyed_weights else "no",
            "balance-daily-check": "yes" if s.balance_daily_check else "no",
            "language": s.language,
            "headings-beside": "yes" if s.headings_beside else "no",
        }

    def save_settings(self) -> None:
        figures = [f.widget for f in self.site_fields.values() if isinstance(f.widget, NumberField)]
        if not check_numbers(*figures):  # each refused beside itself
            self.ctx.say(tr("Nothing was saved: correct the figure said beside its field."), self)
            return
        shown = self._displayed()
        changed = {k: e.text() for k, e in self.site_fields.items() if e.text() != shown[k]}
        if not changed:
            self.ctx.said.emit(tr("No setting was changed."))
            return
        warned = []
        for key, value in changed.items():
            done = self.ctx.act(
                self, functools.partial(site.set_setting, self.ctx.db, self.ctx.actor, key, value)
            )
            if done is None:
                return
            if done.warning:  # (said with the saving, not over it)
                warned.append(sentence(say(done.warning)) + ".")
        labels = ", ".join(marked(self.site_fields[key].setting.label) for key in changed)
        said = tr("Saved: {settings}.").format(settings=labels)
        self.ctx.said.emit(" ".join([said, *warned]))

    # -- users ---------------------------------------------------------------------------------

    def _build_users(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.users: ListTableModel[dict[str, Any]] = ListTableModel(
            [
                Column("name", tr("User")),
                Column("role", tr("Role"), fmt=role_name, words=tuple(ROLE_NAMES.values())),
                Column("active", tr("Active"), fmt=yes_no, words=(N_("yes"), N_("no"))),
                Column("sign_in", tr("Sign-in")),
            ]
        )
        self.user_table = Table("user_table")
        self.user_table.setModel(self.users)
        self.user_table.fit_columns([120, 130])  # a role's name: «старший смены»
        layout.addWidget(self.user_table, 1)
        row = QHBoxLayout()
        self.add_user_button = QPushButton(tr("Add user..."))
        self.add_user_button.clicked.connect(self.add_user)
        self.password_button = QPushButton(tr("Set password..."))
        self.password_button.setObjectName("set_password")
        self.password_button.setToolTip(
            tr("Set a new password for the selected user (one who forgot theirs).")
        )
        self.password_button.clicked.connect(self.set_password)
        self.role_button = QPushButton(tr("Change role..."))
        self.role_button.setObjectName("change_role")
        self.role_button.setToolTip(
            tr("Make the selected user an operator, a supervisor or an admin.")
        )
        self.role_button.clicked.connect(self.change_role)
        self.toggle_user_button = QPushButton(tr("Deactivate / reactivate"))
        self.toggle_user_button.clicked.connect(self.toggle_user)
        self.unlock_user_button = QPushButton(tr("Unlock"))
        self.unlock_user_button.setObjectName("unlock_user")
        self.unlock_user_button.setToolTip(
            tr("Clear the selected user's failed sign-ins and lock.")
        )
        self.unlock_user_button.clicked.connect(self.unlock_user)
        for button in (
            self.add_user_button,
            self.password_button,
            self.role_button,
            self.toggle_user_button,
            self.unlock_user_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _selected_user(self, ask: str) -> dict[str, Any] | None:
        """The user selected in the list; None, saying ``ask`` (what to select), if none is."""
        row = self.user_table.selected_row()
        item = self.users.row(row) if row is not None else None
        if item is None:
            self.ctx.say(ask, self)
        return item

    def add_user(self) -> None:
        submit: Submit[dict[str, str]] = Submit(
            self.ctx,
            self,
            lambda a: site.add_user(
                self.ctx.db, self.ctx.actor, a["name"], a["role"], a["password"]
            ),
            lambda a: tr("Added {role} {name}.").format(role=role_name(a["role"]), name=a["name"]),
        )
        submit.after(NewUserDialog.ask(self, submit=submit))

    def set_password(self) -> None:
        """A new password for the selected user (one who forgot theirs); the admin's own is
        changed as anyone's is, the current one typed first."""
        item = self._selected_user(tr("Select the user whose password to set first."))
        if item is not None:
            passwords.set_password(self.ctx, self, item["name"])

    def change_role(self) -> None:
        item = self._selected_user(tr("Select the user whose role to change first."))
        if item is None:
            return
        name = item["name"]
        submit: Submit[dict[str, str]] = Submit(
            self.ctx,
            self,
            lambda a: site.set_user(self.ctx.db, self.ctx.actor, name, role=a["role"]),
            lambda a: tr("User {name} is now {role}.").format(name=name, role=role_name(a["role"])),
        )
        submit.after(RoleDialog.ask(self, name, item["role"], submit=submit))

    def toggle_user(self) -> None:
        """Deactivate the selected user, once the admin confirms (they can no longer sign in),
        or reactivate them."""
        item = self._selected_user(tr("Select the user to deactivate or reactivate first."))
        if item is None:
            return
        name = item["name"]
        active = item["active"] != "yes"
        # (Oneself: the service's refusal is said at once, not after a question.)
        if (
            not active
            and name != self.ctx.actor.name
            and not QuestionDialog.ask(
                self,
                tr("Deactivate {name}").format(name=name),
                tr("Deactivate {name}? They can no longer sign in.").format(name=name),
            )
        ):
            self.ctx.say(tr("Nothing changed: {name} is still active.").format(name=name), self)
            return
        self.ctx.act(
            self,
            lambda: site.set_user(self.ctx.db, self.ctx.actor, name, active=active),
            (
                tr("User {name} is now active.") if active else tr("User {name} is now inactive.")
            ).format(name=name),
        )

    def unlock_user(self) -> None:
        item = self._selected_user(tr("Select the user to unlock first."))
        if item is None:
            return
        self.ctx.act(
            self,
            lambda: site.unlock_user(self.ctx.db, self.ctx.actor, item["name"]),
            tr("User {name} is unlocked; their failed sign-ins are cleared.").format(
                name=item["name"]
            ),
        )

    # -- assortment ----------------------------------------------------------------------------

    def _build_assortment(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.categories: ListTableModel[dict[str, Any]] = ListTableModel(
            [
                Column("code", tr("Code")),
                Column("name", tr("Name")),
                Column("size", tr("Size")),
                Column("model", tr("Model")),
                Column("quality", tr("Quality")),
                Column("colour", tr("Colour")),
                Column("hs_code", tr("HS code")),
            ]
        )
        table = Table("category_table")
        table.setModel(self.categories)
        table.fit_columns([130, 440, 60, 60, 60, 60])  # a name in Russian or French
        table.doubleClicked.connect(lambda _index: self.edit_names())
        self.category_table = table
        layout.addWidget(table, 1)
        row = QHBoxLayout()
        self.import_button = QPushButton(tr("Import categories from CSV..."))
        self.import_button.clicked.connect(self.import_categories)
        row.addWidget(self.import_button)
        self.names_button = QPushButton(tr("Names in other languages..."))
        self.names_button.clicked.connect(self.edit_names)
        row.addWidget(self.names_button)
        self.import_names_button = QPushButton(tr("Import names from CSV..."))
        self.import_names_button.clicked.connect(self.import_names)
        row.addWidget(self.import_names_button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def import_categories(self) -> None:
        self._import_csv(
            tr("Import categories"),
            assortment.import_categories,
            lambda count: tr("Imported %n categories.", "", count),
        )

    def _import_csv(
        self,
        title: str,
        run: Callable[..., tuple[int, list[Any], Changes]],
        done: Callable[[int], str],
    ) -> None:
        """Import a CSV file the user picks with ``run`` (a service taking db, actor, rows and
        ``dry_run``): checked whole first, so a bad row imports nothing and is named."""
        path = OpenFileDialog.ask(self, title)
        if not path:
            return
        # Read once: what the check passed is what is imported (not the file read again).
        text = self.ctx.act(self, lambda: csvfile.read_file(path))
        if text is None:
            return
        found = self.ctx.act(self, lambda: run(self.ctx.db, self.ctx.actor, text, dry_run=True))
        if found is None:
            return
        count, errors, _changes = found
        if errors:
            message(
                self,
                tr("Import refused"),
                tr("%n bad rows; nothing was imported.", "", len(errors)),
                details="\n".join(say(e) for e in errors),
            )
            self.ctx.said.emit(
                tr("%n bad rows in {path}; nothing was imported.", "", len(errors)).format(
                    path=path
                )
            )
            return
        result = self.ctx.act(self, lambda: run(self.ctx.db, self.ctx.actor, text))
        if result is not None:
            self.ctx.announce(result[2], self)
            self.ctx.said.emit(done(count))

    def edit_names(self) -> None:
        """The selected category's names in the other languages (a supervisor's)."""
        at = self.category_table.selected_row()
        item = self.categories.row(at) if at is not None else None
        if item is None or not self.names_button.isEnabled():  # (a supervisor's, writable)
            return
        code = item["code"]
        category = next(
            (c for c in assortment.list_categories(self.ctx.db) if c.code == code), None
        )
        if category is None:
            return
        own = assortment.own_names(self.ctx.db, code)
        submit: Submit[dict[str, str]] = Submit(
            self.ctx,
            self,
            lambda names: assortment.set_names(self.ctx.db, self.ctx.actor, code, names),
            tr("Names of {code} saved.").format(code=code),
        )
        submit.after(CategoryNamesDialog.ask(self, category, own, submit=submit))

    def import_names(self) -> None:
        """Names in other languages from a CSV file: code and name_ru, name_fr, name_pt (and
        kind: category, size_class, model, quality or colour; category where not said)."""
        self._import_csv(
            tr("Import names"),
            assortment.import_names,
            lambda count: tr("Imported %n names.", "", count),
        )

    # -- price book ----------------------------------------------------------------------------

    def _build_prices(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.price_category = CategoryPicker("price_category")
        self.price_value = number_field(
            "price_usd", "usd", tr("USD per carat"), field=forms.Price.FIELDS[0], ctx=self.ctx
        )
        self.price_from = date_edit()
        self.price_from.setObjectName("price_from")
        self.price_from.setToolTip(tr("The day from which the price holds (today unless picked)"))
        self.price_button = QPushButton(tr("Set price"))
        self.price_button.setObjectName("set_price")
        self.price_button.clicked.connect(self.set_price)
        self.price_value.returnPressed.connect(self.set_price)
        for w in (
            self.price_category,
            self.price_value,
            QLabel(tr("from")),
            self.price_from,
            self.price_button,
        ):
            row.addWidget(w)
        layout.addLayout(row)
        self.prices: ListTableModel[dict[str, Any]] = ListTableModel(
            [
                Column("code", tr("Category")),
                Column("name", tr("Name")),
                Column("cents", tr("USD per carat today"), numeric=True, fmt=usd),
            ]
        )
        table = Table("price_table")
        table.setModel(self.prices)
        table.fit_columns([130, 440])  # a name in Russian or French
        layout.addWidget(table, 1)
        return page

    def set_price(self) -> None:
        check_numbers(self.price_value)
        typed = {"usd_per_ct": self.price_value.text()}
        comma = self.price_value.decimal_comma
        day = self.price_from.date().toString("yyyy-MM-dd")
        done = self.ctx.act(
            self,
            lambda: assortment.set_price(
                self.ctx.db,
                self.ctx.actor,
                self.price_category.code(),
                forms.parse(forms.Price, typed, decimal_comma=comma).usd_per_ct,
                day,
            ),
            tr("Price of {category} set from {day}.").format(
                category=self.price_category.code(), day=day
            ),
        )
        if done is not None:  # (the price field emptied, the cursor on to the next category:
            # a second Enter on the button set the same price again, a supervisor's hour of
            # 2026-12-07)
            self.price_value.clear()
            self.price_category.setFocus()

    # -- backups -------------------------------------------------------------------------------

    def _build_backups(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.backup_note = QLabel()
        self.backup_note.setObjectName("backup_note")
        self.backup_note.setWordWrap(True)
        layout.addWidget(self.backup_note)
        self.backups: ListTableModel[dict[str, Any]] = ListTableModel(
            [
                Column("file", tr("Backup file")),
                Column("at", tr("Taken (UTC)"), moment=True),
                Column("tag", tr("Kind"), words=tuple(BACKUP_KINDS.values())),
                Column("state", tr("State"), fmt=say),
            ]
        )
        table = Table("backup_table")
        table.setModel(self.backups)
        table.fit_columns([420, 170, 110])
        layout.addWidget(table, 1)
        return page

    def _show_backups(self) -> None:
        if self.ctx.on_server:
            self.backup_note.setText(
                tr(
                    "This database is on the facility server ({where}): the "
                    "server's own backups keep it (its base backups and WAL archive, set up by "
                    "IT). A workstation makes none."
                ).format(where=self.ctx.target.where)
            )
            return
        where = backups.folder(self.ctx.db, self.ctx.path)
        found = backups.list_backups(where)
        self.backups.set_rows(
            [
                {
                    "file": b.path.name,
                    "at": b.at.strftime("%Y-%m-%d %H:%M:%S"),
                    "tag": word_for(BACKUP_KINDS, b.tag),
                    "state": b.state,
                }
                for b in found
            ]
        )
        warning = backups.backup_warning(self.ctx.db, self.ctx.path)
        self.backup_note.setText(
            tr("Folder: {folder}. {state}").format(
                folder=where, state=say(warning) if warning else tr("Backups are up to date.")
            )
        )

    # -- workstation ---------------------------------------------------------------------------

    def _build_workstation(self) -> QWidget:
        """Which database this workstation works on, and (an admin) connecting it to the
        facility server for the next start (``services.workstation``)."""
        page = QWidget()
        form = QFormLayout(page)
        target = self.ctx.target
        self.database_field = QLineEdit(target.where)
        self.database_field.setObjectName("workstation_database")
        self.database_field.setReadOnly(True)
        form.addRow(
            tr("Facility server") if target.on_server else tr("Database file"), self.database_field
        )
        if target.on_server:
            form.addRow(tr("Signed in to it as"), QLabel(target.user or tr("(the URL's user)")))
        self.workstation_note = QLabel(self._workstation_note())
        self.workstation_note.setObjectName("workstation_note")
        self.workstation_note.setWordWrap(True)
        form.addRow(self.workstation_note)
        self.connect_button = QPushButton(tr("Connect this workstation to a facility server..."))
        self.connect_button.setObjectName("workstation_connect")
        self.connect_button.setToolTip(
            tr(
                "An admin names the server, tests their sign-in there and saves it in the machine "
                "configuration file; sortapp opens it at its next start."
            )
        )
        self.connect_button.clicked.connect(self.connect_workstation)
        row = QHBoxLayout()
        row.addWidget(self.connect_button)
        row.addStretch(1)
        form.addRow(row)
        return page

    def _workstation_note(self) -> str:
        try:
            shown = workstation.source(self._opened())
        except SortAppError as exc:
            return error_text(exc)
        return tr(
            "{source} sortapp takes --db, else SORTAPP_DB, else the machine "
            "configuration file {config}, else the database file in your user folder. "
            "An admin connects this workstation to a facility server here; sortapp opens it at "
            "its next start."
        ).format(source=say(shown_source(shown)), config=shown.config)

    def _opened(self) -> str:
        target = self.ctx.target
        return target.url if target.on_server else str(target.file)

    def connect_workstation(self) -> None:
        """An admin connects this workstation to a facility server (for the next start)."""
        try:
            shown = workstation.source(self._opened())
        except SortAppError as exc:
            self.ctx.said.emit(show_error(self, exc))
            return
        saved = ConnectDialog.ask(self, shown, self.ctx.actor)
        if saved is not None:
            self.workstation_note.setText(
                tr(
                    "Saved in {path}: sortapp opens the facility server at its next start. "
                    "{overridden}."
                ).format(path=saved.path, overridden=say(saved.overridden))
                if saved.overridden
                else tr(
                    "Saved in {path}: sortapp opens the facility server at its next start."
                ).format(path=saved.path)
            )
            self.ctx.said.emit(tr("This workstation opens the facility server at its next start."))

    # -- refresh and roles ---------------------------------------------------------------------

    def refresh(self) -> None:
        for key, value in self._displayed().items():
            self.site_fields[key].set_text(value)
        locks = site.user_locks(self.ctx.db, self.ctx.actor)
        at = self.user_table.selected_row()
        item = self.users.row(at) if at is not None else None
        chosen = item["name"] if item is not None else None
        self.users.set_rows(
            [
                {"name": n, "role": r, "active": "yes" if a else "no", "sign_in": locks.get(n, "")}
                for n, r, a in site.list_users(self.ctx.db, self.ctx.actor)
            ]
        )
        # The user acted on stays selected (the list, shown anew after each change, lost it:
        # the admin chose them again for the next step).
        names = [row["name"] for row in self.users.rows()]
        if chosen in names:
            self.user_table.selectRow(names.index(chosen))
        cats = assortment.list_categories(self.ctx.db)
        spoken = language()
        self.categories.set_rows([{**c.__dict__, "name": c.name_in(spoken)} for c in cats])
        self.price_category.set_categories(cats)
        prices = assortment.prices_on(self.ctx.db)
        self._show_backups()
        self.balances_tab.refresh()
        self.prices.set_rows(
            [{"code": c.code, "name": c.name_in(spoken), "cents": prices.get(c.id)} for c in cats]
        )

    def on_changes(self, changes: Changes) -> None:
        if changes.site or changes.users or changes.assortment or changes.prices:
            self.request_refresh()
        elif changes.audit:
            self._show_backups()
            self.balances_tab.refresh()  # a balance registered, calibrated or checked

    def _admins_writes(self) -> tuple[QWidget, ...]:
        """What only an admin uses, each a write to the database: the site's settings, its
        users, an import of data."""
        return (
            self.save_site,
            self.add_user_button,
            self.password_button,
            self.role_button,
            self.toggle_user_button,
            self.unlock_user_button,
            self.import_button,
        )

    def apply_role(self) -> None:
        admin = self.ctx.can(Role.ADMIN)
        self.tabs.setTabEnabled(1, admin)  # users
        read_only = bool(self.ctx.read_only_why)
        for shown in self.site_fields.values():
            shown.set_read_only(not admin or read_only)
        self.site_note.setVisible(not admin or read_only)
        if read_only:
            note = tr("The database is open read-only, so the site's settings are shown read-only.")
        elif admin or self.ctx.locked:
            note = ""
        else:
            note = tr(
                "Only an admin can change the site's settings; you are signed in as "
                "{name} ({role}), so they are shown read-only."
            ).format(name=self.ctx.actor.name, role=role_name(self.ctx.actor.role.label))
        self.site_note.setText(note)
        for w in (*self._admins_writes(), self.connect_button):
            enable(w, admin, tr("Admins change the site, its users and its data"))
        self.tabs.setTabToolTip(1, "" if admin else tr("Admins manage users"))
        supervisor = self.ctx.can(Role.SUPERVISOR)
        for w in (self.names_button, self.import_names_button):
            enable(w, supervisor, tr("Supervisors name the assortment in other languages"))
        for field in (self.price_category, self.price_value, self.price_from, self.price_button):
            enable(field, supervisor, tr("Supervisors set prices"))
        self.balances_tab.apply_role()


def _pct(milli_pct: int) -> str:
    return f"{milli_pct // 1000}.{milli_pct % 1000:03d}"
