//! Futures and tasks. A task is a future that owns a fiber: the frames of the
//! coroutine it drives.

use super::event_loop::Callback;
use crate::vm::exception::Exception;
use crate::vm::fiber::Fiber;
use crate::vm::heap::Ref;
use crate::vm::repr::repr_plain;
use crate::vm::value::{Coroutine, Value};
use std::cell::{Cell, RefCell};

pub enum FutureState {
    Pending,
    Done(Value),
    Failed(Ref<Exception>),
    /// Cancelled, with the message given to `cancel()`.
    Cancelled(Option<Value>),
}

/// An asyncio Future, or the future part of a Task.
pub struct Future {
    pub state: RefCell<FutureState>,
    /// Done-callbacks, scheduled in order when the future completes.
    pub callbacks: RefCell<Vec<Callback>>,
    /// Set while a failure has not been retrieved.
    pub log_traceback: Cell<bool>,
    /// The CancelledError a task's coroutine ended with, until first retrieved.
    pub cancelled_exc: RefCell<Option<Ref<Exception>>>,
    pub task: Option<Task>,
    pub gather: Option<super::gather::Gather>,
}

/// What a future needs to drive a coroutine.
pub struct Task {
    pub name: RefCell<String>,
    pub coro: Ref<Coroutine>,
    /// The task's frames; `None` until the first step, and while it runs.
    pub fiber: RefCell<Option<Fiber>>,
    /// The future it is parked on, if any.
    pub waiting_on: RefCell<Option<Ref<Future>>>,
    pub must_cancel: Cell<bool>,
    pub cancel_message: RefCell<Option<Value>>,
    pub cancel_requests: Cell<u32>,
    /// A timer to cancel when the task next resumes (the timer of an `asyncio.sleep`).
    pub pending_timer: RefCell<Option<Ref<Cell<bool>>>>,
}

impl Future {
    pub fn new(task: Option<Task>) -> Future {
        Future {
            state: RefCell::new(FutureState::Pending),
            callbacks: RefCell::new(Vec::new()),
            log_traceback: Cell::new(false),
            cancelled_exc: RefCell::new(None),
            task,
            gather: None,
        }
    }
    pub fn is_task(&self) -> bool {
        self.task.is_some()
    }
    pub fn done(&self) -> bool {
        !matches!(*self.state.borrow(), FutureState::Pending)
    }
    pub fn cancelled(&self) -> bool {
        matches!(*self.state.borrow(), FutureState::Cancelled(_))
    }
    /// What retrieving this cancelled future raises, `msg` being the message
    /// its state keeps: the very error a task's coroutine ended with the first
    /// time, then a new `CancelledError(msg)` each time.
    pub fn cancelled_error(&self, msg: &Option<Value>) -> Ref<Exception> {
        let first = self.cancelled_exc.borrow_mut().take();
        first.unwrap_or_else(|| super::cancelled_error(msg.clone()))
    }
}

/// The repr asyncio gives a future or task.
pub fn future_repr(f: &Future) -> String {
    let state = match &*f.state.borrow() {
        FutureState::Pending => "pending".to_string(),
        FutureState::Done(v) => format!("finished result={}", repr_plain(v)),
        FutureState::Failed(e) => format!(
            "finished exception={}",
            repr_plain(&Value::Exception(e.clone()))
        ),
        FutureState::Cancelled(_) => "cancelled".to_string(),
    };
    match &f.task {
        Some(t) => {
            let state = match &*f.state.borrow() {
                FutureState::Cancelled(_) => "cancelled".to_string(),
                FutureState::Pending => "pending".to_string(),
                _ => state,
            };
            format!(
                "<Task {state} name='{}' coro=<{}()>>",
                t.name.borrow(),
                t.coro.qualname.text
            )
        }
        None => format!("<Future {state}>"),
    }
}
