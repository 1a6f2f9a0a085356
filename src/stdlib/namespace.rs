//! `globals()`, `locals()` and `dir()`: the namespaces of the calling frame.
//!
//! Both return a new dict, a snapshot of the namespace when called: a
//! module's globals live in slots the compiler assigned, not in a dict, so
//! writing to the returned dict does not bind a variable (CPython's
//! `globals()` is the module's own dict; its function `locals()` is a
//! snapshot too). NOTES.md records the divergence.

use crate::vm::exception::*;
use crate::vm::fiber::{Fiber, Frame};
use crate::vm::heap::alloc;
use crate::vm::value::*;

type Kw<'a> = &'a [(crate::vm::heap::Ref<Str>, Value)];

/// The natives that read the caller's frame, which the VM calls through
/// [`call`] instead of their plain entry points.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[("globals", unreachable), ("locals", unreachable)];

/// Whether calling `n` with `argc` positional arguments reads the caller's
/// frame: one of [`FUNCTIONS`], or `dir()` with no argument.
pub fn reads_frame(n: &Native, argc: usize) -> bool {
    n.owner.is_none() && (matches!(n.name, "globals" | "locals") || (n.name == "dir" && argc == 0))
}

/// Reached only when a native calls them back (`map(globals, ...)`), with no script frame to read.
fn unreachable(_: &mut crate::vm::Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    runtime_error("globals() and locals() must be called from script code in Coro")
}

/// `globals()` or `locals()` called from the innermost frame of `fiber`.
pub fn call(fiber: &Fiber, name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::no_kwargs(name, kw)?;
    super::arity(name, args, 0, 0)?;
    let Some(frame) = fiber.frames.last() else {
        return unreachable_frame();
    };
    let kind = frame.func.code.kind;
    // A class body's namespace is a real dict, its one parameter: CPython returns it itself.
    if name == "locals" && kind == crate::compiler::code::CodeKind::Class {
        return Ok(fiber.stack.get(frame.base).cloned().unwrap_or_default());
    }
    // `dir()` in a class body lists that namespace, a dict of str keys.
    if name == "dir"
        && kind == crate::compiler::code::CodeKind::Class
        && let Some(Value::Dict(d)) = fiber.stack.get(frame.base)
    {
        let mut names: Vec<Box<str>> = d
            .borrow()
            .keys()
            .filter_map(|k| k.0.as_str().map(Box::from))
            .collect();
        names.sort();
        return Ok(Value::list(names.into_iter().map(Value::str).collect()));
    }
    let is_module = kind == crate::compiler::code::CodeKind::Module;
    let items = if name == "globals" || is_module {
        module_items(&frame.func.module)
    } else {
        frame_items(fiber, frame)
    };
    if name == "dir" {
        let mut names: Vec<Box<str>> = items.into_iter().map(|(k, _)| k).collect();
        names.sort();
        return Ok(Value::list(names.into_iter().map(Value::str).collect()));
    }
    let dict: Dict = Default::default();
    dict.borrow_mut()
        .extend(items.into_iter().map(|(k, v)| (Key(Value::str(k)), v)));
    Ok(Value::Dict(alloc(dict)))
}

fn unreachable_frame() -> PyResult<Value> {
    runtime_error("no frame to read the namespace of")
}

/// A module's bound globals, in the order their slots were made.
fn module_items(m: &Module) -> Vec<(Box<str>, Value)> {
    let slots = m.slots.borrow();
    m.names
        .borrow()
        .iter()
        .filter_map(|(name, &i)| match &slots[i as usize] {
            Value::Undef => None,
            v => Some((name.clone(), v.clone())),
        })
        .collect()
}

/// A function frame's bound locals and the cells it can see, in CPython's
/// order: parameters and plain locals, then its own cells, then free cells.
fn frame_items(fiber: &Fiber, frame: &Frame) -> Vec<(Box<str>, Value)> {
    let code = &frame.func.code;
    let nparams = code.argcount as usize
        + code.kwonlycount as usize
        + usize::from(code.has_varargs)
        + usize::from(code.has_varkw);
    let first_free = code.nslots() - code.nfree as usize;
    let mut items: Vec<(u8, Box<str>, Value)> = Vec::new();
    for (i, name) in code.slot_names.iter().enumerate() {
        let Some(slot) = fiber.stack.get(frame.base + i) else {
            break;
        };
        let (group, v) = match slot {
            Value::Cell(c) if i >= first_free => (2, c.borrow().clone()),
            Value::Cell(c) if i >= nparams => (1, c.borrow().clone()),
            Value::Cell(c) => (0, c.borrow().clone()),
            v => (0, v.clone()),
        };
        if !matches!(v, Value::Undef) {
            items.push((group, name.clone(), v));
        }
    }
    // A stable sort keeps slot order within each group.
    items.sort_by_key(|(group, ..)| *group);
    items.into_iter().map(|(_, n, v)| (n, v)).collect()
}
