"""The one database worker (DESIGN.md §3, after Anki's taskman): every call into the operations
layer runs on a single background thread, in order, and its result comes back to the GUI thread
by signal. The window never waits on the database.

    worker.submit(ops.stakeholder_detail, db, some_id, on_done=self.show_detail)

Long jobs take a :class:`Job` as keyword ``job`` when submitted with ``long=True``: they report
progress with ``job.progress(done, total, text)`` and check ``job.cancelled`` (or call
``job.check()``, which raises :class:`Cancelled`) between steps.

A read-only job submitted with ``interrupt=db`` has its query stopped when it is cancelled while
running (a newer sort or keystroke made it useless); it then ends as :class:`Cancelled`.

Reads the officer did not ask for (a filter's choices, the saved searches) are submitted with
``background=True``: they run when no other job waits and none has for ``BACKGROUND_PAUSE``
seconds, so that a click is never queued behind them and a burst of keystrokes, sorts or
scrolling is not interleaved with them. One with ``interrupt=db`` too is stopped when the
officer's next job comes while it reads, and runs again later. Other jobs run in the order
submitted.

Callbacks whose object is a Qt object deleted meanwhile (a closed dialog) are skipped, and after
:meth:`DbWorker.stop` none are called: results of work queued before the window closed go nowhere.
"""

from __future__ import annotations

import threading
import time
import traceback
import weakref
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

_LIVE: weakref.WeakSet = weakref.WeakSet()


def live_workers() -> list[DbWorker]:
    """Workers whose thread still runs (tests check that none is left behind)."""
    return [w for w in list(_LIVE) if w.running]


_RUNNING = threading.Lock()  # a job's start and end on the worker, against its cancel elsewhere

# Background reads wait until the officer's work has paused this long (s): keystrokes come 0.1-0.3 s
# apart and a sort, filter or page read follows a list's first page at once; a background read
# that starts meanwhile holds them up for its whole length (most of it Python, which no interrupt
# stops, competing with the window's thread for the interpreter).
BACKGROUND_PAUSE = 0.25


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
    background: bool = False
    interrupt: Any = None  # the Database whose read this job's cancel may stop (read-only jobs)
    _cancel: threading.Event = field(default_factory=threading.Event)
    _reporter: Any = None
    _thread: int | None = None  # the worker thread's id while the job runs
    _preempted: bool = False  # a background read stopped for the officer's job: to run again

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Not run when still queued; a read-only job already running (``interrupt``) has its
        query stopped, so that the newer one the officer asked for need not wait for it."""
        self._cancel.set()
        if self.interrupt is not None:
            with _RUNNING:  # only while this very job runs: never another job's query
                if self._thread is not None:
                    from database import ops

                    ops.interrupt_reads(self.interrupt, self._thread)

    def preempt(self) -> None:
        """A background read-only job running now (``interrupt``) gives way to the officer's job:
        its query is stopped and the job runs again later. Python work between its queries is not
        stopped; without a query under way this does nothing and the job ends normally."""
        with _RUNNING:
            if self._thread is not None and self.interrupt is not None:
                from database import ops

                self._preempted = ops.interrupt_reads(self.interrupt, self._thread) or self._preempted

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int, text: str = "") -> None:
        if self._reporter is not None:
            self._reporter.progressed.emit(self, done, total, text)
        self.check()


class _Queue:
    """The worker's jobs: the officer's first, in the order submitted; background reads once none
    is waiting and ``BACKGROUND_PAUSE`` has passed since the last of them; after :meth:`stop`,
    the end (``None``) once both are empty (queued writes are never dropped)."""

    def __init__(self):
        self._ready = threading.Condition()
        self._jobs: deque[Job] = deque()
        self._background: deque[Job] = deque()
        self._stopping = False
        self._quiet_since = 0.0  # when the officer's last job ended (time.monotonic)

    def put(self, job: Job) -> None:
        with self._ready:
            (self._background if job.background else self._jobs).append(job)
            self._ready.notify()

    def put_back(self, job: Job) -> None:
        """A preempted background job, first of its kind again."""
        with self._ready:
            self._background.appendleft(job)
            self._ready.notify()

    def stop(self) -> None:
        with self._ready:
            self._stopping = True
            self._ready.notify()

    def done(self, job: Job) -> None:
        if not job.background:
            with self._ready:
                self._quiet_since = time.monotonic()

    def get(self) -> Job | None:
        with self._ready:
            while True:
                if self._jobs:
                    return self._jobs.popleft()
                if self._background:
                    wait = self._quiet_since + BACKGROUND_PAUSE - time.monotonic()
                    if wait <= 0 or self._stopping:
                        return self._background.popleft()
                    self._ready.wait(wait)
                elif self._stopping:
                    return None
                else:
                    self._ready.wait()


class _Runner(QThread):
    """The worker thread itself; its signals reach the GUI thread queued."""

    finished_job = Signal(object, object)  # job, result
    failed = Signal(object, object, str)  # job, exception, traceback text
    progressed = Signal(object, int, int, str)

    def __init__(self, jobs: _Queue):
        super().__init__()
        self.setObjectName("ris3desk-database")
        self._jobs = jobs
        self.current: Job | None = None  # the job running now (read by the GUI thread to preempt it)

    def run(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            if job.cancelled:
                self.failed.emit(job, Cancelled(), "")
                continue
            job._reporter = self
            with _RUNNING:
                job._thread = threading.get_ident()
                self.current = job
            try:
                kwargs = dict(job.kwargs, job=job) if job.long else job.kwargs
                result = job.fn(*job.args, **kwargs)
            except BaseException as e:  # noqa: BLE001 - every failure goes back to the GUI
                with _RUNNING:
                    job._thread, self.current = None, None
                    preempted, job._preempted = job._preempted, False
                if job.cancelled and job.interrupt is not None:
                    # a query interrupted on purpose (a read-only job cancelled) is no failure
                    self.failed.emit(job, Cancelled(), traceback.format_exc())
                elif preempted:
                    self._jobs.put_back(job)  # stopped for the officer's job: again later
                else:
                    self.failed.emit(job, e, traceback.format_exc())
            else:
                with _RUNNING:
                    job._thread, self.current = None, None
                    job._preempted = False
                self.finished_job.emit(job, result)
            self._jobs.done(job)


def _pump() -> None:
    """Deliver what is waiting without an event loop running (tests, start-up). processEvents
    alone can leave a result posted from the worker thread undelivered until a real event loop
    runs; sendPostedEvents delivers it."""
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents()
    time.sleep(0.002)


def _alive(callback) -> bool:
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class DbWorker(QObject):
    """Runs submitted calls one at a time on its own thread."""

    busy_changed = Signal(bool)
    error = Signal(object, str)  # an exception no on_error handled, and its traceback

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._jobs = _Queue()
        self._pending = 0
        self._open: dict[int, Job] = {}
        self._stopped = False
        self._runner = _Runner(self._jobs)
        self._runner.finished_job.connect(self._finished)
        self._runner.failed.connect(self._failed)
        self._runner.progressed.connect(self._progressed)
        self._runner.start()
        _LIVE.add(self)

    def submit(self, fn: Callable, *args, on_done=None, on_error=None, on_progress=None,
               long: bool = False, background: bool = False, interrupt=None, **kwargs) -> Job:
        job = Job(fn, args, kwargs, on_done, on_error, on_progress, long, background, interrupt)
        if self._stopped:
            job.cancel()
            return job
        self._pending += 1
        self._open[id(job)] = job
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._jobs.put(job)
        running = self._runner.current
        if not background and running is not None and running.background:
            running.preempt()  # the officer's job need not wait for a read nobody asked for
        return job

    def open_jobs(self) -> list[str]:
        """What is queued or running (names of the functions), for diagnostics."""
        return [getattr(job.fn, "__qualname__", repr(job.fn)) for job in self._open.values()]

    @property
    def busy(self) -> bool:
        return self._pending > 0

    @property
    def running(self) -> bool:
        return shiboken6.isValid(self._runner) and self._runner.isRunning()

    def set_author(self, name: str | None) -> None:
        """Who the history names for the edits that follow. The author is a context variable of
        the data layer, so it is set on the worker's own thread."""
        from database import ops

        self.submit(ops.current_author.set, (name or "").strip() or None)

    def _settle(self, job: Job) -> None:
        self._open.pop(id(job), None)
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)

    @Slot(object, object)
    def _finished(self, job: Job, result) -> None:
        self._settle(job)
        if job.on_done is not None and not self._stopped and _alive(job.on_done):
            job.on_done(result)

    @Slot(object, object, str)
    def _failed(self, job: Job, exc, tb: str) -> None:
        self._settle(job)
        if self._stopped:
            return
        if job.on_error is not None:
            if _alive(job.on_error):
                job.on_error(exc)
        elif not isinstance(exc, Cancelled):
            self.error.emit(exc, tb)

    @Slot(object, int, int, str)
    def _progressed(self, job: Job, done: int, total: int, text: str) -> None:
        if job.on_progress is not None and not job.cancelled and _alive(job.on_progress):
            job.on_progress(done, total, text)

    def call(self, fn: Callable, *args, timeout: float = 30.0, **kwargs):
        """Run on the worker and wait (for tests and start-up only, never from a GUI slot)."""
        box: dict = {}
        self.submit(fn, *args, on_done=lambda r: box.setdefault("r", r),
                    on_error=lambda e: box.setdefault("e", e), **kwargs)
        end = time.monotonic() + timeout
        while "r" not in box and "e" not in box and time.monotonic() < end:
            _pump()
        if "e" in box:
            raise box["e"]
        if "r" not in box:
            raise TimeoutError(f"the database worker did not answer within {timeout:g} s")
        return box["r"]

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Let queued work finish and its results arrive (tests). True when idle."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            while self._pending and time.monotonic() < end:
                _pump()
            QCoreApplication.processEvents()  # results delivered may ask for more (a list painted)
            if not self._pending:
                return True
        return not self._pending

    def stop(self) -> None:
        """Finish queued work (writes are never dropped) and end the thread (on close)."""
        self._stopped = True
        if self.running:
            self._jobs.stop()
            self._runner.wait(60_000)


class LatestOnly(QObject):
    """Runs a query as one types without queueing every keystroke: while one call is on the
    worker, newer requests replace each other and only the last one runs next."""

    def __init__(self, worker: DbWorker, parent: QObject | None = None):
        super().__init__(parent)
        self._worker = worker
        self._running = False
        self._next: tuple | None = None
        self._job: Job | None = None  # the one on the worker

    def request(self, fn: Callable, *args, on_done: Callable, on_error: Callable | None = None,
                interrupt=None) -> None:
        """``interrupt``: the Database of a read-only ``fn``, whose running query a newer request
        then stops instead of waiting for its useless result."""
        self._next = (fn, args, on_done, on_error, interrupt)
        if not self._running:
            self._start()
        elif self._job is not None and interrupt is not None:
            self._job.cancel()

    def _start(self) -> None:
        fn, args, on_done, on_error, interrupt = self._next
        self._next = None
        self._running = True

        def done(result, on_done=on_done):
            self._settle()
            if _alive(on_done):
                on_done(result)

        def failed(exc, on_error=on_error):
            self._settle()
            if on_error is not None and not isinstance(exc, Cancelled) and _alive(on_error):
                on_error(exc)

        self._job = self._worker.submit(fn, *args, on_done=done, on_error=failed, interrupt=interrupt)

    def _settle(self) -> None:
        self._running = False
        if self._next is not None and shiboken6.isValid(self):
            self._start()

    @property
    def busy(self) -> bool:
        return self._running
