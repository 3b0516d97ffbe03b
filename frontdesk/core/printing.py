"""One way to build every printed document with reportlab.

:class:`Document` lays out an A4, A5 or A6 page with the property's letterhead, a title, the
document number with a QR code carrying it, the body (paragraphs, key–value blocks, tables),
a signature/seal block, and "page X of Y". The CJK font (WenQuanYi Micro Hei, TrueType
outlines, Latin included) is embedded, so the page looks the same on every machine and
``pdftotext`` reads the text back. Characters the font lacks are reported in
``Document.missing_glyphs`` instead of printing as empty boxes unnoticed.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5, A6, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import KeepInFrame, _listWrapOn
from xml.sax.saxutils import escape

from frontdesk.core import clock
from frontdesk.core.paths import resource

FONT = "FDSans"
PAGE_SIZES = {"A4": A4, "A5": A5, "A6": A6}
PAGE_SCALES = {"A5": 0.85, "A6": 0.7}  # type and furniture drawn smaller on a smaller sheet


@lru_cache(maxsize=1)
def register_font() -> TTFont:
    font = TTFont(FONT, str(resource("fonts", "wqy-microhei.ttc")), subfontIndex=0)
    pdfmetrics.registerFont(font)
    return font


def missing_glyphs(text: str) -> set[str]:
    """Characters of ``text`` the embedded font cannot draw."""
    cmap = register_font().face.charToGlyph
    return {ch for ch in text if not ch.isspace() and ord(ch) not in cmap}


def _qr_data(text: str) -> list:
    """``text`` as the QR code's one segment: digits, upper-case letters and ``$%*+-./:`` in the
    compact modes, anything else as UTF-8 bytes — never Kanji, which reportlab would try first
    through a Shift-JIS codec (left out of the bundle: a lower-case URL such as a payment code's
    raised LookupError there) and which would turn Chinese text into Japanese code points."""
    from reportlab.graphics.barcode.qrencoder import QR8bitByte, QRAlphaNum, QRNumber
    for mode in (QRNumber, QRAlphaNum):
        try:
            return [mode(text)]
        except ValueError:
            pass
    return [QR8bitByte(text)]


def draw_qr(c: rl_canvas.Canvas, text: str, x: float, y: float, size: float, border: int = 4) -> None:
    """A QR code of ``text`` with its lower left corner at (x, y), ``size`` wide and high, its
    ``border`` modules of white inside that size."""
    qr = QrCodeWidget(_qr_data(text), barBorder=border)
    x0, y0, x1, y1 = qr.getBounds()
    d = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0], initialFontName=FONT)
    d.add(qr)
    renderPDF.draw(d, c, x, y)


@dataclass(frozen=True)
class Letterhead:
    """The property header on every page."""

    property_name: str
    company_name: str = ""
    address: str = ""
    hotline: str = ""

    @classmethod
    def from_settings(cls, settings) -> Letterhead:
        return cls(settings.property_name, settings.company_name, settings.address, settings.hotline)


def _styles(scale: float) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=10.5 * scale, leading=15 * scale, wordWrap="CJK")
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5 * scale, leading=12 * scale),
        "title": ParagraphStyle("title", parent=base, fontSize=18 * scale, leading=24 * scale,
                                alignment=TA_CENTER, spaceAfter=4 * mm * scale),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5 * scale, leading=13 * scale),
        "cell_r": ParagraphStyle("cell_r", parent=base, fontSize=9.5 * scale, leading=13 * scale, alignment=TA_RIGHT),
        "head": ParagraphStyle("head", parent=base, fontSize=9.5 * scale, leading=13 * scale, alignment=TA_CENTER),
        "left": ParagraphStyle("left", parent=base, alignment=TA_LEFT),
        "room": ParagraphStyle("room", parent=base, fontSize=14 * scale, leading=20 * scale),
    }


class _SectionMark(Flowable):
    """Where a section of a batch begins (the next notice): its own number, its own page count."""

    def __init__(self, number: str) -> None:
        super().__init__()
        self.number = number

    def wrap(self, *_args):
        return 0, 0

    def draw(self):
        self.canv._section = self.number


class _QrCode(Flowable):
    """A QR code ``size`` wide and high, its quiet zone left to the white around it."""

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.text, self.size = text, size

    def wrap(self, *_args):
        return self.size, self.size

    def draw(self):
        draw_qr(self.canv, self.text, 0, 0, self.size, border=0)


PAY_CODE_MM = 25  # the payment code's side on paper (its modules alone): a phone reads it at arm's length


class _TickLine(Flowable):
    """A line of text with tick boxes a hand can mark (□满意 …), drawn as squares as tall as the
    text — the font's □ is a small glyph. ``parts``: texts, and (label, ticked) for a box before
    its label; wraps between characters and keeps a box with its label."""

    def __init__(self, parts: list, style: ParagraphStyle) -> None:
        super().__init__()
        self.style = style
        self.box = style.fontSize * 0.95
        tokens = []  # (width, draw) — a text character, or a box with its label
        for part in parts:
            if isinstance(part, str):
                tokens += [(pdfmetrics.stringWidth(ch, FONT, style.fontSize), ch) for ch in part]
            else:
                label, ticked = part
                width = self.box + style.fontSize * 0.3 + pdfmetrics.stringWidth(label, FONT, style.fontSize)
                tokens.append((width, (label, bool(ticked))))
        self.tokens = tokens
        self.lines: list[list] = []

    def wrap(self, avail_width, _avail_height):
        self.lines, line, used = [], [], 0.0
        for width, token in self.tokens:
            if line and used + width > avail_width:
                self.lines.append(line)
                line, used = [], 0.0
            line.append((width, token))
            used += width
        self.lines.append(line)
        self.width = avail_width
        return avail_width, len(self.lines) * self.style.leading

    def draw(self):
        c, size = self.canv, self.style.fontSize
        c.setFont(FONT, size)
        c.setLineWidth(0.6)
        for n, line in enumerate(self.lines):
            x, y = 0.0, (len(self.lines) - n - 1) * self.style.leading + (self.style.leading - size) / 2 + size * 0.12
            for width, token in line:
                if isinstance(token, str):
                    c.drawString(x, y, token)
                else:
                    label, ticked = token
                    b, y0 = self.box, y - size * 0.1
                    c.rect(x, y0, b, b)
                    if ticked:  # a tick: the paper says it, not only the colour of a box
                        path = c.beginPath()
                        path.moveTo(x + 0.18 * b, y0 + 0.52 * b)
                        path.lineTo(x + 0.42 * b, y0 + 0.2 * b)
                        path.lineTo(x + 0.86 * b, y0 + 0.86 * b)
                        c.setLineWidth(1.2)
                        c.drawPath(path, stroke=1, fill=0)
                        c.setLineWidth(0.6)
                    c.drawString(x + b + size * 0.3, y, label)
                x += width


class _NumberedCanvas(rl_canvas.Canvas):
    """Defers page output so the footer can say "page X of Y" — of the whole document, or of each
    section (each notice of a batch), with the section's own number on its pages."""

    def __init__(self, *args, footer=None, **kwargs):
        kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT  # no stray Helvetica
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._footer = footer

    def showPage(self):  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        sections = [state.get("_section") for state in self._pages]
        for i, state in enumerate(self._pages):
            first = i
            while first > 0 and sections[first - 1] == sections[i]:
                first -= 1
            last = i
            while last + 1 < len(sections) and sections[last + 1] == sections[i]:
                last += 1
            self.__dict__.update(state)
            if self._footer:
                self._footer(self, i - first + 1, last - first + 1, sections[i])
            super().showPage()
        super().save()


class Document:
    """A printed document under construction. Add body parts, then ``build()``.

    ``signatures`` are the labels of the signature lines (e.g. 经办人, 主管); ``seal`` adds the
    company seal area (盖章处). ``one_page``: the document is one sheet whatever it holds — the
    paragraph added with ``shorten`` gives way, cut where the page would overflow (measured with
    reportlab's own layout) and ending with that mark (…（全文见系统）); should the rest alone not
    fit (every field at its longest), everything is drawn a little smaller to fit the sheet.
    """

    def __init__(self, title: str, letterhead: Letterhead, number: str | None = None,
                 page: str = "A4", landscape_page: bool = False, operator: str = "",
                 signatures: tuple[str, ...] = (), seal: bool = True, copy_mark: str = "",
                 labels: dict[str, str] | None = None, one_page: bool = False) -> None:
        register_font()
        self.title, self.letterhead, self.number = title, letterhead, number
        size = PAGE_SIZES[page]
        self.pagesize = landscape(size) if landscape_page else size
        self.scale = PAGE_SCALES.get(page, 1.0)
        self.operator, self.signatures, self.seal, self.copy_mark = operator, signatures, seal, copy_mark
        self.labels = {"number": "编号", "page": "第 {page} 页 共 {pages} 页", "printed": "打印时间",
                       "operator": "经办人", "seal": "（盖章）", "date": "日期", "hotline": "服务热线",
                       **(labels or {})}
        self.styles = _styles(self.scale)
        self.story: list = []
        self._texts: list[str] = [title, *letterhead.__dict__.values(), *signatures, number or "", operator]
        self.missing_glyphs: set[str] = set()
        self.pages = 0
        self._signed = False
        self.one_page = one_page
        self._shorten: tuple[Paragraph, str, str, str, int] | None = None  # (in the story, text, style, mark, keep)
        self.shortened = False  # the last build cut the ``shorten`` paragraph

    # ---- body parts -------------------------------------------------------------------------
    def _p(self, text: str, style: str = "body") -> Paragraph:
        self._texts.append(text)
        return Paragraph(escape(text).replace("\n", "<br/>"), self.styles[style])

    def paragraph(self, text: str, style: str = "body", shorten: str = "", keep: int = 0) -> Document:
        """A paragraph; ``shorten`` (on a ``one_page`` document) makes it the one cut to fit the
        page, ending with ``shorten`` — never to fewer than ``keep`` characters."""
        para = self._p(text, style)
        if shorten:
            self._texts.append(shorten)
            self._shorten = (para, text, style, shorten, keep)
        self.story.append(para)
        return self

    def ticks(self, parts: list, style: str = "body") -> Document:
        """A line of text and tick boxes: each part a text, or (label, ticked) for a box before its
        label (□有偿 金额 ____ □无偿; □非常满意 □满意 …)."""
        self._texts += [p if isinstance(p, str) else p[0] for p in parts]
        self.story.append(_TickLine(parts, self.styles[style]))
        return self

    def spacer(self, height_mm: float = 4) -> Document:
        self.story.append(Spacer(1, height_mm * mm))
        return self

    def fields(self, pairs: list[tuple[str, str]], columns: int = 2) -> Document:
        """A grid of ``label：value`` pairs (e.g. room, payer, date)."""
        width = self.pagesize[0] - 2 * self._margin
        cells, row = [], []
        for label, value in pairs:
            row += [self._p(f"{label}：", "cell"), self._p(str(value), "cell")]
            if len(row) == columns * 2:
                cells.append(row)
                row = []
        if row:
            cells.append(row + [""] * (columns * 2 - len(row)))
        style = self.styles["cell"]  # the labels' column as wide as the longest (身份证号：), never a wrap
        longest = max((pdfmetrics.stringWidth(f"{label}：", FONT, style.fontSize) for label, _v in pairs), default=0)
        label_w = min(max(22 * mm * self.scale, longest + 14), width / columns * 0.45)  # + the cell padding
        value_w = width / columns - label_w
        t = Table(cells, colWidths=[label_w, value_w] * columns)
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2)]))
        self.story.append(t)
        return self

    def table(self, header: list[str], rows: list[list[str]], widths: list[float] | None = None,
              right_align: tuple[int, ...] = (), total: list[str] | None = None,
              row_height_mm: float | None = None) -> Document:
        """A ruled table; ``widths`` are fractions of the text width; ``right_align`` column indexes;
        ``row_height_mm`` gives every body row that height (lines to fill in by hand)."""
        width = self.pagesize[0] - 2 * self._margin
        widths = widths or [1 / len(header)] * len(header)

        def cell(i, v):
            return self._p(str(v), "cell_r" if i in right_align else "cell")

        data = [[self._p(h, "head") for h in header]] + [[cell(i, v) for i, v in enumerate(r)] for r in rows]
        if total:
            data.append([cell(i, v) for i, v in enumerate(total)])
        heights = None if row_height_mm is None else \
            [None] + [row_height_mm * mm * self.scale] * (len(data) - 1)
        t = Table(data, colWidths=[w * width for w in widths], repeatRows=1, rowHeights=heights)
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, -1), FONT),
                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        if total:
            style.append(("LINEABOVE", (0, -1), (-1, -1), 1.2, colors.black))
        t.setStyle(TableStyle(style))
        self.story.append(t)
        return self

    def sign_here(self, code: tuple[str, list[str]] | None = None) -> Document:
        """The signature lines and seal area here instead of once at the end (one per notice of a batch).
        ``code`` = (text, lines): a QR code of ``text`` (the property's payment code), at least 25 mm,
        at the left of the block with ``lines`` beside it, the signatures and seal at the right — in
        the height the block takes without it, so a page holds what it held."""
        if code is not None:
            self._texts += [code[0], *code[1]]
        block = self._signature_block(code)
        if block is not None:
            self.story.append(block)
        self._signed = True
        return self

    def new_page(self, title: str | None = None) -> Document:
        """Start a new page, with a title of its own (the next notice of a batch)."""
        self.story.append(PageBreak())
        if title:
            self.paragraph(title, "title")
        return self

    def section(self, number: str) -> Document:
        """From here on (until the next section) the pages carry ``number`` and are counted on
        their own: each notice of a batch is its own document, "page 1 of 1"."""
        self._texts.append(number)
        self.story.append(_SectionMark(number))
        return self

    def signed(self, cells: list[tuple[str, bytes | None, str]], height_mm: float = 15) -> Document:
        """Signatures drawn at the counter, side by side: each cell ``(label, image, instead)`` shows
        its label and, on a line, the image (a signature pad's PNG, at most ``height_mm`` high and
        the cell wide, its proportions kept, never enlarged past its size on a 96-dpi screen) — or,
        without an image, the text ``instead`` (why there is none, 未签名：电话授权)."""
        from reportlab.lib.utils import ImageReader
        from reportlab.platypus import Image

        n, gap = max(len(cells), 1), 8 * mm * self.scale  # a gap between the cells: a line under each
        width = self.pagesize[0] - 2 * self._margin
        cell_w = (width - gap * (n - 1)) / n
        box_w, box_h = cell_w - 4, height_mm * mm * self.scale
        row, widths, style = [], [], [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
        for i, (label, image, instead) in enumerate(cells):
            if image:
                w, h = ImageReader(io.BytesIO(image)).getSize()
                k = min(box_w / w, box_h / h, 0.75)  # never larger than on a 96-dpi screen (a dot stays a dot)
                shown = Image(io.BytesIO(image), w * k, h * k, mask="auto", hAlign="LEFT")
            else:
                shown = self._p(instead or "", "small")
            if i:
                row.append("")
                widths.append(gap)
            row.append([self._p(f"{label}：", "cell"), shown])
            widths.append(cell_w)
            style.append(("LINEBELOW", (len(row) - 1, 0), (len(row) - 1, 0), 0.5, colors.black))
        t = Table([row], colWidths=widths, rowHeights=[box_h + 7 * mm * self.scale])
        t.setStyle(TableStyle(style))
        self.story.append(t)
        return self

    # ---- page furniture ---------------------------------------------------------------------
    @property
    def _margin(self) -> float:
        return 15 * mm * self.scale

    @property
    def _top(self) -> float:
        return 33 * mm * self.scale

    def _signature_block(self, code: tuple[str, list[str]] | None = None):
        if not self.signatures and not self.seal and code is None:
            return None
        width = self.pagesize[0] - 2 * self._margin
        cells = [self._p(f"{label}：________________", "body") for label in self.signatures]
        cells.append(self._p(f"{self.labels['date']}：______年____月____日", "body"))
        if code is not None:
            return self._code_and_signatures(code, cells, width)
        per_row = 2
        rows = [cells[i:i + per_row] + [""] * (per_row - len(cells[i:i + per_row]))
                for i in range(0, len(cells), per_row)]
        if self.seal:  # the seal area names whose seal goes there
            owner = self.letterhead.company_name or self.letterhead.property_name
            rows.append(["", self._p(f"{owner}{self.labels['seal']}", "head")])
        t = Table(rows, colWidths=[width / per_row] * per_row,
                  rowHeights=[12 * mm * self.scale] * len(rows))
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("FONTNAME", (0, 0), (-1, -1), FONT)]))
        return KeepTogether([Spacer(1, 8 * mm * self.scale), t])

    def _code_and_signatures(self, code: tuple[str, list[str]], cells: list, width: float):
        """The signature block with a QR code at its left (``sign_here(code=…)``): the code and its
        lines in the left half, the signature lines, date and seal one under another in the right;
        as high as the block without the code (8 mm space, two 12 mm rows on A4)."""
        s = self.scale
        text, lines = code
        size = max(PAY_CODE_MM, PAY_CODE_MM * s) * mm  # never smaller on a smaller sheet
        gap = 4 * mm  # white beside the code: its quiet zone (four modules and more)
        half = width / 2
        rows = [[c] for c in cells]
        if self.seal:
            owner = self.letterhead.company_name or self.letterhead.property_name
            rows.append([self._p(f"{owner}{self.labels['seal']}", "head")])
        grid = Table(rows, colWidths=[half], rowHeights=[12 * mm * s] * len(rows))
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("FONTNAME", (0, 0), (-1, -1), FONT)]))
        caption = [self._p(lines[0], "body")] + [self._p(line, "room") for line in lines[1:]]
        pay = Table([[_QrCode(text, size), caption]], colWidths=[size + gap, half - size - gap])
        pay.setStyle(TableStyle([("VALIGN", (0, 0), (0, 0), "TOP"), ("VALIGN", (1, 0), (1, 0), "MIDDLE"),
                                 ("FONTNAME", (0, 0), (-1, -1), FONT),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        height = max(size + 3 * mm, 12 * mm * s * len(rows))
        t = Table([[pay, grid]], colWidths=[half, half], rowHeights=[height])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (0, 0), "TOP"), ("VALIGN", (1, 0), (1, 0), "BOTTOM"),
                               ("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        space = max(4 * mm, 8 * mm * s + 24 * mm * s - height)  # the block as high as without the code
        return KeepTogether([Spacer(1, space), t])

    def _draw_header(self, c: rl_canvas.Canvas, _doc) -> None:
        w, h = self.pagesize
        s = self.scale
        c.saveState()
        c.setFont(FONT, 15 * s)
        c.drawCentredString(w / 2, h - 14 * mm * s, self.letterhead.property_name)
        line = "  ".join(x for x in (self.letterhead.company_name,
                                      f"{self.labels['hotline']} {self.letterhead.hotline}" if self.letterhead.hotline else "") if x)
        c.setFont(FONT, 8.5 * s)
        if line:
            c.drawCentredString(w / 2, h - 19.5 * mm * s, line)
        if self.letterhead.address:
            c.drawCentredString(w / 2, h - 23.5 * mm * s, self.letterhead.address)
        c.setLineWidth(0.8)
        c.line(self._margin, h - 26 * mm * s, w - self._margin, h - 26 * mm * s)
        if self.copy_mark:
            c.setFont(FONT, 12 * s)
            c.setFillColor(colors.red)
            c.drawString(self._margin, h - 14 * mm * s, self.copy_mark)
        c.restoreState()

    def _draw_footer(self, c: rl_canvas.Canvas, page: int, pages: int, section: str | None = None) -> None:
        w, h = self.pagesize
        s = self.scale
        c.saveState()
        number = section or self.number
        if number:  # drawn with the footer: a section's number is known only once its page is laid out
            size = 20 * mm * s
            draw_qr(c, number, w - self._margin - size, h - 25 * mm * s, size)
            c.setFont(FONT, 9 * s)
            c.drawRightString(w - self._margin, h - 30 * mm * s, f"{self.labels['number']}：{number}")
        size = 8 * s
        c.setFont(FONT, size)
        stamp = f"{self.labels['printed']}：{clock.now():%Y-%m-%d %H:%M}"
        if self.operator:
            stamp += f"  {self.labels['operator']}：{self.operator}"
        c.drawRightString(w - self._margin, 8 * mm * s, stamp)
        numbered = self.labels["page"].format(page=page, pages=pages)
        half = pdfmetrics.stringWidth(numbered, FONT, size) / 2
        if w / 2 + half + 6 < w - self._margin - pdfmetrics.stringWidth(stamp, FONT, size):
            c.drawCentredString(w / 2, 8 * mm * s, numbered)
        else:  # a narrow sheet (A6): the page count at the left, clear of the stamp
            c.drawString(self._margin, 8 * mm * s, numbered)
        c.restoreState()

    @property
    def _bottom(self) -> float:
        return 16 * mm * self.scale

    def _fit(self, story: list, slack: float) -> list:
        """The story on one page (its frame, less ``slack`` points): as it is if it fits; else its
        ``shorten`` paragraph cut to the most text that lets everything fit, by bisection, each trial
        measured as the frame lays it out (reportlab's wrap, spaces merged as it merges them); and
        if even the least it keeps does not fit, all of it shrunk to the frame (KeepInFrame)."""
        pad = 6  # SimpleDocTemplate's frame padding, each side
        width = self.pagesize[0] - 2 * self._margin - 2 * pad
        height = self.pagesize[1] - self._top - self._bottom - 2 * pad - slack
        canv = rl_canvas.Canvas(io.BytesIO(), pagesize=self.pagesize, initialFontName=FONT)

        def flat(flowables) -> list:
            return [g for f in flowables for g in (f._content if isinstance(f, KeepTogether) else [f])]

        def fits(flowables) -> bool:
            return _listWrapOn(flat(flowables), width, canv)[1] <= height

        if slack == 0 and fits(story):
            return story
        self.shortened = True
        if self._shorten is None:
            return [KeepInFrame(width, height, flat(story), mode="shrink")]
        para, text, style, mark, keep = self._shorten
        at = next(i for i, f in enumerate(story) if f is para)
        rest = _listWrapOn(flat(story), width, canv)[1] - para.wrapOn(canv, width, height)[1]  # all but it

        def shortened(n: int) -> Paragraph:
            return Paragraph(escape(text[:n].rstrip() + mark).replace("\n", "<br/>"), self.styles[style])

        def cut(n: int) -> list:
            trial = list(story)
            if n < len(text):
                trial[at] = shortened(n)
            return trial

        lo, hi = min(keep, len(text)), len(text) - 1  # the most characters kept
        if not fits(cut(lo)):
            return [KeepInFrame(width, height, flat(cut(lo)), mode="shrink")]
        while lo < hi:  # only the paragraph changes: the rest's height (its spaces too) stays
            mid = (lo + hi + 1) // 2
            if rest + shortened(mid).wrapOn(canv, width, height)[1] <= height:
                lo = mid
            else:
                hi = mid - 1
        return cut(lo)

    def build(self) -> bytes:
        """Render to PDF bytes; sets ``pages`` and ``missing_glyphs``. A ``one_page`` document whose
        story would run over cuts its ``shorten`` paragraph or shrinks (``_fit``; should reportlab's
        layout still differ from the measure, a line's height more until it is one page)."""
        story = [self._p(self.title, "title"), *self.story]
        sig = None if self._signed else self._signature_block()
        if sig is not None:
            story.append(sig)
        self.shortened = False
        if not self.one_page:
            return self._render(story)
        slack = 0.0
        for _ in range(6):
            pdf = self._render(self._fit(story, slack))
            if self.pages <= 1:
                break
            slack += self.styles["body"].leading
        return pdf

    def _render(self, story: list) -> bytes:
        buf = io.BytesIO()
        doc = SimpleDocTemplate(buf, pagesize=self.pagesize, leftMargin=self._margin,
                                rightMargin=self._margin, topMargin=self._top, bottomMargin=self._bottom,
                                title=self.title, author=self.letterhead.company_name or self.letterhead.property_name,
                                subject=self.number or "", creator="Frontdesk")
        pages = []

        def make_canvas(*a, **kw):
            c = _NumberedCanvas(*a, footer=self._draw_footer, **kw)
            pages.append(c)
            return c

        doc.build(story, onFirstPage=self._draw_header, onLaterPages=self._draw_header, canvasmaker=make_canvas)
        self.pages = len(pages[-1]._pages) if pages else 0
        self.missing_glyphs = missing_glyphs("".join(self._texts))
        return buf.getvalue()

    def save(self, path: Path) -> Path:
        """Build and write the PDF through the kernel's checked, atomic writer."""
        from frontdesk.core.files import check_output, write_bytes
        check_output(path)
        return write_bytes(path, self.build())


@dataclass
class SlipPart:
    """One part of a multi-part slip (e.g. a receipt's 存根联 / 收据联 / 记账联)."""

    title: str
    part: str  # e.g. 第二联 收据联 (交付款人)
    fields: list[tuple[str, str]]
    header: list[str]
    rows: list[list[str]]
    widths: list[float]
    right_align: tuple[int, ...] = ()
    total_row: list[str] | None = None
    words_row: str = ""  # a row across the table under the total (合计（大写）…)
    after: list[str] = None  # lines under the table (method …)
    signatures: tuple = ()  # each a label (a line to sign on) or (label, name) printed (经办人：李前台)
    columns: int = 3  # the fields across
    min_rows: int = 0  # the table padded with empty rows to this many (a form to tick by hand)
    row_height_mm: float | None = None  # the body rows' height (room to write), else as the text needs
    sign_space_mm: float = 0  # room above the signatures (to sign in)


def slips(parts: list[SlipPart], letterhead: Letterhead, number: str, page: str = "A4",
          copy_mark: str = "", labels: dict[str, str] | None = None, scale: float | None = None
          ) -> tuple[bytes, set[str]]:
    """All ``parts`` on one page, stacked, with dashed cut lines between them; each part carries
    the letterhead, the number with its QR code, and a seal area. ``scale``: the type's size (1: the
    body 10.5 pt, its cells 9.5 pt), by default as small as three parts on A4 need; the heading grows
    with it. Returns (pdf, missing glyphs)."""
    from reportlab.platypus import Frame

    register_font()
    labels = {"number": "编号", "seal": "（盖章）", **(labels or {})}
    size = PAGE_SIZES[page]
    w, h = size
    n = len(parts)
    margin = 10 * mm
    part_h = (h - 2 * margin) / n
    styles = _styles(scale or (0.8 if n > 1 else 0.9))
    grow = min(1.25, max(1.0, (scale or 0.8) / 0.8))  # the heading's size and room grow with the type
    texts: list[str] = [letterhead.property_name, number, copy_mark]
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=size, initialFontName=FONT)
    c.setTitle(number)
    c.setAuthor(letterhead.company_name or letterhead.property_name)

    def p(text: str, style: str = "cell") -> Paragraph:
        texts.append(text)
        return Paragraph(escape(text).replace("\n", "<br/>"), styles[style])

    for i, part in enumerate(parts):
        top = h - margin - i * part_h
        inner_w = w - 2 * margin
        # heading: property, title and part, number and QR
        c.setFont(FONT, 12 * grow)
        c.drawCentredString(w / 2, top - 6 * mm * grow, letterhead.property_name)
        c.setFont(FONT, 10.5 * grow)
        c.drawCentredString(w / 2, top - 11.5 * mm * grow, f"{part.title}  {part.part}")
        texts += [part.title, part.part]
        c.setFont(FONT, 8.5 * grow)
        c.drawString(margin, top - 11.5 * mm * grow, f"{labels['number']}：{number}")
        if copy_mark:
            c.setFillColor(colors.red)
            c.setFont(FONT, 12 * grow)
            c.drawString(margin, top - 6 * mm * grow, copy_mark)
            c.setFillColor(colors.black)
        qr_size = 15 * mm * grow
        draw_qr(c, number, w - margin - qr_size, top - qr_size - 1 * mm, qr_size)
        # body in a frame
        cells = []
        across = part.columns
        for k in range(0, len(part.fields), across):
            chunk = part.fields[k:k + across]
            cells.append([p(f"{label}：{value}") for label, value in chunk] + [""] * (across - len(chunk)))
        story = []
        if cells:
            grid = Table(cells, colWidths=[inner_w / across] * across)
            grid.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                      ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
            story.append(grid)
        data = [[p(x, "head") for x in part.header]]
        data += [[p(str(v), "cell_r" if j in part.right_align else "cell") for j, v in enumerate(r)] for r in part.rows]
        data += [[""] * len(part.header) for _ in range(part.min_rows - len(part.rows))]
        body = len(data) - 1
        if part.total_row:
            data.append([p(str(v), "cell_r" if j in part.right_align else "cell") for j, v in enumerate(part.total_row)])
        if part.words_row:
            data.append([p(part.words_row)] + [""] * (len(part.header) - 1))
        heights = None if part.row_height_mm is None else \
            [None] + [part.row_height_mm * mm] * body + [None] * (len(data) - 1 - body)
        table = Table(data, colWidths=[f_ * inner_w for f_ in part.widths], rowHeights=heights)
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, -1), FONT),
                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
                 ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
        if part.words_row:
            style.append(("SPAN", (0, -1), (-1, -1)))
        if part.row_height_mm is not None:
            style.append(("VALIGN", (0, 0), (-1, -1), "MIDDLE"))
        table.setStyle(TableStyle(style))
        story += [Spacer(1, 1.5 * mm), table]
        for line in part.after or []:
            story.append(p(line))
        sig = [p(f"{s_[0]}：{s_[1]}" if isinstance(s_, tuple) else f"{s_}：__________") for s_ in part.signatures] + \
            [p(f"{letterhead.company_name}{labels['seal']}", "head")]  # every paper names the company
        sig_table = Table([sig], colWidths=[inner_w / len(sig)] * len(sig))
        sig_table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("TOPPADDING", (0, 0), (-1, -1), 4)]))
        if part.sign_space_mm:
            story.append(Spacer(1, part.sign_space_mm * mm))
        story.append(sig_table)
        frame_h = part_h - 19 * mm * grow
        frame = Frame(margin, top - part_h + 2 * mm, inner_w, frame_h, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0, showBoundary=0)
        frame.addFromList([KeepInFrame(inner_w, frame_h, story, mode="shrink")], c)  # a long list shrinks, never
        # runs off its part
        if i < n - 1:  # the cut line
            c.saveState()
            c.setDash(3, 3)
            c.setLineWidth(0.5)
            c.line(margin / 2, top - part_h, w - margin / 2, top - part_h)
            c.restoreState()
    c.showPage()
    c.save()
    return buf.getvalue(), missing_glyphs("".join(texts))


CARD_W, CARD_H = 85.6 * mm, 54 * mm  # ID-1, the size of a bank card
CARDS_PER_SHEET = 8  # two across, four down on A4


@dataclass(frozen=True)
class Card:
    """One card of a sheet: a title (施工人员出入证), the number (and its QR), lines of text, and a photo
    (PNG or JPEG bytes) where there is one; ``mark`` is printed in red (副本, 已作废)."""

    title: str
    number: str
    lines: tuple[str, ...]
    photo: bytes | None = None
    mark: str = ""


def card_sheet(cards: list[Card], letterhead: Letterhead) -> tuple[bytes, set[str]]:
    """Cards of ID-1 size (85.6 × 54 mm), up to eight on each A4 sheet, two across and four down, with
    cut marks at every corner, to be cut out and laminated: each names the property, its title, its
    number with a QR code, a photo box (the photo, or empty), and its lines. Returns (pdf, missing glyphs)."""
    from reportlab.lib.utils import ImageReader

    register_font()
    w, h = A4
    gap_x, gap_y = 8 * mm, 6 * mm
    left = (w - 2 * CARD_W - gap_x) / 2
    top = (h + 4 * CARD_H + 3 * gap_y) / 2
    texts: list[str] = [letterhead.property_name, letterhead.company_name]
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, initialFontName=FONT)
    c.setTitle(cards[0].number if cards else "")
    c.setAuthor(letterhead.company_name or letterhead.property_name)
    for i, card in enumerate(cards):
        if i and i % CARDS_PER_SHEET == 0:
            c.showPage()
        k = i % CARDS_PER_SHEET
        x = left + (k % 2) * (CARD_W + gap_x)
        y = top - (k // 2 + 1) * CARD_H - (k // 2) * gap_y
        texts += [card.title, card.number, card.mark, *card.lines]
        c.saveState()
        c.setLineWidth(0.3)
        c.setStrokeColor(colors.grey)
        for cx, cy in ((x, y), (x + CARD_W, y), (x, y + CARD_H), (x + CARD_W, y + CARD_H)):  # cut marks
            sx = -1 if cx == x else 1
            sy = -1 if cy == y else 1
            c.line(cx + sx * 1 * mm, cy, cx + sx * 4 * mm, cy)
            c.line(cx, cy + sy * 1 * mm, cx, cy + sy * 4 * mm)
        c.setDash(1, 2)
        c.rect(x, y, CARD_W, CARD_H)
        c.restoreState()
        pad = 3 * mm
        c.setFont(FONT, 8)
        c.drawString(x + pad, y + CARD_H - pad - 7, letterhead.property_name)
        c.setFont(FONT, 11)
        c.drawString(x + pad, y + CARD_H - pad - 20, card.title)
        c.setFont(FONT, 8.5)
        c.drawRightString(x + CARD_W - pad, y + CARD_H - pad - 20, card.number)
        qr = 16 * mm  # bottom right, below the lines
        draw_qr(c, card.number, x + CARD_W - pad - qr, y + pad, qr)
        photo_w, photo_h = 20 * mm, 25 * mm
        px, py = x + pad, y + pad + 3 * mm
        c.saveState()
        c.setLineWidth(0.4)
        c.rect(px, py, photo_w, photo_h)
        c.restoreState()
        if card.photo:
            c.drawImage(ImageReader(io.BytesIO(card.photo)), px, py, photo_w, photo_h, preserveAspectRatio=True,
                        anchor="c", mask="auto")
        line_y, line_x = y + CARD_H - pad - 34, px + photo_w + 2.5 * mm
        room = x + CARD_W - pad - line_x
        for line in card.lines:  # a long line is drawn smaller, never past the card's edge
            c.setFont(FONT, min(8.0, 8.0 * room / max(c.stringWidth(line, FONT, 8), 1)))
            c.drawString(line_x, line_y, line)
            line_y -= 10.5
        if card.mark:
            c.saveState()
            c.setFillColor(colors.red)
            c.setFont(FONT, 12)
            c.drawRightString(x + CARD_W - pad, y + CARD_H - pad - 8, card.mark)
            c.restoreState()
        c.setFont(FONT, 6)
        c.drawString(x + pad, y + 1.2 * mm, letterhead.company_name)
    c.showPage()
    c.save()
    return buf.getvalue(), missing_glyphs("".join(t for t in texts if t))
