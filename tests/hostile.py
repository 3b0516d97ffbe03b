"""Generated hostile input for every service that takes text, money, dates, room codes or ID
numbers, and the one check every case must pass: the service either accepts the value or refuses
it with a translated message — never another exception, never a partial write (every table's
row count is unchanged after a refusal). A new task adds its cases to ``tests/test_hostile.py``.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import strategies as st
from sqlalchemy import func, select

from frontdesk.core.errors import DomainError
from frontdesk.core.models import Base

SPECIAL_TEXT = ["", " ", "　", "１２３４５", "３栋２单元１２０１", "x" * 5000, "\x00", "\x07\x1b[31m", "\u202e反转",
                "%_'\"\\", "'; DROP TABLE room; --", "😀👨‍👩‍👧", "=cmd|' /C calc'!A0", "+1+2", "@SUM(1)", "\t=1",
                "\r\n", "NULL", "None", "𠀀𪚥", "\ufeff张三", "张" * 65]
SPECIAL_MONEY = ["NaN", "-NaN", "sNaN", "Infinity", "-Infinity", "inf", "-1", "-0.01", "0", "0.001", "1e30", "1E+400",
                 "99999999999999999999", "１００", "1,000.50", "¥12", "12元", "", " ", "abc", "0x10", "1_000",
                 Decimal("NaN"), Decimal("Infinity"), Decimal("-5"), Decimal("1e-30"), 10**30, -7]

hostile_text = st.one_of(st.sampled_from(SPECIAL_TEXT), st.text(max_size=80),
                         st.text(alphabet=st.characters(codec="utf-8"), min_size=60, max_size=300))
hostile_money = st.one_of(st.sampled_from(SPECIAL_MONEY), st.decimals(allow_nan=True, allow_infinity=True),
                          st.integers(min_value=-10**20, max_value=10**20), st.text(max_size=12))
hostile_date = st.one_of(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
                         st.sampled_from([date(1, 1, 1), date(9999, 12, 31), date(1900, 2, 28), date(2100, 1, 1)]))
hostile_room = st.one_of(st.sampled_from(["1-1-101", "１-１-１０１", "1栋1单元101", "1-1-", "-", "1--101",
                                          "999-99-99999", "1-1-101'--", "%", "_"]), hostile_text)
hostile_id = st.one_of(st.sampled_from(["110105194912310021", "11010519491231002X", "11010519491231002x",
                                        "１１０１０５１９４９１２３１００２１", "110105194902300021",
                                        "000000000000000000", "1" * 40]), hostile_text)


def row_counts(store) -> dict[str, int]:
    with store.read() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}


def accepts_or_refuses(store, call, translate=None):
    """Run ``call()``; it may succeed, or refuse with a DomainError whose message has a Chinese
    translation — then nothing in the store changed. Returns (ok, result or error)."""
    before = row_counts(store)
    try:
        return True, call()
    except DomainError as err:
        assert row_counts(store) == before, f"refused ({err}) but something was written"
        if translate is not None:
            assert translate("Errors", err.message) != err.message or not err.message.isascii(), \
                f"no Chinese for: {err.message}"
        assert "Traceback" not in str(err)
        return False, err


# the key cabinet: counts of keys, hooks of the cabinet, signatures from the pad (or not)
SPECIAL_COUNTS = ["-1", "0", "1", "99", "100", "1e3", "NaN", "", " ", "３", "1.5", "0x10", 10**30, -5, None, "=1+1"]
SPECIAL_HOOKS = ["A-01", "a-01", " b-60 ", "A-00", "A-61", "Z-01", "A-1", "A--01", "", "A-01'--", "%", "_", "\x00",
                 "A-01\x00", "Ａ-０１", "A-" + "9" * 40, "=HYPERLINK(\"x\")"]


def _png(size: tuple[int, int] = (120, 40), noise: bool = False) -> bytes:
    import io
    import os

    from PIL import Image
    im = Image.frombytes("L", size, os.urandom(size[0] * size[1])) if noise else Image.new("L", size, 255)
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def _jpeg() -> bytes:
    import io

    from PIL import Image
    out = io.BytesIO()
    Image.new("RGB", (60, 20), "white").save(out, "JPEG")
    return out.getvalue()


BAD_SIGNATURES = [b"", b"not a picture", b"\x89PNG\r\n\x1a\n", _png()[:40], b"GIF89a" + b"\x00" * 30, _jpeg(),
                  _png((900, 800), noise=True)]  # the last is over the 512 KB a signature may be
hostile_count = st.one_of(st.sampled_from(SPECIAL_COUNTS), st.integers(-10**12, 10**12), st.text(max_size=6))
hostile_hook = st.one_of(st.sampled_from(SPECIAL_HOOKS), hostile_text)
hostile_signature = st.one_of(st.none(), st.sampled_from(BAD_SIGNATURES + [_png()]), st.binary(max_size=200))
