"""帮助 (F1): a short page in the user's language (``resources/help/help_<language>.html``) with the
keys of the window and of each tab put in where the page says ``<!--keys-->``; Esc closes it."""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from frontdesk.core.paths import resource
from frontdesk.i18n import translate

MARK = "<!--keys-->"


def page(language: str, sections: list[tuple[str, list[tuple[str, str]]]]) -> str:
    """The help page with ``sections`` — (heading, [(key, what it does)]) — as tables at its mark."""
    path = resource("help", f"help_{language}.html")
    if not path.exists():
        path = resource("help", "help_en.html")
    keys = "".join(
        f"<h3>{escape(heading)}</h3><table cellspacing='0' cellpadding='3'>"
        + "".join(f"<tr><td width='130'><b>{escape(key)}</b></td><td>{escape(what)}</td></tr>" for key, what in rows)
        + "</table>" for heading, rows in sections if rows)
    return path.read_text(encoding="utf-8").replace(MARK, keys)


class HelpDialog(QDialog):
    def __init__(self, html: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("HelpDialog")
        self.setWindowTitle(translate("HelpDialog", "Help"))
        self.text = QTextBrowser(self)
        self.text.setObjectName("helpText")
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(buttons)
        self.resize(640, 560)
        self.text.setFocus()  # arrows and Page Down read on; Esc closes
