"""The one database worker (DESIGN.md §3, after Anki's taskman): every call into the operations
layer runs on a single background thread, in order, and its result comes back to the GUI thread
by signal. The window never waits on the database.

    worker.submit(ops.stakeholder_detail, db, some_id, on_done=self.show_detail)

Long jobs take a :class:`Job` as keyword ``job`` when submitted with ``long=True``: they report
progress with ``job.progress(done, total, text)`` and check ``job.cancelled`` (or call
``job.check()``, which raises :class:`Cancelled`) between steps.
"""

from __future__ import annotations

import queue
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot


class Cancelled(Exception):
    """Raised inside a long job when the officer pressed Cancel; the job's transaction rolls back."""


@dataclass
class Job:
    fn: Callable
    args: tuple
    kwargs: dict
    on_done: Callable[[Any], None] | None = None
    on_error: Callable[[BaseException], None] | None = None
    on_progress: Callable[[int, int, str], None] | None = None
    long: bool = False
    _cancel: threading.Event = field(default_factory=threading.Event)
    _reporter: Any = None

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int, text: str = "") -> None:
        if self._reporter is not None:
            self._reporter.progressed.emit(self, done, total, text)
        self.check()


class _Runner(QThread):
    """The worker thread itself; its signals reach the GUI thread queued."""

    finished_job = Signal(object, object)  # job, result
    failed = Signal(object, object, str)  # job, exception, traceback text
    progressed = Signal(object, int, int, str)

    def __init__(self, jobs: queue.Queue):
        super().__init__()
        self.setObjectName("ris3desk-database")
        self._jobs = jobs

    def run(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            if job.cancelled:
                self.failed.emit(job, Cancelled(), "")
                continue
            job._reporter = self
            try:
                kwargs = dict(job.kwargs, job=job) if job.long else job.kwargs
                result = job.fn(*job.args, **kwargs)
            except BaseException as e:  # noqa: BLE001 - every failure goes back to the GUI
                self.failed.emit(job, e, traceback.format_exc())
            else:
                self.finished_job.emit(job, result)


class DbWorker(QObject):
    """Runs submitted calls one at a time on its own thread."""

    busy_changed = Signal(bool)
    error = Signal(object, str)  # an exception no on_error handled, and its traceback

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._jobs: queue.Queue = queue.Queue()
        self._pending = 0
        self._runner = _Runner(self._jobs)
        self._runner.finished_job.connect(self._finished)
        self._runner.failed.connect(self._failed)
        self._runner.progressed.connect(self._progressed)
        self._runner.start()

    def submit(self, fn: Callable, *args, on_done=None, on_error=None, on_progress=None,
               long: bool = False, **kwargs) -> Job:
        job = Job(fn, args, kwargs, on_done, on_error, on_progress, long)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._jobs.put(job)
        return job

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def _settle(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)

    @Slot(object, object)
    def _finished(self, job: Job, result) -> None:
        self._settle()
        if job.on_done is not None:
            job.on_done(result)

    @Slot(object, object, str)
    def _failed(self, job: Job, exc, tb: str) -> None:
        self._settle()
        if job.on_error is not None:
            job.on_error(exc)
        elif not isinstance(exc, Cancelled):
            self.error.emit(exc, tb)

    @Slot(object, int, int, str)
    def _progressed(self, job: Job, done: int, total: int, text: str) -> None:
        if job.on_progress is not None and not job.cancelled:
            job.on_progress(done, total, text)

    def call(self, fn: Callable, *args, timeout: float = 30.0, **kwargs):
        """Run on the worker and wait (for tests and shutdown only, never from a GUI slot)."""
        box: dict = {}
        self.submit(fn, *args, on_done=lambda r: box.setdefault("r", r),
                    on_error=lambda e: box.setdefault("e", e), **kwargs)
        end = time.monotonic() + timeout
        while "r" not in box and "e" not in box and time.monotonic() < end:
            QCoreApplication.processEvents()
            time.sleep(0.002)
        if "e" in box:
            raise box["e"]
        return box.get("r")

    def stop(self) -> None:
        """Finish queued work and end the thread (on close)."""
        if self._runner.isRunning():
            self._jobs.put(None)
            self._runner.wait(30_000)
