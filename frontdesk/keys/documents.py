"""The papers of the key cabinet: the key receipt for the owner (钥匙收条, A5), the lend slip (钥匙借用单,
A5) with the borrower's signature at both ends, the shift-handover count (交接班钥匙盘点表, A5; A4 when long) with
both receptionists' signatures — one page each, number and QR, property and company named, 副本 on
reprints — the tag labels (24 to an A4 sheet: tag, QR and Code128, room or place, hook) and the key
register (Excel: every set, and the movements of the days)."""
from __future__ import annotations

import io
from datetime import date, datetime
from typing import Callable

from frontdesk.core import clock, settings
from frontdesk.core.dates import check_range
from frontdesk.core.db import Store
from frontdesk.core.documents import labels
from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.people import mask_id, mask_phone
from frontdesk.core.printing import Document, Letterhead
from frontdesk.keys.models import COUNT, KINDS, RECEIPT
from frontdesk.keys.service import KeyService, MoveView, Paper, SetView
from frontdesk.registration.service import label_of

Translate = Callable[[str, str], str]


def _identity(_c: str, t: str) -> str:
    return t


def _letterhead(store: Store) -> Letterhead:
    with store.read() as s:
        return Letterhead.from_settings(settings.load(s))


def _at(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment else "—"


def opens(key: SetView) -> str:
    """What a set opens, as paper says it: 3栋1单元1201 整改钥匙, or the place (3栋水泵房)."""
    return f"{label_of(key.room)} {KINDS[key.kind]}" if key.room else key.place


def _unsigned(translate: Translate, reason: str) -> str:
    return translate("Keys", "Not signed: {reason}").format(reason=reason) if reason else \
        translate("Keys", "Not signed")


def _keys(translate: Translate, n) -> str:
    return translate("Keys", "{n} keys").format(n=n)


def _document(store: Store, paper: Paper, title: str, translate: Translate, copy: bool, operator: str, *,
              page: str, signatures: tuple = (), seal: bool = True) -> Document:
    return Document(title, _letterhead(store), number=paper.number, page=page, operator=operator,
                    copy_mark=translate("Receipt", "COPY") if copy else "", labels=labels(translate),
                    signatures=signatures, seal=seal, one_page=True)


# ---- the papers ----------------------------------------------------------------------------------
def receipt(store: Store, paper: Paper, translate: Translate = _identity, copy: bool = False,
            operator: str = "") -> Document:
    """钥匙收条 (A5, for the owner): number and QR, the room, the owner who left the keys, the tag and
    hook, the keys counted, who may collect them, emergency entry, the owner's signature (or why
    none), the receptionist and when; the company's seal. The keys are collected on it."""
    key, move = paper.key, paper.move
    doc = _document(store, paper, translate("Keys", "Key receipt"), translate, copy, operator, page="A5",
                    signatures=(translate("Keys", "Received by (front desk)"),))
    doc.fields([(translate("Keys", "Room"), label_of(key.room) or key.place),
                (translate("Keys", "Owner"), move.person or paper.owner),
                (translate("Keys", "Key tag"), key.tag), (translate("Keys", "Hook"), key.hook),
                (translate("Keys", "Kind"), KINDS[key.kind]),
                (translate("Keys", "Keys counted"), _keys(translate, move.pieces)),
                (translate("Keys", "Kept at"), _at(move.at)), (translate("Keys", "Received by"), move.operator)])
    doc.fields([(translate("Keys", "May collect"), "、".join(key.collectors) or "—"),
                (translate("Keys", "Emergency entry"),
                 translate("Keys", "Allowed") if key.emergency else translate("Keys", "Not allowed"))]
               + ([(translate("Keys", "Notes"), key.notes)] if key.notes else [])
               + ([(translate("Keys", "Now"), key.state_text)] if key.state != "in" else []), columns=1)
    doc.spacer(2)
    doc.paragraph((translate("Keys", "The owner leaves these keys with the front desk for rectification.")
                   if key.kind == "rectify" else
                   translate("Keys", "The owner leaves these keys in the front desk's keeping.")) +
                  translate("Keys", " They are handed back only to a person named above, on this receipt (its number "
                                    "or QR code), with the keys counted again. Keep it safe; if it is lost, tell the "
                                    "front desk at once."), "small")
    if key.emergency:
        doc.paragraph(translate("Keys", "Emergency entry: in an emergency (a water leak, a fire) the property may "
                                        "open the door with these keys, two staff present, and tells the owner at "
                                        "once."), "small")
    doc.spacer(2)
    doc.signed([(translate("Keys", "Owner's signature"), move.signature, _unsigned(translate, move.unsigned))])
    return doc


def _return_move(store: Store, paper: Paper) -> MoveView | None:
    """The return that closed a loan (its note, who took it back)."""
    if paper.move.returned_at is None:
        return None
    later = [m for m in KeyService(store).history(paper.key.id)
             if m.action == "return" and m.at == paper.move.returned_at]
    return later[0] if later else None


def lend_slip(store: Store, paper: Paper, translate: Translate = _identity, copy: bool = False,
              operator: str = "") -> Document:
    """钥匙借用单 (A5): the key and what it opens, the borrower (phone and ID masked), the purpose and
    work order, time out and expected back, who approved it, the borrower's signature; once
    returned, when, how many keys came back, what is missing and the signature at the return — until
    then, lines to fill in at the counter."""
    key, move = paper.key, paper.move
    doc = _document(store, paper, translate("Keys", "Key lend slip"), translate, copy, operator, page="A5",
                    seal=False)
    doc.fields([(translate("Keys", "Key tag"), key.tag), (translate("Keys", "Hook"), key.hook),
                (translate("Keys", "Opens"), opens(key)),
                (translate("Keys", "Keys lent"), _keys(translate, move.pieces)),
                (translate("Keys", "Borrower"), f"{move.person_kind} {move.person}"),
                (translate("Keys", "Phone"), mask_phone(move.phone) if move.phone else "—"),
                (translate("Keys", "ID"), mask_id(move.id_number) if move.id_number else "—"),
                (translate("Keys", "Purpose"), move.purpose),
                (translate("Keys", "Work order"), move.work_order or "—"),
                (translate("Keys", "Lent by"), move.operator),
                (translate("Keys", "Out at"), _at(move.at)), (translate("Keys", "Due back"), _at(move.expected_back)),
                (translate("Keys", "Approved by"), move.approver or translate("Keys", "not needed"))])
    if move.note:
        doc.paragraph(translate("Keys", "Note: {note}").format(note=move.note), "small")
    doc.spacer(1.5)
    doc.signed([(translate("Keys", "Borrower's signature"), move.signature, _unsigned(translate, move.unsigned))],
               height_mm=13)
    doc.spacer(3)
    doc.paragraph(translate("Keys", "Return"), "head")
    back = _return_move(store, paper)
    if move.returned_at is None:
        if move.expected_back and move.expected_back < clock.now():
            doc.paragraph(translate("Keys", "Overdue: due back {due}.").format(due=_at(move.expected_back)))
        doc.table([translate("Keys", "Returned at"), translate("Keys", "Keys back"),
                   translate("Keys", "Returned by (signature)"), translate("Keys", "Checked by")],
                  [["", "", "", ""]], widths=[0.25, 0.17, 0.33, 0.25], row_height_mm=12)
    else:
        missing = move.pieces - (move.return_pieces or 0)
        doc.fields([(translate("Keys", "Returned at"), _at(move.returned_at)),
                    (translate("Keys", "Keys back"), _keys(translate, move.return_pieces)),
                    (translate("Keys", "Missing"), _keys(translate, missing) if missing else translate("Keys", "none")),
                    (translate("Keys", "On time"), translate("Keys", "late (due back {due})").format(
                        due=_at(move.expected_back)) if move.expected_back and move.returned_at > move.expected_back
                     else translate("Keys", "yes")),
                    (translate("Keys", "Checked by"), back.operator if back else "—")]
                   + ([(translate("Keys", "Note"), back.note)] if back and back.note else []))
        doc.spacer(1.5)
        doc.signed([(translate("Keys", "Signature at the return"), move.return_signature,
                     _unsigned(translate, move.return_unsigned))], height_mm=13)
    doc.spacer(1.5)
    doc.paragraph(translate("Keys", "The borrower keeps the keys safe, lends them to no one else, copies none, and "
                                    "brings them back by the time due; a lost key is reported to the front desk at "
                                    "once."), "small")
    return doc


COUNT_ON_A5 = 6  # a count with at most this many differences prints on A5, a longer one on A4


def handover_count(store: Store, paper: Paper, translate: Translate = _identity, copy: bool = False,
                   operator: str = "") -> Document:
    """交接班钥匙盘点表 (A5; A4 when the differences are many): when, the outgoing and incoming
    receptionists, the sets the ledger expects in the cabinet and the sets found, every difference
    with its reason, and both signatures."""
    c = paper.count
    lines = c["lines"]
    doc = _document(store, paper, translate("Keys", "Shift handover key count"), translate, copy, operator,
                    page="A5" if len(lines) <= COUNT_ON_A5 else "A4",
                    signatures=(translate("Keys", "Checked by (supervisor)"),), seal=False)
    doc.fields([(translate("Keys", "Counted at"), _at(c["at"])),
                (translate("Keys", "Differences"), str(len(lines))),
                (translate("Keys", "Outgoing receptionist"), c["outgoing"]),
                (translate("Keys", "Incoming receptionist"), c["incoming"]),
                (translate("Keys", "Expected in the cabinet"), translate("Keys", "{n} sets").format(n=c["expected"])),
                (translate("Keys", "Found"), translate("Keys", "{n} sets").format(n=c["found"]))])
    doc.spacer(2)
    doc.paragraph(translate("Keys", "The outgoing and incoming receptionists counted the key sets in the cabinet "
                                    "together, hook by hook, against what the ledger expects there."))
    doc.spacer(2)
    if lines:
        doc.table([translate("Keys", "No."), translate("Keys", "Key tag"), translate("Keys", "Hook"),
                   translate("Keys", "Key"), translate("Keys", "Missing or extra"),
                   translate("Keys", "Reason for the difference")],
                  [[str(i), x["tag"], x["hook"] or "—", x["what"], x["diff"], x["reason"]]
                   for i, x in enumerate(lines, 1)], widths=[0.09, 0.15, 0.09, 0.19, 0.09, 0.39])
    else:
        doc.paragraph(translate("Keys", "No differences: every set the ledger expects hangs on its hook."), "head")
    doc.spacer(4)
    doc.signed([(translate("Keys", "Outgoing receptionist's signature"), c["outgoing_signature"],
                 _unsigned(translate, c["unsigned"])),
                (translate("Keys", "Incoming receptionist's signature"), c["incoming_signature"],
                 _unsigned(translate, c["unsigned"]))], height_mm=18)
    return doc


def document(store: Store, paper: Paper, translate: Translate = _identity, copy: bool = False,
             operator: str = "") -> Document:
    """The paper a number names (a ``KeyService.paper``), laid out: 收条, 借用单 or 盘点表."""
    make = {RECEIPT: receipt, COUNT: handover_count}.get(paper.kind, lend_slip)
    return make(store, paper, translate, copy, operator)


def print_paper(store: Store, actor, number: str, path=None, translate: Translate = _identity) -> tuple[bytes, set]:
    """A key receipt (YS…), lend slip (JY…) or handover count (PD…) by its number, printed: counted (a
    reprint is 副本, audited) and, with ``path``, written there (checked first, then atomically) inside
    that transaction — not written, not counted. Returns the PDF and the glyphs the font lacked."""
    from frontdesk.core.files import check_output, write_bytes
    if path is not None:
        check_output(path)
    out = {}

    def deliver(paper: Paper, copy: bool) -> None:
        doc = document(store, paper, translate, copy, actor.display_name)
        out["pdf"] = doc.build(), doc.missing_glyphs
        if path is not None:
            write_bytes(path, out["pdf"][0])
    KeyService(store).printed(actor, number, deliver)
    return out["pdf"]


# ---- tag labels ----------------------------------------------------------------------------------
LABEL_COLUMNS, LABEL_ROWS = 3, 8  # 70 × 37 mm labels, 24 to an A4 sheet (a common self-adhesive sheet)


def labels_pdf(store: Store, set_ids: list[int], translate: Translate = _identity) -> bytes:
    """Labels for the key tags and hooks of the sets chosen, 3 × 8 to an A4 sheet, a dotted cut line
    round each: the tag big, its QR code and Code128 barcode (a scanner typing either selects the
    set), the room (3栋1单元1201) or the place, and the hook."""
    from reportlab.graphics.barcode.code128 import Code128
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    from frontdesk.core.printing import FONT, draw_qr, register_font

    register_font()
    svc = KeyService(store)
    sets = [svc.key(i) for i in set_ids]
    prop = _letterhead(store).property_name
    w, h = A4
    lw, lh = w / LABEL_COLUMNS, h / LABEL_ROWS
    per_sheet = LABEL_COLUMNS * LABEL_ROWS
    hook_word = translate("Keys", "Hook")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, initialFontName=FONT)
    c.setTitle(translate("Keys", "Key tag labels"))
    c.setAuthor(prop)

    def fitted(text: str, size: float, room: float) -> float:  # a long line drawn smaller, never past the edge
        return min(size, size * room / max(c.stringWidth(text, FONT, size), 1))

    for i, key in enumerate(sets):
        if i and i % per_sheet == 0:
            c.showPage()
        k = i % per_sheet
        x, y = (k % LABEL_COLUMNS) * lw, h - (k // LABEL_COLUMNS + 1) * lh
        c.saveState()
        c.setLineWidth(0.3)
        c.setStrokeColor(colors.grey)
        c.setDash(1, 2)
        c.rect(x + 1 * mm, y + 1 * mm, lw - 2 * mm, lh - 2 * mm)
        c.restoreState()
        pad, qr = 5 * mm, 21 * mm  # clear of a printer's unprintable edge on a sheet without margins
        draw_qr(c, key.tag, x + pad - 1.5 * mm, y + lh - qr - 3 * mm, qr)  # less the QR's own quiet zone
        left = x + pad + qr
        room = x + lw - pad - left
        top = y + lh - 4 * mm
        c.setFont(FONT, fitted(key.tag, 20, room))
        c.drawString(left, top - 7 * mm, key.tag)
        what = opens(key)
        c.setFont(FONT, fitted(what, 9, room))
        c.drawString(left, top - 12 * mm, what)
        hook = f"{hook_word} {key.hook}"
        c.setFont(FONT, fitted(hook, 9, room))
        c.drawString(left, top - 16.5 * mm, hook)
        c.setFont(FONT, fitted(prop, 5.5, room))
        c.setFillColor(colors.dimgrey)
        c.drawString(left, top - 20 * mm, prop)
        c.setFillColor(colors.black)
        bar_w = lw - 2 * pad
        code = Code128(key.tag, barHeight=7 * mm, barWidth=0.3 * mm, humanReadable=False, quiet=True)
        if code.width > bar_w:
            code = Code128(key.tag, barHeight=7 * mm, barWidth=0.3 * mm * bar_w / code.width, humanReadable=False,
                           quiet=True)
        code.drawOn(c, x + (lw - code.width) / 2, y + 4 * mm)
    c.showPage()
    c.save()
    return buf.getvalue()


# ---- the register --------------------------------------------------------------------------------
SETS_COLUMNS = (  # (title, kind), in KeyService.register_rows's order of sheet 1
    (QT_TRANSLATE_NOOP("Columns", "Key tag"), "text"), (QT_TRANSLATE_NOOP("Columns", "Kind"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "Room"), "text"), (QT_TRANSLATE_NOOP("Columns", "Place (public key)"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "Hook"), "text"), (QT_TRANSLATE_NOOP("Columns", "Keys in the set"), "int"),
    (QT_TRANSLATE_NOOP("Columns", "State"), "text"), (QT_TRANSLATE_NOOP("Columns", "Held by"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "Lent since"), "datetime"), (QT_TRANSLATE_NOOP("Columns", "Due back"), "datetime"),
    (QT_TRANSLATE_NOOP("Columns", "Overdue"), "text"), (QT_TRANSLATE_NOOP("Columns", "Key receipt"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "Notes"), "text"))
MOVES_COLUMNS = (  # sheet 2, the movements of the days
    (QT_TRANSLATE_NOOP("Columns", "Time"), "datetime"), (QT_TRANSLATE_NOOP("Columns", "Key tag"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "Key"), "text"), (QT_TRANSLATE_NOOP("Columns", "Action"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "Paper no."), "text"), (QT_TRANSLATE_NOOP("Columns", "Kind of person"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "Name"), "text"), (QT_TRANSLATE_NOOP("Columns", "Phone"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "ID number"), "id"), (QT_TRANSLATE_NOOP("Columns", "Purpose"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "Work order"), "text"), (QT_TRANSLATE_NOOP("Columns", "Due back"), "datetime"),
    (QT_TRANSLATE_NOOP("Columns", "Keys counted"), "int"), (QT_TRANSLATE_NOOP("Columns", "Keys missing"), "int"),
    (QT_TRANSLATE_NOOP("Columns", "Signed"), "text"), (QT_TRANSLATE_NOOP("Columns", "Why not signed"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "Approved by"), "text"), (QT_TRANSLATE_NOOP("Columns", "Note"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "Operator"), "text"))
SHEETS = ((QT_TRANSLATE_NOOP("Reports", "Keys"), QT_TRANSLATE_NOOP("Reports", "Key register")),  # (sheet, title)
          (QT_TRANSLATE_NOOP("Reports", "Key movements"), QT_TRANSLATE_NOOP("Reports", "Key movements")))


def _typed(rows: list[list], columns) -> list[list]:
    """Nothing written as an empty text where a number or a moment belongs."""
    return [[None if v == "" and kind in ("int", "datetime") else v for v, (_t, kind) in zip(row, columns)]
            for row in rows]


def write_register(store: Store, date_from: date, date_to: date, path, translate: Translate = _identity) -> int:
    """钥匙登记簿: sheet 1 every key set with its state, hook and current holder (overdue marked);
    sheet 2 the movements in the days, each with who signed or why not and the approver (phones
    and IDs masked). Titles, typed cells, page numbers. Returns the rows of sheet 1."""
    from frontdesk.core import excel
    check_range(date_from, date_to)
    sets, moves = KeyService(store).register_rows(date_from, date_to)
    prop = settings.SettingsService(store).get()
    wb = excel.new_workbook()
    for (sheet, title), columns, rows, subtitle in (
            (SHEETS[0], SETS_COLUMNS, sets, translate("Reports", "{company}  As of {at}").format(
                company=prop.company_name, at=f"{clock.now():%Y-%m-%d %H:%M}")),
            (SHEETS[1], MOVES_COLUMNS, moves, translate("Reports", "{company}  Movements {first} to {last}").format(
                company=prop.company_name, first=date_from.isoformat(), last=date_to.isoformat()))):
        ws = wb.create_sheet(translate("Reports", sheet)[:31])
        excel.write_table(ws, [excel.XCol(translate("Columns", t), kind) for t, kind in columns],
                          _typed(rows, columns),
                          title=translate("Reports", "{property} — {what}").format(property=prop.property_name,
                                                                                   what=translate("Reports", title)),
                          subtitle=subtitle.strip())
        excel.page_numbers(ws, translate("Reports", "Page &P of &N"))
    excel.save(wb, path)
    return len(sets)
