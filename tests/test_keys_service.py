"""The key cabinet without Qt, on SQLite and PostgreSQL: keep with the owner's signature and the
collectors named, collect on the 钥匙收条, lend with and without a supervisor's approval, return with
a short count, lost and retired, the board's overdue, a hook taken once, the handover count — and
every refusal at its field with nothing changed."""
import io
from datetime import datetime, timedelta

import pytest
from PIL import Image
from sqlalchemy import func, select

from frontdesk.core.errors import NotFound, PermissionDenied
from frontdesk.core.models import AuditEntry, as_of
from frontdesk.core.operators import OperatorService
from frontdesk.core.people import id_check_digit
from frontdesk.keys.models import KeyMove
from frontdesk.keys.service import KeyService
from frontdesk.registration.service import RegistrationService, plan_building
from frontdesk.workorders.service import WorkOrderService
from tests.conftest import SUPER_PW, set_up

MON = datetime(2026, 11, 2, 9, 0)  # a Monday


def faults(err) -> set[str]:
    return {e.field for e in getattr(err.value, "errors", [err.value])}


def ric(body17: str = "11010519900101123") -> str:
    return body17 + id_check_digit(body17)


def png() -> bytes:
    out = io.BytesIO()
    Image.new("L", (120, 40), 255).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def desk(any_store):
    boss = set_up(any_store)
    ops = OperatorService(any_store)
    ops.add(boss, "qiantai", "李前台", "receptionist", "Qiantai2026")
    ops.add(boss, "xiaozhou", "周前台", "receptionist", "Xiaozhou2026")
    clerk = ops.authenticate("qiantai", "Qiantai2026")
    reg = RegistrationService(any_store)
    reg.create_building_rooms(boss, "3", plan_building(1, 2, 2, ["89.55", "120.00"]), state="已入住")
    room = reg.search("3-1-101")[0].room_id
    reg.add_person(clerk, room, name="张业主", relation="业主", id_number=ric(), phone="13800138000")
    return boss, clerk, KeyService(any_store), room, any_store


def _keep(svc, clerk, room, hook="A-01", **kw):
    values = dict(owner="张业主", pieces=3, hook=hook, contractor="美家装饰 赵工", emergency=True, signature=png())
    values.update(kw)
    with as_of(MON):
        return svc.keep(clerk, room, **values)


def test_keep_collect_on_the_receipt(desk):
    boss, clerk, svc, room, store = desk
    tag, receipt = _keep(svc, clerk, room)
    assert receipt.startswith("YS2026-")
    key = svc.by_tag(f" {tag.lower()} ")
    assert (key.state, key.hook, key.pieces, key.room) == ("in", "A-01", 3, "3-1-101")
    assert key.collectors == ("张业主", "美家装饰 赵工") and key.emergency
    assert svc.kept_under(receipt.lower()).tag == tag
    # someone the owner did not name, a wrong receipt, a short count without a word: refused, nothing changed
    with pytest.raises(Exception) as err:
        svc.collect(clerk, receipt, person="路人甲", pieces=3, signature=png())
    assert faults(err) == {"person"}
    with pytest.raises(Exception) as err:
        svc.collect(clerk, "YS2026-999999", person="张业主", pieces=3, signature=png())
    assert faults(err) == {"receipt"}
    with pytest.raises(Exception) as err:
        svc.collect(clerk, receipt, person="美家装饰 赵工", pieces=2)
    assert faults(err) == {"note", "signature"}
    assert svc.by_tag(tag).state == "in"
    with as_of(MON + timedelta(days=5)):
        svc.collect(clerk, receipt, person="美家装饰 赵工", pieces=3, unsigned="业主电话授权，施工方持收条")
    key = svc.by_tag(tag)
    assert key.state == "collected"
    assert "A-01" in svc.free_hooks()  # the hook is free again
    moves = svc.history(key.id)
    assert [m.action for m in moves] == ["keep", "collect"]
    assert moves[0].signature and moves[1].unsigned.startswith("业主电话授权")
    with pytest.raises(Exception) as err:
        svc.collect(clerk, receipt, person="张业主", pieces=3, signature=png())
    assert faults(err) == {"receipt"}


def test_keep_refuses_each_fault_at_its_field(desk):
    boss, clerk, svc, room, store = desk
    _keep(svc, clerk, room)
    with pytest.raises(Exception) as err:
        svc.keep(clerk, room, owner="李四", pieces=0, hook="A-01", signature=None)
    assert faults(err) == {"owner", "pieces", "hook", "signature"}
    with pytest.raises(Exception) as err:
        svc.keep(clerk, room, owner="张业主", pieces=2, hook="Z-99", signature=png())
    assert faults(err) == {"hook"}
    with pytest.raises(Exception) as err:
        svc.keep(clerk, None, owner="张业主", pieces=2, hook="A-02", signature=b"not a png")
    assert faults(err) == {"room", "signature"}
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(KeyMove)) == 1


def test_lend_and_return_with_approval_and_a_short_count(desk):
    boss, clerk, svc, room, store = desk
    with as_of(MON):
        tag = svc.register_public(clerk, place="3栋水泵房", hook="B-01", pieces=2)
        order = WorkOrderService(store).register(clerk, kind="repair_common", content="水泵房漏水", place="3栋水泵房",
                                                 reporter="巡查", phone="13800138000")
    key = svc.by_tag(tag)
    order, order_no = order.id, order.number
    values = dict(person_kind="施工方", person="刘师傅", phone="13911112222", id_number=ric(), purpose="维修",
                  work_order=order_no, expected_back=MON + timedelta(hours=3), signature=png())
    with as_of(MON + timedelta(minutes=5)):
        with pytest.raises(Exception) as err:  # a contractor: a supervisor's approval
            svc.lend(clerk, key.id, **values)
        assert faults(err) == {"approver"}
        with pytest.raises(Exception) as err:
            svc.lend(clerk, key.id, **values, approver="qiantai", approver_password="Qiantai2026")
        assert faults(err) == {"approver_password"}
        with pytest.raises(Exception) as err:
            svc.lend(clerk, key.id, **{**values, "expected_back": MON, "id_number": "", "work_order": "GD2026-999999"})
        assert faults(err) == {"approver", "expected_back", "id_number", "work_order"}
        assert svc.by_tag(tag).state == "in"
        slip = svc.lend(clerk, key.id, **values, approver="zhuguan", approver_password=SUPER_PW)
    assert slip.startswith("JY2026-")
    out = svc.by_tag(tag)
    assert (out.state, out.holder, out.slip, out.work_order) == ("out", "施工方 刘师傅", slip, order_no)
    loan = svc.history(key.id)[-1]
    assert loan.approver == "王主管"
    assert [(x.tag, x.person, x.returned) for x in svc.loans_for_order(order)] == [(tag, "刘师傅", False)]
    with pytest.raises(Exception) as err, as_of(MON + timedelta(minutes=10)):  # lending a set that is out
        svc.lend(clerk, key.id, **values, approver="zhuguan", approver_password=SUPER_PW)
    assert faults(err) == {"key"}
    assert svc.counts(MON + timedelta(hours=4)) == {"in": 0, "out": 1, "overdue": 1}
    assert svc.out_now()[0].overdue(MON + timedelta(hours=4))
    with as_of(MON + timedelta(hours=5)):
        with pytest.raises(Exception) as err:
            svc.take_back(clerk, key.id, pieces=1, signature=png())
        assert faults(err) == {"note"}
        with pytest.raises(Exception) as err:  # none back is not a return: the set is lost (遗失)
            svc.take_back(clerk, key.id, pieces=0, note="都丢了", signature=png())
        assert faults(err) == {"pieces"}
        assert svc.take_back(clerk, key.id, pieces=1, note="一把掉在泵房，已报工程部", signature=png()) == 1
    back = svc.by_tag(tag)
    assert (back.state, back.pieces) == ("in", 1)
    loan = svc.history(key.id)[-2]
    assert loan.returned_at == MON + timedelta(hours=5) and loan.return_pieces == 1
    assert svc.history(key.id)[-1].missing == 1
    assert [(x.tag, x.returned) for x in svc.loans_for_order(order)] == [(tag, True)]
    with pytest.raises(Exception) as err:  # returning one that is in
        svc.take_back(clerk, key.id, pieces=1, signature=png())
    assert faults(err) == {"key"}


def test_free_borrowers_and_the_rooms_owner(desk):
    boss, clerk, svc, room, store = desk
    tag, _r = _keep(svc, clerk, room)
    key = svc.by_tag(tag)
    with as_of(MON):
        with pytest.raises(Exception) as err:  # 业主 of the room must be its owner
            svc.lend(clerk, key.id, person_kind="业主", person="王五", purpose="整改",
                     expected_back=MON + timedelta(hours=2), unsigned="电话授权")
        assert faults(err) == {"person"}
        svc.lend(clerk, key.id, person_kind="业主", person="张业主", purpose="整改",
                 expected_back=MON + timedelta(hours=2), unsigned="电话授权")
        svc.take_back(clerk, key.id, pieces=3, signature=png())
        svc.lend(clerk, key.id, person_kind="销售", person="陈销售", phone="13700001111", purpose="看房",
                 expected_back=MON + timedelta(hours=2), signature=png())
    assert svc.history(key.id)[-1].approver == ""


def test_lost_retired_and_the_hook(desk):
    boss, clerk, svc, room, store = desk
    with as_of(MON):
        tag = svc.register_public(clerk, place="天台", hook="A-05", pieces=1)
        with pytest.raises(Exception) as err:
            svc.register_public(clerk, place="电梯机房", hook="a-05", pieces=1)
        assert faults(err) == {"hook"}
    key = svc.by_tag(tag)
    with pytest.raises(PermissionDenied):
        svc.mark(clerk, key.id, "retired", "锁已更换")
    svc.mark(clerk, key.id, "lost", "交接时发现遗失")
    assert svc.by_tag(tag).state == "lost"
    with pytest.raises(Exception) as err:
        svc.mark(boss, key.id, "retired", "锁已更换")
    assert faults(err) == {"reason"}
    with as_of(MON):
        svc.register_public(clerk, place="电梯机房", hook="A-05", pieces=1)  # the lost set freed its hook
    with pytest.raises(NotFound):
        svc.key(99999)


def test_the_handover_count(desk):
    boss, clerk, svc, room, store = desk
    with as_of(MON):
        a = svc.register_public(clerk, place="天台", hook="A-02", pieces=1)
        b = svc.register_public(clerk, place="水泵房", hook="A-03", pieces=1)
    assert [v.tag for v in svc.expected()] == [a, b]
    with pytest.raises(Exception) as err:
        svc.handover(clerk, incoming="qiantai", incoming_password="Qiantai2026", missing={b: ""},
                     signature=png())
    assert faults(err) == {"incoming", "lines", "incoming_signature"}
    with pytest.raises(Exception) as err:
        svc.handover(clerk, incoming="xiaozhou", incoming_password="wrong", missing={},
                     signature=png(), incoming_signature=png())
    assert faults(err) == {"incoming_password"}
    with as_of(MON + timedelta(hours=8)):
        number = svc.handover(clerk, incoming="xiaozhou", incoming_password="Xiaozhou2026",
                              missing={b: "工程部借用未登记，已电话确认"}, extra={"K99999": "柜内发现无标签钥匙"},
                              signature=png(), incoming_signature=png())
    paper = svc.paper(number)
    assert paper.count["expected"] == 2 and paper.count["found"] == 2
    assert [x["diff"] for x in paper.count["lines"]] == ["缺少", "多出"]
    assert paper.count["incoming"] == "周前台"
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "key_count")) == 1


def test_papers_count_their_prints(desk):
    boss, clerk, svc, room, store = desk
    tag, receipt = _keep(svc, clerk, room)
    paper, copy = svc.printed(clerk, receipt)
    assert (paper.kind, copy, paper.owner, paper.key.tag) == ("YS", False, "张业主", tag)
    assert svc.printed(clerk, receipt.lower())[1] is True
    with pytest.raises(NotFound):
        svc.paper("JY2026-000999")

    def fails(_paper, _copy):
        raise OSError("disk full")
    with pytest.raises(OSError):
        svc.printed(clerk, receipt, deliver=fails)
    with store.read() as s:  # the paper that was not written was not counted
        assert s.scalar(select(KeyMove.prints).where(KeyMove.number == receipt)) == 2


def test_rules_and_the_cabinet(desk):
    boss, clerk, svc, room, store = desk
    with pytest.raises(PermissionDenied):
        svc.set_rules(clerk, panels="A 2×3")
    with pytest.raises(Exception) as err:
        svc.set_rules(boss, panels="A 0×3", places="", loan_hours="0")
    assert faults(err) == {"panels", "places", "loan_hours"}
    read = svc.rules()
    rules = svc.set_rules(boss, read, panels="A 2×3、b 1×4", places="天台、水泵房")
    assert rules.hooks() == ["A-01", "A-02", "A-03", "A-04", "A-05", "A-06", "B-01", "B-02", "B-03", "B-04"]
    assert rules.position("A-05") == ("A", 1, 1)
    with pytest.raises(Exception) as err:  # the form read before the save: another desk's change is not lost
        svc.set_rules(boss, read, panels="A 3×3")
    assert faults(err) == {"panels"}


def test_the_cabinet_cannot_shrink_under_its_keys(desk):
    """A layout that drops a hook a set hangs on is refused at 面板, naming the hooks; nothing changes."""
    boss, clerk, svc, room, store = desk
    with as_of(MON):
        svc.register_public(clerk, place="天台", hook="B-03", pieces=1)
    before = svc.rules()
    with pytest.raises(Exception) as err:
        svc.set_rules(boss, before, panels="A 6×10")  # panel B gone
    assert faults(err) == {"panels"} and "B-03" in str(err.value.params)
    assert svc.rules() == before
    svc.set_rules(boss, before, panels="A 6×10、B 1×3")  # B-03 stays: allowed
    from frontdesk.keys.consistency import problems
    assert problems(store) == []
