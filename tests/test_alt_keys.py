"""Every screen as the user sees it in Chinese: no two controls — nor a control and a menu — on one
Alt letter, so every Alt key reaches exactly one thing. Screens: the main window with each tab and
each sub-tab of 登记 in front, each menu's items, and every dialog (a new form must be added here:
the last test checks that every Designer form is covered)."""
import re
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget

from frontdesk.registration.service import RegistrationService, plan_building
from tests.conftest import open_main_window

COVERED: set[str] = set()


def letters(root: QWidget, extra: list[str] = ()) -> dict[str, list[str]]:
    """Alt letter → the texts that use it, of what the user can see of ``root``."""
    texts = list(extra)
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QLabel) and w.buddy() is not None:
            texts.append(w.text())
        elif isinstance(w, QGroupBox) and (w.isCheckable() or "&" in w.title()):
            texts.append(w.title())
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count())]
    found = defaultdict(list)
    for t in texts:
        m = re.search(r"&([^&\s])", t.replace("&&", ""))
        if m:
            found[m.group(1).upper()].append(t)
    return found


def clashes(root: QWidget, extra=()) -> dict[str, list[str]]:
    """The letters of ``root`` used twice. ``FRONTDESK_ALT_KEYS=1 pytest -s`` prints every screen's letters
    (to pick a free one)."""
    import os
    if os.environ.get("FRONTDESK_ALT_KEYS"):
        print(type(root).__name__, root.windowTitle(), "|",
              " ".join(f"{k}:{'/'.join(v)}" for k, v in sorted(letters(root, extra).items())))
    COVERED.add(type(root).__name__)
    return {k: v for k, v in letters(root, extra).items() if len(v) > 1}


@pytest.fixture
def window(store, supervisor, zh_app, qtbot):
    reg = RegistrationService(store)
    reg.create_building_rooms(supervisor, "1", plan_building(1, 2, 2, ["89.55", "120"]), state="已入住")
    room = reg.search("1-1-101")[0].room_id
    reg.add_person(supervisor, room, name="张三", relation="业主", phone="13800138000")
    w = open_main_window(qtbot, store, supervisor)
    w.room = room
    return w


def test_main_window_each_tab_and_menu(window, qtbot):
    menus = [a.text() for a in window.menuBar().actions()]
    found = {}
    for key, page in window.pages.items():
        window.form.tabs.setCurrentWidget(page)
        tab = getattr(window, key, None)
        if key == "registration":
            tab.open_room(window.room)
            sections = tab.form.sections
            for i in range(sections.count()):
                sections.setCurrentIndex(i)
                found[f"登记/{sections.tabText(i)}"] = clashes(window, menus)
        elif key == "passes":  # each of its pages, the check box above them
            sections = tab.form.sections
            for i in range(sections.count()):
                sections.setCurrentIndex(i)
                found[f"证件/{sections.tabText(i)}"] = clashes(window, menus)
        else:
            if key == "fees":
                tab.open_room(window.room)
            found[key] = clashes(window, menus)
    for action in window.menuBar().actions():
        items = [a.text() for a in action.menu().actions() if not a.isSeparator()]
        found[f"菜单 {action.text()}"] = {k: v for k, v in letters(QWidget(), items).items() if len(v) > 1}
    assert {k: v for k, v in found.items() if v} == {}


def _dialogs(store, actor, window):
    from frontdesk.fees.deposit_dialog import DepositsDialog
    from frontdesk.fees.desk_dialogs import ArrearsDialog, OneOffDialog, ReadingsDialog
    from frontdesk.fees.dialogs import FeeItemsDialog
    from frontdesk.registration import dialogs as rd
    from frontdesk.ui.account_dialogs import LockDialog, LoginDialog, PasswordDialog, SetupDialog
    from frontdesk.ui.admin_dialogs import CalendarDialog, OperatorEditDialog, OperatorsDialog, SettingsDialog
    from frontdesk.ui.audit_dialog import AuditDialog
    from frontdesk.ui.print_preview import PrintPreview
    from frontdesk.ui.reason_dialog import ReasonDialog
    from frontdesk.fees.models import METHODS
    room = window.room
    card = RegistrationService(store).room_card(room)
    yield SetupDialog(store)
    yield LoginDialog(store, "翠湖花园")
    yield LockDialog(store, actor)
    yield PasswordDialog(store, actor)
    yield SettingsDialog(store, actor)
    yield OperatorEditDialog(store, actor)
    yield OperatorsDialog(store, actor)
    yield CalendarDialog(store, actor)
    yield AuditDialog(store, actor)
    yield PrintPreview(b"", "预览", "x")
    yield ReasonDialog(None, "t", "i", lambda v: None, amount="清点现金（元）(&C)", methods=METHODS)
    yield rd.BuildingDialog(store, actor)
    yield rd.PersonDialog(store, actor, room, "1-1-101")
    yield rd.RoomDialog(store, actor, card)
    yield rd.CustodyDialog(store, actor, room, "1-1-101")
    yield rd.CallDialog(store, actor)
    yield rd.SmallRegistrationDialog(store, actor, room, "1-1-101")
    yield rd.ImportDialog(store, actor)
    yield OneOffDialog(store, actor, room)
    yield ReadingsDialog(store, actor)
    yield ArrearsDialog(store, actor)
    yield DepositsDialog(store, actor, room, "1-1-101")
    yield DepositsDialog(store, actor, None)
    yield FeeItemsDialog(store, actor)
    from frontdesk.workorders.dialogs import CompleteDialog, DispatchDialog, FollowUpDialog, WorkOrderDialog
    from frontdesk.workorders.service import WorkOrderService
    order = WorkOrderService(store).register(actor, kind="repair_home", content="漏水", room_id=room)
    yield WorkOrderDialog(store, actor, window, room_id=room)
    yield DispatchDialog(store, actor, order.id, window)
    yield CompleteDialog(store, actor, order.id, window)
    yield FollowUpDialog(store, actor, order.id, window)
    from frontdesk.workorders.dialogs import CategoriesDialog, WorkersDialog
    yield WorkersDialog(store, actor, window)
    yield CategoriesDialog(store, actor, window)
    yield from _passes_dialogs(store, actor, window, room)
    yield from _keys_dialogs(store, actor, window, room)
    yield from _movein_dialogs(store, actor, window)
    from frontdesk.ui.range_dialog import DateRangeDialog
    yield DateRangeDialog("工单登记簿", window)  # a register of the 报表 menu asks its days
    from frontdesk.ui.range_dialog import MonthDialog
    yield MonthDialog("月度报表", lambda _text: None, window)  # the monthly report asks its month
    from frontdesk.ui.help_dialog import HelpDialog
    yield HelpDialog("<p>帮助</p>", window)
    from frontdesk.ui.selftest_dialog import SelfTestDialog
    yield SelfTestDialog(window)  # the self-test starts when it is shown


def _keys_dialogs(store, actor, window, room):
    from frontdesk.keys import dialogs as kd
    from frontdesk.keys.service import KeyService
    svc = KeyService(store)
    key = svc.by_tag(svc.register_public(actor, place="3栋水泵房", hook="B-12", pieces=2))
    yield kd.KeyKeepDialog(store, actor, window, room_id=room)
    yield kd.KeyPublicDialog(store, actor, window)
    yield kd.KeyLendDialog(store, actor, key, window)
    yield kd.KeyBackDialog(store, actor, key, window, collect=True)
    yield kd.KeyHandoverDialog(store, actor, window)
    yield kd.KeyRulesDialog(store, actor, window)
    from frontdesk.movein.dialogs import MoveInRulesDialog
    yield MoveInRulesDialog(store, actor, window)


def _movein_dialogs(store, actor, window):
    """The move-in's window, each of its pages in front (a delivered room of its own, its owner registered)."""
    from frontdesk.movein.dialogs import PAGES, MoveInDialog
    from frontdesk.movein.service import MoveInService
    reg = RegistrationService(store)
    reg.create_building_rooms(actor, "8", plan_building(1, 1, 1, ["100"]), state="空置")
    room = reg.search("8-1-101")[0].room_id
    reg.add_person(actor, room, name="孙业主", relation="业主")
    reg.update_room(actor, room, state="空置")
    dlg = MoveInDialog(store, actor, MoveInService(store).start(actor, room), window)
    for i in range(len(PAGES)):
        dlg.show_step(i)
        yield dlg


def _passes_dialogs(store, actor, window, room):
    from datetime import timedelta
    from decimal import Decimal

    from frontdesk.core import clock
    from frontdesk.passes import dialogs as pd
    from frontdesk.passes.service import PassService
    svc = PassService(store)
    today = clock.today()
    number = svc.apply(actor, room, contractor="美家装饰", manager="赵工", manager_phone="13911112222", workers=3,
                       works=["墙面"], start=today + timedelta(days=1), end=today + timedelta(days=30),
                       documents=["装修协议"])
    reno = svc.renovation_of(number)
    yield pd.RenovationDialog(store, actor, window, room_id=room)
    yield pd.RenovationTestsDialog(store, actor, reno, window)
    yield pd.InspectionDialog(store, actor, reno, window)
    yield pd.AcceptanceDialog(store, actor, reno, window)
    yield pd.MoneyDialog(window, "收款", "ZX", Decimal("5300.00"), lambda v: None)
    yield pd.WorkerPassDialog(store, actor, reno, window)
    yield pd.TemporaryPassDialog(store, actor, window, room_id=room)
    yield pd.HotWorkDialog(store, actor, window)
    yield pd.ReleaseDialog(store, actor, window, room_id=room)
    yield pd.PassRulesDialog(store, actor, window)


def test_every_dialog(window, store, supervisor, qtbot):
    found = {}
    for dlg in _dialogs(store, supervisor, window):
        qtbot.addWidget(dlg)
        found[type(dlg).__name__ + (dlg.windowTitle() and f" {dlg.windowTitle()}")] = clashes(dlg)
    assert {k: v for k, v in found.items() if v} == {}


def test_every_form_is_covered(window, store, supervisor, qtbot):
    for dlg in _dialogs(store, supervisor, window):
        qtbot.addWidget(dlg)
        COVERED.add(type(dlg).__name__)
    forms = Path(__file__).resolve().parents[1] / "forms"
    classes = {re.search(r"<class>(\w+)</class>", p.read_text()).group(1) for p in forms.glob("*.ui")}
    tabs = {"MainWindow", "RegistrationTab", "FeesTab", "WorkOrdersTab", "KeysTab", "PassesTab", "StoreProblemDialog"}  # the window's own, and a start-up box
    assert classes - COVERED - tabs == set()
