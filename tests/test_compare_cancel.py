"""Cancelling a comparison: it stops between two articles while preparing and between
two pairs while aligning, not only while a model translates."""

from __future__ import annotations

import threading
from collections import OrderedDict

import pytest

import desktop.core.align as align_module
import desktop.services.compare as compare
from desktop.core.errors import UserError

WAIT = 10  # seconds a held piece of work waits at most for the test


@pytest.fixture
def fresh_cache(monkeypatch):
    """An empty cache of prepared articles, so what a run prepares is seen."""
    cache: OrderedDict = OrderedDict()
    monkeypatch.setattr(compare, "_prepared", cache)
    return cache


def counted(monkeypatch, module, name):
    """Count the calls of ``module.name`` (their first arguments, or the two after it)."""
    calls = []
    real = getattr(module, name)

    def spy(*arguments):
        calls.append(arguments[0].id if name == "prepare" else arguments[1:3])
        return real(*arguments)

    monkeypatch.setattr(module, name, spy)
    return calls


def cancelled_comparison(corpus, cancelled):
    """Compare the articles, cancelled when ``cancelled()`` says so: the steps heard."""
    steps = []
    with pytest.raises(UserError, match="cancelled"):
        compare.compare_documents([d.id for d in corpus], "en", translate=False, cancelled=cancelled,
                                  steps=lambda stage, done, total: steps.append((stage, done, total)))
    return steps


def test_cancelling_while_preparing_stops_before_the_next_article_and_keeps_only_whole_ones(
        corpus, fresh_cache, monkeypatch):
    prepared = counted(monkeypatch, compare, "prepare")
    steps = cancelled_comparison(corpus, lambda: len(prepared) >= 1)
    assert prepared == [corpus[0].id]  # the person cancelled during the first article
    assert steps == [("preparing", 0, 3)]  # and nothing was aligned
    assert [key[0] for key in fresh_cache] == [corpus[0].id]
    # What was kept is whole: the next comparison uses it and finds what a fresh one finds.
    again = compare.compare_documents([d.id for d in corpus], "en", translate=False)
    fresh_cache.clear()
    assert again.alignment == compare.compare_documents([d.id for d in corpus], "en", translate=False).alignment


def test_cancelling_while_aligning_stops_before_the_next_pair(corpus, monkeypatch):
    aligned = counted(monkeypatch, align_module, "_align_pair")
    steps = cancelled_comparison(corpus, lambda: len(aligned) >= 1)
    assert aligned == [(0, 1)]  # three articles are three pairs; one was aligned
    assert steps == [("preparing", 0, 3), ("preparing", 1, 3), ("preparing", 2, 3), ("preparing", 3, 3),
                     ("aligning", 0, 3)]


def test_a_whole_comparison_reports_every_article_and_pair(corpus):
    steps = []
    compare.compare_documents([d.id for d in corpus], "en", translate=False,
                              steps=lambda stage, done, total: steps.append((stage, done)))
    assert steps == [("preparing", k) for k in range(4)] + [("aligning", k) for k in range(4)]


class HeldPairs:
    """The aligner's pairs, counted; the first waits until the test lets it go on."""

    def __init__(self, monkeypatch) -> None:
        self.aligned: list[tuple[int, int]] = []
        self.held, self.gate = threading.Event(), threading.Event()
        self._real = align_module._align_pair
        monkeypatch.setattr(align_module, "_align_pair", self._pair)

    def _pair(self, views, x, y, params):
        self.aligned.append((x, y))
        if len(self.aligned) == 1:
            self.held.set()
            self.gate.wait(WAIT)
        return self._real(views, x, y, params)


@pytest.fixture
def pairs(monkeypatch):
    held = HeldPairs(monkeypatch)
    yield held
    held.gate.set()


def test_compare_mode_turned_off_while_comparing_stops_and_says_no_error(corpus, window, qtbot, pairs):
    controller = window.compare
    controller.set_on(True)
    qtbot.waitUntil(pairs.held.is_set, timeout=WAIT * 1000)
    controller.set_on(False)  # the person turns Compare off during the first pair
    pairs.gate.set()
    qtbot.waitUntil(lambda: not controller.busy(), timeout=WAIT * 1000)
    assert pairs.aligned == [(0, 1)]  # stopped before the second pair
    assert controller.error == "" and controller.comparison is None
    assert "could not" not in controller.bar.status_label.text()
    controller.set_on(True)  # and comparing again gives the whole comparison
    qtbot.waitUntil(lambda: controller.comparison is not None and not controller.busy(), timeout=WAIT * 2000)
    status = controller.bar.status_label.text()
    assert controller.error == "" and "compared" in status.lower() and "could not" not in status
    assert set(controller.comparison.alignment.documents) == {d.id for d in corpus}
    assert len(pairs.aligned) == 4


def test_a_comparison_made_stale_by_a_closed_pane_stops_and_the_open_ones_are_compared(window, qtbot, pairs):
    controller = window.compare
    controller.set_on(True)
    qtbot.waitUntil(pairs.held.is_set, timeout=WAIT * 1000)
    window.close_pane(window.panes()[-1])  # Compare mode recomputes soon after
    qtbot.waitUntil(lambda: not controller._recompute_timer.isActive(), timeout=WAIT * 1000)
    pairs.gate.set()
    qtbot.waitUntil(lambda: controller.comparison is not None and not controller.busy(), timeout=WAIT * 1000)
    # One pair of the three of the stale run, then the one pair of the two articles left.
    assert len(pairs.aligned) == 2
    assert len(controller.comparison.alignment.documents) == 2 and controller.error == ""
