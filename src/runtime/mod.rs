//! The event loop's driver: task steps and wake-ups, future completion,
//! cancellation, and `asyncio.run`. It follows `Lib/asyncio` step for step
//! (see `notes/ASYNCIO.md`), so interleavings match CPython's.

pub mod clock;
pub mod event_loop;
pub mod future;
pub mod gather;

use crate::vm::exception::*;
use crate::vm::fiber::Fiber;
use crate::vm::heap::{Ref, alloc};
use crate::vm::repr::repr_plain;
use crate::vm::types::{Builtin, builtin};
use crate::vm::value::*;
use crate::vm::{Halt, Vm};
use event_loop::{Callback, Resume};
use future::{Future, FutureState, Task};
use std::cell::{Cell, RefCell};

/// `asyncio.CancelledError(msg)`.
pub fn cancelled_error(msg: Option<Value>) -> Ref<Exception> {
    let args = match msg {
        Some(Value::None) | None => Vec::new(),
        Some(m) => vec![m],
    };
    Exception::new(builtin(Builtin::CancelledError), args)
}

/// Wraps a coroutine in a task and schedules its first step.
pub fn create_task(
    vm: &mut Vm,
    coro: Ref<Coroutine>,
    name: Option<String>,
) -> PyResult<Ref<Future>> {
    if coro.started.get() {
        return runtime_error("cannot reuse already awaited coroutine");
    }
    vm.task_counter += 1;
    let name = name.unwrap_or_else(|| format!("Task-{}", vm.task_counter));
    let task = Task {
        name: RefCell::new(name),
        coro,
        fiber: RefCell::new(None),
        waiting_on: RefCell::new(None),
        must_cancel: Cell::new(false),
        cancel_message: RefCell::new(None),
        cancel_requests: Cell::new(0),
        pending_timer: RefCell::new(None),
    };
    let fut = alloc(Future::new(Some(task)));
    vm.event_loop.add_task(&fut);
    vm.event_loop.call_soon(Callback::Step {
        task: fut.clone(),
        resume: Resume::Start,
    });
    Ok(fut)
}

/// Adds a done-callback; on a done future it is scheduled at once.
pub fn add_done_callback(vm: &mut Vm, f: &Ref<Future>, cb: Callback) {
    if f.done() {
        vm.event_loop.call_soon(cb);
    } else {
        f.callbacks.borrow_mut().push(cb);
    }
}

fn schedule_callbacks(vm: &mut Vm, f: &Ref<Future>) {
    let cbs = std::mem::take(&mut *f.callbacks.borrow_mut());
    for cb in cbs {
        vm.event_loop.call_soon(cb);
    }
}

pub fn future_set_result(vm: &mut Vm, f: &Ref<Future>, v: Value) -> bool {
    if f.done() {
        return false;
    }
    *f.state.borrow_mut() = FutureState::Done(v);
    schedule_callbacks(vm, f);
    true
}

pub fn future_set_exception(vm: &mut Vm, f: &Ref<Future>, e: Ref<Exception>) -> bool {
    if f.done() {
        return false;
    }
    *f.state.borrow_mut() = FutureState::Failed(e);
    f.log_traceback.set(true);
    schedule_callbacks(vm, f);
    true
}

/// `fut.cancel(msg)`: a task's cancel for tasks, a gather's for gathers.
///
/// A task's cancel cancels the future it waits on, which may be a task or
/// a gather in turn, so one call walks a chain (or, through gathers, a tree)
/// that the program builds, cycles included. CPython recurses, one level of
/// its recursion limit per `cancel()`, and a chain deeper than that (or a
/// cycle: two tasks awaiting each other) raises RecursionError out of the
/// first `cancel()`, leaving each task reached with its `cancelling()`
/// count raised and nothing else changed. This walks the same calls in the
/// same order with an explicit stack, so Rust's stack never grows with it.
pub fn future_cancel(vm: &mut Vm, f: &Ref<Future>, msg: Option<Value>) -> PyResult<bool> {
    let limit = vm.frame_limit();
    let depth = vm.call_depth();
    // A pending call: the future being cancelled, and for a gather the
    // index of its next child and whether a child accepted so far.
    struct Call {
        future: Ref<Future>,
        next_child: usize,
        any: bool,
    }
    let mut stack: Vec<Call> = Vec::new();
    // `Some(f)`: call `f.cancel(msg)`; `None`: the call on top returned `ret`.
    let mut enter = Some(f.clone());
    let mut ret = false;
    loop {
        if let Some(f) = enter.take() {
            if depth + stack.len() + 1 > limit {
                return err(
                    Builtin::RecursionError,
                    "maximum recursion depth exceeded while calling a Python object",
                );
            }
            if let Some(t) = &f.task {
                f.log_traceback.set(false);
                if f.done() {
                    ret = false;
                } else {
                    t.cancel_requests.set(t.cancel_requests.get() + 1);
                    let waiting = t.waiting_on.borrow().clone();
                    stack.push(Call {
                        future: f,
                        next_child: 0,
                        any: false,
                    });
                    if let Some(w) = waiting {
                        enter = Some(w);
                        continue;
                    }
                    // Not parked: nothing below refused, as if it had.
                    ret = false;
                }
            } else if f.done() {
                ret = false;
            } else if f.gather.is_some() {
                stack.push(Call {
                    future: f,
                    next_child: 0,
                    any: false,
                });
            } else {
                *f.state.borrow_mut() = FutureState::Cancelled(msg.clone());
                schedule_callbacks(vm, &f);
                ret = true;
            }
            if stack.is_empty() {
                return Ok(ret);
            }
        }
        // The call on top receives `ret` from the call it made (if any).
        let Some(top) = stack.last_mut() else {
            return Ok(ret);
        };
        if let Some(g) = &top.future.gather {
            if top.next_child > 0 && ret {
                top.any = true;
            }
            if let Some(c) = g.children.get(top.next_child) {
                top.next_child += 1;
                enter = Some(c.clone());
                continue;
            }
            if top.any {
                g.cancel_requested.set(true);
            }
            ret = top.any;
        } else if let Some(t) = &top.future.task {
            // Its waiter refused (or there was none): cancel at the next step.
            if !ret {
                t.must_cancel.set(true);
                *t.cancel_message.borrow_mut() = msg.clone();
            }
            ret = true;
        }
        stack.pop();
        if stack.is_empty() {
            return Ok(ret);
        }
    }
}

/// `task.cancel(msg)`; false for a future that is not a task.
pub fn task_cancel(vm: &mut Vm, f: &Ref<Future>, msg: Option<Value>) -> PyResult<bool> {
    if !f.is_task() {
        return Ok(false);
    }
    future_cancel(vm, f, msg)
}

/// Runs one ready callback.
pub fn run_callback(vm: &mut Vm, cb: Callback) {
    match cb {
        Callback::Step { task, resume } => step(vm, &task, resume),
        Callback::Wakeup { task, awaited } => {
            let resume = match &*awaited.state.borrow() {
                FutureState::Done(v) => Resume::Value(v.clone()),
                FutureState::Failed(e) => {
                    awaited.log_traceback.set(false);
                    Resume::Throw(e.clone())
                }
                FutureState::Cancelled(msg) => Resume::Throw(awaited.cancelled_error(msg)),
                FutureState::Pending => Resume::Value(Value::None),
            };
            step(vm, &task, resume);
        }
        Callback::SetResultUnlessCancelled { future, value } => {
            if !future.cancelled() {
                future_set_result(vm, &future, value);
            }
        }
        Callback::GatherChild { outer, child } => gather::child_done(vm, &outer, &child),
        Callback::Stop => vm.event_loop.stopping = true,
        Callback::Call {
            cancelled: Some(flag),
            ..
        } if flag.get() => {}
        Callback::Call { func, args, .. } => {
            if let Err(e) = vm.call_value(&func, args) {
                log_callback_error(vm, &repr_plain(&func), &e);
            }
        }
    }
}

/// What the loop writes to stderr when a callback raises, and goes on.
fn log_callback_error(vm: &mut Vm, what: &str, e: &Ref<Exception>) {
    let text = vm.render_traceback(e);
    let _ = std::io::Write::write_all(
        &mut vm.err,
        format!("Exception in callback {what}\n{text}").as_bytes(),
    );
}

/// One step of a task: resume its fiber until it parks or finishes.
fn step(vm: &mut Vm, task: &Ref<Future>, mut resume: Resume) {
    let Some(t) = &task.task else { return };
    if task.done() {
        return;
    }
    if t.must_cancel.replace(false) {
        resume = Resume::Throw(cancelled_error(t.cancel_message.borrow_mut().take()));
    }
    *t.waiting_on.borrow_mut() = None;
    if let Some(timer) = t.pending_timer.borrow_mut().take()
        && !timer.replace(true)
    {
        vm.event_loop.timer_cancelled();
    }
    let mut fiber = t.fiber.borrow_mut().take().unwrap_or_default();
    let prev = vm.current_task.replace(task.clone());
    let halt = if matches!(resume, Resume::Start) {
        start(vm, &mut fiber, &t.coro)
    } else if fiber.frames.is_empty() {
        // A task over a native coroutine (`create_task(asyncio.sleep(1))`).
        match resume {
            Resume::Value(v) => Halt::Returned(v),
            Resume::Throw(e) => Halt::Raised(e),
            Resume::Start => Halt::Returned(Value::None),
        }
    } else {
        match resume {
            Resume::Value(v) => {
                fiber.stack.push(v);
                vm.run(&mut fiber)
            }
            Resume::Throw(e) => vm.throw_into(&mut fiber, e),
            Resume::Start => vm.run(&mut fiber),
        }
    };
    vm.current_task = prev;
    match halt {
        Halt::Returned(v) => {
            if t.must_cancel.replace(false) {
                let msg = t.cancel_message.borrow().clone();
                finish_cancelled(vm, task, None, msg);
            } else {
                future_set_result(vm, task, v);
            }
        }
        Halt::Raised(e) => {
            if e.is(Builtin::CancelledError) {
                finish_cancelled(vm, task, Some(e), None);
            } else {
                future_set_exception(vm, task, e);
            }
        }
        Halt::Await { future, timer } => {
            *t.fiber.borrow_mut() = Some(fiber);
            *t.pending_timer.borrow_mut() = timer;
            *t.waiting_on.borrow_mut() = Some(future.clone());
            add_done_callback(
                vm,
                &future,
                Callback::Wakeup {
                    task: task.clone(),
                    awaited: future.clone(),
                },
            );
            if t.must_cancel.get() {
                let msg = t.cancel_message.borrow().clone();
                match future_cancel(vm, &future, msg) {
                    Ok(true) => t.must_cancel.set(false),
                    Ok(false) => {}
                    // CPython's step fails and the loop logs it; the task
                    // stays parked, still to be cancelled at its next step.
                    Err(e) => log_callback_error(vm, "Task.__step()", &e),
                }
            }
        }
        Halt::Yield(v) => {
            *t.fiber.borrow_mut() = Some(fiber);
            vm.event_loop.call_soon(Callback::Step {
                task: task.clone(),
                resume: Resume::Value(v),
            });
        }
    }
}

/// A task ends cancelled: its coroutine raised `raised`, which a first
/// retrieval gets back, or it returned while a cancel was pending, and the
/// message given to `cancel()` is kept. As in CPython, a raised error leaves
/// no message of the task's own (a `gather` reports it as `CancelledError('')`).
fn finish_cancelled(
    vm: &mut Vm,
    task: &Ref<Future>,
    raised: Option<Ref<Exception>>,
    msg: Option<Value>,
) {
    if task.done() {
        return;
    }
    *task.cancelled_exc.borrow_mut() = raised;
    *task.state.borrow_mut() = FutureState::Cancelled(msg);
    schedule_callbacks(vm, task);
}

/// The first step of a task: its coroutine's body starts on the fiber.
fn start(vm: &mut Vm, fiber: &mut Fiber, coro: &Ref<Coroutine>) -> Halt {
    match vm.await_value(fiber, Value::Coroutine(coro.clone())) {
        Err(e) => Halt::Raised(e),
        Ok(Some(halt)) => halt,
        Ok(None) => vm.run(fiber),
    }
}

/// Runs the loop until `fut` is done (`loop.run_until_complete`).
pub fn run_until_complete(vm: &mut Vm, fut: &Ref<Future>) -> PyResult<()> {
    add_done_callback(vm, fut, Callback::Stop);
    loop {
        let Some(n) = vm.event_loop.prepare_iteration() else {
            // Nothing is ready and no timer is armed: nothing can ever wake the waiters.
            vm.event_loop.stopping = false;
            return err(Builtin::RuntimeError, deadlock_report(vm));
        };
        if !vm.event_loop.clock.is_virtual() {
            vm.flush();
        }
        if vm.interrupt.take() {
            return Err(crate::vm::interrupt::keyboard_interrupt());
        }
        for _ in 0..n {
            let Some(cb) = vm.event_loop.ready.pop_front() else {
                break;
            };
            run_callback(vm, cb);
        }
        if vm.event_loop.stopping {
            vm.event_loop.stopping = false;
            break;
        }
    }
    Ok(())
}

/// Why nothing can ever run again: each waiting task and what it waits on.
pub fn deadlock_report(vm: &Vm) -> String {
    let mut msg = String::from("deadlock: every task is waiting and nothing can wake them");
    for t in &vm.event_loop.pending_tasks() {
        if let Some(task) = &t.task {
            let on = match &*task.waiting_on.borrow() {
                Some(f) => future::future_repr(f),
                None => "nothing".to_string(),
            };
            msg.push_str(&format!(
                "\n  task '{}' ({}) waits on {on}",
                task.name.borrow(),
                task.coro.qualname.text
            ));
            if let Some(fiber) = &*task.fiber.borrow() {
                msg.push_str(&waiting_in_stdlib(fiber));
            }
        }
    }
    msg
}

/// Where a task parked inside asyncio's Coro part (`Queue.get`, `Lock.acquire`)
/// is waiting, named by that function and the program line that called it.
fn waiting_in_stdlib(fiber: &Fiber) -> String {
    let in_stdlib = |f: &crate::vm::fiber::Frame| f.func.code.filename.starts_with("asyncio/");
    let Some(inner) = fiber.frames.last().filter(|f| in_stdlib(f)) else {
        return String::new();
    };
    let mut text = format!(" in {}()", inner.func.code.qualname);
    if let Some(caller) = fiber.frames.iter().rev().find(|f| !in_stdlib(f)) {
        let code = &caller.func.code;
        let span = code.spans.get(caller.ip.saturating_sub(1)).copied();
        let line = code.line_of(span.unwrap_or_default());
        text.push_str(&format!(" called at {}:{line}", code.filename));
    }
    text
}

/// `asyncio.run(coro)`.
pub fn asyncio_run(vm: &mut Vm, coro: Value) -> PyResult<Value> {
    if vm.event_loop.running {
        return runtime_error("asyncio.run() cannot be called from a running event loop");
    }
    let Value::Coroutine(coro) = coro else {
        return value_error(format!(
            "a coroutine was expected, got {}",
            repr_plain(&coro)
        ));
    };
    vm.event_loop.running = true;
    let result = run_main(vm, coro);
    vm.event_loop.running = false;
    vm.event_loop.ready.clear();
    vm.event_loop.clear_tasks();
    result
}

fn run_main(vm: &mut Vm, coro: Ref<Coroutine>) -> PyResult<Value> {
    let main = create_task(vm, coro, None)?;
    let outcome = run_until_complete(vm, &main);
    // Shutdown: cancel what is still pending, in creation order, and let it finish.
    let pending = vm.event_loop.pending_tasks();
    // shutdown_asyncgens() and shutdown_default_executor() each run as a task.
    vm.task_counter += 2;
    if !pending.is_empty() {
        for t in &pending {
            // A cycle of tasks awaiting each other: CPython's shutdown
            // raises the RecursionError out of `asyncio.run`.
            task_cancel(vm, t, None)?;
        }
        let all = gather::gather(vm, pending, true);
        run_until_complete(vm, &all)?;
    }
    outcome?;
    let state = std::mem::replace(&mut *main.state.borrow_mut(), FutureState::Pending);
    match state {
        FutureState::Done(v) => Ok(v),
        FutureState::Failed(e) => Err(e),
        FutureState::Cancelled(msg) => Err(main.cancelled_error(&msg)),
        FutureState::Pending => runtime_error("Event loop stopped before Future completed."),
    }
}
