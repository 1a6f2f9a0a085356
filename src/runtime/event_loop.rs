//! The event loop as plain data: a FIFO of ready callbacks, a timer heap and
//! a clock. `notes/ASYNCIO.md` pins down the orderings this reproduces.

use super::clock::Clock;
use super::future::Future;
use crate::vm::exception::Exception;
use crate::vm::heap::{Ref, alloc};
use crate::vm::value::Value;
use std::cell::Cell;
use std::collections::VecDeque;

/// Something the loop runs: a ready-queue entry or a future's done-callback.
#[derive(Clone)]
pub enum Callback {
    /// Run a task's next step, sending it a value or throwing an exception in.
    Step { task: Ref<Future>, resume: Resume },
    /// A parked task's wake-up: its awaited future is done.
    Wakeup {
        task: Ref<Future>,
        awaited: Ref<Future>,
    },
    /// `future.set_result(value)` unless the future was cancelled (`sleep`'s timer).
    SetResultUnlessCancelled { future: Ref<Future>, value: Value },
    /// A `gather` child finished.
    GatherChild {
        outer: Ref<Future>,
        child: Ref<Future>,
    },
    /// `run_until_complete`'s stop when its future is done.
    Stop,
    /// A script callable with its arguments (`call_soon(print, "x")`, `add_done_callback`),
    /// skipped if its handle's flag was set by `cancel()`.
    Call {
        func: Value,
        args: Vec<Value>,
        cancelled: Option<Ref<Cell<bool>>>,
    },
}

/// What a task's step receives at its await point.
#[derive(Clone)]
pub enum Resume {
    Start,
    Value(Value),
    Throw(Ref<Exception>),
}

struct Timer {
    when: f64,
    /// Equal deadlines: timers made from "now + delay" order after earlier ones.
    tiebreak: u64,
    cancelled: Ref<Cell<bool>>,
    callback: Callback,
}

impl Timer {
    /// Deadlines compare at the clock's resolution (1 ns), so that `0.1 + 0.2`
    /// and `0.3` tie and the tie-break decides, as the real clock's lag would.
    fn key(&self) -> (i64, u64) {
        ((self.when * 1e9).round() as i64, self.tiebreak)
    }
}

pub struct EventLoop {
    pub ready: VecDeque<Callback>,
    timers: Vec<Timer>,
    ncancelled: usize,
    pub clock: Clock,
    pub stopping: bool,
    pub running: bool,
    sequence: u64,
    /// Tasks in creation order, weakly: pending ones are kept alive by the
    /// callbacks that will wake them. Done and freed entries are dropped in
    /// batches (see `add_task`).
    tasks: Vec<crate::vm::heap::WeakRef<Future>>,
    /// `tasks.len()` at which the next compaction runs.
    compact_at: usize,
}

impl EventLoop {
    pub fn new(clock: Clock) -> EventLoop {
        EventLoop {
            ready: VecDeque::new(),
            timers: Vec::new(),
            ncancelled: 0,
            clock,
            stopping: false,
            running: false,
            sequence: 0,
            tasks: Vec::new(),
            compact_at: 64,
        }
    }

    /// Registers a new task; amortized O(1).
    pub fn add_task(&mut self, task: &Ref<Future>) {
        if self.tasks.len() >= self.compact_at {
            self.tasks
                .retain(|t| t.upgrade().is_some_and(|t| !t.done()));
            self.compact_at = (self.tasks.len() * 2).max(64);
        }
        self.tasks.push(crate::vm::heap::downgrade(task));
    }

    /// The tasks that are not done yet, in creation order.
    pub fn pending_tasks(&self) -> Vec<Ref<Future>> {
        self.tasks
            .iter()
            .filter_map(|t| t.upgrade())
            .filter(|t| !t.done())
            .collect()
    }

    /// Forgets every task (a finished `asyncio.run`).
    pub fn clear_tasks(&mut self) {
        self.tasks.clear();
    }

    pub fn call_soon(&mut self, cb: Callback) {
        self.ready.push_back(cb);
    }

    /// Schedules `cb` after `delay` seconds; the returned flag cancels it.
    pub fn call_later(&mut self, delay: f64, cb: Callback) -> Ref<Cell<bool>> {
        let when = self.clock.now() + delay;
        self.sequence += 1;
        self.push_timer(when, self.sequence, cb)
    }

    /// Schedules `cb` at the loop time `when`.
    pub fn call_at(&mut self, when: f64, cb: Callback) -> Ref<Cell<bool>> {
        self.push_timer(when, 0, cb)
    }

    /// A tie-break for a deadline computed as "now + delay" at this moment
    /// but armed later (`asyncio.timeout(delay)`): among equal deadlines it
    /// orders as a `call_later` made now would.
    pub fn next_sequence(&mut self) -> u64 {
        self.sequence += 1;
        self.sequence
    }

    /// Schedules `cb` at `when`, ordered among equal deadlines by `tiebreak`
    /// (0 for an explicit deadline, else a `next_sequence` value).
    pub fn call_at_ordered(&mut self, when: f64, tiebreak: u64, cb: Callback) -> Ref<Cell<bool>> {
        self.push_timer(when, tiebreak, cb)
    }

    fn push_timer(&mut self, when: f64, tiebreak: u64, callback: Callback) -> Ref<Cell<bool>> {
        let cancelled = alloc(Cell::new(false));
        self.timers.push(Timer {
            when,
            tiebreak,
            cancelled: cancelled.clone(),
            callback,
        });
        let n = self.timers.len() - 1;
        self.sift_down(0, n);
        cancelled
    }

    /// The loop time of the earliest timer that is still armed, if any.
    pub fn next_deadline(&self) -> Option<f64> {
        self.timers
            .iter()
            .filter(|t| !t.cancelled.get())
            .map(|t| t.when)
            .reduce(f64::min)
    }

    /// Counts a cancelled timer, for the purge rule.
    pub fn timer_cancelled(&mut self) {
        self.ncancelled += 1;
    }

    /// Steps 1–4 of an iteration: purge, wait for the first timer (or jump
    /// the virtual clock to it), and move due timers to the ready queue.
    /// Returns how many callbacks this iteration runs, or `None` when nothing
    /// is ready and no timer can ever make anything ready.
    pub fn prepare_iteration(&mut self) -> Option<usize> {
        if self.timers.len() > 100 && self.ncancelled * 2 > self.timers.len() {
            self.timers.retain(|t| !t.cancelled.get());
            for i in (0..self.timers.len() / 2).rev() {
                self.sift_up(i);
            }
            self.ncancelled = 0;
        }
        while self.timers.first().is_some_and(|t| t.cancelled.get()) {
            self.pop_timer();
            self.ncancelled = self.ncancelled.saturating_sub(1);
        }
        if self.ready.is_empty() && !self.stopping {
            let first = self.timers.first()?.when;
            self.clock.wait_until(first);
        }
        let end = self.clock.now() + 1e-9;
        while self.timers.first().is_some_and(|t| t.when < end) {
            let t = self.pop_timer();
            if t.cancelled.get() {
                self.ncancelled = self.ncancelled.saturating_sub(1);
            } else {
                self.ready.push_back(t.callback);
            }
        }
        Some(self.ready.len())
    }

    // heapq's algorithm (`_siftdown` / `_siftup`), so that equal keys pop in
    // the order CPython's heap pops them.

    fn pop_timer(&mut self) -> Timer {
        let last = self.timers.pop().expect("pop_timer on an empty heap");
        if self.timers.is_empty() {
            return last;
        }
        let top = std::mem::replace(&mut self.timers[0], last);
        self.sift_up(0);
        top
    }

    fn sift_down(&mut self, start: usize, mut pos: usize) {
        while pos > start {
            let parent = (pos - 1) >> 1;
            if less(self.timers[pos].key(), self.timers[parent].key()) {
                self.timers.swap(pos, parent);
                pos = parent;
            } else {
                break;
            }
        }
    }

    fn sift_up(&mut self, mut pos: usize) {
        let end = self.timers.len();
        let start = pos;
        let mut child = 2 * pos + 1;
        while child < end {
            let right = child + 1;
            if right < end && !less(self.timers[child].key(), self.timers[right].key()) {
                child = right;
            }
            self.timers.swap(pos, child);
            pos = child;
            child = 2 * pos + 1;
        }
        self.sift_down(start, pos);
    }
}

fn less(a: (i64, u64), b: (i64, u64)) -> bool {
    a < b
}
