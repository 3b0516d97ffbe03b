"""One small form for every action that needs a reason — a void, a 红冲, a cancelled month, a
cash difference, a deposit refunded or kept: what is about to happen, the fields it needs (an
amount, how money is paid back, the reason), and OK runs the service. Every fault the service
finds is shown at its field at once; nothing changes until it succeeds."""
from __future__ import annotations

from typing import Callable

from frontdesk.ui.fielderrors import FormDialog
from frontdesk.ui.forms.ui_reason_dialog import Ui_ReasonDialog


class ReasonDialog(FormDialog):
    """``act(values)`` does the work (values: amount, method, reference, reason — only the fields
    shown); its result is kept in ``result``. ``amount`` is the amount row's label (hidden when
    None); ``methods`` the payment methods to choose from (hidden when empty)."""

    def __init__(self, parent, title: str, info: str, act: Callable[[dict], object], *, amount: str | None = None,
                 methods: tuple[str, ...] = (), reason: bool = True, amount_text: str = "",
                 reason_label: str | None = None, names: dict[str, str] | None = None,
                 method_label: str | None = None, reference: bool | None = None,
                 reference_label: str | None = None) -> None:
        super().__init__(Ui_ReasonDialog, parent)
        f = self.form
        self.setWindowTitle(title)
        f.info.setText(info)
        self.act, self.result = act, None
        if amount is not None:
            f.amountLabel.setText(amount)
            f.amount.setText(amount_text)
        if reason_label is not None:
            f.reasonLabel.setText(reason_label)
        if method_label is not None:
            f.methodLabel.setText(method_label)
        if reference_label is not None:
            f.referenceLabel.setText(reference_label)
        for m in methods:
            f.method.addItem(m, m)
        f.method.currentIndexChanged.connect(self._method_changed)
        shown = {"amount": amount is not None, "method": bool(methods),
                 "reference": bool(methods) if reference is None else reference, "reason": reason}
        self.fields = {"amount": f.amount, "method": f.method, "reference": f.reference, "reason": f.reason}
        for name, on in shown.items():
            self.fields[name].setVisible(on)
            getattr(f, f"{name}Label").setVisible(on)
        self.fields = {k: w for k, w in self.fields.items() if shown[k]}
        self.names = {k: k for k in self.fields} | (names or {})  # the service's names of the fields
        self.wire({self.names[k]: w for k, w in self.fields.items()})
        self._method_changed()
        next(iter(self.fields.values()), f.buttons).setFocus()

    def unsaved(self) -> bool:
        """A reason typed is not thrown away by one key (a void's, a cancel's, a reply's words)."""
        return "reason" in self.fields and bool(self.form.reason.text().strip())

    def _method_changed(self, *_args) -> None:
        self.form.reference.setEnabled(self.form.method.currentData() not in (None, "现金"))

    def values(self) -> dict:
        f = self.form
        out = {"amount": f.amount.text().strip(), "method": f.method.currentData(),
               "reference": f.reference.text().strip(), "reason": f.reason.text().strip()}
        return {k: v for k, v in out.items() if k in self.fields} | {"confirmed": self.confirmed}

    def save(self) -> None:
        self.result = self.act(self.values())
