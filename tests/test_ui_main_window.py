"""The main window as a user meets it: tabs, shortcuts, status bar, rights, lock, print, backup."""
import subprocess
import sys
import time

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from frontdesk.core import clock
from frontdesk.core.backup import list_backups
from frontdesk.core.operators import OperatorService
from frontdesk.core.settings import SettingsService
from frontdesk.ui.account_dialogs import LockDialog
from frontdesk.window import LOGOUT, RESTORED, MainWindow
from frontdesk.ui.print_preview import PrintPreview
from tests.conftest import SUPER_PW, open_main_window, type_text, when_modal


@pytest.fixture
def window(store, supervisor, zh_app, qtbot):
    return open_main_window(qtbot, store, supervisor)


def test_five_tabs_and_their_shortcuts(window, qtbot):
    tabs = window.form.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["登记", "工单", "钥匙", "证件", "收费"]
    assert window.registration.isVisibleTo(window)  # every tab is built: none says "not yet"
    assert window.fees.parent() is tabs.widget(4) and window.workorders.parent() is tabs.widget(1)
    assert window.keys.parent() is tabs.widget(2)
    for i in range(tabs.count()):
        assert tabs.widget(i).findChild(type(window.property_label), f"{tabs.widget(i).objectName()}Empty") is None
    assert [tabs.tabToolTip(i) for i in range(tabs.count())] == [f"Ctrl+{i}" for i in range(1, 6)]
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 2
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 4
    assert window.fees.search.hasFocus()  # typing a room finds it: not the tab bar
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1 and window.workorders.search.hasFocus()


def test_menus_status_bar_and_property_name(window, store):
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["文件(&F)", "报表(&R)", "设置(&S)", "帮助(&H)"]
    assert window.form.actionLock.shortcut().toString() == "Ctrl+L"
    assert window.operator_label.text() == "操作员：王主管"
    assert window.role_label.text() == "角色：主管"
    assert window.property_label.text() == "翠湖花园"
    assert window.windowTitle().startswith("翠湖花园")
    # the status bar names the property and who works, not the database file (关于 names that)
    bar = [w.text() for w in window.statusBar().findChildren(QLabel) if w.isVisibleTo(window)]
    assert bar == ["物业：翠湖花园", "操作员：王主管", "角色：主管"]
    assert not any(str(store.path) in t or store.location in t for t in bar)


def _title_bar(widget) -> str:
    """What the title bar shows (Qt's rule: the application's display name is added to a title that
    does not end with it, and stands alone for a window without a title)."""
    from PySide6.QtGui import QGuiApplication
    title, name = widget.windowTitle(), QGuiApplication.applicationDisplayName()
    return title if title.endswith(name) else f"{title} — {name}" if title else name


def test_title_bars_say_kefu_qiantai_not_frontdesk(store, supervisor, qtbot, request):
    """The application is 客服前台 on screen (its folders keep the name Frontdesk): the main window,
    the log-in, lock and first-start windows and a form the window opens."""
    from frontdesk.app import make_app
    from frontdesk.ui.account_dialogs import LoginDialog, SetupDialog
    from frontdesk.ui.range_dialog import DateRangeDialog
    app = QApplication.instance()
    font, name, org = app.font(), app.applicationName(), app.organizationName()
    request.addfinalizer(lambda: (app.setFont(font), app.setApplicationName(name), app.setOrganizationName(org)))
    assert make_app() is app
    assert app.applicationDisplayName() == "客服前台" and app.applicationName() == "Frontdesk"
    w = open_main_window(qtbot, store, supervisor)
    assert w.windowTitle() == "翠湖花园 — 客服前台"
    windows = [w, LoginDialog(store, "翠湖花园"), LockDialog(store, supervisor), SetupDialog(store),
               DateRangeDialog("工单登记簿", w)]
    for d in windows[1:]:
        qtbot.addWidget(d)
    shown = [_title_bar(d) for d in windows]
    assert shown == ["翠湖花园 — 客服前台", "登录 — 客服前台", "已锁定 — 客服前台", "首次使用——设置客服前台",
                     "工单登记簿 — 客服前台"]
    assert w.form.actionAbout.text() == "关于客服前台(&A)"


def test_receptionist_does_not_get_supervisor_actions(store, receptionist, zh_app, qtbot):
    w = MainWindow(store, receptionist)
    qtbot.addWidget(w)
    f = w.form
    for action in (f.actionBackup, f.actionRestore, f.actionOperators, f.actionAuditLog, f.actionOperatorList):
        assert not action.isEnabled()
    assert f.actionChangePassword.isEnabled() and f.actionLock.isEnabled()
    assert w.role_label.text() == "角色：前台"


def test_window_remembers_size_and_position(store, supervisor, zh_app, qtbot):
    w = MainWindow(store, supervisor)
    qtbot.addWidget(w)
    assert w.first_start
    w.show()
    width = max(w.minimumSizeHint().width(), 700)
    assert width <= 790  # fits the offscreen screen (800×600), let alone a 1366×768 desk
    w.setGeometry(5, 20, width, 500)
    w.close()
    again = MainWindow(store, supervisor)
    qtbot.addWidget(again)
    assert not again.first_start
    again.show_as_remembered()
    assert (again.width(), again.height()) == (width, 500)


def test_idle_session_locks_and_asks_for_the_password(window, store, supervisor, qtbot):
    SettingsService(store).update(supervisor, idle_lock_minutes=1)
    window.settings = SettingsService(store).get()
    window.check_idle()
    assert not window.locked  # just used: no lock
    window.idle.last = time.monotonic() - 61
    seen = []

    def unlock(dlg):
        seen.append(type(dlg))
        dlg.form.password.setText("wrong")
        dlg.submit()
        seen.append(dlg.errors.text("password"))
        dlg.form.password.setText(SUPER_PW)
        dlg.submit()

    when_modal(qtbot, unlock)
    window.check_idle()
    assert seen == [LockDialog, "密码不正确。"]
    assert not window.locked


def test_switch_operator_from_the_lock_logs_out(window, qtbot):
    when_modal(qtbot, lambda dlg: dlg.form.switchButton.click())
    with qtbot.waitSignal(window.finished) as sig:
        window.lock()
    assert sig.args == [LOGOUT]


def _pdftotext(data: bytes, tmp_path) -> str:
    p = tmp_path / "doc.pdf"
    p.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True, check=True).stdout


def test_operator_list_prints_through_the_preview(window, store, supervisor, boxes, tmp_path, qtbot, monkeypatch):
    OperatorService(store).add(supervisor, "qiantai", "李前台", "receptionist", "Qiantai2026")
    window.form.actionOperatorList.trigger()
    preview = window.findChild(PrintPreview)
    assert preview is not None and preview.isVisible()
    assert preview.document.pageCount() == 1
    text = "".join(_pdftotext(preview.pdf, tmp_path).split())  # pdftotext spaces CJK freely
    for expected in ("翠湖花园", "操作员名单", "王主管", "李前台", "主管", "前台", f"CZ{clock.now().year}-000001",
                     "第1页共1页", "共有操作员2名", "制表人", "（盖章）", "服务热线010-12345678"):
        assert expected in text

    nowhere = tmp_path / "no such folder" / "saved.pdf"  # 另存为 to a folder that is gone: told, nothing written
    boxes.files.append(str(nowhere))
    qtbot.mouseClick(preview.form.saveButton, Qt.MouseButton.LeftButton)
    assert boxes.shown[-1][0] == "error" and "不存在" in boxes.shown[-1][1] and not nowhere.parent.exists()
    saved = tmp_path / "saved"  # the suffix is added
    boxes.files.append(str(saved))
    qtbot.mouseClick(preview.form.saveButton, Qt.MouseButton.LeftButton)
    assert (tmp_path / "saved.pdf").read_bytes() == preview.pdf
    assert not list(tmp_path.glob("*.part"))

    printed = tmp_path / "printed.pdf"
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    def fake_exec(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    qtbot.mouseClick(preview.form.printButton, Qt.MouseButton.LeftButton)
    assert preview.printed_pages == 1
    assert len(PdfReader(printed).pages) == 1
    printed = tmp_path / "gone" / "printed.pdf"  # 打印到文件 into a folder that is gone: told, nothing sent
    preview.printed_pages = 0
    qtbot.mouseClick(preview.form.printButton, Qt.MouseButton.LeftButton)
    assert preview.printed_pages == 0 and boxes.shown[-1][0] == "error" and "不存在" in boxes.shown[-1][1]

    # the next list takes the next number: numbers are never reused
    window.form.actionOperatorList.trigger()
    assert f"CZ{clock.now().year}-000002" in _pdftotext(window.findChildren(PrintPreview)[-1].pdf, tmp_path)


def test_backup_and_restore_from_the_menu(window, store, supervisor, boxes, qtbot):
    window.form.actionBackup.trigger()
    assert boxes.shown[-1][0] == "info" and "备份已保存到" in boxes.shown[-1][1]
    backup = list_backups(store.backup_dir)[0].path
    OperatorService(store).add(supervisor, "later", "后来者", "receptionist", "Later2026x")

    boxes.files.append(str(backup))
    with qtbot.waitSignal(window.finished) as sig:
        window.form.actionRestore.trigger()
    assert sig.args == [RESTORED]
    assert boxes.shown[-2][0] == "ask"
    assert [o.username for o in OperatorService(window.store).list()] == ["zhuguan"]
    assert any(b.reason == "before-restore" for b in list_backups(store.backup_dir))
    window.store.dispose()


def test_about_names_the_version_schema_and_data_folder(window, store, boxes, monkeypatch, tmp_path):
    from frontdesk import __version__
    from frontdesk.core.db import SCHEMA_HEAD
    monkeypatch.setenv("FRONTDESK_HOME", str(tmp_path / "数据 文件夹"))
    window.form.actionAbout.trigger()
    kind, text = boxes.shown[-1]
    assert f"客服前台 {__version__}" in text and f"数据结构版本：{SCHEMA_HEAD}" in text
    assert str(tmp_path / "数据 文件夹") in text and store.location in text
    p = subprocess.run([sys.executable, "-m", "frontdesk", "--version"], capture_output=True, text=True)
    assert p.stdout.strip() == f"frontdesk {__version__}"


def test_f1_opens_the_help_page_with_the_keys_of_each_tab(window, boxes, qtbot):
    """F1 is help (关于 stays in 帮助, without a key): a short Chinese page with the keys of the window
    and of each tab, as the tasks declare them; Esc closes it."""
    from frontdesk.ui.help_dialog import HelpDialog
    f = window.form
    assert f.actionAbout.shortcut().isEmpty() and f.actionHelp.shortcut().toString() == "F1"
    assert [a.text() for a in f.menuHelp.actions() if not a.isSeparator()][0] == "帮助与快捷键(&K)"
    assert f.actionAbout in f.menuHelp.actions()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dlg = window.findChild(HelpDialog)
    assert dlg is not None and dlg.isVisible() and boxes.shown == []  # not the 关于 box
    text = dlg.text.toPlainText()
    for expected in ("客服前台 — 帮助", "Ctrl+F", "Ctrl+5", "到收费页", "在任何页面", "F2", "来电来访登记", "F7", "新建工单",
                     "在登记页", "F3", "为显示的房间登记住户", "F8", "在收费页", "Ctrl+Enter", "确认收款并打印收据",
                     "空格", "Ctrl+L", "文件 → 锁定", "报表 → 操作员名单", "在工单页", "打印所选工单的工作单"):
        assert expected in text, expected
    assert "Frontdesk" not in text and "Return" not in text
    qtbot.keyClick(dlg.text, Qt.Key.Key_Escape)
    assert not dlg.isVisible()


def test_self_test_from_the_help_menu(window, qtbot):
    """帮助 → 自检 runs the self-test in a process of its own; the window stays usable meanwhile."""
    from frontdesk.ui.selftest_dialog import SelfTestDialog
    window.form.actionSelfTest.trigger()
    dlg = window.findChildren(SelfTestDialog)[-1]
    assert dlg.isVisible() and dlg.process.state() != dlg.process.ProcessState.NotRunning
    assert window.isEnabled()
    qtbot.waitUntil(lambda: dlg.failed is not None, timeout=180_000)
    f = dlg.form
    assert dlg.failed is False and f.summary.text() == "全部检查通过。"
    assert f.progress.value() == f.progress.maximum() and "自检通过" in f.output.toPlainText()
    assert dlg.done_checks >= 15
    qtbot.mouseClick(f.closeButton, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible()


def test_each_task_puts_what_a_supervisor_maintains_in_the_settings_menu(window, qtbot):
    """Fee items, work-order categories, departments and workers: each task declares its 设置
    entries (Task.settings); the menu shows them before the holiday calendar and each opens its
    dialog."""
    from frontdesk.fees.dialogs import FeeItemsDialog
    from frontdesk.workorders.dialogs import CategoriesDialog, WorkersDialog
    menu = window.form.menuSettings
    texts = [a.text() for a in menu.actions()]
    assert texts.index("收费标准(&F)…") < texts.index("节假日日历(&H)…")
    for text, kind in (("收费标准(&F)…", FeeItemsDialog), ("工单类别(&W)…", CategoriesDialog),
                       ("部门与维修人员(&D)…", WorkersDialog)):
        seen = []
        done = when_modal(qtbot, lambda dlg: (seen.append(type(dlg)), dlg.reject()))
        next(a for a in menu.actions() if a.text() == text).trigger()
        done.check()
        assert seen == [kind]


# ---- the holiday calendar's next year: the supervisor's notice at log-in -----------------------

@pytest.fixture
def seeded(store, supervisor):
    from frontdesk.core.workdays import CalendarService
    CalendarService(store).ensure_seeded()  # as every start does: the package's 2004–2026
    return store


def test_in_december_a_supervisor_is_told_next_years_holidays_are_missing(seeded, supervisor, zh_app, qtbot, boxes):
    """Log-in on 2026-12-02: the notice on top says 2027 is not entered and what to do, without a
    box to click away; its link opens the calendar, and once 2027 is entered it is gone."""
    from datetime import datetime

    from frontdesk.core import clock
    from frontdesk.ui.admin_dialogs import CalendarDialog
    with clock.pinned(datetime(2026, 12, 2, 10, 0)):
        window = open_main_window(qtbot, seeded, supervisor)
        notice = window.calendar_notice
        qtbot.waitUntil(window.isActiveWindow)  # nothing modal in front of it
        assert notice.isVisible() and QApplication.activeModalWidget() is None and boxes.shown == []
        text = notice.text()
        assert "2027年的法定节假日尚未录入" in text and "设置 → 节假日日历" in text and "估算" in text
        assert "周一至周五" in text and "打开节假日日历" in text
        assert notice.geometry().bottom() < window.form.tabs.geometry().top()  # above the tabs
        seen = {}

        def enter_2027(dlg):
            f = dlg.form
            seen.update(kind=type(dlg), year=f.year.value(), notice=f.notice.text(), shown=f.notice.isVisible())
            f.day.setDate(QDate(2027, 1, 1))
            type_text(qtbot, f.name, "元旦")
            qtbot.mouseClick(f.saveButton, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(f.completeButton, Qt.MouseButton.LeftButton)  # asked (answered yes), then marked
            seen.update(after=f.notice.isVisible())
            qtbot.mouseClick(f.closeButton, Qt.MouseButton.LeftButton)

        done = when_modal(qtbot, enter_2027)
        notice.linkActivated.emit("calendar")
        done.check()
        assert seen["kind"] is CalendarDialog and seen["year"] == 2027 and seen["shown"]  # opens at the year missing
        assert "2027年的法定节假日尚未录入" in seen["notice"] and seen["after"] is False
        assert not notice.isVisible()


def test_the_notice_is_for_the_supervisor_in_december_and_can_be_put_away(seeded, supervisor, receptionist, zh_app,
                                                                          qtbot):
    from datetime import datetime

    from frontdesk.core import clock
    with clock.pinned(datetime(2026, 11, 30, 17, 0)):  # November: nothing to say yet
        assert not open_main_window(qtbot, seeded, supervisor).calendar_notice.isVisible()
    with clock.pinned(datetime(2026, 12, 31, 23, 59)):
        assert not open_main_window(qtbot, seeded, receptionist).calendar_notice.isVisible()  # not hers to enter
        window = open_main_window(qtbot, seeded, supervisor)
        assert window.calendar_notice.isVisible()
        window.calendar_notice.linkActivated.emit("away")  # 知道了: away for this session
        assert not window.calendar_notice.isVisible()
        window.check_calendar()  # the hourly look does not bring it back
        assert not window.calendar_notice.isVisible()
    with clock.pinned(datetime(2027, 3, 1, 9, 0)):  # 2027 itself without data: said in any month
        window = open_main_window(qtbot, seeded, supervisor)
        assert "2027年" in window.calendar_notice.text() and window.calendar_notice.isVisible()
