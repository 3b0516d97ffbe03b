"""Every file the app writes: what people typed comes out of every workbook as text, shown
literally; a path that cannot be written is refused before any work, with a plain message, and
nothing is recorded as done; no ``.part`` is left behind."""
import fcntl
import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from frontdesk.core import clock
from frontdesk.core import excel, files
from frontdesk.core.audit_log import AuditLogService
from frontdesk.core.backup import backup_store, list_backups
from frontdesk.core.errors import DomainError
from frontdesk.core.models import AuditEntry
from frontdesk.fees.models import Receipt
from frontdesk.fees.service import FeeService
from frontdesk.registration.roster import RosterImport, write_errors, write_template
from frontdesk.registration.service import RegistrationService, plan_building
from tests.conftest import SUPER_PW
from tests.test_cli import run

HOSTILE = ["=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x.invalid\",\"点我\")", "+1+2", "-2+3", "@SUM(1,2)",
           "\t=1+1", "\r=1+1", "=1+1"]


def all_cells(path):
    wb = load_workbook(path)
    return [(ws.title, c) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]


def assert_literal(path, expected):
    """No formula but the app's own totals; every hostile text is there verbatim, as text, quote-prefixed."""
    cells = all_cells(path)
    for title, c in cells:
        if c.data_type == "f":
            assert str(c.value).startswith(("=SUM(", "=SUMIF(")), f"{path.name} {title}!{c.coordinate} runs {c.value!r}"
    texts = {}
    for _title, c in cells:
        if c.data_type == "s":
            texts.setdefault(c.value, c)
    for text in expected:
        text = text.replace("\r", "\n")  # XML itself reads a bare carriage return as a line feed
        found = [c for v, c in texts.items() if text in v]
        assert found, f"{text!r} missing from {path.name}"
        for c in found:
            if c.value.startswith(("=", "+", "-", "@", "\t", "\r", "\n=")):
                assert c.quotePrefix, f"{c.coordinate} {c.value!r} is not marked to show literally"


def test_kernel_writer_keeps_typed_text_literal_and_its_own_totals(tmp_path):
    wb = excel.new_workbook()
    ws = wb.create_sheet("表")
    excel.write_table(ws, [excel.XCol("名称"), excel.XCol("金额", "money", total=True)],
                      [[t, 1] for t in HOSTILE])
    ws.append(["=2+2"])  # a cell written without write_table is made safe as well
    path = excel.save(wb, tmp_path / "x.xlsx")
    assert_literal(path, HOSTILE + ["=2+2"])
    ws = load_workbook(path)["表"]
    assert ws["B10"].value == "=SUM(B2:B9)" and ws["B10"].data_type == "f"


@pytest.fixture
def hostile_store(store, supervisor):
    """A property where a payer, a void reason and a resident's name were typed as formulas."""
    reg = RegistrationService(store)
    reg.create_building_rooms(supervisor, "1", plan_building(1, 1, 2, ["89.55", "120.00"]), state="已入住")
    room = reg.search("1-1-101")[0].room_id
    reg.add_person(supervisor, room, name=HOSTILE[0], relation="业主")
    fees = FeeService(store)
    item = fees.add_item(supervisor, "WYF", "物业管理费", "area_monthly")
    fees.set_price(supervisor, item, date(2026, 1, 1), "1.85")
    fees.generate_month(supervisor, 2026, 1)
    fees.generate_month(supervisor, 2026, 2)
    due = fees.due_bills(room)
    first = fees.take_payment(supervisor, room, [due[0].id], "现金", payer=HOSTILE[1])
    fees.void(supervisor, first.id, HOSTILE[4])
    fees.take_payment(supervisor, room, [due[0].id], "现金", payer=HOSTILE[2])
    return store, supervisor


def test_hostile_text_stays_text_in_the_receipt_register(hostile_store, tmp_path):
    store, _ = hostile_store
    out = tmp_path / "reg.xlsx"
    today = clock.today()
    run("--db", store.url, "export", "receipts", "--from", str(today), "--to", str(today), "--out", str(out),
        check_rc=0)
    assert_literal(out, [HOSTILE[1], HOSTILE[2], HOSTILE[4]])


def test_hostile_text_stays_text_in_the_audit_log_export(hostile_store, tmp_path):
    store, boss = hostile_store
    svc = AuditLogService(store)
    out = tmp_path / "audit.xlsx"
    svc.export(boss, svc.query(boss), out)
    assert_literal(out, [HOSTILE[0], HOSTILE[4]])


def test_hostile_text_stays_text_in_the_rejected_roster_rows(store, supervisor, tmp_path):
    template = write_template(tmp_path / "t.xlsx")
    wb = load_workbook(template)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    for row in range(2, ws.max_row + 1):  # the examples: the room made unknown, the name hostile
        ws.cell(row, header.index("楼栋") + 1, value="")
        ws.cell(row, header.index("姓名/名称") + 1).value = HOSTILE[0]
        ws.cell(row, header.index("姓名/名称") + 1).data_type = "s"
    wb.save(tmp_path / "bad.xlsx")
    result, rows = RosterImport(store).run(supervisor, tmp_path / "bad.xlsx")
    assert result.bad
    out = write_errors(rows, header, tmp_path / "errors.xlsx")
    assert_literal(out, [HOSTILE[0]])


# ---- paths -----------------------------------------------------------------------------------

def test_a_path_is_checked_before_anything_is_written(tmp_path):
    with pytest.raises(DomainError) as err:
        files.check_output(tmp_path / "no" / "such" / "folder" / "r.pdf")
    assert err.value.field == "out" and "does not exist" in err.value.text()
    with pytest.raises(DomainError) as err:
        files.check_output(tmp_path)
    assert "is a folder" in err.value.text()
    with pytest.raises(DomainError):
        files.check_output("")
    made = files.check_output(tmp_path / "new" / "b.fdbak", make_dirs=True)
    assert made.parent.is_dir()
    with pytest.raises(DomainError) as err:
        files.check_output(tmp_path / "x.pdf", need=10**18)
    assert "not enough free space" in err.value.text()
    if os.getuid() != 0:  # root writes anywhere
        ro = tmp_path / "ro"
        ro.mkdir(mode=0o500)
        with pytest.raises(DomainError):
            files.check_output(ro / "r.pdf")


def test_a_failed_write_leaves_the_old_file_and_no_part(tmp_path):
    target = tmp_path / "r.pdf"
    target.write_bytes(b"old")

    def half_then_fail(part: Path):
        part.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(DomainError) as err:
        files.write_atomically(target, half_then_fail)
    assert "No space left" in err.value.text()
    assert target.read_bytes() == b"old" and sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf"]


def test_command_line_refuses_bad_paths_and_records_nothing(hostile_store, tmp_path):
    store, _ = hostile_store
    with store.read() as s:
        number = s.scalar(select(Receipt.number).where(Receipt.status == "正常"))
        audits = s.scalar(select(func.count()).select_from(AuditEntry))
    missing = tmp_path / "FOLDER" / "THAT" / "DOES" / "NOT" / "EXIST"
    today = str(clock.today())
    roster = write_template(tmp_path / "roster.xlsx")
    for args in (["print", "receipt", number, "--out", str(missing / "r.pdf"), "--operator", "zhuguan"],
                 ["print", "receipt", number, "--out", str(tmp_path), "--operator", "zhuguan"],
                 ["export", "receipts", "--from", today, "--to", today, "--out", str(missing / "r.xlsx")],
                 ["template", "roster", "--out", str(missing / "t.xlsx")],
                 ["import", "roster", str(roster), "--errors", str(missing / "e.xlsx")]):
        p = run("--db", store.url, *args)
        assert p.returncode == 1, (args, p.stdout, p.stderr)
        assert "Traceback" not in p.stderr and ("不存在" in p.stderr or "文件夹" in p.stderr), (args, p.stderr)
    p = run("--db", store.url, "export", "receipts", "--from", today, "--to",
            str(clock.today() - timedelta(days=1)), "--out", str(tmp_path / "r.xlsx"))
    assert p.returncode == 1 and "晚于" in p.stderr and not (tmp_path / "r.xlsx").exists()
    with store.read() as s:
        assert s.scalar(select(Receipt.reprints).where(Receipt.number == number)) == 0  # not counted as reprinted
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == audits  # and nothing recorded
    assert not list(tmp_path.rglob("*.part"))
    out = tmp_path / "copy.pdf"
    run("--db", store.url, "print", "receipt", number, "--out", str(out), "--operator", "zhuguan",
        input=SUPER_PW + "\n", check_rc=0)
    with store.read() as s:
        assert s.scalar(select(Receipt.reprints).where(Receipt.number == number)) == 1
    assert out.read_bytes().startswith(b"%PDF")


# ---- litter ----------------------------------------------------------------------------------

def test_parts_left_by_a_killed_run_are_swept_by_the_next_one(store, supervisor):
    folder = store.backup_dir
    folder.mkdir(parents=True, exist_ok=True)
    stale = [folder / "frontdesk-20261130-101010-manual.fdbak.part",  # an older version's name
             folder / "frontdesk-20261130-101011-daily.fdbak.~fd4242.part"]
    for p in stale:
        p.write_bytes(b"half a backup")
    busy = folder / "frontdesk-20261130-101012-close.fdbak.~fd4343.part"
    foreign = folder / "download.pdf.part"  # not ours: never touched
    busy.write_bytes(b"being written")
    foreign.write_bytes(b"a browser's")
    assert list_backups(folder) == []  # parts are never listed as backups
    with open(busy, "rb+") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # another process still writing it
        made = backup_store(store, "manual", keep=30)
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted([made.name, busy.name, foreign.name])
    assert [b.path for b in list_backups(folder)] == [made]
