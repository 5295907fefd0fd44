"""Reading ink out of rendered widgets, for tests that assert what a person sees."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget


def gray(widget: QWidget) -> np.ndarray:
    """The widget's pixels as a 2-D array of grey levels (0 = black)."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = image.width(), image.height()
    buffer = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.bytesPerLine() * height)
    return buffer.reshape(height, image.bytesPerLine())[:, :width].copy()


def text_lines(pixels: np.ndarray, threshold: int = 140) -> list[tuple[int, int, int, int]]:
    """Bands of rows that hold ink, each as (top, bottom, leftmost ink x, rightmost ink x)."""
    ink = pixels < threshold
    rows = ink.any(axis=1)
    lines = []
    top = None
    for y, has_ink in enumerate(list(rows) + [False]):
        if has_ink and top is None:
            top = y
        elif not has_ink and top is not None:
            columns = np.flatnonzero(ink[top:y].any(axis=0))
            if y - top >= 4:
                lines.append((top, y, int(columns[0]), int(columns[-1])))
            top = None
    return lines
