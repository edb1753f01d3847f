"""The register of importers (``services.parties``) at the desk: everyone sees it, supervisors
and admins add and change its parties; the printed invoice and KP sheet read it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sortapp.core.changes import Changes
from sortapp.core.i18n import N_
from sortapp.core.roles import Role
from sortapp.services import parties, site
from sortapp.ui.context import Context
from sortapp.ui.dialogs import PartyDialog, dialogs_enabled, modal
from sortapp.ui.i18n import marked, tr
from sortapp.ui.layouts import place_dialog
from sortapp.ui.models import Column, ListTableModel
from sortapp.ui.submit import Submit
from sortapp.ui.widgets import Table, enable, writes

#: Why an operator's Add and Edit are disabled.
WHO_MAY = N_("Supervisors and admins keep the register of importers")


class ImportersDialog(QDialog):
    """The register of importers in a table (name, country, address, identifiers), with Add
    and Edit for a supervisor or admin; every call through ``ctx.act``."""

    def __init__(self, parent: QWidget | None, ctx: Context) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Importers"))
        place_dialog(self, parent, 900, 460)
        layout = QVBoxLayout(self)
        note = QLabel(
            tr(
                "The register of importers: a parcel whose importer has a registered name gets "
                "the party's full address, country and identifiers on its commercial invoice "
                "and KP certificate data sheet."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.model: ListTableModel[parties.Party] = ListTableModel(
            [
                Column("name", tr("Name")),
                Column("country", tr("Country")),
                Column("address", tr("Address")),
                Column("tax_number", tr("Tax number")),
                Column("licence", tr("Licence")),
                Column("port", tr("Port of destination")),
            ],
            get=getattr,
        )
        self.table = Table("party_table", sortable=False)
        self.table.setModel(self.model)
        self.table.fit_columns([190, 60, 250, 120, 100])
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.table.doubleClicked.connect(lambda _i: self.edit())
        layout.addWidget(self.table, 1)
        #: The selected party in full (a long address or name is cut in its cell).
        self.detail = QLabel()
        self.detail.setObjectName("party_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.detail)
        row = QHBoxLayout()
        self.add_button = QPushButton(tr("Add..."))
        self.add_button.setObjectName("add_party")
        self.add_button.setToolTip(tr("Add an importer to the register"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(tr("Edit..."))
        self.edit_button.setObjectName("edit_party")
        self.edit_button.setToolTip(tr("Change the selected importer's address or identifiers"))
        self.edit_button.clicked.connect(self.edit)
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        writes(ctx.read_only_why, self.add_button, self.edit_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.countries: list[tuple[str, str]] = []
        self.load()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: Context) -> None:
        """Show the register until it is closed (tests replace this)."""
        dialog = cls(parent, ctx)
        if dialogs_enabled():
            modal(dialog)
        else:
            dialog.setParent(None)  # (let go, as after a modal run)

    def load(self, select: str = "") -> None:
        """Read the register (and the KP participants to choose a country from) again."""

        def read() -> tuple[list[parties.Party], list[tuple[str, str]]]:
            found = parties.list_parties(self.ctx.db, self.ctx.actor)
            kp = [(c, n) for c, n, kp in site.countries(self.ctx.db) if kp != "none"]
            return found, sorted(kp, key=lambda r: r[1])

        found = self.ctx.act(self, read)
        if found is not None:
            self.model.set_rows(found[0])
            self.countries = found[1]
        for i, party in enumerate(self.model.rows() if found is not None else []):
            if party.name.casefold() == select.casefold():
                self.table.selectRow(i)
        self._enable()

    def selected(self) -> parties.Party | None:
        row = self.table.selected_row()
        return self.model.row(row) if row is not None else None

    def _enable(self) -> None:
        party = self.selected()
        self.detail.setText(
            _in_full(party) if party else tr("Select an importer to see it in full.")
        )
        keeper = self.ctx.can(Role.SUPERVISOR)
        enable(self.add_button, keeper, marked(WHO_MAY))
        if not keeper:
            enable(self.edit_button, False, marked(WHO_MAY))
        else:
            enable(self.edit_button, party is not None, tr("Select an importer first"))

    def add(self) -> None:
        self._set(None)

    def edit(self) -> None:
        party = self.selected()
        if party is not None and self.edit_button.isEnabled():
            self._set(party)

    def _set(self, party: parties.Party | None) -> None:
        """Add a party (None) or change ``party``: the form's OK runs ``set_party``."""

        def save(answer: dict[str, str]) -> Changes:
            return parties.set_party(
                self.ctx.db,
                self.ctx.actor,
                answer["name"],
                address=answer["address"],
                country_code=answer["country"],
                tax_number=answer["tax_number"],
                licence=answer["licence"],
                port=answer["port"],
                adding=party is None,  # a name already registered is refused, not overwritten
            )

        def done(answer: dict[str, str]) -> str:
            name = " ".join(answer["name"].split())
            if party:
                return tr("Importer {name} changed in the register.").format(name=name)
            return tr("Importer {name} added to the register.").format(name=name)

        submit: Submit[dict[str, str]] = Submit(self.ctx, self, save, done)
        given = None if party is None else {k: str(v) for k, v in party.__dict__.items()}
        answer = PartyDialog.ask(self, self.countries, given, submit=submit)
        if submit.after(answer) is not None and answer is not None:
            self.load(select=" ".join(answer["name"].split()))


def _in_full(party: parties.Party) -> str:
    """One line of the register: the party with every field, "-" where none is given."""
    return tr(
        "{name}, {address}, {country}; tax number {tax_number}; licence {licence}; port {port}"
    ).format(
        name=party.name,
        address=party.address,
        country=party.country,
        tax_number=party.tax_number or "-",
        licence=party.licence or "-",
        port=party.port or "-",
    )
