"""The shared search box: results as you type over a large table, keyboard to pick, Enter opens."""
from PySide6.QtCore import Qt
from sqlalchemy import select

from frontdesk.demo import generate
from frontdesk.registration.models import Person
from frontdesk.ui.search_box import SearchBox, SearchHit


def test_search_as_you_type_over_100000_rows(store, zh_app, qtbot):
    from frontdesk.core.models import AuditEntry
    from datetime import datetime
    with store.write() as s:
        s.execute(AuditEntry.__table__.insert(), [
            {"at": datetime(2026, 1, 1), "operator_id": None, "operator_name": "系统", "action": "create",
             "entity": "room", "entity_id": f"{i:06d}", "summary": "", "before": None, "after": None}
            for i in range(100_000)])
    queries = []

    def provider(text):
        queries.append(text)
        with store.read() as s:  # an indexed prefix query, never the whole table
            rows = s.execute(select(AuditEntry.entity_id).where(AuditEntry.entity == "room",
                                                                AuditEntry.entity_id >= text,
                                                                AuditEntry.entity_id < text + "\uffff")
                             .order_by(AuditEntry.entity_id).limit(20)).scalars().all()
        return [SearchHit("room", r, r, "房屋") for r in rows]

    box = SearchBox(provider=provider)
    qtbot.addWidget(box)
    box.show()
    qtbot.keyClicks(box, "09999")
    qtbot.waitUntil(lambda: bool(queries) and queries[-1] == "09999")
    assert len(queries) <= 2  # typing fast does not query per letter
    assert [h.key for h in box.hits][:3] == ["099990", "099991", "099992"]
    assert box.popup.count() == 10 and box.popup.currentRow() == 0
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    with qtbot.waitSignal(box.activated) as sig:
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert sig.args[0].key == "099992"


def test_enter_before_the_pause_still_opens_the_first_hit(store, zh_app, qtbot):
    generate(store, rooms=200, years=1, seed=3)
    with store.read() as s:
        person = s.scalars(select(Person).order_by(Person.id)).first()

    def provider(text):
        with store.read() as s:
            rows = s.scalars(select(Person).where(Person.name_initials == text).limit(20)).all()
        return [SearchHit("person", p.id, p.name) for p in rows]

    box = SearchBox(provider=provider, delay_ms=10_000)
    qtbot.addWidget(box)
    box.show()
    qtbot.keyClicks(box, person.name_initials)
    with qtbot.waitSignal(box.activated) as sig:
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert sig.args[0].kind == "person"
    assert sig.args[0].label == provider(person.name_initials)[0].label


def test_escape_closes_then_clears(zh_app, qtbot):
    searched = []
    box = SearchBox()
    box.search.connect(searched.append)
    qtbot.addWidget(box)
    box.show()
    qtbot.keyClicks(box, "zs")
    box.flush()
    assert searched == ["zs"]
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == "" and searched == ["zs", ""]
