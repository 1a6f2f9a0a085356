//! The `asyncio` module: its functions, and the methods of tasks, futures
//! and the running loop. The mechanics live in `runtime`.

use super::{arity, float_arg, kwarg, native};
use crate::runtime;
use crate::runtime::event_loop::Callback;
use crate::runtime::future::{Future, FutureState};
use crate::vm::Vm;
use crate::vm::exception::*;
use crate::vm::heap::{Ref, alloc};
use crate::vm::ops::truthy;
use crate::vm::repr::repr_plain;
use crate::vm::types::{Builtin, builtin};
use crate::vm::value::*;

type Kw<'a> = &'a [(Ref<Str>, Value)];

pub fn module() -> Value {
    super::module(
        "asyncio",
        &[
            ("run", run),
            ("create_task", create_task),
            ("ensure_future", ensure_future),
            ("gather", gather),
            ("sleep", sleep),
            ("current_task", current_task),
            ("get_running_loop", get_running_loop),
            ("get_event_loop", get_running_loop),
            ("iscoroutine", iscoroutine),
            ("isfuture", isfuture),
            ("iscoroutinefunction", iscoroutinefunction),
            ("_pending_tasks", pending_tasks),
            ("_timer_order", timer_order),
            ("_call_at_ordered", call_at_ordered),
        ],
        vec![
            (
                "CancelledError",
                Value::Type(builtin(Builtin::CancelledError)),
            ),
            ("TimeoutError", Value::Type(builtin(Builtin::TimeoutError))),
            (
                "InvalidStateError",
                Value::Type(builtin(Builtin::InvalidStateError)),
            ),
            ("Future", native("Future", None, new_future)),
            ("FIRST_COMPLETED", Value::str("FIRST_COMPLETED")),
            ("FIRST_EXCEPTION", Value::str("FIRST_EXCEPTION")),
            ("ALL_COMPLETED", Value::str("ALL_COMPLETED")),
        ],
    )
}

fn run(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    kwarg("run", kw, &["debug"], "debug")?;
    arity("run", args, 1, 1)?;
    runtime::asyncio_run(vm, args[0].clone())
}

fn running(vm: &Vm) -> PyResult<()> {
    if vm.event_loop.running {
        Ok(())
    } else {
        runtime_error("no running event loop")
    }
}

fn create_task(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let name = kwarg("create_task", kw, &["name", "context"], "name")?;
    arity("create_task", args, 1, 1)?;
    let Value::Coroutine(c) = &args[0] else {
        return type_error(format!(
            "a coroutine was expected, got {}",
            repr_plain(&args[0])
        ));
    };
    running(vm)?;
    let t = runtime::create_task(vm, c.clone(), None)?;
    if let (Some(task), Some(n)) = (&t.task, name.filter(|n| !n.is_none())) {
        *task.name.borrow_mut() = crate::vm::repr::str_plain(&n);
    }
    Ok(Value::Future(t))
}

/// A coroutine becomes a task; a future or task is itself.
fn to_future(vm: &mut Vm, v: &Value) -> PyResult<Ref<Future>> {
    match v {
        Value::Future(f) => Ok(f.clone()),
        Value::Coroutine(c) => {
            running(vm)?;
            runtime::create_task(vm, c.clone(), None)
        }
        _ => type_error("An asyncio.Future, a coroutine or an awaitable is required"),
    }
}

fn ensure_future(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("ensure_future", args, 1, 1)?;
    to_future(vm, &args[0]).map(Value::Future)
}

fn gather(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let re = kwarg("gather", kw, &["return_exceptions"], "return_exceptions")?
        .is_some_and(|v| truthy(&v));
    // A repeated argument shares one child, as `gather`'s arg_to_fut does.
    let mut seen: std::collections::HashMap<usize, Ref<Future>> = std::collections::HashMap::new();
    let mut children = Vec::with_capacity(args.len());
    for a in args {
        let id = crate::vm::repr::identity(a);
        let f = match seen.get(&id) {
            Some(f) => f.clone(),
            None => to_future(vm, a)?,
        };
        seen.insert(id, f.clone());
        children.push(f);
    }
    Ok(Value::Future(runtime::gather::gather(vm, children, re)))
}

fn sleep(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let result = kwarg("sleep", kw, &["result"], "result")?
        .or_else(|| args.get(1).cloned())
        .unwrap_or_default();
    arity("sleep", args, 1, 2)?;
    let delay = float_arg(&args[0], "")?;
    Ok(Value::Coroutine(alloc(Coroutine {
        body: std::cell::RefCell::new(Some(CoroBody::Sleep { delay, result })),
        name: alloc(Str::new("sleep")),
        qualname: alloc(Str::new("sleep")),
        started: std::cell::Cell::new(false),
    })))
}

fn current_task(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("current_task", args, 0, 1)?;
    running(vm)?;
    Ok(vm.current_task.clone().map_or(Value::None, Value::Future))
}

fn iscoroutine(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("iscoroutine", args, 1, 1)?;
    Ok(Value::Bool(matches!(args[0], Value::Coroutine(_))))
}

fn isfuture(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("isfuture", args, 1, 1)?;
    Ok(Value::Bool(matches!(args[0], Value::Future(_))))
}

fn iscoroutinefunction(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("iscoroutinefunction", args, 1, 1)?;
    let f = match &args[0] {
        Value::BoundMethod(b) => b.func.clone(),
        other => other.clone(),
    };
    Ok(Value::Bool(matches!(
        &f,
        Value::Function(f) if f.code.kind == crate::compiler::code::CodeKind::Coroutine
    )))
}

/// The tasks of the running loop that are not done, in creation order
/// (behind `all_tasks`).
fn pending_tasks(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    running(vm)?;
    let tasks = vm.event_loop.pending_tasks();
    Ok(Value::list(tasks.into_iter().map(Value::Future).collect()))
}

/// A tie-break for a deadline "now + delay" armed later (`timeout(delay)`).
fn timer_order(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(vm.event_loop.next_sequence() as i64))
}

/// `_call_at_ordered(when, order, callback, *args)`: `loop.call_at` with a
/// tie-break from `_timer_order()` (0 orders as an explicit deadline).
fn call_at_ordered(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if args.len() < 3 {
        return type_error("_call_at_ordered() takes when, order and callback");
    }
    let when = float_arg(&args[0], "")?;
    let order = super::int_arg(&args[1], "")?.max(0) as u64;
    let flag = vm.event_loop.call_at_ordered(
        when,
        order,
        Callback::Call {
            func: args[2].clone(),
            args: args[3..].to_vec(),
            cancelled: None,
        },
    );
    Ok(timer_handle(Some(flag)))
}

fn get_running_loop(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("get_running_loop", args, 0, 0)?;
    running(vm)?;
    Ok(Value::Opaque(alloc(Opaque {
        type_name: "_UnixSelectorEventLoop",
        data: Box::new(()),
    })))
}

fn new_future(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("Future", args, 0, 0)?;
    running(vm)?;
    Ok(Value::Future(alloc(Future::new(None))))
}

// ---- methods of the running loop ----------------------------------------------

pub const LOOP_METHODS: &[(&str, NativeFn)] = &[
    ("time", loop_time),
    ("call_soon", call_soon),
    ("call_later", call_later),
    ("call_at", call_at),
    ("create_future", loop_create_future),
    ("create_task", loop_create_task),
    ("run_in_executor", run_in_executor),
];

fn run_in_executor(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    err(
        Builtin::NotImplementedError,
        "Coro has no threads: loop.run_in_executor is not supported",
    )
}

fn loop_time(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Float(vm.event_loop.clock.now()))
}

fn call_soon(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if args.len() < 2 {
        return type_error("call_soon() missing 1 required positional argument: 'callback'");
    }
    let cancelled = alloc(std::cell::Cell::new(false));
    vm.event_loop.call_soon(Callback::Call {
        func: args[1].clone(),
        args: args[2..].to_vec(),
        cancelled: Some(cancelled.clone()),
    });
    Ok(soon_handle(cancelled))
}

fn call_later(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if args.len() < 3 {
        return type_error(
            "call_later() missing required positional arguments: 'delay' and 'callback'",
        );
    }
    let delay = float_arg(&args[1], "")?;
    let flag = vm.event_loop.call_later(
        delay,
        Callback::Call {
            func: args[2].clone(),
            args: args[3..].to_vec(),
            cancelled: None,
        },
    );
    Ok(timer_handle(Some(flag)))
}

fn call_at(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if args.len() < 3 {
        return type_error(
            "call_at() missing required positional arguments: 'when' and 'callback'",
        );
    }
    let when = float_arg(&args[1], "")?;
    let flag = vm.event_loop.call_at(
        when,
        Callback::Call {
            func: args[2].clone(),
            args: args[3..].to_vec(),
            cancelled: None,
        },
    );
    Ok(timer_handle(Some(flag)))
}

/// A handle whose `cancel()` stops a scheduled callback.
fn timer_handle(flag: Option<Ref<std::cell::Cell<bool>>>) -> Value {
    let type_name = if flag.is_some() {
        "TimerHandle"
    } else {
        "Handle"
    };
    Value::Opaque(alloc(Opaque {
        type_name,
        data: Box::new(flag),
    }))
}

/// `call_soon`'s handle: cancelling it marks the queued callback to be skipped.
fn soon_handle(flag: Ref<std::cell::Cell<bool>>) -> Value {
    Value::Opaque(alloc(Opaque {
        type_name: "Handle",
        data: Box::new(SoonFlag(flag)),
    }))
}

struct SoonFlag(Ref<std::cell::Cell<bool>>);

pub const HANDLE_METHODS: &[(&str, NativeFn)] =
    &[("cancel", handle_cancel), ("cancelled", handle_cancelled)];

fn handle_cancel(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if let Some(Value::Opaque(o)) = args.first() {
        if let Some(Some(flag)) = o.data.downcast_ref::<Option<Ref<std::cell::Cell<bool>>>>()
            && !flag.replace(true)
        {
            vm.event_loop.timer_cancelled();
        } else if let Some(SoonFlag(flag)) = o.data.downcast_ref::<SoonFlag>() {
            flag.set(true);
        }
    }
    Ok(Value::None)
}

fn handle_cancelled(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let mut cancelled = false;
    if let Some(Value::Opaque(o)) = args.first() {
        if let Some(Some(flag)) = o.data.downcast_ref::<Option<Ref<std::cell::Cell<bool>>>>() {
            cancelled = flag.get();
        } else if let Some(SoonFlag(flag)) = o.data.downcast_ref::<SoonFlag>() {
            cancelled = flag.get();
        }
    }
    Ok(Value::Bool(cancelled))
}

fn loop_create_future(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    new_future(vm, &[], &[])
}

fn loop_create_task(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let name = kwarg("create_task", kw, &["name", "context"], "name")?;
    let Some(Value::Coroutine(c)) = args.get(1) else {
        return type_error("a coroutine was expected");
    };
    let name = name
        .filter(|n| !n.is_none())
        .map(|n| crate::vm::repr::str_plain(&n));
    if name.is_some() {
        vm.task_counter -= 1;
    }
    runtime::create_task(vm, c.clone(), name).map(Value::Future)
}

// ---- methods of futures and tasks ---------------------------------------------

pub const FUTURE_METHODS: &[(&str, NativeFn)] = &[
    ("done", done),
    ("result", result),
    ("exception", exception),
    ("cancel", cancel),
    ("cancelled", cancelled),
    ("add_done_callback", add_done_callback),
    ("remove_done_callback", remove_done_callback),
    ("set_result", set_result),
    ("set_exception", set_exception),
    ("get_name", get_name),
    ("set_name", set_name),
    ("cancelling", cancelling),
    ("uncancel", uncancel),
    ("get_coro", get_coro),
];

fn this(args: &[Value]) -> PyResult<&Ref<Future>> {
    match args.first() {
        Some(Value::Future(f)) => Ok(f),
        _ => type_error("descriptor requires a Future"),
    }
}

fn done(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(this(args)?.done()))
}

fn cancelled(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(this(args)?.cancelled()))
}

fn result(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = this(args)?;
    let state = f.state.borrow();
    match &*state {
        FutureState::Pending => err(Builtin::InvalidStateError, "Result is not set."),
        FutureState::Done(v) => Ok(v.clone()),
        FutureState::Failed(e) => {
            f.log_traceback.set(false);
            Err(e.clone())
        }
        FutureState::Cancelled(msg) => Err(f.cancelled_error(msg)),
    }
}

fn exception(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = this(args)?;
    let state = f.state.borrow();
    match &*state {
        FutureState::Pending => err(Builtin::InvalidStateError, "Exception is not set."),
        FutureState::Done(_) => Ok(Value::None),
        FutureState::Failed(e) => {
            f.log_traceback.set(false);
            Ok(Value::Exception(e.clone()))
        }
        FutureState::Cancelled(msg) => Err(f.cancelled_error(msg)),
    }
}

fn cancel(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let f = this(args)?.clone();
    let msg = kwarg("cancel", kw, &["msg"], "msg")?.or_else(|| args.get(1).cloned());
    Ok(Value::Bool(runtime::future_cancel(vm, &f, msg)?))
}

fn add_done_callback(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = this(args)?.clone();
    let Some(func) = args.get(1) else {
        return type_error("add_done_callback() missing 1 required positional argument: 'fn'");
    };
    runtime::add_done_callback(
        vm,
        &f,
        Callback::Call {
            func: func.clone(),
            args: vec![Value::Future(f.clone())],
            cancelled: None,
        },
    );
    Ok(Value::None)
}

/// Whether two callables are the same callback: the same object, or bound
/// methods of the same function on the same object (`==` of bound methods).
fn same_callable(a: &Value, b: &Value) -> bool {
    use crate::vm::repr::identity;
    match (a, b) {
        (Value::BoundMethod(x), Value::BoundMethod(y)) => {
            identity(&x.receiver) == identity(&y.receiver) && identity(&x.func) == identity(&y.func)
        }
        _ => identity(a) == identity(b),
    }
}

fn remove_done_callback(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = this(args)?.clone();
    let Some(func) = args.get(1) else {
        return type_error("remove_done_callback() missing 1 required positional argument: 'fn'");
    };
    let mut callbacks = f.callbacks.borrow_mut();
    let before = callbacks.len();
    callbacks.retain(|cb| !matches!(cb, Callback::Call { func: g, .. } if same_callable(g, func)));
    Ok(Value::Int((before - callbacks.len()) as i64))
}

fn set_result(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = this(args)?.clone();
    if f.is_task() {
        return runtime_error("Task does not support set_result operation");
    }
    if !runtime::future_set_result(vm, &f, args.get(1).cloned().unwrap_or_default()) {
        return err(Builtin::InvalidStateError, "invalid state");
    }
    Ok(Value::None)
}

fn set_exception(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = this(args)?.clone();
    if f.is_task() {
        return runtime_error("Task does not support set_exception operation");
    }
    let e = match args.get(1) {
        Some(Value::Exception(e)) => e.clone(),
        Some(Value::Type(t)) if t.is_exception() => Exception::new(t.clone(), vec![]),
        _ => return type_error("invalid exception object"),
    };
    if !runtime::future_set_exception(vm, &f, e) {
        return err(Builtin::InvalidStateError, "invalid state");
    }
    Ok(Value::None)
}

fn task_of(args: &[Value]) -> PyResult<&crate::runtime::future::Task> {
    this(args)?.task.as_ref().ok_or_else(|| {
        new_error(
            Builtin::AttributeError,
            "'Future' object has no such attribute",
        )
    })
}

fn get_name(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::str(task_of(args)?.name.borrow().as_str()))
}

fn set_name(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let t = task_of(args)?;
    *t.name.borrow_mut() = crate::vm::repr::str_plain(args.get(1).unwrap_or(&Value::None));
    Ok(Value::None)
}

fn cancelling(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(task_of(args)?.cancel_requests.get() as i64))
}

fn uncancel(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let t = task_of(args)?;
    let n = t.cancel_requests.get().saturating_sub(1);
    t.cancel_requests.set(n);
    Ok(Value::Int(n as i64))
}

fn get_coro(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Coroutine(task_of(args)?.coro.clone()))
}
