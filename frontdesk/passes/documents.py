"""The papers of passes and permits: the renovation permit for the door (A4) with the notice to the
departments, the list of rooms under renovation for the gate, worker and temporary passes as ID-1
cards (eight on an A4 sheet), the hot-work permit (A5), the goods release slip (存根 and 门岗联 on one
page), and the register of every paper issued (Excel)."""
from __future__ import annotations

from datetime import date
from typing import Callable

from frontdesk.core import settings
from frontdesk.core.dates import check_range
from frontdesk.core.db import Store
from frontdesk.core.documents import labels
from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.printing import Card, Document, Letterhead, SlipPart, card_sheet, slips
from frontdesk.passes.models import DOCS
from frontdesk.passes.service import DocView, PassService, RenovationView

Translate = Callable[[str, str], str]
RULES = (  # the main rules the permit prints for the door (the agreement holds them all)
    QT_TRANSLATE_NOOP("Passes", "Load-bearing walls, columns, beams and floor slabs may not be removed, cut or "
                                "widened; no change to the building's facade, balconies or windows."),
    QT_TRANSLATE_NOOP("Passes", "The bathroom and kitchen waterproofing are redone and water-tested; pipes in the "
                                "walls are pressure-tested before they are covered."),
    QT_TRANSLATE_NOOP("Passes", "Construction waste is bagged and taken to the place the property names, never to "
                                "the corridors, stairs or green areas."),
    QT_TRANSLATE_NOOP("Passes", "Hot work (welding, cutting) needs a hot-work permit; an extinguisher is kept on "
                                "site."),
    QT_TRANSLATE_NOOP("Passes", "Workers carry their worker pass and show it to the guards; they do not stay "
                                "overnight in the home."),
)


def _identity(_c: str, t: str) -> str:
    return t


def _letterhead(store: Store) -> Letterhead:
    with store.read() as s:
        return Letterhead.from_settings(settings.load(s))


def permit(store: Store, renovation_id: int, translate: Translate = _identity, copy: bool = False,
           operator: str = "") -> Document:
    """装修许可证 (A4, for the door): number and QR, room, owner, contractor and phone, the period, the
    permitted working hours and quiet days, the works, the main rules, the complaint hotline,
    signature and seal; the notice to the departments (装修通知单: engineering, security) on page 2."""
    svc = PassService(store)
    r = svc.renovation(renovation_id)
    rules = svc.rules()
    head = _letterhead(store)
    doc = Document(translate("Passes", "Renovation permit"), head, number=r.number, operator=operator,
                   copy_mark=translate("Receipt", "COPY") if copy else "", labels=labels(translate),
                   signatures=(translate("Passes", "Approved by (property)"), translate("Passes", "Owner")))
    doc.fields(_permit_fields(r, rules, translate))
    doc.spacer(3)
    doc.paragraph(translate("Passes", "Works: {works}").format(works=r.works_text or "—"))
    if r.structural:
        doc.paragraph(translate("Passes", "Structural change approved by the housing authority: {no}").format(
            no=r.approval_no))
    doc.spacer(2)
    doc.paragraph(translate("Passes", "Rules of the works"), "head")
    for i, rule in enumerate(RULES, 1):
        doc.paragraph(f"{i}. {translate('Passes', rule)}")
    doc.spacer(2)
    doc.paragraph(translate("Passes", "Noise or a breach of these rules: call the property's service hotline {hotline}; "
                                      "this permit is shown at the door throughout the works.").format(
        hotline=head.hotline or "—"))
    doc.sign_here()  # the permit is signed and sealed on its own page
    doc.new_page(translate("Passes", "Renovation notice to the departments"))
    doc.paragraph(translate("Passes", "To: engineering department, security department"))
    doc.paragraph(translate("Passes", "Room {room} is under renovation from {start} to {end} (permit {number}). Please "
                                      "inspect the works, let the contractor's workers in with their passes, and "
                                      "report any violation to the front desk.").format(
        room=r.room, start=f"{r.start:%Y-%m-%d}", end=f"{r.end:%Y-%m-%d}", number=r.number))
    doc.fields(_permit_fields(r, rules, translate))
    doc.paragraph(translate("Passes", "Works: {works}").format(works=r.works_text or "—"))
    doc.table([translate("Passes", "Department"), translate("Passes", "Received by"), translate("Passes", "Date")],
              [[translate("Passes", "Engineering"), "", ""], [translate("Passes", "Security"), "", ""]],
              widths=[0.34, 0.33, 0.33], row_height_mm=12)
    return doc


def _permit_fields(r: RenovationView, rules, translate: Translate) -> list[tuple[str, str]]:
    return [(translate("Passes", "Room"), r.room), (translate("Passes", "Owner"), r.owner),
            (translate("Passes", "Contractor"), r.contractor),
            (translate("Passes", "Person in charge"), f"{r.manager} {r.manager_phone}"),
            (translate("Passes", "Workers"), str(r.workers)),
            (translate("Passes", "Period"), f"{r.start:%Y-%m-%d} — {r.end:%Y-%m-%d}" + "".join(
                translate("Passes", " (extended {at}: {what}, {who})").format(at=f"{at:%Y-%m-%d}", what=detail, who=who)
                for at, action, detail, who in r.events if action == "extend")),
            (translate("Passes", "Working hours"), rules.working_hours),
            (translate("Passes", "Quiet days"), rules.quiet_days)]


def under_renovation(store: Store, translate: Translate = _identity, operator: str = "") -> Document:
    """Rooms under renovation now, for the gate and the departments (printed at any time)."""
    rows = PassService(store).under_renovation()
    doc = Document(translate("Passes", "Rooms under renovation"), _letterhead(store), operator=operator,
                   labels=labels(translate), seal=False)
    doc.paragraph(translate("Passes", "{n} rooms, as of the time printed below.").format(n=len(rows)))
    doc.table([translate("Passes", "Room"), translate("Passes", "Permit"), translate("Passes", "Contractor"),
               translate("Passes", "Person in charge"), translate("Passes", "Period"), translate("Passes", "State")],
              [[room, number, contractor, manager, f"{start:%m-%d} — {end:%m-%d}", state]
               for room, number, contractor, manager, start, end, state in rows],
              widths=[0.16, 0.17, 0.2, 0.21, 0.16, 0.1])
    return doc


def cards(store: Store, docs: list[DocView], translate: Translate = _identity, copy: bool = False) -> tuple[bytes, set]:
    """Worker and temporary passes as ID-1 cards, eight to an A4 sheet with cut marks: number and QR,
    photo, name (the ID masked), room, contractor or reason, validity."""
    out = []
    for d in docs:
        lines = [translate("Passes", "Name: {name}").format(name=d.holder),
                 translate("Passes", "ID: {id}").format(id=d.id_masked),
                 translate("Passes", "Room: {room}").format(room=d.room or "—")]
        if d.kind == "worker":
            lines += [translate("Passes", "Contractor: {name}").format(name=d.contractor),
                      translate("Passes", "Trade: {trade}").format(trade=d.purpose or "—")]
        else:
            lines.append(translate("Passes", "Reason: {reason}").format(reason=d.purpose))
        lines.append(translate("Passes", "Valid: {start} — {end}").format(start=f"{d.valid_from:%Y-%m-%d}",
                                                                          end=f"{d.valid_to:%Y-%m-%d}"))
        mark = translate("Receipt", "COPY") if copy else ""
        if d.state == "void":
            mark = translate("Passes", "VOID")
        out.append(Card(translate("Passes", DOCS[d.kind][1]), d.number, tuple(lines), d.photo, mark))
    return card_sheet(out, _letterhead(store))


def temporary_pass(store: Store, d: DocView, translate: Translate = _identity, copy: bool = False,
                   operator: str = "") -> Document:
    """临时出入证 on an A6 sheet: number and QR, the holder (ID masked), the reason, the room visited, the
    days it is valid; handed back at the gate on leaving."""
    doc = Document(translate("Passes", "Temporary pass"), _letterhead(store), number=d.number, page="A6",
                   operator=operator, copy_mark=translate("Receipt", "COPY") if copy else "", labels=labels(translate),
                   signatures=(translate("Passes", "Issued by"),), seal=True, one_page=True)
    if d.state == "void":
        doc.paragraph(translate("Passes", "VOID"), "title")
    doc.fields([(translate("Passes", "Name"), d.holder), (translate("Passes", "ID"), d.id_masked),
                (translate("Passes", "Phone"), d.phone_masked or "—"),
                (translate("Passes", "Reason"), d.purpose), (translate("Passes", "Room"), d.room or "—"),
                (translate("Passes", "From"), f"{d.valid_from:%Y-%m-%d %H:%M}"),
                (translate("Passes", "To"), f"{d.valid_to:%Y-%m-%d %H:%M}")], columns=1)
    doc.spacer(1.5)
    doc.paragraph(translate("Passes", "Show this pass at the gate when asked, and hand it back there when you "
                                      "leave for the last time."), "small")
    return doc


def hot_work(store: Store, d: DocView, translate: Translate = _identity, copy: bool = False,
             operator: str = "") -> Document:
    """动火证 (A5): the welder and the certificate, the place, the window, the fire measures, who
    approved it; the end-of-work check signed when the work stops."""
    doc = Document(translate("Passes", "Hot-work permit"), _letterhead(store), number=d.number, page="A5",
                   operator=operator, copy_mark=translate("Receipt", "COPY") if copy else "", labels=labels(translate),
                   signatures=(translate("Passes", "Welder"), translate("Passes", "Fire watcher"),
                               translate("Passes", "Approved by (property)")), one_page=True)
    x = d.details
    doc.fields([(translate("Passes", "Welder"), d.holder), (translate("Passes", "ID"), d.id_masked),
                (translate("Passes", "Welding certificate"), f"{x.get('cert_no', '')}（{x.get('cert_expiry', '')}）"),
                (translate("Passes", "Place"), (f"{d.room} " if d.room else "") + d.purpose),
                (translate("Passes", "From"), f"{d.valid_from:%Y-%m-%d %H:%M}"),
                (translate("Passes", "To"), f"{d.valid_to:%Y-%m-%d %H:%M}"),
                (translate("Passes", "Fire watcher"), x.get("watcher", "")),
                (translate("Passes", "Permit"), d.renovation or "—"),
                (translate("Passes", "Approved by"), d.approved_by)])
    doc.spacer(2)
    doc.ticks([translate("Passes", "Fire measures: "), (translate("Passes", "extinguisher on site"), True), "  ",
               (translate("Passes", "combustibles cleared"), True), "  ", (translate("Passes", "fire watcher present"),
                                                                            True)])
    for ext in x.get("extensions", ()):
        doc.paragraph(translate("Passes", "Extended from {old} to {new} by {by}: {reason}").format(
            old=ext["from"], new=ext["to"], by=ext["by"], reason=ext["reason"]))
    doc.spacer(2)
    doc.paragraph(translate("Passes", "End-of-work check: {check}").format(check=d.close_note or "＿" * 24))
    return doc


def release_slip(store: Store, d: DocView, translate: Translate = _identity, copy: bool = False) -> tuple[bytes, set]:
    """物品放行条: two parts on one page — 存根 (the desk keeps it) and 门岗联 (the guard keeps it) —
    each with the number and QR, the room, the bearer (ID masked), the reason, the goods with their
    quantities, the plate, the planned time and the owner's confirmation, in type read at arm's length
    (body 10.5 pt, at least 10) and with rows enough to tick the goods off at the gate; the stub names
    who issued it."""
    x = d.details
    fields = [(translate("Passes", "Room"), d.room), (translate("Passes", "Bearer"), f"{d.holder} {d.id_masked}"),
              (translate("Passes", "Reason"), x.get("reason", d.purpose)),
              (translate("Passes", "Vehicle"), x.get("plate") or "—"),
              (translate("Passes", "Planned"), x.get("planned", "")),
              (translate("Passes", "Confirmed by"), f"{x.get('confirmed_by', '')}（{x.get('confirmed_how', '')} "
                                                   f"{x.get('confirmed_at', '')}）")]
    rows = [[str(i), name, str(qty), ""] for i, (name, qty) in enumerate(x.get("items", []), 1)]
    after = [translate("Passes", "Valid until {day}; used once at the gate.").format(day=f"{d.valid_to:%Y-%m-%d}")]
    if x.get("arrears_reason"):
        after.append(translate("Passes", "Fees owed ¥{owed}; released by the supervisor: {reason}").format(
            owed=x.get("owed", ""), reason=x["arrears_reason"]))
    title = translate("Passes", "Goods release slip")
    issued_by = (translate("Passes", "Issued by"), d.issued_by) if d.issued_by else translate("Passes", "Issued by")
    parts = [SlipPart(title, translate("Passes", part), fields,
                      [translate("Passes", "No."), translate("Passes", "Item"), translate("Passes", "Quantity"),
                       translate("Passes", "Checked")], rows, [0.1, 0.5, 0.2, 0.2], (2,), after=after,
                      signatures=sign, columns=2, min_rows=SLIP_ROWS, sign_space_mm=6,
                      row_height_mm=8 if len(rows) <= SLIP_ROWS else None)  # many goods: rows as tall as their text
             for part, sign in ((QT_TRANSLATE_NOOP("Passes", "Part 1 · stub (front desk)"),
                                 (translate("Passes", "Bearer"), issued_by)),
                                (QT_TRANSLATE_NOOP("Passes", "Part 2 · gate"),
                                 (translate("Passes", "Guard"), translate("Passes", "Released at"))))]
    return slips(parts, _letterhead(store), d.number, copy_mark=translate("Receipt", "COPY") if copy else "",
                 labels=labels(translate), scale=1.15)


SLIP_ROWS = 7  # the goods rows each half of a release slip has (more goods: more rows, the type stays)


def print_paper(store: Store, actor, number: str, translate: Translate = _identity, deliver=None) -> tuple[bytes, set]:
    """Any paper of this task by its number, printed: counted (a reprint is 副本, audited) and, with
    ``deliver(pdf)``, written inside that transaction — not written, not counted. Returns the PDF
    and the glyphs the font lacked."""
    svc = PassService(store)
    out = {}

    def made(view, copy):
        out["pdf"] = render(store, view, translate, copy, actor.display_name)
        if deliver is not None:
            deliver(out["pdf"][0])
    if number.strip().upper().startswith("ZX"):
        svc.permit_printed(actor, svc.renovation_of(number).id, made)
    else:
        svc.printed(actor, number, made)
    return out["pdf"]


def render(store: Store, d, translate: Translate = _identity, copy: bool = False,
           operator: str = "") -> tuple[bytes, set]:
    """A paper of this task (a renovation's permit, or a pass or slip), as PDF bytes and the glyphs
    the font lacked."""
    if isinstance(d, RenovationView):
        doc = permit(store, d.id, translate, copy, operator)
        return doc.build(), doc.missing_glyphs
    if d.kind == "temporary" and PassService(store).rules().temporary_paper == "A6":
        doc = temporary_pass(store, d, translate, copy, operator)
        return doc.build(), doc.missing_glyphs
    if d.kind in ("worker", "temporary"):
        return cards(store, [d], translate, copy)
    if d.kind == "hot_work":
        doc = hot_work(store, d, translate, copy, operator)
        return doc.build(), doc.missing_glyphs
    return release_slip(store, d, translate, copy)


SHEETS = (("renovation", QT_TRANSLATE_NOOP("Reports", "Renovation permits")),
          *((kind, name) for kind, (_p, name) in DOCS.items()))
COLUMNS = (  # (title, kind) of every sheet's columns, in service.register_rows's order
    (QT_TRANSLATE_NOOP("Columns", "Number"), "text"), (QT_TRANSLATE_NOOP("Columns", "Issued"), "datetime"),
    (QT_TRANSLATE_NOOP("Columns", "Room"), "text"), (QT_TRANSLATE_NOOP("Columns", "Holder"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "Valid from"), "datetime"), (QT_TRANSLATE_NOOP("Columns", "Valid to"), "datetime"),
    (QT_TRANSLATE_NOOP("Columns", "State"), "text"), (QT_TRANSLATE_NOOP("Columns", "Deposit held"), "money"),
    (QT_TRANSLATE_NOOP("Columns", "Deposit refunded"), "money"),
    (QT_TRANSLATE_NOOP("Columns", "Deposit forfeited"), "money"), (QT_TRANSLATE_NOOP("Columns", "Void reason"), "text"))
RENOVATION_COLUMNS = (
    (QT_TRANSLATE_NOOP("Columns", "Number"), "text"), (QT_TRANSLATE_NOOP("Columns", "Applied"), "datetime"),
    (QT_TRANSLATE_NOOP("Columns", "Issued"), "datetime"),  # the permit's; empty while it is not issued
    (QT_TRANSLATE_NOOP("Columns", "Room"), "text"), (QT_TRANSLATE_NOOP("Columns", "Owner"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "Contractor"), "text"), (QT_TRANSLATE_NOOP("Columns", "Start"), "date"),
    (QT_TRANSLATE_NOOP("Columns", "End"), "date"), (QT_TRANSLATE_NOOP("Columns", "State"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "Deposit held"), "money"), (QT_TRANSLATE_NOOP("Columns", "Deposit refunded"), "money"),
    (QT_TRANSLATE_NOOP("Columns", "Deposit forfeited"), "money"), (QT_TRANSLATE_NOOP("Columns", "Void reason"), "text"))


def write_register(store: Store, date_from: date, date_to: date, path, translate: Translate = _identity) -> int:
    """证件登记簿: one sheet per type of paper (装修许可证, 施工证, 临时证, 动火证, 放行条) — number, issued,
    room, holder with the ID masked, validity, state, the deposit held, refunded and forfeited, a
    void's reason — each with its title, totals and page numbers. Returns how many papers it lists."""
    from frontdesk.core import excel
    check_range(date_from, date_to)
    data = PassService(store).register_rows(date_from, date_to)
    prop = settings.SettingsService(store).get()
    wb = excel.new_workbook()
    for key, title in SHEETS:
        columns = RENOVATION_COLUMNS if key == "renovation" else COLUMNS
        cols = [excel.XCol(translate("Columns", t), kind, total=kind == "money") for t, kind in columns]
        name = translate("Reports", title) if key == "renovation" else title
        ws = wb.create_sheet(name[:31])
        excel.write_table(ws, cols, data[key], title=translate("Reports", "{property} — {what}").format(
            property=prop.property_name, what=name),
            subtitle=translate("Reports", "{company}  Issued {first} to {last}").format(
                company=prop.company_name, first=date_from.isoformat(), last=date_to.isoformat()).strip(),
            total_label=translate("Reports", "Total"))
        excel.page_numbers(ws, translate("Reports", "Page &P of &N"))
    excel.save(wb, path)
    return sum(len(rows) for rows in data.values())
