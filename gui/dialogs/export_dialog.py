"""File > Export PNG: what to draw (whole timeline or the current view), size, scale, theme and title."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)


@dataclass
class ExportOptions:
    whole: bool = True
    width: int = 1600
    height: int = 900
    scale: float = 1.0
    theme: str = "light"
    title: str = ""


class ExportDialog(QDialog):
    def __init__(self, options: ExportOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export PNG")
        self.whole = QRadioButton("&Whole timeline", self)
        self.view = QRadioButton("&Current view", self)
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.view)
        (self.whole if options.whole else self.view).setChecked(True)
        what = QHBoxLayout()
        what.addWidget(self.whole)
        what.addWidget(self.view)
        self.width = QSpinBox(self)
        self.height = QSpinBox(self)
        for spin, value, name in ((self.width, options.width, "Width in pixels"),
                                  (self.height, options.height, "Height in pixels")):
            spin.setRange(200, 8000)
            spin.setSingleStep(100)
            spin.setSuffix(" px")
            spin.setValue(value)
            spin.setAccessibleName(name)
        self.scale = QComboBox(self)
        self.scale.setAccessibleName("Scale")
        for s in (1, 2, 3):
            self.scale.addItem(f"{s}x", float(s))
        self.scale.setCurrentIndex(max(0, min(2, int(round(options.scale)) - 1)))
        self.theme = QComboBox(self)
        self.theme.setAccessibleName("Theme")
        self.theme.addItem("Light", "light")
        self.theme.addItem("Dark", "dark")
        self.theme.setCurrentIndex(1 if options.theme == "dark" else 0)
        self.title = QLineEdit(options.title, self)
        self.title.setAccessibleName("Title")
        self.title.setToolTip("Drawn above the timeline; leave empty for none")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.addButton("Export…", QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Draw:", what)
        form.addRow("W&idth:", self.width)
        form.addRow("&Height:", self.height)
        form.addRow("&Scale:", self.scale)
        form.addRow("&Theme:", self.theme)
        form.addRow("Tit&le:", self.title)
        form.addRow(buttons)

    def options(self) -> ExportOptions:
        return ExportOptions(whole=self.whole.isChecked(), width=self.width.value(), height=self.height.value(),
                             scale=float(self.scale.currentData()), theme=self.theme.currentData(),
                             title=self.title.text().strip())


def ask_export_options(parent: QWidget | None, options: ExportOptions) -> ExportOptions | None:
    dlg = ExportDialog(options, parent)
    return dlg.options() if dlg.exec() == QDialog.DialogCode.Accepted else None
