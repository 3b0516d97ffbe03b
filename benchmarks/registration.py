"""Registration figures on the large property (imported by benchmarks/run.py, or run alone).

    python benchmarks/registration.py DB_FILE

Search-as-you-type latency per kind of query (median and 95th percentile over a few hundred real
queries), against the same lookup as raw indexed SQL on the same store (ratio); time to open the
room card; a 10,000-row roster import (with how often the progress bar moved).
"""
from __future__ import annotations

import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HIGH = "\uffff"
RAW = {  # the principal indexed lookup each kind of query needs, as plain SQL
    "initials": "SELECT p.id, p.name, r.code FROM person p JOIN occupancy o ON o.person_id = p.id AND o.until IS NULL "
                "JOIN room r ON r.id = o.room_id WHERE p.name_initials >= ? AND p.name_initials < ? LIMIT 20",
    "pinyin": "SELECT p.id, p.name, r.code FROM person p JOIN occupancy o ON o.person_id = p.id AND o.until IS NULL "
              "JOIN room r ON r.id = o.room_id WHERE p.name_pinyin >= ? AND p.name_pinyin < ? LIMIT 20",
    "name": "SELECT p.id, p.name, r.code FROM person p JOIN occupancy o ON o.person_id = p.id AND o.until IS NULL "
            "JOIN room r ON r.id = o.room_id WHERE p.name >= ? AND p.name < ? LIMIT 20",
    "phone": "SELECT p.id, p.name, r.code FROM person p JOIN occupancy o ON o.person_id = p.id AND o.until IS NULL "
             "JOIN room r ON r.id = o.room_id WHERE p.phone >= ? AND p.phone < ? LIMIT 20",
    "phone tail": "SELECT p.id, p.name, r.code FROM person p JOIN occupancy o ON o.person_id = p.id AND o.until IS NULL "
                  "JOIN room r ON r.id = o.room_id WHERE p.phone_tail = ? LIMIT 20",
    "plate": "SELECT p.id, p.name, r.code FROM vehicle v JOIN person p ON p.id = v.person_id JOIN room r ON r.id = v.room_id "
             "WHERE v.plate >= ? AND v.plate < ? LIMIT 20",
    "room code": "SELECT id, code FROM room WHERE code >= ? AND code < ? ORDER BY code LIMIT 20",
}


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p * (len(values) - 1))))]


def queries(db: Path, n: int, rng: random.Random) -> dict[str, list[tuple[str, tuple]]]:
    """Real queries of each kind, drawn from the store: (what is typed, raw SQL arguments)."""
    con = sqlite3.connect(db)
    people = con.execute("SELECT name, name_initials, name_pinyin, phone FROM person ORDER BY random() LIMIT ?",
                         (n,)).fetchall()
    plates = [r[0] for r in con.execute("SELECT plate FROM vehicle ORDER BY random() LIMIT ?", (n,))]
    rooms = [r[0] for r in con.execute("SELECT code FROM room ORDER BY random() LIMIT ?", (n,))]
    con.close()
    out = {k: [] for k in RAW}
    for name, initials, full, phone in people:
        out["initials"].append((initials[:2], (initials[:2], initials[:2] + HIGH)))
        out["pinyin"].append((full[:5], (full[:5], full[:5] + HIGH)))
        out["name"].append((name[:2], (name[:2], name[:2] + HIGH)))
        out["phone"].append((phone[:7], (phone[:7], phone[:7] + HIGH)))
        out["phone tail"].append((phone[-4:], (phone[-4:],)))
    for plate in plates:
        out["plate"].append((plate[:5], (plate[:5], plate[:5] + HIGH)))
    for code in rooms:
        b, e, num = code.split("-")
        typed = rng.choice((code, f"{b}栋{e}单元{num}", f"{b}-{e}-{num[:2]}"))
        prefix = code if typed in (code, f"{b}栋{e}单元{num}") else f"{b}-{e}-{num[:2]}"
        out["room code"].append((typed, (prefix, prefix + HIGH)))
    return out


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return 1000 * (time.perf_counter() - t0)


def write_roster(path: Path, rows: int, rng: random.Random) -> None:
    from openpyxl import Workbook

    from frontdesk.core import clock
    from frontdesk.registration.demo import random_person
    from frontdesk.registration.roster import COLUMNS
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("花名册")
    ws.append(list(COLUMNS))
    n, b = 0, 900
    while n < rows:
        b += 1
        for e in ("1", "2"):
            for fl in range(1, 26):
                for pos in (1, 2):
                    p = random_person(rng, clock.today())
                    row = {"楼栋": str(b), "单元": e, "房号": f"{fl}{pos:02d}", "楼层": fl, "建筑面积": "96.50",
                           "用途": "住宅", "房屋状态": "已入住", "姓名/名称": p["name"], "身份": "业主",
                           "证件类型": "居民身份证", "证件号码": p["id_number"], "手机号码": p["phone"]}
                    ws.append([row.get(h, "") for h in COLUMNS])
                    n += 1
                    if n >= rows:
                        break
                if n >= rows:
                    break
            if n >= rows:
                break
    wb.save(path)


def main(db: Path, runs: int = 200) -> int:
    from frontdesk.core.audit import SYSTEM
    from frontdesk.core.store import open_store
    from frontdesk.registration.roster import RosterImport
    from frontdesk.registration.service import RegistrationService

    rng = random.Random(11)
    store = open_store(f"sqlite:///{db}")
    reg = RegistrationService(store)
    raw = sqlite3.connect(db)
    print("search as you type (ms)         median     p95   raw SQL median   ratio")
    worst_p95 = 0.0
    for kind, qs in queries(db, runs, rng).items():
        if not qs:
            continue
        for typed, _ in qs[:20]:  # warm both paths
            reg.search(typed)
        ours = [timed(lambda t=typed: reg.search(t)) for typed, _ in qs]
        theirs = [timed(lambda a=a: raw.execute(RAW[kind], a).fetchall()) for _, a in qs]
        med, p95, rmed = statistics.median(ours), pct(ours, 0.95), statistics.median(theirs)
        worst_p95 = max(worst_p95, p95)
        print(f"  {kind:<28}{med:8.2f}{p95:8.2f}{rmed:17.2f}{med / rmed:8.1f}×")
    print(f"  worst p95: {worst_p95:.1f} ms (goal < 50 ms)")
    room_ids = [r[0] for r in raw.execute("SELECT id FROM room ORDER BY random() LIMIT 200")]
    card = [timed(lambda r=r: reg.room_card(r)) for r in room_ids]
    print(f"open the room card:              {statistics.median(card):8.2f} ms median, p95 {pct(card, 0.95):.2f} ms")
    raw.close()
    store.dispose()

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copy.db"
        src = sqlite3.connect(db)
        dst = sqlite3.connect(copy)
        src.backup(dst)
        src.close()
        dst.close()
        roster = Path(tmp) / "roster-10000.xlsx"
        write_roster(roster, 10_000, rng)
        store = open_store(f"sqlite:///{copy}")
        ticks = []
        t0 = time.perf_counter()
        result, _ = RosterImport(store).run(SYSTEM, roster, progress=lambda d, t: ticks.append(d))
        seconds = time.perf_counter() - t0
        store.dispose()
    print(f"roster import, 10,000 rows:      {seconds:8.1f} s (goal < 20 s); {result.good} rows in, "
          f"{result.bad} rejected; the progress bar moved {len(set(ticks))} times")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
