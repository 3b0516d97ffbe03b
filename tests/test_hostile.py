"""Hostile input as properties: every service that takes what a person types is fed generated
values (full-width digits, very long strings, control characters, quotes and wildcards, emoji,
formulas, NaN/Infinity/negative money, dates far away) and either accepts them or refuses with a
Chinese message — never an exception, never a partial write. On SQLite and PostgreSQL."""
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from frontdesk.core.errors import DomainError
from frontdesk.core.money import to_money, to_reading
from frontdesk.core.people import normalize_phone, parse_resident_id
from frontdesk.core.settings import SettingsService
from frontdesk.fees.deposits import DepositService
from frontdesk.fees.models import METHODS, Bill
from frontdesk.fees.service import FeeService, parse_month
from frontdesk.registration.calls import CallLogService
from frontdesk.registration.custody import CustodyService
from frontdesk.registration.rooms import parse_room
from frontdesk.registration.service import RegistrationService, plan_building
from tests.desks import PASSWORD, prepare
from tests.hostile import (accepts_or_refuses, hostile_count, hostile_date, hostile_hook, hostile_id, hostile_money,
                           hostile_room, hostile_signature, hostile_text, row_counts)

SOME = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])


@pytest.fixture
def prop(any_store, zh_translate):
    """The small property the desks work on, with a paid-service item, and its people."""
    from frontdesk.core.operators import OperatorService
    prepare(any_store, rooms_per_floor=2, floors=3)
    boss = OperatorService(any_store).authenticate("zhuguan", PASSWORD)
    clerk = OperatorService(any_store).authenticate("qiantai", PASSWORD)
    service = FeeService(any_store).add_item(boss, "WX", "维修服务", "service")
    rooms = [h.room_id for h in RegistrationService(any_store).search("1-1-")]
    return any_store, boss, clerk, rooms, service, zh_translate


def check(prop, call):
    store, *_rest, translate = prop
    return accepts_or_refuses(store, call, translate)


@SOME
@given(text=hostile_text, room=hostile_room, ident=hostile_id, money=hostile_money, day=hostile_date)
def test_pure_parsers_accept_or_refuse(text, room, ident, money, day):
    """The parsers every form uses: a value or a DomainError, nothing else."""
    for call in (lambda: to_money(money, "amount"), lambda: to_reading(money), lambda: parse_month(text, day),
                 lambda: parse_resident_id(ident), lambda: normalize_phone(text), lambda: parse_room(room)):
        try:
            call()
        except DomainError:
            pass
        except TypeError as err:  # a float is refused loudly by design; nothing else is a TypeError
            assert "float" in str(err)


@SOME
@given(text=hostile_text)
def test_search_takes_anything(prop, text):
    store, *_ = prop
    before = row_counts(store)
    assert isinstance(RegistrationService(store).search(text), list)
    assert row_counts(store) == before


@SOME
@given(name=hostile_text, ident=hostile_id, phone=hostile_text, plate=hostile_text, note=hostile_text,
       relation=st.sampled_from(["业主", "家属", "租户", "受托人", "朋友", ""]), room=st.integers(0, 5))
def test_registering_a_person(prop, name, ident, phone, plate, note, relation, room):
    store, boss, clerk, rooms, *_ = prop
    check(prop, lambda: RegistrationService(store).add_person(
        clerk, rooms[room], name=name, relation=relation, id_number=ident, phone=phone, plate=plate, note=note,
        document=note, emergency_contact=name, emergency_phone=phone))


@SOME
@given(code=hostile_text, area=hostile_money, floors=st.integers(-2, 200))
def test_building_rooms(prop, code, area, floors):
    store, boss, *_ = prop
    check(prop, lambda: RegistrationService(store).create_building_rooms(
        boss, code, plan_building(1, floors, 1, [area])))


@SOME
@given(amount=hostile_money, cash=hostile_money, payer=hostile_text, reference=hostile_text,
       method=st.one_of(st.sampled_from(METHODS), hostile_text), room=st.integers(0, 5))
def test_taking_a_payment(prop, amount, cash, payer, reference, method, room):
    store, boss, clerk, rooms, *_ = prop
    fees = FeeService(store)
    due = fees.due_bills(rooms[room])
    if due:
        check(prop, lambda: fees.take_payment(clerk, rooms[room], [due[0].id], method, reference=reference,
                                              cash_received=cash, payer=payer, amount=amount))


@SOME
@given(amount=hostile_money, description=hostile_text, day=hostile_date, price=hostile_money, room=st.integers(0, 5))
def test_one_off_bills_and_prices(prop, amount, description, day, price, room):
    store, boss, clerk, rooms, service, _ = prop
    fees = FeeService(store)
    check(prop, lambda: fees.add_bill(clerk, rooms[room], service, amount=amount, description=description, day=day))
    item = fees.items()[0].id
    check(prop, lambda: fees.set_price(boss, item, day, price))


@SOME
@given(reason=hostile_text, room=st.integers(0, 5))
def test_voiding_with_any_reason(prop, reason, room):
    store, boss, clerk, rooms, *_ = prop
    fees = FeeService(store)
    due = fees.due_bills(rooms[room])
    if due:
        paid = fees.take_payment(clerk, rooms[room], [due[0].id], "现金")
        check(prop, lambda: fees.void(boss, paid.id, reason))


@SOME
@given(amount=hostile_money, payer=hostile_text, kept=hostile_money, reason=hostile_text, room=st.integers(0, 5))
def test_deposits(prop, amount, payer, kept, reason, room):
    store, boss, clerk, rooms, *_ = prop
    deposits = DepositService(store)
    ok, _ = check(prop, lambda: deposits.collect(clerk, rooms[room], "出入证押金", amount, "现金", payer=payer))
    held = deposits.list(held_only=True)
    if held:
        check(prop, lambda: deposits.forfeit(boss, held[-1].id, kept, reason))


@SOME
@given(day=hostile_date, water=hostile_money, power=hostile_money, room=st.integers(0, 5))
def test_custody(prop, day, water, power, room):
    store, boss, clerk, rooms, *_ = prop
    check(prop, lambda: CustodyService(store).start(clerk, rooms[room], day, water, power))


@SOME
@given(content=hostile_text, caller=hostile_text, phone=hostile_text, answer=hostile_text,
       channel=st.one_of(st.sampled_from(["电话", "来访"]), hostile_text),
       at=st.one_of(st.none(), st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31))))
def test_logging_a_call(prop, content, caller, phone, answer, channel, at):
    store, boss, clerk, rooms, *_ = prop
    check(prop, lambda: CallLogService(store).log(clerk, content=content, channel=channel, room_id=rooms[0],
                                               caller=caller, phone=phone, answer=answer, at=at))


@SOME
@given(name=hostile_text, hotline=hostile_text, rate=hostile_money, keep=st.one_of(st.integers(-5, 10**6), hostile_text))
def test_property_settings(prop, name, hotline, rate, keep):
    store, boss, *_ = prop
    check(prop, lambda: SettingsService(store).update(boss, property_name=name, hotline=hotline, address=name,
                                                      company_name=name, late_fee_rate=rate, backup_keep=keep))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(values=st.lists(st.tuples(hostile_room, hostile_text, hostile_id, hostile_text, hostile_money, hostile_date),
                       min_size=1, max_size=6), strict=st.booleans())
def test_roster_import_of_hostile_rows(prop, tmp_path_factory, values, strict):
    """A roster with hostile cells: every row goes in or is rejected with a reason; strict
    imports nothing when any row is bad."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    from frontdesk.registration.roster import COLUMNS, RosterImport
    store, boss, *_rest, translate = prop
    wb = Workbook()
    ws = wb.active
    ws.append(list(COLUMNS))
    for room, name, ident, phone, area, day in values:
        row = {"楼栋": room.split("-")[0] if "-" in room else room, "单元": "1", "房号": room[-6:], "建筑面积": str(area),
               "用途": "住宅", "房屋状态": "已入住", "姓名/名称": name, "身份": "业主", "证件类型": "居民身份证",
               "证件号码": ident, "手机号码": phone, "入住日期": day}
        ws.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v  # no workbook can hold those
                   for v in (row.get(h, "") for h in COLUMNS)])
    for row in ws.iter_rows(min_row=2):
        for c in row:
            if isinstance(c.value, str):
                c.data_type = "s"  # as a spreadsheet stores typed text
    path = tmp_path_factory.mktemp("roster") / "r.xlsx"
    wb.save(path)
    before = row_counts(store)
    result, rows = RosterImport(store, translate).run(boss, path, strict=strict)
    assert result.good + result.bad == len(rows) == len(values)
    assert all(reason for _line, reason in result.errors)
    if not result.written:
        assert row_counts(store) == before


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(text=hostile_text, day=st.one_of(hostile_text, hostile_date.map(str)), out=hostile_text,
       command=st.sampled_from(["find", "print", "export", "template", "import", "restore", "backup"]))
def test_every_command_takes_hostile_arguments(prop, tmp_path_factory, capsys, monkeypatch, text, day, out,
                                               command):
    """Each command either does its work or exits 1 or 2 with a message — never a traceback."""
    from frontdesk import cli
    store, *_ = prop
    where = tmp_path_factory.mktemp("cli")
    monkeypatch.chdir(where)  # a relative path lands here, never in the checkout
    out_path = str(where / out) if out and "\x00" not in out else out
    argv = {"find": ["find", text], "print": ["print", "receipt", text, "--out", out_path, "--operator", "zhuguan"],
            "export": ["export", "receipts", "--from", day, "--to", day, "--out", out_path],
            "template": ["template", "roster", "--out", out_path], "import": ["import", "roster", text],
            "restore": ["restore", text], "backup": ["backup", "--to", out_path]}[command]
    if command == "restore" and not store.is_sqlite:
        argv = ["restore", text]
    before = row_counts(store)
    try:
        code = cli.main(["--db", store.url, *argv])
    except SystemExit as exc:  # argparse's own refusal of a malformed command line
        code = exc.code
    assert code in (0, 1, 2)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    if command in ("print", "export", "template", "find", "backup") or code:
        keys = [k for k in before if k != "audit_log"]
        after = row_counts(store)
        assert {k: after[k] for k in keys} == {k: before[k] for k in keys}
    with store.read() as s:
        assert s.scalar(select(Bill.id).limit(1))  # the store is still there and readable


@SOME
@given(content=hostile_text, place=hostile_text, reporter=hostile_text, phone=hostile_text, preferred=hostile_text,
       kind=st.one_of(st.sampled_from(["repair_home", "repair_common", "complaint"]), hostile_text),
       channel=st.one_of(st.sampled_from(["电话", "巡查"]), hostile_text), room=st.integers(-1, 5),
       result=hostile_text, labour=hostile_money, reason=hostile_text)
def test_work_orders_take_anything(prop, content, place, reporter, phone, preferred, kind, channel, room, result,
                                   labour, reason):
    """Registering, completing and cancelling an order with any text: done, or refused with a
    Chinese message and nothing changed."""
    from frontdesk.workorders.service import WorkOrderService
    store, boss, clerk, rooms, *_ = prop
    svc = WorkOrderService(store)
    room_id = rooms[room] if room >= 0 else None
    ok, made = check(prop, lambda: svc.register(clerk, kind=kind, content=content, channel=channel,
                                                room_id=room_id, place=place, reporter=reporter, phone=phone,
                                                preferred_time=preferred))
    if ok:
        dept = svc.departments()[0][0]
        svc.dispatch(clerk, made.id, dept)
        check(prop, lambda: svc.complete(clerk, made.id, result=result, materials=[(result, "1", labour)],
                                         labour=labour))
        check(prop, lambda: svc.cancel(boss, made.id, reason))


@SOME
@given(parent=hostile_text, name=hostile_text, days=st.one_of(hostile_text, st.integers(-5, 100)),
       follow=st.one_of(hostile_text, st.integers(-5, 40)), kind=st.one_of(st.sampled_from(["leak", "other"]),
                                                                          hostile_text),
       reply=hostile_text, repair=hostile_text, department=hostile_text)
def test_the_work_order_lists_and_replies_take_anything(prop, parent, name, days, follow, kind, reply, repair,
                                                       department):
    """A supervisor's category, department and a complaint's reply naming its repair, with any text:
    done, or refused with a Chinese message and nothing changed."""
    from frontdesk.workorders.service import WorkOrderService
    store, boss, clerk, rooms, *_ = prop
    svc = WorkOrderService(store)
    check(prop, lambda: svc.save_category(boss, parent=parent, name=name, workdays=days, follow_kind=kind,
                                          follow_workdays=follow))
    check(prop, lambda: svc.add_department(boss, department))
    complaint = svc.register(clerk, kind="complaint", content="噪音", anonymous=True)
    check(prop, lambda: svc.reply(clerk, complaint.id, reply, "有效", repair))


@SOME
@given(text=hostile_text, ident=hostile_id, phone=hostile_text, money=hostile_money, day=hostile_date,
       number=hostile_text, items=st.lists(st.tuples(hostile_text, hostile_text), max_size=4),
       photo=st.one_of(st.none(), st.binary(max_size=64)))
def test_passes_take_anything(prop, text, ident, phone, money, day, number, items, photo):
    """An application, a worker pass, a temporary pass, a release slip, a rule and a scan at the gate
    with any text: done, or refused with a Chinese message and nothing changed."""
    from frontdesk.passes.service import PassService
    store, boss, clerk, rooms, *_ = prop
    svc = PassService(store)
    check(prop, lambda: svc.apply(clerk, rooms[0], contractor=text, manager=text, manager_phone=phone, workers=text,
                                  works=[text], works_other=text, start=day, end=day, structural=True,
                                  approval_no=text, documents=["装修协议", text]))
    check(prop, lambda: svc.issue_worker(clerk, None, name=text, id_number=ident, phone=phone, trade=text,
                                         photo=photo, valid_to=day))
    check(prop, lambda: svc.issue_temporary(clerk, name=text, id_number=ident, phone=phone, reason=text,
                                            room_id=rooms[1], days=text))
    check(prop, lambda: svc.issue_release(clerk, rooms[1], bearer=text, id_number=ident, phone=phone, reason=text,
                                          items=items, plate=text, confirmed_by=text, confirmed_how=text,
                                          tenant=True, arrears_reason=text))
    check(prop, lambda: svc.set_rules(boss, waste_fee=money, worker_months=text, works=text, working_hours=text))
    check(prop, lambda: svc.verify(clerk, number))


def _key_set(svc, boss, place="1栋水泵房"):
    """A public key set on the first free hook: the set the hostile loans are tried on."""
    free = svc.free_hooks()
    hook = next((h for h in reversed(free) if h.startswith("B-")), free[-1])  # the owners' sets take panel A
    return svc.by_tag(svc.register_public(boss, place=place, hook=hook, pieces=2)).id


@SOME
@given(text=hostile_text, ident=hostile_id, phone=hostile_text, pieces=hostile_count, hook=hostile_hook,
       signature=hostile_signature, unsigned=hostile_text, kind=st.one_of(st.sampled_from(["销售", "业主", "公司员工",
                                                                                          "施工方", "其他"]), hostile_text),
       due=st.one_of(st.none(), st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30))))
def test_the_key_cabinet_takes_anything(prop, text, ident, phone, pieces, hook, signature, unsigned, kind, due):
    """A public key registered, an owner's keys kept, a loan, a return, a collection, a loss, the handover
    count, the cabinet's rules, a scan and a search, with any text, count, hook, time and signature: done,
    or refused with a Chinese message and nothing changed."""
    from frontdesk.keys.service import KeyService
    store, boss, clerk, rooms, *_ = prop
    svc = KeyService(store)
    check(prop, lambda: svc.register_public(clerk, place=text, hook=hook, pieces=pieces, notes=text))
    ok, kept = check(prop, lambda: svc.keep(clerk, rooms[0], owner=text, pieces=pieces, hook=hook, contractor=text,
                                            notes=text, signature=signature, unsigned=unsigned))
    ok, kept = check(prop, lambda: svc.keep(clerk, rooms[0], owner="张业主", pieces=pieces, hook=hook,
                                            contractor=text, emergency=True, notes=text, signature=signature,
                                            unsigned=unsigned))
    if ok:
        check(prop, lambda: svc.collect(clerk, kept[1], person=text, pieces=pieces, note=text, signature=signature,
                                        unsigned=unsigned))
    check(prop, lambda: svc.collect(clerk, text, person="张业主", pieces=pieces, signature=signature))
    set_id = _key_set(svc, boss)
    check(prop, lambda: svc.lend(clerk, set_id, person_kind=kind, person=text, phone=phone, id_number=ident,
                                 purpose=text, work_order=text, expected_back=due, approver=text,
                                 approver_password=text, signature=signature, unsigned=unsigned))
    if svc.key(set_id).state == "out":
        check(prop, lambda: svc.take_back(clerk, set_id, pieces=pieces, note=text, signature=signature,
                                          unsigned=unsigned))
    check(prop, lambda: svc.mark(clerk, set_id, "lost", text))
    check(prop, lambda: svc.handover(clerk, incoming=text, incoming_password=text, missing={text: text},
                                     extra={text: text}, signature=signature, incoming_signature=signature,
                                     unsigned=unsigned))
    check(prop, lambda: svc.set_rules(boss, places=text, panels=text, loan_hours=pieces))
    before = row_counts(store)
    assert svc.by_tag(text) is None or svc.by_tag(text).tag == text.strip().upper()
    assert isinstance(svc.search(text), list)
    assert row_counts(store) == before


def _fields(err) -> set[str]:
    return {e.field for e in getattr(err, "errors", [err])}


def test_the_key_cabinet_refuses_hostile_values_at_their_fields_or_keeps_them_literally(prop):
    """Each hostile value the issue names, one at a time: refused with a ValidationError at its field
    (nothing written), or — a name that looks like a formula, a NUL pasted in — kept as text (the NUL
    dropped, the kernel's one rule for text on both stores)."""
    from datetime import timedelta

    from frontdesk.core import clock
    from frontdesk.core.errors import ValidationError
    from frontdesk.keys.models import KeyMove, KeySet
    from frontdesk.keys.service import KeyService
    from tests.hostile import BAD_SIGNATURES, _png
    store, boss, clerk, rooms, *_ = prop
    svc = KeyService(store)
    sig, long = _png(), "钥" * 3000
    keep = dict(owner="张业主", pieces=2, hook="A-01", signature=sig)
    due = clock.now() + timedelta(hours=4)
    lend = dict(person_kind="公司员工", person="工程部 王师傅", purpose="维修", expected_back=due, signature=sig)
    set_id = _key_set(svc, boss)

    def refused(call, field):
        before = row_counts(store)
        with pytest.raises(ValidationError) as err:
            call()
        assert field in _fields(err.value), (field, _fields(err.value))
        assert row_counts(store) == before

    for name, value, field in (("owner", long, "owner"), ("contractor", long, "contractor"), ("notes", long, "notes"),
                               ("unsigned", long, "unsigned"), ("pieces", -1, "pieces"), ("pieces", 10**12, "pieces"),
                               ("pieces", "NaN", "pieces"), ("pieces", 0, "pieces"), ("hook", "Z-99", "hook"),
                               ("hook", "", "hook"), ("hook", "A-01'--", "hook"), ("hook", "\x00", "hook"),
                               ("owner", "=cmd|' /C calc'!A0", "owner")):  # not an owner of the room
        refused(lambda: svc.keep(clerk, rooms[0], **{**keep, name: value}), field)
    for bad in BAD_SIGNATURES:
        refused(lambda: svc.keep(clerk, rooms[0], **{**keep, "signature": bad}), "signature")
        refused(lambda: svc.lend(clerk, set_id, **{**lend, "signature": bad}), "signature")
    refused(lambda: svc.keep(clerk, rooms[0], **{**keep, "signature": None}), "signature")  # no reason either
    refused(lambda: svc.register_public(boss, place=long, hook="B-60", pieces=1), "place")
    refused(lambda: svc.register_public(boss, place="天台", hook="B-01", pieces=1), "hook")  # taken
    for name, value, field in (("person", long, "person"), ("purpose", long, "purpose"), ("unsigned", long, "unsigned"),
                               ("person_kind", "=cmd|' /C calc'!A0", "person_kind"),
                               ("expected_back", clock.now() - timedelta(minutes=1), "expected_back")):
        refused(lambda: svc.lend(clerk, set_id, **{**lend, name: value, **({"signature": None} if name == "unsigned"
                                                                           else {})}), field)
    refused(lambda: svc.lend(clerk, set_id, **{**lend, "person_kind": "施工方", "id_number": "1" * 40}), "id_number")
    # kept literally: a formula-looking contractor and borrower, a NUL pasted into a name
    formula = "=cmd|' /C calc'!A0"
    tag, receipt = svc.keep(clerk, rooms[0], **{**keep, "contractor": formula, "notes": "@SUM(1)"})
    assert svc.kept_under(receipt).collectors == ("张业主", formula)
    svc.lend(clerk, set_id, **{**lend, "person": formula, "purpose": "维修\x00水泵"})
    with store.read() as s:
        loan = s.scalar(select(KeyMove).where(KeyMove.set_id == set_id, KeyMove.action == "lend"))
        assert (loan.person, loan.purpose) == (formula, "维修水泵")
        assert s.scalar(select(KeySet.notes).where(KeySet.tag == tag)) == "@SUM(1)"
    for value in (-1, 3, "abc", 10**9):  # two went out: fewer than none, more than went out, not a number
        refused(lambda: svc.take_back(clerk, set_id, pieces=value, signature=sig), "pieces")
    refused(lambda: svc.take_back(clerk, set_id, pieces=1, signature=sig), "note")  # a short count needs a word
    assert svc.take_back(clerk, set_id, pieces=1, note="少一把，借用人称遗落在机房", signature=sig) == 1
    from frontdesk.keys.consistency import problems
    assert problems(store) == []


def test_percent_and_underscore_are_letters_in_every_search(prop):
    """A % or _ typed in a search box finds what holds it — not every row (LIKE's wildcards escaped)."""
    from frontdesk.core.audit_log import AuditLogService
    from frontdesk.keys.service import KeyService
    from frontdesk.passes.service import PassService
    from frontdesk.registration.calls import CallLogService
    from datetime import timedelta

    from frontdesk.core import clock
    from tests.test_passes_service import ric
    store, boss, clerk, rooms, *_ = prop
    passes = PassService(store)
    # something each search would find with a wildcard: a call, a renovation, a pass — none holds % or _
    CallLogService(store).log(clerk, content="厨房水管漏水", room_id=rooms[0])
    passes.issue_temporary(clerk, name="快递员", id_number=ric(), reason="送货", room_id=rooms[0])
    passes.apply(clerk, rooms[0], contractor="美家装饰有限公司", manager="赵工", manager_phone="13911112222", workers=4,
                 works=["墙面"], start=clock.today() + timedelta(days=7), end=clock.today() + timedelta(days=60),
                 documents=["申请表", "平面图", "装修协议"])
    assert passes.renovations(text="美家") and passes.docs(text="快递员")
    with store.read() as s:
        assert AuditLogService(store).query(boss).count(s) > 0
        assert CallLogService(store).query(text="漏水").count(s) == 1
        for text in ("%", "_"):
            assert AuditLogService(store).query(boss, text=text).count(s) == 0
            assert CallLogService(store).query(text=text).count(s) == 0
    for text in ("%", "_"):
        assert KeyService(store).search(text) == []
        assert PassService(store).renovations(text=text) == [] and PassService(store).docs(text=text) == []


# ---- the move-in (入住办理): its free text — owner, agent, note, engineer, defects, contractor, readings
def _move_in_at(store, boss, clerk, upto: str = "documents"):
    """Building 2's first room (vacant, with its owner of record: tests/desks.prepare) with a fresh
    move-in taken up to the step ``upto`` (not done): any earlier one there cancelled, the room vacant
    again. Returns (service, move-in id, owner)."""
    from datetime import timedelta

    from frontdesk.core import clock
    from frontdesk.movein.models import DOCUMENTS, FORMS, ITEMS, ORDER
    from frontdesk.movein.service import MoveInService
    from frontdesk.registration.service import Room, current_owners
    from tests.hostile import _png
    svc, reg = MoveInService(store), RegistrationService(store)
    room = reg.search("2-1-101")[0].room_id
    live = svc.live(room)
    if live is not None:
        svc.cancel(clerk, live.id, "重新办理")
    with store.read() as s:
        state, owner = s.get(Room, room).state, current_owners(s, [room])[room][0][0]
    if state != "空置":
        reg.update_room(boss, room, state="空置")
    mid = svc.start(clerk, room)
    steps = {"documents": lambda: svc.documents(clerk, mid, who="owner", owner=owner, checked=DOCUMENTS["owner"],
                                                delivered_on=clock.today() - timedelta(days=3)),
             "forms": lambda: svc.forms(clerk, mid, signed=FORMS),
             "items": lambda: svc.items(clerk, mid, handed=ITEMS, signature=_png()),
             "fees": lambda: svc.fees(clerk, mid, method="现金"),
             "inspection": lambda: svc.inspection(clerk, mid, engineer="陈工", water="1", power="1", gas="1",
                                                  agreed=True)}
    for step in ORDER[:ORDER.index(upto)]:
        steps[step]()
    return svc, mid, owner


@SOME
@given(text=hostile_text, other=hostile_text, day=hostile_date, who=st.one_of(st.sampled_from(["owner", "agent",
                                                                                              "company"]), hostile_text),
       water=hostile_money, power=hostile_money, gas=hostile_money, defects=st.lists(hostile_text, max_size=3),
       method=st.one_of(st.sampled_from(METHODS), hostile_text), cash=hostile_money, pieces=hostile_count,
       hook=hostile_hook, signature=hostile_signature)
def test_the_move_in_takes_anything(prop, text, other, day, who, water, power, gas, defects, method, cash, pieces,
                                    hook, signature):
    """A move-in taken through its steps with any owner, agent, note, delivery date, payer, reference, cash,
    engineer, meter readings, defects, key counts, hook, contractor, signature and reason: each step done,
    or refused with a Chinese message and nothing changed (then done with plain values, to go on)."""
    from frontdesk.movein.models import DOCUMENTS, FORMS, ITEMS
    from tests.hostile import _png
    store, boss, clerk, rooms, *_ = prop
    svc, mid, owner = _move_in_at(store, boss, clerk)

    def step(hostile, plain=None):
        ok, _ = check(prop, hostile)
        return ok or plain is None or check(prop, plain)[0]

    check(prop, lambda: svc.documents(clerk, mid, who=who, owner=text, agent=other, note=text,
                                      checked=DOCUMENTS.get(who, ()), delivered_on=day))
    if svc.get(mid).next_step == "documents":
        step(lambda: svc.documents(clerk, mid, who="agent", owner=owner, agent=text, note=other,
                                   checked=DOCUMENTS["agent"], delivered_on=clock_today()),
             lambda: svc.documents(clerk, mid, who="owner", owner=owner, checked=DOCUMENTS["owner"],
                                   delivered_on=clock_today()))
    svc.forms(clerk, mid, signed=FORMS)
    step(lambda: svc.items(clerk, mid, handed=ITEMS, signature=signature, unsigned=text),
         lambda: svc.items(clerk, mid, handed=ITEMS, signature=_png()))
    if not step(lambda: svc.fees(clerk, mid, method=method, reference=text, cash_received=cash, payer=other),
                lambda: svc.fees(clerk, mid, method="现金")):
        return  # a delivery date the fees cannot bill (before the property's first price): refused, nothing taken
    step(lambda: svc.inspection(clerk, mid, engineer=text, water=water, power=power, gas=gas, agreed=True,
                                defects=defects),
         lambda: svc.inspection(clerk, mid, engineer="陈工", water="1", power="1", gas="1", agreed=True))
    step(lambda: svc.keys(clerk, mid, handed=pieces, keep=True, kept_pieces=pieces, hook=hook, contractor=text,
                          signature=signature, unsigned=other),
         lambda: svc.keys(clerk, mid, handed=2, signature=_png()))
    check(prop, lambda: svc.cancel(clerk, mid, text))


def clock_today():
    from frontdesk.core import clock
    return clock.today()


def test_the_move_in_refuses_hostile_text_at_its_fields_or_keeps_it_literally(prop):
    """Each hostile value of the move-in's free text, one at a time: refused with a Chinese message at its
    field (nothing written) — too long, not an owner of the room, a reading that is no number — or kept
    as typed: a formula-looking agent, note, engineer, defect and contractor stay text on the step, the
    rectification order and the 入住确认单, and a NUL pasted in is dropped (the kernel's one rule for
    text), in the move-in's columns and in its steps alike."""
    from datetime import timedelta

    from frontdesk.core import clock
    from frontdesk.core.errors import ValidationError
    from frontdesk.movein.consistency import problems
    from frontdesk.movein.documents import print_confirmation
    from frontdesk.movein.models import DOCUMENTS
    from tests.helpers import pdf_text
    from tests.hostile import _png
    store, boss, clerk, rooms, *_rest, translate = prop

    def refused(call, field):
        before = row_counts(store)
        with pytest.raises(ValidationError) as err:
            call()
        assert field in _fields(err.value), (field, _fields(err.value))
        for e in getattr(err.value, "errors", [err.value]):
            assert translate("Errors", e.message) != e.message, f"no Chinese for: {e.message}"
        assert row_counts(store) == before

    svc, mid, owner = _move_in_at(store, boss, clerk)
    delivered = clock.today() - timedelta(days=3)
    docs = dict(who="agent", owner=owner, agent="李受托", checked=DOCUMENTS["agent"], delivered_on=delivered)
    formula = "=cmd|' /C calc'!A0"
    for name, value, field in (("owner", "张" * 65, "owner"), ("owner", formula, "owner"), ("owner", "", "owner"),
                               ("owner", "\x00", "owner"), ("agent", "李" * 65, "agent"), ("agent", " \t", "agent"),
                               ("note", "x" * 5000, "note"), ("delivered_on", clock.today() + timedelta(days=1),
                                                              "delivered_on")):
        refused(lambda: svc.documents(clerk, mid, **{**docs, name: value}), field)
    svc.documents(clerk, mid, **{**docs, "agent": formula + "\x00", "note": "@SUM(1)\x00备注"})
    svc, mid, owner = _move_in_at(store, boss, clerk, "inspection")
    seen = dict(engineer="陈工", water="12.5", power="3", gas="0.8", agreed=True)
    for name, value, field in (("engineer", "陈" * 33, "engineer"), ("engineer", "　", "engineer"),
                               ("defects", ["渗" * 201], "defects"), ("water", "NaN", "water"),
                               ("water", "-1", "water"), ("power", "1e30", "power"), ("power", "Infinity", "power"),
                               ("gas", "=1+1", "gas"), ("gas", "'; DROP TABLE room; --", "gas"), ("gas", "", "gas")):
        refused(lambda: svc.inspection(clerk, mid, **{**seen, name: value}), field)
    orders = svc.inspection(clerk, mid, **{**seen, "engineer": "@陈工\x00", "defects": ["=1+1\x00卫生间渗水", " "]})
    keys = dict(handed=3, keep=True, kept_pieces=1, hook="A-20", signature=_png())
    for name, value, field in (("contractor", "赵" * 65, "contractor"), ("unsigned", "x" * 5000, "unsigned"),
                               ("handed", "NaN", "handed"), ("kept_pieces", -1, "pieces")):
        refused(lambda: svc.keys(clerk, mid, **{**keys, name: value, **({"signature": None}
                                                                       if name == "unsigned" else {})}), field)
    svc.keys(clerk, mid, **{**keys, "contractor": '=HYPERLINK("x")\x00'})
    svc.finish(clerk, mid)
    view = svc.get(mid)
    inspection = view.steps["inspection"].data
    assert (inspection["engineer"], inspection["defects"]) == ("@陈工", ["=1+1卫生间渗水"])
    assert len(orders) == 1 and order_facts_content(store, orders[0]).endswith("：=1+1卫生间渗水")
    from frontdesk.keys.service import KeyService
    assert KeyService(store).kept_under(view.steps["keys"].data["paper"]).collectors[-1] == '=HYPERLINK("x")'
    first = _first_move_in(store)
    assert (first.agent, first.steps["documents"].data["note"]) == (formula, "@SUM(1)备注")
    pdf, _missing = print_confirmation(store, clerk, view.number, None, translate)
    assert "@陈工" in pdf_text(pdf) and "=1+1卫生间渗水" in pdf_text(pdf)
    assert problems(store) == []


def order_facts_content(store, number):
    from frontdesk.workorders.models import WorkOrder
    with store.read() as s:
        return s.scalar(select(WorkOrder.content).where(WorkOrder.number == number))


def _first_move_in(store):
    from frontdesk.movein.models import MoveIn
    from frontdesk.movein.service import MoveInService
    with store.read() as s:
        first = s.scalar(select(MoveIn.id).where(MoveIn.who == "agent").order_by(MoveIn.id))
    return MoveInService(store).get(first)
