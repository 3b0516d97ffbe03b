"""A signature pad on screen: the signer draws with the mouse, a pen (tablet) or a finger (touch
screen); ``png()`` gives the strokes as a PNG (black on white, cropped to what was drawn) to store
with the movement signed and to print on its paper. No task."""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent=None, hint: str = "") -> None:
        super().__init__(parent)
        self.hint = hint
        self.strokes: list[list[QPointF]] = []
        self.setMinimumSize(300, 100)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setCursor(Qt.CursorShape.CrossCursor)

    # ---- drawing ---------------------------------------------------------------------------------
    def _start(self, p: QPointF) -> None:
        self.strokes.append([p])
        self.update()

    def _extend(self, p: QPointF) -> None:
        if self.strokes:
            self.strokes[-1].append(p)
            self.update()

    def _end(self) -> None:
        self.changed.emit()

    def mousePressEvent(self, e):  # noqa: N802 - Qt's names
        if e.button() == Qt.MouseButton.LeftButton:
            self._start(e.position())

    def mouseMoveEvent(self, e):  # noqa: N802
        if e.buttons() & Qt.MouseButton.LeftButton:
            self._extend(e.position())

    def mouseReleaseEvent(self, e):  # noqa: N802
        if e.button() == Qt.MouseButton.LeftButton:
            self._extend(e.position())
            self._end()

    def tabletEvent(self, e):  # noqa: N802 - a pen: the same strokes
        kind = e.type()
        if kind == QEvent.Type.TabletPress:
            self._start(e.position())
        elif kind == QEvent.Type.TabletMove and e.pressure() > 0:
            self._extend(e.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        e.accept()

    def event(self, e):
        kind = e.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            points = e.points()
            if points:
                p = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self._start(p)
                else:
                    self._extend(p)
                if kind == QEvent.Type.TouchEnd:
                    self._end()
            e.accept()
            return True
        return super().event(e)

    def paintEvent(self, _e):  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        p.setPen(QPen(QColor("#98a2b3"), 1, Qt.PenStyle.DashLine))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        base = self.height() - 22
        p.drawLine(12, base, self.width() - 12, base)
        if not self.strokes and self.hint:
            p.setPen(QColor("#98a2b3"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.hint)
        p.setPen(QPen(QColor("black"), 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                      Qt.PenJoinStyle.RoundJoin))
        p.drawPath(self._path())

    def _path(self, dx: float = 0, dy: float = 0) -> QPainterPath:
        path = QPainterPath()
        for stroke in self.strokes:
            path.moveTo(stroke[0].x() - dx, stroke[0].y() - dy)
            for q in stroke[1:]:
                path.lineTo(q.x() - dx, q.y() - dy)
            if len(stroke) == 1:  # a dot
                path.lineTo(stroke[0].x() - dx + 0.5, stroke[0].y() - dy)
        return path

    # ---- what it gives ---------------------------------------------------------------------------
    def is_empty(self) -> bool:
        """Nothing drawn worth calling a signature (a stray click is not one)."""
        return sum(len(s) for s in self.strokes) < 3

    def clear(self) -> None:
        self.strokes = []
        self.update()
        self.changed.emit()

    def png(self) -> bytes | None:
        """The signature as a PNG: black strokes on white, cropped to what was drawn (with a margin)."""
        if self.is_empty():
            return None
        box: QRectF = self._path().boundingRect().adjusted(-8, -8, 8, 8)
        image = QImage(max(int(box.width()), 1), max(int(box.height()), 1), QImage.Format.Format_Grayscale8)
        image.fill(QColor("white"))
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(QColor("black"), 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                      Qt.PenJoinStyle.RoundJoin))
        p.drawPath(self._path(box.x(), box.y()))
        p.end()
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buf, "PNG")
        buf.close()
        return bytes(data)


class SignatureField(QWidget):
    """A pad with its 重签 (clear) button, to put in a form where a placeholder widget stands."""

    def __init__(self, placeholder: QWidget, hint: str, clear_text: str) -> None:
        super().__init__(placeholder)
        self.pad = SignaturePad(self, hint)
        self.again = QPushButton(clear_text, self)
        self.again.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab passes the pad by: it is drawn on, not typed
        self.again.clicked.connect(self.pad.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.pad, 1)
        column = QVBoxLayout()
        column.addWidget(self.again)
        column.addStretch(1)
        row.addLayout(column)
        holder = QVBoxLayout(placeholder)
        holder.setContentsMargins(0, 0, 0, 0)
        holder.addWidget(self)
