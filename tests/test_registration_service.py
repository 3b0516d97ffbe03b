"""Registration rules without Qt, on SQLite and PostgreSQL."""
from datetime import date, timedelta
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from frontdesk.core import clock
from frontdesk.core.audit import history
from frontdesk.core.errors import ValidationError
from frontdesk.core.people import id_check_digit
from frontdesk.registration.calls import CallLogService, SmallRegistrationService, next_batch_day
from frontdesk.registration.custody import CustodyService
from frontdesk.registration.roster import COLUMNS, RosterImport, write_errors, write_template
from frontdesk.registration.rooms import parse_room
from frontdesk.registration.service import RegistrationService, plan_building
from tests.conftest import set_up

ZS_ID = "11010519491231002X"


def a_id(n: int) -> str:
    first17 = f"3301061985{(n % 12) + 1:02d}{(n % 27) + 1:02d}{n % 1000:03d}"
    return first17 + id_check_digit(first17)


@pytest.fixture
def boss(any_store):
    return set_up(any_store)


@pytest.fixture
def reg(any_store):
    return RegistrationService(any_store)


@pytest.fixture
def building3(reg, boss):
    """Building 3: 2 entrances × 12 floors × 2 rooms."""
    reg.create_building_rooms(boss, "3", plan_building(2, 12, 2, ["89.50", "120.25"]), state="空置")
    return reg


def room_id(reg, code):
    return next(h.room_id for h in reg.search(code) if h.room_code == code)


def test_pattern_makes_the_rooms_with_areas(reg, boss, any_store):
    plan = plan_building(2, 12, 2, ["89.50", "120.25"])
    assert len(plan) == 48
    assert (plan[0].entrance, plan[0].number, plan[0].floor, plan[0].area) == ("1", "101", 1, Decimal("89.50"))
    assert plan[-1].number == "1202" and plan[-1].area == Decimal("120.25")
    assert reg.create_building_rooms(boss, "3", plan) == 48
    card = reg.room_card(room_id(reg, "3-2-1201"))
    assert (card.label, card.area, card.state, card.floor) == ("3栋2单元1201", Decimal("89.50"), "未交付", 12)
    with pytest.raises(ValidationError) as err:  # a second run creates nothing
        reg.create_building_rooms(boss, "3", plan)
    assert err.value.params["n"] == 48


@pytest.mark.parametrize("args,field", [((0, 12, 2, ["1", "2"]), "entrances"), ((1, 12, 2, ["1"]), "areas"),
                                        ((1, 12, 2, ["89", "-1"]), "areas"), ((1, 500, 2, ["1", "2"]), "floors")])
def test_bad_patterns(args, field):
    with pytest.raises(ValidationError) as err:
        plan_building(*args)
    assert err.value.field == field


def test_room_edit_is_audited_and_rooms_are_never_deleted(building3, boss, any_store):
    rid = room_id(building3, "3-1-101")
    building3.update_room(boss, rid, area="90.10", state="出租")
    with pytest.raises(ValidationError):
        building3.update_room(boss, rid, area="0")
    card = building3.room_card(rid)
    assert (card.area, card.state) == (Decimal("90.10"), "出租")
    assert not hasattr(building3, "delete_room")
    with any_store.read() as s:
        assert any(e.action == "update" for e in history(s, "room", rid))


@pytest.mark.parametrize("text,code", [("3-2-1201", "3-2-1201"), ("3栋2单元1201", "3-2-1201"),
                                       ("3号楼2单元1201室", "3-2-1201"), ("3栋1201", "3-1-1201")])
def test_room_codes_in_any_common_writing(building3, text, code):
    assert building3.search(text)[0].room_code == code
    assert building3.search(text)[0].kind == "room"


def test_parse_room():
    assert parse_room("3栋2单元1201").number == "1201"
    assert parse_room("张三") is None


def test_people_and_every_search_form(building3, boss, any_store):
    r1 = room_id(building3, "3-2-1201")
    r2 = room_id(building3, "3-1-101")
    zs = building3.add_person(boss, r1, name="张三", relation="业主", id_number=ZS_ID, phone="13800138000",
                              plate="浙A12345", parking_space="B-018", since=date(2024, 5, 1))
    building3.add_person(boss, r1, name="李四", relation="家属", phone="13900001234")
    building3.add_person(boss, r2, name="单田芳", relation="业主", phone="021-12345678")
    building3.add_person(boss, r2, name="杭州示例科技有限公司", relation="业主", id_type="统一社会信用代码",
                         id_number="91330106MA2B3C4D5D", is_company=True)
    assert building3.search("zs")[0].label == "张三"
    assert building3.search("zs")[0].room_code == "3-2-1201"
    assert building3.search("zhangsan")[0].person_id == zs
    assert building3.search("张")[0].label == "张三"
    assert building3.search("138001")[0].label == "张三"
    assert [h.label for h in building3.search("1234")] == ["李四"]  # last four digits
    assert building3.search("浙A123")[0].label == "张三"
    assert building3.search("A12345")[0].label == "张三"
    assert building3.search("stf")[0].label == "单田芳"  # 单 read as a surname: shan
    assert building3.search("杭州示例")[0].label == "杭州示例科技有限公司"
    hits = building3.search("3-2-12")
    assert hits[0].kind == "room" and all(h.room_code.startswith("3-2-12") for h in hits)
    assert "138****8000" in building3.search("zs")[0].detail  # masked in results
    card = building3.room_card(r1)
    assert card.state == "已入住"
    assert {o.name for o in card.occupants} == {"张三", "李四"}
    owner = next(o for o in card.occupants if o.name == "张三")
    assert owner.id_masked == "110105********002X" and owner.vehicles == ("浙A12345 B-018",)


def test_person_rules(building3, boss, any_store):
    r = room_id(building3, "3-1-101")
    for kwargs, field in [({"name": ""}, "name"), ({"name": "张三", "id_number": "110105194912310021"}, "id_number"),
                          ({"name": "张三", "phone": "12345"}, "phone"), ({"name": "张三", "plate": "ABC"}, "plate"),
                          ({"name": "张三", "relation": "朋友"}, "relation"),
                          ({"name": "王五", "relation": "受托人"}, "document")]:
        with pytest.raises(ValidationError) as err:
            building3.add_person(boss, r, **{"relation": "业主", **kwargs})
        assert err.value.field == field
    assert building3.room_card(r).occupants == []  # nothing half-written
    pid = building3.add_person(boss, r, name="王五", relation="受托人", document="委托书 2026-11-01")
    with pytest.raises(ValidationError):
        building3.add_person(boss, r, name="王五", relation="受托人", document="x", id_number="")  # no ID: new person
    assert pid


def test_full_id_only_on_request_and_audited(building3, boss, any_store):
    r = room_id(building3, "3-1-101")
    pid = building3.add_person(boss, r, name="张三", relation="业主", id_number=ZS_ID)
    with any_store.read() as s:
        assert all(ZS_ID not in (e.after or "") for e in history(s, "person", pid))
    assert building3.reveal_id(boss, pid) == ZS_ID
    with any_store.read() as s:
        assert history(s, "person", pid)[-1].action == "reveal"


def test_move_out_keeps_the_record(building3, boss):
    r = room_id(building3, "3-1-101")
    building3.add_person(boss, r, name="租客甲", relation="租户", since=date(2025, 1, 1))
    occ = building3.room_card(r).occupants[0]
    with pytest.raises(ValidationError):
        building3.move_out(boss, occ.occupancy_id, date(2024, 1, 1))
    building3.move_out(boss, occ.occupancy_id, date(2026, 6, 30))
    card = building3.room_card(r)
    assert card.occupants == [] and card.past_occupants[0].until == date(2026, 6, 30)


def test_custody_and_thresholds(building3, boss, any_store):
    r = room_id(building3, "3-1-101")
    svc = CustodyService(any_store)
    start = clock.today() - timedelta(days=20)
    cid = svc.start(boss, r, start, "100.00", "500.00")
    assert building3.room_card(r).state == "托管"
    with pytest.raises(ValidationError):
        svc.start(boss, r, start, "1", "1")  # already in custody
    assert not svc.inspect(boss, cid, start + timedelta(days=7), "每周巡查", "103.50", "515.00")
    with pytest.raises(ValidationError) as err:
        svc.inspect(boss, cid, start + timedelta(days=8), "每周巡查", "103.00", "516")
    assert err.value.field == "water"
    assert svc.inspect(boss, cid, start + timedelta(days=14), "雨后巡查", "110.00", "520.00")  # 6.5 m³ > 5
    row = svc.rooms()[0]
    assert (row.room_code, row.over_limit, row.water_used) == ("3-1-101", True, Decimal("6.50"))
    assert row.last_inspection == start + timedelta(days=14)
    card = building3.room_card(r)
    assert card.custody["over_limit"]
    svc.end(boss, cid, clock.today(), "111", "521")
    assert building3.room_card(r).state == "空置" and svc.rooms() == []


def test_call_log(building3, boss, any_store):
    calls = CallLogService(any_store)
    r = room_id(building3, "3-1-101")
    with pytest.raises(ValidationError) as err:
        calls.log(boss, content="  ", room_id=r)
    assert err.value.field == "content"
    at = clock.now() - timedelta(hours=3)
    with pytest.raises(ValidationError) as err:
        calls.log(boss, content="问水费", at=at, promised_at=at - timedelta(hours=1))
    assert err.value.field == "promised_at"
    late = calls.log(boss, content="厨房漏水，问能否今天来修", room_id=r, caller="张先生", phone="13800138000",
                     at=at, promised_at=at + timedelta(hours=2))
    calls.log(boss, content="咨询停车", channel="来访")
    assert calls.overdue_ids([late]) == {late}
    with any_store.read() as s:
        assert calls.query(overdue_only=True).count(s) == 1
        assert calls.query(room_id=r).count(s) == 1
        assert calls.query(text="漏水").count(s) == 1
    calls.mark_work_order(boss, late)
    assert calls.overdue_ids([late]) == set()


def test_small_registrations_go_into_the_weekend_batch(building3, boss, any_store):
    svc = SmallRegistrationService(any_store)
    assert next_batch_day(date(2026, 11, 19)) == date(2026, 11, 21)  # Thursday → Saturday
    assert next_batch_day(date(2026, 11, 21)) == date(2026, 11, 21)
    r = room_id(building3, "3-1-101")
    rid = svc.register(boss, r, "更换锁芯/猫眼", contact="张三", phone="13800138000", on=date(2026, 11, 19))
    with pytest.raises(ValidationError):
        svc.register(boss, r, "刷墙")
    batch = svc.batch(date(2026, 11, 20))
    assert [(b[1], b[2], b[7]) for b in batch] == [("3-1-101", "更换锁芯/猫眼", False)]
    svc.mark_done(boss, rid)
    assert svc.batch(date(2026, 11, 20))[0][7] is True


# ---- the roster import ------------------------------------------------------------------------
def roster(path, rows, header=None):
    wb = Workbook()
    ws = wb.active
    header = header or list(COLUMNS)
    ws.append(header)
    for r in rows:
        ws.append([r.get(h, "") for h in header])
    wb.save(path)
    return path


GOOD = [
    {"楼栋": "5", "单元": "1", "房号": "101", "建筑面积": 89.5, "姓名/名称": "张三", "证件号码": ZS_ID, "手机号码": "13800138000"},
    {"楼栋": "5", "单元": "1", "房号": "101", "建筑面积": 89.5, "姓名/名称": "张三丰", "身份": "业主"},
    {"楼栋": "5", "单元": "1", "房号": "102", "建筑面积": "96"},
]
BAD = {
    "missing room": ({"楼栋": "5", "单元": "1", "建筑面积": 90, "姓名/名称": "甲"}, "房号"),
    "bad area": ({"楼栋": "5", "单元": "1", "房号": "201", "建筑面积": "-3"}, "建筑面积"),
    "check digit": ({"楼栋": "5", "单元": "1", "房号": "202", "建筑面积": 90, "姓名/名称": "乙",
                     "证件号码": "110105194912310021"}, "校验码"),
    "birth date": ({"楼栋": "5", "单元": "1", "房号": "203", "建筑面积": 90, "姓名/名称": "丙",
                    "证件号码": "110105194913310028"}, "出生日期"),
    "bad phone": ({"楼栋": "5", "单元": "1", "房号": "204", "建筑面积": 90, "姓名/名称": "丁", "手机号码": "12345"},
                  "手机号码"),
    "same room twice": ({"楼栋": "5", "单元": "1", "房号": "102", "建筑面积": "97"}, "第 4 行"),
}


def test_template_is_a_valid_roster(any_store, boss, tmp_path):
    path = write_template(tmp_path / "template.xlsx")
    wb = load_workbook(path)
    assert [c.value for c in wb["花名册"][1]] == list(COLUMNS)
    result, _ = RosterImport(any_store).run(boss, path)
    assert (result.good, result.bad, result.rooms_created, result.people_created) == (2, 0, 2, 1)


def test_each_bad_row_kind_is_reported_and_good_rows_go_in(any_store, boss, tmp_path, zh_translate):
    rows = GOOD + [b[0] for b in BAD.values()]
    path = roster(tmp_path / "r.xlsx", rows)
    result, parsed = RosterImport(any_store, zh_translate).run(boss, path)
    assert (result.good, result.bad) == (3, len(BAD))
    assert (result.rooms_created, result.people_created) == (2, 2)
    errors = dict(result.errors)
    for (_row, expected), line in zip(BAD.values(), range(5, 5 + len(BAD))):
        assert expected in errors[line], (line, errors[line])
    out = write_errors(parsed, list(COLUMNS), tmp_path / "errors.xlsx")
    ws = load_workbook(out).active
    assert ws.max_row == 1 + len(BAD) and ws["A1"].value == "错误原因"
    assert ws["C2"].value == "1" and ws.cell(2, 1).value  # the row's own values, and why


def test_strict_mode_writes_nothing(any_store, boss, tmp_path):
    path = roster(tmp_path / "r.xlsx", GOOD + [BAD["bad area"][0]])
    result, _ = RosterImport(any_store).run(boss, path, strict=True)
    assert not result.written and result.bad == 1
    assert RegistrationService(any_store).search("5-1-101") == []


def test_second_import_changes_nothing(any_store, boss, tmp_path):
    path = roster(tmp_path / "r.xlsx", GOOD)
    first, _ = RosterImport(any_store).run(boss, path)
    again, _ = RosterImport(any_store).run(boss, path)
    assert (again.rooms_created, again.people_created, again.bad) == (0, 0, 0)
    assert again.already_present == 3
    assert first.people_created == 2


def test_room_in_the_store_with_other_data(any_store, boss, tmp_path, reg):
    reg.create_building_rooms(boss, "5", plan_building(1, 1, 1, ["70"]))
    result, _ = RosterImport(any_store).run(boss, roster(tmp_path / "r.xlsx", GOOD[:1]))
    assert result.bad == 1 and "5-1-101" in result.errors[0][1]


def test_unknown_columns_refuse_the_file(any_store, boss, tmp_path):
    path = roster(tmp_path / "r.xlsx", GOOD, header=list(COLUMNS) + ["微信号"])
    result, _ = RosterImport(any_store).run(boss, path)
    assert not result.written and "微信号" in result.errors[0][1]


def test_rooms_list_in_natural_order_across_pages(building3, any_store):
    query = building3.rooms_query(building="3")
    seen, after = [], None
    with any_store.read() as s:
        assert query.count(s) == 48
        while True:
            page = query.page(s, "code", False, after, 7)
            if not page:
                break
            seen += [r[1] for r in page]
            after = query.keyset(page[-1], "code")
    assert seen[:4] == ["3-1-101", "3-1-102", "3-1-201", "3-1-202"]
    assert seen.index("3-1-1001") > seen.index("3-1-902") and len(set(seen)) == 48


def test_the_error_workbook_can_be_fixed_and_imported(any_store, boss, tmp_path):
    path = roster(tmp_path / "r.xlsx", GOOD + [BAD["bad area"][0], BAD["bad phone"][0]])
    first, parsed = RosterImport(any_store).run(boss, path)
    assert first.bad == 2
    fix = write_errors(parsed, list(COLUMNS), tmp_path / "fix.xlsx")
    wb = load_workbook(fix)
    ws = wb.active
    header = [c.value for c in ws[1]]
    ws.cell(2, header.index("建筑面积") + 1, "91.5")
    ws.cell(3, header.index("手机号码") + 1, "13900139000")
    wb.save(fix)
    again, _ = RosterImport(any_store).run(boss, fix)
    assert (again.good, again.bad, again.rooms_created) == (2, 0, 2)
    assert RegistrationService(any_store).search("1390013")[0].label == "丁"
