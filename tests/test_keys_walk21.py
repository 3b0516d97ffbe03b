"""What a receptionist and a supervisor met on the 钥匙 tab of the demo (walk 21), each driven as they
did on the real main window: the cabinet's settings closed with a public key chosen, a public key lent
to an owner (the approval asked for where it can be typed), scan after scan, the room card's overdue
key, a search for ``%``, the 钥匙收条 scanned at 领取, the labels of a whole list, the handover's
missing reasons at the list."""
from datetime import timedelta

from PySide6.QtCore import Qt

from frontdesk.core import clock
from frontdesk.keys.service import KeyService, tag_of
from frontdesk.registration.service import RegistrationService
from tests.conftest import type_text, when_modal
from tests.test_keys_view import MON, _modal, draw, window  # noqa: F401 - the window fixture


def test_the_cabinet_settings_close_with_a_public_key_chosen(window, qtbot, boxes):
    svc, tab = KeyService(window.store), window.keys
    with clock.pinned(MON):
        svc.register_public(window.clerk, place="天台", hook="A-02", pieces=1)
    tab.reload()
    type_text(qtbot, tab.form.search, "天台")
    qtbot.keyClick(tab.form.search, Qt.Key.Key_Return)
    assert tab.current() is not None and tab.current().room_id is None

    def esc(dlg):
        qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    done = when_modal(qtbot, esc)
    window.task_settings("keys", "frontdesk.keys.dialogs:KeyRulesDialog")
    done.check()
    assert tab.form.search.text() == "天台" and not boxes.shown  # read again, nothing lost, no box


def test_an_owner_borrowing_a_public_key_has_the_approval_fields(window, qtbot, boxes):
    svc, tab = KeyService(window.store), window.keys
    with clock.pinned(MON):
        tag = svc.register_public(window.clerk, place="天台", hook="A-02", pieces=1)
    tab.reload()
    seen = {}

    def look(dlg):
        dlg.form.personKind.setCurrentText("业主")
        seen["public"] = dlg.form.approver.isVisible()
        dlg.done(0)
    qtbot.keyClicks(tab.form.search, tag)
    qtbot.keyClick(tab.form.search, Qt.Key.Key_Return)
    done = when_modal(qtbot, look)
    qtbot.keyClick(tab, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    done.check()
    assert seen["public"]  # the service asks a supervisor for it: the form lets one type it


def test_scan_after_scan_selects_set_after_set(window, qtbot):
    svc, tab = KeyService(window.store), window.keys
    with clock.pinned(MON):
        tags = [svc.register_public(window.clerk, place=p, hook=h, pieces=1)
                for p, h in (("天台", "A-02"), ("水泵房", "A-03"), ("电梯机房", "A-04"))]
    tab.reload()
    tab.form.outTable.setFocus()  # wherever the focus was left

    def scan(text):  # a scanner types into whatever has the focus, key by key, then Enter
        for ch in text:
            qtbot.keyClick(window.focusWidget(), ch)
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    for tag in tags + [tags[0]]:
        scan(tag)
        assert tab.current().tag == tag
    scan("K00099")  # a tag that is no set's: said, and the next scan replaces it
    assert tab.form.search.hasFocus() and tab.form.search.selectedText() == "K00099"
    scan(tags[2])
    assert tab.current().tag == tags[2]
    qtbot.keyClick(tab.form.search, Qt.Key.Key_Down)  # ↓ into the list
    assert tab.form.allTable.hasFocus()
    assert tag_of("k2") == tags[1] and tag_of("2") == tags[1] and tag_of("2", bare=False) == "2"
    assert [v.tag for v in svc.search("%")] == [] and [v.tag for v in svc.search("_")] == []
    assert [v.tag for v in svc.search("2")] == [tags[1]]


def test_the_room_card_flags_an_overdue_key(window, store, qtbot):
    from frontdesk.registration.view import render_card
    from frontdesk.tasks import card_sections
    from frontdesk.registration import service as registration_service
    registration_service.CARD_SECTIONS[:] = card_sections()
    svc = KeyService(store)
    with clock.pinned(MON):
        tag, _receipt = svc.keep(window.clerk, window.room, owner="张业主", pieces=2, hook="A-05", signature=None,
                                 unsigned="业主电话授权")
        key = svc.by_tag(tag)
        svc.lend(window.clerk, key.id, person_kind="业主", person="张业主", purpose="整改",
                 expected_back=MON + timedelta(hours=2), unsigned="业主电话授权")
    with clock.pinned(MON + timedelta(hours=1)):
        html = render_card(RegistrationService(store).room_card(window.room))
    assert f"{tag} 整改钥匙 2 把：借给 业主 张业主" in html and "⚠" not in html.split("钥匙</h3>")[-1]
    with clock.pinned(MON + timedelta(hours=3)):
        html = render_card(RegistrationService(store).room_card(window.room))
    assert "钥匙 ⚠</h3>" in html and "⚠</p>" in html
    assert "开放后显示" not in html  # the placeholder of tabs that were not built is gone


def test_the_receipt_scanned_at_collect_is_looked_up_not_saved(window, store, qtbot, boxes):
    svc, tab = KeyService(store), window.keys
    with clock.pinned(MON):
        _tag, receipt = svc.keep(window.clerk, window.room, owner="张业主", pieces=2, hook="A-05", signature=None,
                                 unsigned="业主电话授权")
    tab.reload()
    seen = {}

    def scan(dlg):
        f = dlg.form
        dlg.activateWindow()
        qtbot.waitUntil(dlg.isActiveWindow, timeout=2000)
        f.receipt.clear()
        qtbot.keyClicks(f.receipt, receipt.lower())
        qtbot.keyClick(f.receipt, Qt.Key.Key_Return)
        seen["open"] = dlg.isVisible()
        seen["faults"] = [k for k in dlg.errors.fields if dlg.errors.text(k)]
        seen["info"] = f.info.text()
        seen["focus"] = f.person.hasFocus()
        dlg.done(0)
    done = when_modal(qtbot, scan)
    tab.collect()
    done.check()
    assert seen["open"] and seen["faults"] == [] and "张业主" in seen["info"] and seen["focus"]


def test_labels_of_a_whole_list_and_of_one(window, store, qtbot, boxes):
    svc, tab = KeyService(store), window.keys
    with clock.pinned(MON):
        for p, h in (("天台", "A-02"), ("水泵房", "A-03"), ("电梯机房", "A-04")):
            svc.register_public(window.clerk, place=p, hook=h, pieces=1)
    tab.form.sections.setCurrentWidget(tab.form.allPage)
    tab.reload_all()
    from tests.helpers import pdf_text
    boxes.answer = True
    text = pdf_text(tab.print_labels())
    assert all(t in text for t in ("K00001", "K00002", "K00003"))
    boxes.answer = False
    tab.form.allTable.clearSelection()
    tab.form.allTable.selectRow(1)
    text = pdf_text(tab.print_labels())
    chosen = tab.form.allTable.item(1, 0).text()
    assert chosen in text and sum(t in text for t in ("K00001", "K00002", "K00003")) == 1


def test_the_missing_reasons_of_a_handover_are_shown_at_the_list(window, store, supervisor, qtbot, boxes):
    svc = KeyService(store)
    with clock.pinned(MON):
        svc.register_public(window.clerk, place="天台", hook="A-02", pieces=1)
        svc.register_public(window.clerk, place="水泵房", hook="A-03", pieces=1)
    seen = {}

    def count(dlg):
        dlg.activateWindow()
        qtbot.waitUntil(dlg.isActiveWindow, timeout=2000)
        qtbot.keyClick(dlg, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # nothing ticked, no reasons
        seen["lines"] = dlg.errors.text("lines")
        dlg.done(0)
    done = when_modal(qtbot, count)
    window.keys.handover()
    done.check()
    assert "K00001" in seen["lines"] and "K00002" in seen["lines"]
    assert not [t for k, t in boxes.shown if k == "warn"]  # at the list, not in a box
