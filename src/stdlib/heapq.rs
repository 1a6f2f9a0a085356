//! The native core of `heapq`: the sift routines over a list, with the
//! order of comparisons of CPython's C implementation (so heaps hold their
//! items in the same places). `merge`, `nsmallest` and `nlargest` are Coro
//! (`coro/heapq/heapq.py`) over these.

use super::arity;
use crate::syntax::ast::CmpOp;
use crate::vm::Vm;
use crate::vm::exception::{index_error, runtime_error, type_error};
use crate::vm::heap::Ref;
use crate::vm::types::type_name;
use crate::vm::value::*;

type Kw<'a> = &'a [(Ref<Str>, Value)];

pub fn module() -> Value {
    super::module(
        "heapq",
        &[
            ("heappush", heappush),
            ("heappop", heappop),
            ("heapify", heapify),
            ("heapreplace", heapreplace),
            ("heappushpop", heappushpop),
            ("_heapify_max", heapify_max),
            ("_heappop_max", heappop_max),
            ("_heapreplace_max", heapreplace_max),
        ],
        Vec::new(),
    )
}

fn list_arg<'a>(name: &str, args: &'a [Value], n: usize) -> PyResult<&'a Ref<List>> {
    arity(name, args, n, n)?;
    match &args[0] {
        Value::List(l) => Ok(l),
        other => type_error(format!(
            "{name}() argument 1 must be list, not {}",
            type_name(other)
        )),
    }
}

/// `heap[i]`, or CPython's error when a comparison shrank the list.
fn at(heap: &List, i: usize) -> PyResult<Value> {
    match heap.borrow().get(i) {
        Some(v) => Ok(v.clone()),
        None => runtime_error("list changed size during iteration"),
    }
}

fn put(heap: &List, i: usize, v: Value) -> PyResult<()> {
    match heap.borrow_mut().get_mut(i) {
        Some(slot) => {
            *slot = v;
            Ok(())
        }
        None => runtime_error("list changed size during iteration"),
    }
}

/// `a < b` (or `b < a` for the max-heap), with no script call for numbers.
fn less(vm: &mut Vm, a: &Value, b: &Value, max: bool) -> PyResult<bool> {
    let (a, b) = if max { (b, a) } else { (a, b) };
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        _ => vm.compare_bool(CmpOp::Lt, a, b),
    }
}

/// Moves the item at `pos` towards `top` while it is less than its parent.
fn sift_down(vm: &mut Vm, heap: &List, top: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let item = at(heap, pos)?;
    while pos > top {
        let parent = (pos - 1) >> 1;
        let above = at(heap, parent)?;
        if !less(vm, &item, &above, max)? {
            break;
        }
        put(heap, pos, above)?;
        pos = parent;
    }
    put(heap, pos, item)
}

/// Floyd's trick: the hole at `pos` walks down along the smaller children
/// to a leaf, then the displaced item moves back up from there.
fn sift_up(vm: &mut Vm, heap: &List, mut pos: usize, max: bool) -> PyResult<()> {
    let end = heap.borrow().len();
    let top = pos;
    let item = at(heap, pos)?;
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end && !less(vm, &at(heap, child)?, &at(heap, right)?, max)? {
            child = right;
        }
        if heap.borrow().len() != end {
            return runtime_error("list changed size during iteration");
        }
        let c = at(heap, child)?;
        put(heap, pos, c)?;
        pos = child;
        child = 2 * pos + 1;
    }
    put(heap, pos, item)?;
    sift_down(vm, heap, top, pos, max)
}

fn heappush(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let heap = list_arg("heappush", args, 2)?;
    heap.borrow_mut().push(args[1].clone());
    let last = heap.borrow().len() - 1;
    sift_down(vm, heap, 0, last, false)?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, heap: &List, max: bool) -> PyResult<Value> {
    let Some(last) = heap.borrow_mut().pop() else {
        return index_error("index out of range");
    };
    if heap.borrow().is_empty() {
        return Ok(last);
    }
    let first = std::mem::replace(&mut heap.borrow_mut()[0], last);
    sift_up(vm, heap, 0, max)?;
    Ok(first)
}

fn heappop(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    pop(vm, list_arg("heappop", args, 1)?, false)
}

fn heappop_max(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    pop(vm, list_arg("_heappop_max", args, 1)?, true)
}

fn replace(vm: &mut Vm, heap: &List, item: Value, max: bool) -> PyResult<Value> {
    if heap.borrow().is_empty() {
        return index_error("index out of range");
    }
    let first = std::mem::replace(&mut heap.borrow_mut()[0], item);
    sift_up(vm, heap, 0, max)?;
    Ok(first)
}

fn heapreplace(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let heap = list_arg("heapreplace", args, 2)?;
    replace(vm, heap, args[1].clone(), false)
}

fn heapreplace_max(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let heap = list_arg("_heapreplace_max", args, 2)?;
    replace(vm, heap, args[1].clone(), true)
}

fn heappushpop(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let heap = list_arg("heappushpop", args, 2)?;
    let item = args[1].clone();
    let Some(top) = heap.borrow().first().cloned() else {
        return Ok(item);
    };
    if !less(vm, &top, &item, false)? {
        return Ok(item);
    }
    if heap.borrow().is_empty() {
        return index_error("index out of range");
    }
    let first = std::mem::replace(&mut heap.borrow_mut()[0], item);
    sift_up(vm, heap, 0, false)?;
    Ok(first)
}

fn build(vm: &mut Vm, heap: &List, max: bool) -> PyResult<Value> {
    let n = heap.borrow().len();
    for pos in (0..n / 2).rev() {
        sift_up(vm, heap, pos, max)?;
    }
    Ok(Value::None)
}

fn heapify(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    build(vm, list_arg("heapify", args, 1)?, false)
}

fn heapify_max(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    build(vm, list_arg("_heapify_max", args, 1)?, true)
}
