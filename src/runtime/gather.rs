//! `asyncio.gather`: a future completed by its children's done-callbacks.

use super::event_loop::Callback;
use super::future::{Future, FutureState};
use super::{cancelled_error, future_set_exception, future_set_result};
use crate::vm::Vm;
use crate::vm::heap::{Ref, alloc};
use crate::vm::value::Value;
use std::cell::Cell;

/// The state `gather` keeps on its outer future.
pub struct Gather {
    pub children: Vec<Ref<Future>>,
    pub finished: Cell<usize>,
    /// How many distinct children there are (a repeated argument counts once).
    pub unique: usize,
    pub return_exceptions: bool,
    /// `cancel()` was called on the outer future.
    pub cancel_requested: Cell<bool>,
}

/// Makes the outer future over `children` (already futures or tasks, in argument order).
pub fn gather(vm: &mut Vm, children: Vec<Ref<Future>>, return_exceptions: bool) -> Ref<Future> {
    let mut outer = Future::new(None);
    if children.is_empty() {
        *outer.state.borrow_mut() = FutureState::Done(Value::list(Vec::new()));
        return alloc(outer);
    }
    let mut seen = std::collections::HashSet::new();
    let unique: Vec<Ref<Future>> = children
        .iter()
        .filter(|c| seen.insert(crate::vm::heap::address(c)))
        .cloned()
        .collect();
    outer.gather = Some(Gather {
        children,
        finished: Cell::new(0),
        unique: unique.len(),
        return_exceptions,
        cancel_requested: Cell::new(false),
    });
    let outer = alloc(outer);
    for c in unique {
        super::add_done_callback(
            vm,
            &c,
            Callback::GatherChild {
                outer: outer.clone(),
                child: c.clone(),
            },
        );
    }
    outer
}

/// A child of `outer` finished (CPython's `_done_callback` in `gather`).
pub fn child_done(vm: &mut Vm, outer: &Ref<Future>, child: &Ref<Future>) {
    let Some(g) = &outer.gather else { return };
    g.finished.set(g.finished.get() + 1);
    if outer.done() {
        child.log_traceback.set(false);
        return;
    }
    if !g.return_exceptions {
        match &*child.state.borrow() {
            FutureState::Cancelled(msg) => {
                let e = child.cancelled_error(msg);
                future_set_exception(vm, outer, e);
                return;
            }
            FutureState::Failed(e) => {
                child.log_traceback.set(false);
                future_set_exception(vm, outer, e.clone());
                return;
            }
            _ => {}
        }
    }
    if g.finished.get() < g.unique {
        return;
    }
    let mut results = Vec::with_capacity(g.children.len());
    for c in &g.children {
        results.push(match &*c.state.borrow() {
            FutureState::Done(v) => v.clone(),
            FutureState::Failed(e) => {
                c.log_traceback.set(false);
                Value::Exception(e.clone())
            }
            FutureState::Cancelled(msg) => Value::Exception(cancelled_error(Some(
                msg.clone().unwrap_or_else(|| Value::str("")),
            ))),
            FutureState::Pending => Value::None,
        });
    }
    if g.cancel_requested.get() {
        future_set_exception(vm, outer, cancelled_error(None));
    } else {
        future_set_result(vm, outer, Value::list(results));
    }
}
