"""The work-order slip (维修工作单, A5) a worker carries, and the work-order register (Excel)."""
from __future__ import annotations

from decimal import Decimal
from typing import Callable

from sqlalchemy import select

from frontdesk.core import settings
from frontdesk.core.dates import check_range
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.documents import labels
from frontdesk.core.money import amount_in_words
from frontdesk.core.printing import Document, Letterhead
from frontdesk.registration.service import room_label
from frontdesk.registration.service import Room
from frontdesk.workorders.models import (KINDS, STATES, FollowUp, WoCategory, WoDepartment, WorkOrder, WorkOrderEvent,
                                         WoWarranty, WoWorker)

Translate = Callable[[str, str], str]
MATERIAL_ROWS = 5  # empty lines the worker fills in by hand
MAX_MATERIAL_ROWS = 8  # materials printed on the slip (one page); more are summed up in the last row
SLIP_CONTENT_KEPT = 80  # the least of a long description the slip keeps (else it shrinks to its one page)


def _identity(_c: str, t: str) -> str:
    return t


def slip(store: Store, order_id: int, translate: Translate = _identity, copy: bool = False) -> Document:
    """维修工作单 on A5: the number (and its QR code), the room in words (3栋2单元1201) or the place,
    who reported it and how to reach them, what is wrong, when the resident prefers, who was sent
    when and who sent them; a table for materials and hours, the result, whether the resident pays
    (有偿 with the amount and its 大写, or 无偿 — blanks to fill in while the order is open), the
    satisfaction boxes, and the worker's and the resident's signatures. A reprint says 副本."""
    with store.read() as s:
        o = s.get(WorkOrder, order_id)
        room = s.scalar(select(Room.code).where(Room.id == o.room_id)) if o.room_id else ""
        cat = s.get(WoCategory, o.category_id) if o.category_id else None
        parent = s.get(WoCategory, cat.parent_id) if cat and cat.parent_id else None
        dept = s.scalar(select(WoDepartment.name).where(WoDepartment.id == o.department_id)) if o.department_id else ""
        worker = s.get(WoWorker, o.worker_id) if o.worker_id else None
        dispatcher = s.scalar(select(WorkOrderEvent.operator_name).where(  # who sent it where it is now
            WorkOrderEvent.order_id == o.id, WorkOrderEvent.action.in_(("派单", "转单")))
            .order_by(WorkOrderEvent.id.desc()).limit(1)) if o.dispatched_at else None
        warranty = s.get(WoWarranty, o.room_id) if o.room_id else None
        said = s.scalar(select(FollowUp.comment).where(  # an unsatisfied call reopened it: what was said
            FollowUp.order_id == o.id, FollowUp.reached.is_(True)).order_by(FollowUp.id.desc()).limit(1)) \
            if o.reopen_count and o.completed_at is None else None
        letterhead = Letterhead.from_settings(settings.load(s))
    complaint = o.kind == "complaint"  # a complaint's slip speaks of complaints: no materials, no charge
    title = translate("WorkOrders", "Complaint handling slip") if complaint else translate("WorkOrders", "Work-order slip")
    doc = Document(title, letterhead, number=o.number, page="A5",
                   copy_mark=translate("Receipt", "COPY") if copy else "", labels=labels(translate),
                   signatures=(translate("WorkOrders", "Handled by") if complaint else translate("WorkOrders", "Worker"),
                               translate("WorkOrders", "Complainant (signature)") if complaint else
                               translate("WorkOrders", "Resident (signature)")),
                   seal=False, one_page=True)  # one sheet, signatures on it: a long description gives way
    where = _room_words(room) if room else (o.place or "—")
    who = "匿名" if o.anonymous else (o.reporter or "—")
    doc.fields([(translate("WorkOrders", "Kind"), translate("WorkOrders", KINDS[o.kind])),
                (translate("WorkOrders", "State"), STATES[o.state]),
                (translate("WorkOrders", "Room or place"), where),
                (translate("WorkOrders", "Category"), f"{parent.name} → {cat.name}" if parent else (cat.name if cat else "—")),
                (translate("WorkOrders", "Complainant") if complaint else translate("WorkOrders", "Reported by"), who),
                (translate("WorkOrders", "Phone"), o.phone or "—"),
                (translate("WorkOrders", "Registered"), f"{o.registered_at:%Y-%m-%d %H:%M}"),
                (translate("WorkOrders", "Severity"), o.severity or "—") if complaint else
                (translate("WorkOrders", "Preferred time"), o.preferred_time or "—"),
                (translate("WorkOrders", "Sent to"), (dept + (f" {worker.name} {worker.phone}" if worker else "")) or "—"),
                (translate("WorkOrders", "Dispatched"), f"{o.dispatched_at:%Y-%m-%d %H:%M}" if o.dispatched_at else "—"),
                (translate("WorkOrders", "Dispatched by"), dispatcher or "—"),
                (translate("WorkOrders", "Reply by"), f"{o.reply_due:%Y-%m-%d %H:%M}") if complaint else
                (translate("WorkOrders", "Complete by"), f"{o.complete_due:%Y-%m-%d %H:%M}"),
                (translate("WorkOrders", "Urgent"), translate("WorkOrders", "yes") if o.urgent else
                 translate("WorkOrders", "no"))])
    doc.spacer(2)
    wrong = (translate("WorkOrders", "Complaint: {content}") if complaint else
             translate("WorkOrders", "What is wrong: {content}")).format(content=o.content)
    doc.paragraph(wrong, shorten=translate("WorkOrders", "… (full text in the system)"),
                  keep=len(wrong) - len(o.content) + SLIP_CONTENT_KEPT)  # the label, then at least that much
    doc.spacer(2)
    if complaint:
        doc.paragraph(translate("WorkOrders", "Reply: {reply}").format(reply=o.reply_text or "＿" * 20))
        doc.paragraph(translate("WorkOrders", "Replied at: {at}").format(
            at=f"{o.replied_at:%Y-%m-%d %H:%M}" if o.replied_at else "____年__月__日 __:__"))
        doc.paragraph(translate("WorkOrders", "Finding: {finding}").format(
            finding={"有效": "投诉成立", "无效": "投诉不成立"}.get(o.validity, "□ 投诉成立  □ 投诉不成立")))
    else:
        doc.table([translate("WorkOrders", "Material"), translate("WorkOrders", "Quantity"),
                   translate("WorkOrders", "Unit price"), translate("WorkOrders", "Amount")], _material_rows(o, translate),
                  widths=[0.4, 0.2, 0.2, 0.2], right_align=(1, 2, 3), row_height_mm=8)
        doc.spacer(2)
    doc.paragraph(translate("WorkOrders", "Result: {result}").format(result=o.result or "＿" * 20))
    if said is not None:  # reopened: handled (repaired) again, the resident's words for whoever goes
        doc.paragraph(translate("WorkOrders", "Not satisfied at the follow-up call, handled again (time {n}): "
                                              "{said}").format(n=o.reopen_count, said=said or "—"))
    doc.paragraph(translate("WorkOrders", "Completed at: {at}").format(
        at=f"{o.completed_at:%Y-%m-%d %H:%M}" if o.completed_at else "____年__月__日 __:__"))
    if not complaint:
        doc.ticks(_charge_parts(o, warranty, translate))
    doc.ticks([translate("WorkOrders", "Satisfaction: ")] + [
        part for word in SATISFACTION_BOXES for part in ((translate("WorkOrders", word), False), "  ")])
    return doc


def _material_rows(o: WorkOrder, translate: Translate) -> list[list[str]]:
    """The materials used, each with its amount, then labour (the hours, and what it cost when the
    repair is billed: the price less the materials) — so the lines add up to what the resident signs
    for; blank lines for the worker while the order is open."""
    from frontdesk.workorders.service import materials_of
    used = [(n, q, p, (q * p).quantize(Decimal("0.01"))) for n, q, p in materials_of(o.materials)]
    if len(used) > MAX_MATERIAL_ROWS:  # the rest in the system, so the page holds the signatures
        more = translate("WorkOrders", "… ({n} materials in all; see the system)").format(n=len(used))
        rest = sum((a for *_x, a in used[MAX_MATERIAL_ROWS - 1:]), Decimal(0))
        used = used[:MAX_MATERIAL_ROWS - 1] + [(more, "", "", rest)]
    rows = [[n, f"{q.normalize():f}" if q != "" else "", f"{p:,.2f}" if p != "" else "", f"{a:,.2f}"]
            for n, q, p, a in used]
    if o.completed_at is not None and (o.hours or o.price):
        labour = o.price - sum((a for *_x, a in used), Decimal(0)) if o.price else None
        hours = translate("WorkOrders", "{h} h").format(h=f"{o.hours.normalize():f}") if o.hours else ""
        rows.append([translate("WorkOrders", "Labour"), hours, "", f"{labour:,.2f}" if labour else ""])
    return rows + [[""] * 4] * max(0, MATERIAL_ROWS - len(rows))


SATISFACTION_BOXES = (QT_TRANSLATE_NOOP("WorkOrders", "Very satisfied"), QT_TRANSLATE_NOOP("WorkOrders", "Satisfied"),
                      QT_TRANSLATE_NOOP("WorkOrders", "Fair"), QT_TRANSLATE_NOOP("WorkOrders", "Dissatisfied"))


def _room_words(code: str) -> str:
    """A room as the desk says it (3-2-1201 → 3栋2单元1201)."""
    parts = code.split("-", 2)
    return room_label(*parts) if len(parts) == 3 else code


def _charge_parts(o: WorkOrder, warranty: WoWarranty | None, translate: Translate) -> list:
    """有偿 or 无偿 for the resident to sign (a line of tick boxes): once completed, as billed (the
    amount and its 大写, or why it is free); while open, boxes and blanks the worker fills in — a
    repair not inside a home is never paid, and a warranty's last day is named."""
    paid, free = translate("WorkOrders", "Paid"), translate("WorkOrders", "Free")
    head = translate("WorkOrders", "Charge: ")
    if o.completed_at is not None and o.bill_id is not None and o.price:
        return [head, (paid, True), "  ", (free, False), "  ", translate(
            "WorkOrders", "amount ¥{amount} (in words: {words})").format(amount=f"{o.price:,.2f}",
                                                                       words=amount_in_words(o.price))]
    if o.kind != "repair_home" or o.room_id is None:
        why = translate("WorkOrders", "not a repair inside a home")
    elif warranty is not None and (o.completed_at is None or warranty.until >= o.completed_at.date()):
        why = translate("WorkOrders", "warranty until {date}").format(date=warranty.until.isoformat())
    else:
        why = ""
    why = translate("WorkOrders", " ({why})").format(why=why) if why else ""
    if o.completed_at is not None or o.kind != "repair_home" or o.room_id is None:  # decided: free
        return [head, (paid, False), "  ", (free, True), why]
    return [head, (paid, False), " ", translate("WorkOrders", "amount ¥________ in words ________________"), "  ",
            (free, False), why]


COLUMNS = (  # (title, kind) of the register's columns, in service.register_rows's order
    (QT_TRANSLATE_NOOP("Columns", "Number"), "text"), (QT_TRANSLATE_NOOP("Columns", "Registered"), "datetime"),
    (QT_TRANSLATE_NOOP("Columns", "Type of order"), "text"), (QT_TRANSLATE_NOOP("Columns", "Severity"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "Urgency"), "text"), (QT_TRANSLATE_NOOP("Columns", "Channel"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "Room or place"), "text"), (QT_TRANSLATE_NOOP("Columns", "Category"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "Content"), "text"), (QT_TRANSLATE_NOOP("Columns", "Reporter"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "Phone"), "text"),  # masked, as everywhere but the slip the worker carries
    (QT_TRANSLATE_NOOP("Columns", "Department"), "text"), (QT_TRANSLATE_NOOP("Columns", "Worker"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "State"), "text"), (QT_TRANSLATE_NOOP("Columns", "Reply due"), "datetime"),
    (QT_TRANSLATE_NOOP("Columns", "Replied"), "datetime"), (QT_TRANSLATE_NOOP("Columns", "Complete by"), "datetime"),
    (QT_TRANSLATE_NOOP("Columns", "Completed"), "datetime"), (QT_TRANSLATE_NOOP("Columns", "Hours paused"), "decimal"),
    (QT_TRANSLATE_NOOP("Columns", "Replied on time"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "Completed on time"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "Result"), "text"), (QT_TRANSLATE_NOOP("Columns", "Complaint finding"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "Follow-up due"), "datetime"),
    (QT_TRANSLATE_NOOP("Columns", "Deadlines on a guessed calendar"), "text"),  # 是: counted Monday–Friday
    (QT_TRANSLATE_NOOP("Columns", "Followed up"), "datetime"),
    (QT_TRANSLATE_NOOP("Columns", "Follow-up calls"), "int"),  # every call, answered or not
    (QT_TRANSLATE_NOOP("Columns", "Satisfaction"), "int"), (QT_TRANSLATE_NOOP("Columns", "Reopened"), "int"),
    (QT_TRANSLATE_NOOP("Columns", "Repeat fault"), "text"), (QT_TRANSLATE_NOOP("Columns", "Paid (yuan)"), "money"),
    (QT_TRANSLATE_NOOP("Columns", "Receipt no."), "text"),  # the receipt that paid a paid repair
    (QT_TRANSLATE_NOOP("Columns", "Repair that caused it"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "Follow-up result"), "text"),  # 已回访 / 无法回访 / 不满意（返工） / "" (not yet)
)
WRAPPED = {"Room or place": 255, "Content": 40, "Result": 30}  # wrapped; a room or place is never cut
_AT = {title: i for i, (title, _kind) in enumerate(COLUMNS)}


def write_register(store, date_from, date_to, path, translate: Translate = _identity) -> int:
    """工单登记簿: one row per order registered in the dates, every deadline and whether it was met,
    and whether its deadlines were counted on a guessed calendar (a year without holiday data:
    Monday to Friday) — the deadline cells stay dates; under the table the period's figures (on-time
    reply and completion, completion, follow-up, average satisfaction), each a formula over the
    table carrying its value; page numbers in the footer."""
    from frontdesk.core import excel
    from frontdesk.core.settings import SettingsService
    from frontdesk.workorders.service import WorkOrderService
    check_range(date_from, date_to)
    rows = WorkOrderService(store).register_rows(date_from, date_to)
    for row in rows:
        row[2] = translate("WorkOrders", row[2])  # the kind, in the reader's language
    prop = SettingsService(store).get()
    cols = [excel.XCol(translate("Columns", title), kind, total=kind == "money", wrap=title in WRAPPED,
                       max_width=WRAPPED.get(title, 60)) for title, kind in COLUMNS]
    wb = excel.new_workbook()
    ws = wb.create_sheet(translate("Reports", "Work-order register"))
    table = excel.write_table(
        ws, cols, rows, title=translate("Reports", "{property} — work-order register").format(
            property=prop.property_name),
        subtitle=translate("Reports", "{company}  Registered {first} to {last}").format(
            company=prop.company_name, first=date_from.isoformat(), last=date_to.isoformat()).strip(),
        total_label=translate("Reports", "Total"))
    _figures(ws, table, rows, translate)
    excel.page_numbers(ws, translate("Reports", "Page &P of &N"))
    excel.save(wb, path)
    return len(rows)


def _figures(ws, table, rows: list[list], translate: Translate) -> None:
    """The figures under the register: each rate is 计数 ÷ 基数, three formulas over the table's
    columns that also carry the values computed here (a viewer that does not calculate shows them)."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from frontdesk.core import excel

    def span(title: str) -> str:
        letter = get_column_letter(_AT[title] + 1)
        return f"{letter}{table.first_row}:{letter}{table.last_row}"

    def values(title: str) -> list:
        return [row[_AT[title]] for row in rows]

    def count_yes_no(title: str):
        said = values(title)
        return (f'COUNTIF({span(title)},"是")', said.count("是"),
                f'COUNTIF({span(title)},"是")+COUNTIF({span(title)},"否")', said.count("是") + said.count("否"))

    results = values("Follow-up result")  # 已回访 / 无法回访 / 不满意（返工） / ""
    scores = [v for v in values("Satisfaction") if v is not None]
    lines = [  # (label, counted: (formula, value), of: (formula, value) or None, the value's format)
        (translate("Reports", "On-time reply rate (replied on time ÷ replies due)"),
         *count_yes_no("Replied on time"), "0.0%"),
        (translate("Reports", "On-time completion rate (completed on time ÷ completions due)"),
         *count_yes_no("Completed on time"), "0.0%"),
        (translate("Reports", "Completion rate (completed ÷ orders not cancelled nor complaints found invalid)"),
         f'COUNT({span("Completed")})', sum(v is not None for v in values("Completed")),
         f'COUNTIFS({span("State")},"<>已取消",{span("Complaint finding")},"<>投诉不成立")',
         sum(v != "已取消" and f != "投诉不成立" for v, f in zip(values("State"), values("Complaint finding"))),
         "0.0%"),
        (translate("Reports", "Follow-up rate (followed up ÷ due a follow-up; unreachable left out)"),
         f'COUNTIFS({span("Follow-up due")},"<>",{span("Follow-up result")},"已回访")',
         sum(v is not None and r == "已回访" for v, r in zip(values("Follow-up due"), results)),
         f'COUNTIFS({span("Follow-up due")},"<>",{span("Follow-up result")},"<>无法回访")',
         sum(v is not None and r != "无法回访" for v, r in zip(values("Follow-up due"), results)), "0.0%"),
        (translate("Reports", "Average satisfaction (1 to 5; ratings counted)"),
         f'COUNT({span("Satisfaction")})', len(scores), None, None, "0.0"),
    ]
    label_cols, value_col = 5, 6  # the label across the first five columns, then value, counted, of
    bold = Font(name=excel.FONT, bold=True)
    row = (table.total_row or table.last_row) + 2
    for col, text in ((1, translate("Reports", "Figures")), (value_col, translate("Reports", "Value")),
                      (value_col + 1, translate("Reports", "Counted")), (value_col + 2, translate("Reports", "Of"))):
        ws.cell(row=row, column=col, value=text).font = bold
    live = table.last_row >= table.first_row  # formulas over an empty table would name no rows
    for label, counted, n, of, base, fmt in lines:
        row += 1
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=label_cols)
        ws.cell(row=row, column=1, value=label).font = Font(name=excel.FONT)
        value_cell, n_cell, of_cell = (ws.cell(row=row, column=value_col + k) for k in range(3))
        if of is None:  # the average of the scores
            value = sum(scores) / len(scores) if scores else "—"
            text = f'=IFERROR(AVERAGE({span("Satisfaction")}),"—")'
        else:
            value = n / base if base else "—"
            text = f'=IFERROR({n_cell.coordinate}/{of_cell.coordinate},"—")'
        if live:
            excel.formula(n_cell, f"={counted}", cached=n)
            if of is not None:
                excel.formula(of_cell, f"={of}", cached=base)
            excel.formula(value_cell, text, cached=value)
        else:
            n_cell.value, value_cell.value = n, value
            if of is not None:
                of_cell.value = base
        value_cell.number_format = fmt
        n_cell.number_format = of_cell.number_format = excel.FORMATS["int"]
