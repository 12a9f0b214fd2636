"""Long work off the GUI thread (CONVENTIONS §5).

`TaskRunner` runs plain functions on a one-thread `QThreadPool`, so work on one database is
serialised and each sqlite3 reader connection stays on its thread. A `Task` reports back on
the GUI thread through `result`, `error`, `progress` and `finished` signals.

`progress_dialog.DialogProgress` shows a Task's (or any worker's) progress in a dialog.
"""

from __future__ import annotations

import sys
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class Task(QObject):
    """The GUI-thread end of one job.

    The worker emits only the private `_outcome` signal, whose receiver is this object's slot,
    so Qt queues it to the GUI thread; the public signals are then emitted there, and every
    handler (bound method or lambda alike) runs on the GUI thread.
    """

    result = Signal(object)
    error = Signal(object)  # the exception
    progress = Signal(int, int, str)
    finished = Signal()
    _outcome = Signal(bool, object)
    _reported = Signal(int, int, str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.done = False
        self.cancel_requested = False
        self._outcome.connect(self._deliver)
        self._reported.connect(self._relay_progress)

    # The Progress protocol, for functions submitted with with_progress=True.
    def report(self, done: int, total: int, message: str = "") -> None:
        self._reported.emit(done, total, message)

    @property
    def cancelled(self) -> bool:
        return self.cancel_requested

    def cancel(self) -> None:
        self.cancel_requested = True

    @Slot(int, int, str)
    def _relay_progress(self, done: int, total: int, message: str) -> None:
        self.progress.emit(done, total, message)

    @Slot(bool, object)
    def _deliver(self, ok: bool, payload: object) -> None:
        self.done = True
        if ok:
            self.result.emit(payload)
        else:
            self.error.emit(payload)
        self.finished.emit()


class _Job(QRunnable):
    def __init__(self, task: Task, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        super().__init__()
        self.task = task
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self) -> None:
        task = self.task
        try:
            value = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # reported to the GUI, never lost in the pool
            if not _expected(exc):
                traceback.print_exception(exc, file=sys.stderr)
            task._outcome.emit(False, exc)
        else:
            task._outcome.emit(True, value)


def _expected(exc: BaseException) -> bool:
    """Errors with a message meant for the user need no traceback on stderr."""
    names = {cls.__name__ for cls in type(exc).__mro__}
    return bool(names & {"DatabaseError", "DomainError", "Cancelled"})


class _Pending:
    """The result of one call on the side lane; `result()` waits for it."""

    def __init__(self) -> None:
        self._done = threading.Event()
        self._value: Any = None
        self._error: BaseException | None = None

    def set(self, value: Any, error: BaseException | None) -> None:
        self._value, self._error = value, error
        self._done.set()

    def result(self) -> Any:
        self._done.wait()
        if self._error is not None:
            raise self._error
        return self._value


class SideLane:
    """One more long-lived thread, for a read that can overlap the job on the runner's thread.

    sqlite3 releases the GIL while a query runs, so two reads on two cores take the time of
    the longer one. Long-lived, so that each database Reader keeps one connection for it.
    """

    def __init__(self) -> None:
        from queue import SimpleQueue  # off the start-up path: the lane is made on first use

        self._queue: SimpleQueue[tuple[Callable[..., Any], tuple[Any, ...], _Pending] | None] = (
            SimpleQueue()
        )
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def call(self, fn: Callable[..., Any], *args: Any) -> _Pending:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._serve, name="ramstein-side-lane",
                                                daemon=True)
                self._thread.start()
        pending = _Pending()
        self._queue.put((fn, args, pending))
        return pending

    def _serve(self) -> None:
        while (item := self._queue.get()) is not None:
            fn, args, pending = item
            try:
                pending.set(fn(*args), None)
            except BaseException as exc:
                pending.set(None, exc)

    def close(self) -> None:
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            self._queue.put(None)
            thread.join()


class TaskRunner(QObject):
    """A one-thread pool for one window. `submit()` from the GUI thread only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # keep the thread: its sqlite3 connection lives on it
        self._running: set[Task] = set()
        self._closed = False
        self._side: SideLane | None = None

    @property
    def side(self) -> SideLane:
        """A second thread for reads that may overlap the pool's job (created on first use)."""
        if self._side is None:
            self._side = SideLane()
        return self._side

    def submit(
        self,
        name: str,
        fn: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        with_progress: bool = False,
        **kwargs: Any,
    ) -> Task:
        """Run fn(*args, **kwargs) on the pool thread; with_progress passes progress=task.

        After shutdown() nothing runs any more: a late result arriving after the window closed
        must not start work that the pool's destructor would then wait for (with the GIL held).
        """
        task = Task(name, self)
        if self._closed:
            return task
        if with_progress:
            kwargs["progress"] = task
        if on_result is not None:
            task.result.connect(on_result)
        if on_error is not None:
            task.error.connect(on_error)
        task.finished.connect(lambda: self._forget(task))
        self._running.add(task)
        self._pool.start(_Job(task, fn, args, kwargs))
        return task

    def _forget(self, task: Task) -> None:
        self._running.discard(task)
        task.deleteLater()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until queued and running jobs are done; False on timeout.

        QThreadPool.waitForDone() would keep the GIL while it blocks, and a job that needs the
        GIL to finish (every Python job does) would then never finish: poll and sleep instead.
        """
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        while not self._pool.waitForDone(0):
            if deadline is not None and time.monotonic() > deadline:
                return False
            time.sleep(0.005)  # releases the GIL
        return True

    def shutdown(self) -> None:
        """Refuse new jobs, drop those that have not started and wait for the running one."""
        self._closed = True
        self._pool.clear()
        self.wait()
        if self._side is not None:
            self._side.close()
