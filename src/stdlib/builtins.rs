//! The `builtins` namespace: functions, and calling the built-in classes.

use super::{arity, float_arg, int_arg, kwarg, no_kwargs};
use crate::vm::Vm;
use crate::vm::exception::*;
use crate::vm::heap::{Ref, alloc};
use crate::vm::ops::{self, Key, num_error};
use crate::vm::protocol::unwrap_payload;
use crate::vm::repr::repr_plain;
use crate::vm::types::{Builtin, TypeObj, builtin, is_instance, type_name, type_of};
use crate::vm::value::*;
use num_bigint::BigInt;
use std::cell::RefCell;

type Kw<'a> = &'a [(Ref<Str>, Value)];

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", print),
    ("len", len),
    ("repr", repr),
    ("abs", abs),
    ("min", min),
    ("max", max),
    ("sum", sum),
    ("sorted", sorted),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("round", round),
    ("hex", hex),
    ("bin", bin),
    ("oct", oct),
    ("ord", ord),
    ("chr", chr),
    ("divmod", divmod),
    ("pow", pow),
    ("any", any),
    ("all", all),
    ("iter", iter),
    ("next", next),
    ("hash", hash),
    ("id", id),
    ("callable", callable),
    ("format", format),
    ("ascii", ascii),
    ("getattr", getattr),
    ("hasattr", hasattr),
];

/// Built-in classes reachable by name.
pub const TYPE_NAMES: &[&str] = &[
    "object",
    "bool",
    "int",
    "float",
    "str",
    "bytes",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "property",
    "staticmethod",
    "classmethod",
    "super",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
    "range",
    "slice",
    "type",
    "BaseException",
    "SystemExit",
    "KeyboardInterrupt",
    "GeneratorExit",
    "Exception",
    "ArithmeticError",
    "ZeroDivisionError",
    "OverflowError",
    "AssertionError",
    "AttributeError",
    "LookupError",
    "IndexError",
    "KeyError",
    "NameError",
    "UnboundLocalError",
    "RuntimeError",
    "RecursionError",
    "NotImplementedError",
    "StopIteration",
    "StopAsyncIteration",
    "TypeError",
    "ValueError",
    "UnicodeError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "MemoryError",
    "ImportError",
    "ModuleNotFoundError",
    "OSError",
    "TimeoutError",
    "SyntaxError",
    "FileNotFoundError",
    "FileExistsError",
    "PermissionError",
    "IsADirectoryError",
    "NotADirectoryError",
    "InterruptedError",
    "BlockingIOError",
    "ChildProcessError",
    "ProcessLookupError",
    "ConnectionError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "EOFError",
    "FloatingPointError",
    "BufferError",
    "ReferenceError",
    "SystemError",
    "Warning",
    "UserWarning",
    "DeprecationWarning",
    "PendingDeprecationWarning",
    "SyntaxWarning",
    "RuntimeWarning",
    "FutureWarning",
    "ImportWarning",
    "UnicodeWarning",
    "BytesWarning",
    "ResourceWarning",
    "EncodingWarning",
];

fn print(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let allowed = ["sep", "end", "flush", "file"];
    let text_or = |v: Option<Value>, default: &str, what: &str| -> PyResult<String> {
        match v {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(other) => type_error(format!(
                "{what} must be None or a string, not {}",
                type_name(&other)
            )),
        }
    };
    let sep = text_or(kwarg("print", kw, &allowed, "sep")?, " ", "sep")?;
    let end = text_or(kwarg("print", kw, &allowed, "end")?, "\n", "end")?;
    let flush = kwarg("print", kw, &allowed, "flush")?.is_some_and(|f| ops::truthy(&f));
    let Some(f) = stream(vm, kwarg("print", kw, &allowed, "file")?) else {
        let mut line = String::new();
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                line.push_str(&sep);
            }
            line.push_str(&vm.to_str(a)?);
        }
        line.push_str(&end);
        vm.write_out(&line)?;
        if flush {
            vm.flush_out()?;
        }
        return Ok(Value::None);
    };
    // Another stream gets each piece by its own `write`, as CPython's print does.
    let write = vm.get_attr(&f, &Str::new("write"))?;
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            vm.call_value(&write, vec![Value::str(sep.as_str())])?;
        }
        let text = vm.to_str(a)?;
        vm.call_value(&write, vec![Value::str(text)])?;
    }
    vm.call_value(&write, vec![Value::str(end)])?;
    if flush {
        let flush = vm.get_attr(&f, &Str::new("flush"))?;
        vm.call_value(&flush, Vec::new())?;
    }
    Ok(Value::None)
}

/// Where `print` writes: `None` for the program's output itself (no `file`,
/// or `sys.stdout` as it started), else the object whose `write` it calls.
fn stream(vm: &Vm, file: Option<Value>) -> Option<Value> {
    let sys = match vm.module("sys") {
        Some(Value::Module(m)) => Some(m),
        _ => None,
    };
    let original = sys.as_ref().and_then(|m| m.get("__stdout__"));
    let target = match file {
        Some(f) if !f.is_none() => f,
        _ => sys.as_ref().and_then(|m| m.get("stdout"))?,
    };
    match original {
        Some(o) if o.is(&target) => None,
        _ => Some(target),
    }
}

fn len(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("len", kw)?;
    arity("len", args, 1, 1)?;
    vm.len(&args[0])
}

/// `len(v)` of a built-in value.
pub fn builtin_len(v: &Value) -> PyResult<Value> {
    let n = match v {
        Value::Str(s) => s.char_len(),
        Value::Bytes(b) => b.len(),
        Value::List(l) => l.borrow().len(),
        Value::Tuple(t) => t.len(),
        Value::Dict(d) => d.borrow().len(),
        Value::Set(s) => s.borrow().len(),
        Value::Range(r) => match usize::try_from(r.len()) {
            Ok(n) if n <= isize::MAX as usize => n,
            _ => return overflow_error("Python int too large to convert to C ssize_t"),
        },
        Value::View(v) => v.0.borrow().len(),
        other => {
            return type_error(format!(
                "object of type '{}' has no len()",
                type_name(other)
            ));
        }
    };
    Ok(Value::Int(n as i64))
}

fn repr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("repr", args, 1, 1)?;
    Ok(Value::str(vm.repr(&args[0])?))
}

fn ascii(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("ascii", args, 1, 1)?;
    Ok(Value::str(crate::vm::ascii(&vm.repr(&args[0])?)))
}

fn abs(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("abs", args, 1, 1)?;
    let step = vm.unary_step("__abs__", args[0].clone())?;
    vm.drive(step)
}

/// `abs(v)` of a built-in value.
pub fn builtin_abs(v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(i) => Ok(i.checked_abs().map_or_else(
            || Value::from_bigint(BigInt::from(*i).magnitude().clone().into()),
            Value::Int,
        )),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::BigInt(b) => Ok(Value::from_bigint(b.magnitude().clone().into())),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        other => type_error(format!(
            "bad operand type for abs(): '{}'",
            type_name(other)
        )),
    }
}

/// `min` and `max`: one iterable or several arguments, `key=` and `default=`.
fn extreme(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: Kw,
    want: std::cmp::Ordering,
) -> PyResult<Value> {
    let key = kwarg(name, kw, &["key", "default"], "key")?.filter(|k| !k.is_none());
    let default = kwarg(name, kw, &["key", "default"], "default")?;
    let items = match args.len() {
        0 => return type_error(format!("{name} expected at least 1 argument, got 0")),
        1 => vm.iterate(&args[0])?,
        _ => {
            if default.is_some() {
                return type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                ));
            }
            args.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call_value(f, vec![item.clone()])?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => {
                let op = if want == std::cmp::Ordering::Less {
                    crate::syntax::ast::CmpOp::Lt
                } else {
                    crate::syntax::ast::CmpOp::Gt
                };
                vm.compare_bool(op, &k, bk)?
            }
        };
        if better {
            best = Some((k, item));
        }
    }
    match (best, default) {
        (Some((_, v)), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => value_error(format!("{name}() arg is an empty sequence")),
    }
}

fn min(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    extreme(vm, "min", args, kw, std::cmp::Ordering::Less)
}

fn max(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    extreme(vm, "max", args, kw, std::cmp::Ordering::Greater)
}

fn sum(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    arity("sum", args, 1, 2)?;
    let start = kwarg("sum", kw, &["start"], "start")?
        .or_else(|| args.get(1).cloned())
        .unwrap_or(Value::Int(0));
    match start {
        Value::Str(_) => return type_error("sum() can't sum strings [use ''.join(seq) instead]"),
        Value::Bytes(_) => return type_error("sum() can't sum bytes [use b''.join(seq) instead]"),
        _ => {}
    }
    let mut acc = start;
    for item in vm.iterate(&args[0])? {
        let step = vm.binary_step(crate::syntax::ast::BinOp::Add, acc, item, false)?;
        acc = vm.drive(step)?;
    }
    Ok(acc)
}

/// Sorts values in place with Python's `sorted` semantics (stable, `key=`, `reverse=`).
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<()> {
    // CPython reverses, sorts stably, and reverses again, so that equal
    // items keep their order under `reverse=True`.
    if reverse {
        items.reverse();
    }
    let keys: Vec<Value> = match &key {
        Some(f) if !f.is_none() => items
            .iter()
            .map(|x| vm.call_value(f, vec![x.clone()]))
            .collect::<PyResult<_>>()?,
        _ => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    // Keys all of one plain kind have a total order: the standard library's
    // stable sort gives Python's result, faster.
    if keys.iter().all(|k| matches!(k, Value::Int(_))) {
        idx.sort_by_key(|&i| if let Value::Int(n) = keys[i] { n } else { 0 });
    } else if keys
        .iter()
        .all(|k| matches!(k, Value::Float(f) if !f.is_nan()))
    {
        let f = |i: usize| {
            if let Value::Float(x) = keys[i] {
                x
            } else {
                0.0
            }
        };
        // `partial_cmp`: -0.0 and 0.0 are equal, as in Python (no NaN here).
        idx.sort_by(|&a, &b| f(a).partial_cmp(&f(b)).unwrap_or(std::cmp::Ordering::Equal));
    } else if keys.iter().all(|k| matches!(k, Value::Str(_))) {
        let s = |i: usize| keys[i].as_str().unwrap_or("");
        idx.sort_by(|&a, &b| s(a).cmp(s(b)));
    } else {
        // Python's sort only asks `later < earlier`; an incomparable pair raises TypeError.
        merge_sort(&mut idx, &mut |a, b| {
            vm.compare_bool(crate::syntax::ast::CmpOp::Lt, &keys[a], &keys[b])
        })?;
    }
    let mut sorted: Vec<Value> = idx.into_iter().map(|i| items[i].clone()).collect();
    if reverse {
        sorted.reverse();
    }
    *items = sorted;
    Ok(())
}

/// A stable merge sort of `idx` by `less` (a script `__lt__`, maybe): it
/// stops at the first error, and any answers at all, even ones that are no
/// order, give some permutation (the standard library's sort may panic on those).
fn merge_sort(
    idx: &mut Vec<usize>,
    less: &mut dyn FnMut(usize, usize) -> PyResult<bool>,
) -> PyResult<()> {
    let n = idx.len();
    let mut buf = vec![0usize; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                // The later item goes first only when it is strictly less.
                if less(idx[j], idx[i])? {
                    buf[k] = idx[j];
                    j += 1;
                } else {
                    buf[k] = idx[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + (mid - i)].copy_from_slice(&idx[i..mid]);
            k += mid - i;
            buf[k..k + (end - j)].copy_from_slice(&idx[j..end]);
            start = end;
        }
        std::mem::swap(idx, &mut buf);
        width *= 2;
    }
    Ok(())
}

fn sorted(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() != 1 {
        return type_error(format!("sorted expected 1 argument, got {}", args.len()));
    }
    let key = kwarg("sort", kw, &["key", "reverse"], "key")?;
    let reverse =
        kwarg("sort", kw, &["key", "reverse"], "reverse")?.is_some_and(|r| ops::truthy(&r));
    let mut items = vm.iterate(&args[0])?;
    sort_values(vm, &mut items, key, reverse)?;
    Ok(Value::list(items))
}

fn reversed(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("reversed", args, 1, 1)?;
    if let Some(class) = crate::vm::protocol::user_class(&args[0]) {
        match class.lookup_user("__reversed__") {
            Some(Value::None) => {}
            Some(m) => return vm.call_value(&m, vec![args[0].clone()]),
            None if class.lookup_user("__len__").is_some()
                && class.lookup_user("__getitem__").is_some() =>
            {
                let n = int_arg(&vm.len(&args[0])?, "")?;
                let mut items = Vec::new();
                for i in (0..n).rev() {
                    items.push(vm.subscript(&args[0], &Value::Int(i))?);
                }
                return Ok(Value::iter(Iter::Seq {
                    seq: Value::list(items),
                    index: 0,
                }));
            }
            None => {
                let payload = unwrap_payload(&args[0]).clone();
                if !payload.is(&args[0]) {
                    return reversed(vm, &[payload], &[]);
                }
            }
        }
    }
    match &args[0] {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) => {
            let n = match &args[0] {
                Value::List(l) => l.borrow().len(),
                Value::Tuple(t) => t.len(),
                Value::Bytes(b) => b.len(),
                Value::Str(s) => s.char_len(),
                _ => 0,
            };
            let seq = match &args[0] {
                Value::Str(s) => {
                    Value::tuple(s.text.chars().map(|c| Value::str(c.to_string())).collect())
                }
                other => other.clone(),
            };
            Ok(Value::iter(Iter::Reversed { seq, index: n }))
        }
        Value::Range(r) => {
            let n = r.len();
            Ok(Value::iter(Iter::Range {
                next: if n == 0 { r.start } else { r.get(n - 1) },
                step: r.step.wrapping_neg(),
                left: n,
            }))
        }
        Value::Dict(d) => {
            let keys: Vec<Value> = d.borrow().keys().rev().map(|k| k.0.clone()).collect();
            Ok(Value::iter(Iter::Seq {
                seq: Value::list(keys),
                index: 0,
            }))
        }
        other => type_error(format!("'{}' object is not reversible", type_name(other))),
    }
}

fn enumerate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let start = kwarg("enumerate", kw, &["start"], "start")?
        .or_else(|| args.get(1).cloned())
        .unwrap_or(Value::Int(0));
    arity("enumerate", args, 1, 2)?;
    let inner = vm.get_iter(&args[0])?;
    Ok(Value::iter(Iter::Enumerate {
        inner,
        count: start,
    }))
}

fn zip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let strict = kwarg("zip", kw, &["strict"], "strict")?.is_some_and(|s| ops::truthy(&s));
    let inners = args
        .iter()
        .map(|a| vm.get_iter(a))
        .collect::<PyResult<_>>()?;
    Ok(Value::iter(Iter::Zip { inners, strict }))
}

fn map(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if args.len() < 2 {
        return type_error("map() must have at least two arguments.");
    }
    let inners = args[1..]
        .iter()
        .map(|a| vm.get_iter(a))
        .collect::<PyResult<_>>()?;
    Ok(Value::iter(Iter::Map {
        func: args[0].clone(),
        inners,
    }))
}

fn filter(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("filter", args, 2, 2)?;
    let inner = vm.get_iter(&args[1])?;
    Ok(Value::iter(Iter::Filter {
        func: args[0].clone(),
        inner,
    }))
}

fn isinstance(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("isinstance", args, 2, 2)?;
    if let Some(r) = meta_check(vm, &args[1], "__instancecheck__", &args[0]) {
        return r;
    }
    class_test(&args[1], "isinstance", &|c| is_instance(&args[0], c)).map(Value::Bool)
}

/// Tests the classes of `isinstance`'s or `issubclass`'s second argument in
/// order, as CPython: a match ends the test before a later bad entry is seen.
fn class_test(v: &Value, fname: &str, test: &dyn Fn(&TypeObj) -> bool) -> PyResult<bool> {
    // CPython's two messages differ in one word.
    let (what, whats) = if fname == "issubclass" {
        ("class", "classes")
    } else {
        ("type", "types")
    };
    match v {
        Value::Type(t) => Ok(test(t)),
        Value::Opaque(_) if let Some(classes) = crate::vm::alias::union_classes(v, fname) => {
            for c in classes? {
                if class_test(&c, fname, test)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Tuple(items) => {
            for i in items.iter() {
                if class_test(i, fname, test)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => type_error(format!(
            "{fname}() arg 2 must be a {what}, a tuple of {whats}, or a union"
        )),
    }
}

/// `isinstance`/`issubclass` against a class whose metaclass decides
/// (`__instancecheck__`, `__subclasscheck__`).
fn meta_check(vm: &mut Vm, class: &Value, hook: &str, v: &Value) -> Option<PyResult<Value>> {
    let Value::Type(t) = class else {
        return None;
    };
    let m = t.metaclass()?.lookup_user(hook)?;
    Some(
        vm.call_value(&m, vec![class.clone(), v.clone()])
            .and_then(|r| vm.truthy(&r))
            .map(Value::Bool),
    )
}

fn issubclass(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("issubclass", args, 2, 2)?;
    if let Some(r) = meta_check(vm, &args[1], "__subclasscheck__", &args[0]) {
        return r;
    }
    let Value::Type(t) = &args[0] else {
        return type_error("issubclass() arg 1 must be a class");
    };
    class_test(&args[1], "issubclass", &|c| {
        (c.builtin == Builtin::Object && !c.is_user) || t.is_subclass(c)
    })
    .map(Value::Bool)
}

fn round(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let nd = kwarg("round", kw, &["ndigits"], "ndigits")?.or_else(|| args.get(1).cloned());
    if let Some(x) = args.first()
        && crate::vm::protocol::user_class(x).is_some()
    {
        let rest: Vec<Value> = nd.iter().cloned().collect();
        if let Some(r) = user_conversion(vm, x, "__round__", rest)? {
            return Ok(r);
        }
        let payload = unwrap_payload(x).clone();
        if payload.is(x) {
            return type_error(format!(
                "type {} doesn't define __round__ method",
                type_name(x)
            ));
        }
        let mut args = args.to_vec();
        args[0] = payload;
        return round(vm, &args, kw);
    }
    if args.is_empty() || args.len() > 2 {
        return type_error(format!(
            "round() takes at most 2 arguments ({} given)",
            args.len()
        ));
    }
    let nd = match nd {
        None | Some(Value::None) => None,
        Some(v) => Some(int_arg(&v, "")?),
    };
    match (&args[0], nd) {
        (Value::Float(f), None) => {
            if f.is_nan() {
                return value_error("cannot convert float NaN to integer");
            }
            if f.is_infinite() {
                return overflow_error("cannot convert float infinity to integer");
            }
            crate::fmt::round_float_to_int(*f)
                .map(Value::from_bigint)
                .map_err(num_error)
        }
        (Value::Float(f), Some(n)) => crate::fmt::round_float(*f, n)
            .map(Value::Float)
            .map_err(num_error),
        (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), None) => ops::positive(&args[0]),
        (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), Some(n)) => {
            if n >= 0 {
                return ops::positive(&args[0]);
            }
            let x = to_big(&args[0]);
            let m = num_traits::pow::pow(BigInt::from(10), (-n) as usize);
            let (q, r) = num_integer::Integer::div_mod_floor(&x, &m);
            let twice = &r * 2;
            let q = if twice > m || (twice == m && num_integer::Integer::is_odd(&q)) {
                q + 1
            } else {
                q
            };
            Ok(Value::from_bigint(q * m))
        }
        (other, _) => type_error(format!(
            "type {} doesn't define __round__ method",
            type_name(other)
        )),
    }
}

fn to_big(v: &Value) -> BigInt {
    match v {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(*b as i64),
        Value::BigInt(b) => (**b).clone(),
        _ => BigInt::default(),
    }
}

fn radix(vm: &mut Vm, args: &[Value], name: &str, base: u32) -> PyResult<Value> {
    arity(name, args, 1, 1)?;
    let n = vm.index_key(args[0].clone())?;
    match &n {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            Ok(Value::str(crate::fmt::int_to_radix(&to_big(&n), base)))
        }
        other => type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(other)
        )),
    }
}

fn hex(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    radix(vm, args, "hex", 16)
}

fn bin(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    radix(vm, args, "bin", 2)
}

fn oct(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    radix(vm, args, "oct", 8)
}

fn ord(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("ord", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) if s.char_len() == 1 => {
            Ok(Value::Int(s.text.chars().next().map_or(0, |c| c as i64)))
        }
        Value::Str(s) => type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.char_len()
        )),
        Value::Bytes(b) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        Value::Bytes(b) => type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        )),
        other => type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(other)
        )),
    }
}

fn chr(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("chr", args, 1, 1)?;
    let n = int_arg(&args[0], "")?;
    match u32::try_from(n).ok().filter(|n| *n < 0x110000) {
        Some(n) => match char::from_u32(n) {
            Some(c) => Ok(Value::str(c.to_string())),
            None => value_error("Coro strings cannot hold surrogate code points"),
        },
        None => value_error("chr() arg not in range(0x110000)"),
    }
}

fn divmod(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("divmod", args, 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    if let Some(r) = user_conversion(vm, a, "__divmod__", vec![b.clone()])? {
        return Ok(r);
    }
    if let Some(r) = user_conversion(vm, b, "__rdivmod__", vec![a.clone()])? {
        return Ok(r);
    }
    let (a, b) = (unwrap_payload(a), unwrap_payload(b));
    if let (Value::Float(_), _) | (_, Value::Float(_)) = (a, b) {
        let (x, y) = (float_arg(a, "")?, float_arg(b, "")?);
        let (q, r) = crate::fmt::float_divmod(x, y).map_err(num_error)?;
        return Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]));
    }
    let q = ops::binary(crate::syntax::ast::BinOp::FloorDiv, a, b).map_err(|e| {
        if e.is(Builtin::TypeError) {
            new_error(
                Builtin::TypeError,
                format!(
                    "unsupported operand type(s) for divmod(): '{}' and '{}'",
                    type_name(a),
                    type_name(b)
                ),
            )
        } else {
            e
        }
    })?;
    let r = ops::binary(crate::syntax::ast::BinOp::Mod, a, b)?;
    Ok(Value::tuple(vec![q, r]))
}

fn pow(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("pow", args, 2, 3)?;
    if args.len() == 3
        && !args[2].is_none()
        && let Some(r) = user_conversion(vm, &args[0], "__pow__", args[1..].to_vec())?
    {
        return Ok(r);
    }
    if args.len() == 2 || args[2].is_none() {
        let step = vm.binary_step(
            crate::syntax::ast::BinOp::Pow,
            args[0].clone(),
            args[1].clone(),
            false,
        )?;
        return vm.drive(step);
    }
    if let Some(m) = args.get(2).filter(|m| !m.is_none()) {
        let (b, e, m) = (to_big(&args[0]), to_big(&args[1]), to_big(m));
        if num_traits::Zero::is_zero(&m) {
            return value_error("pow() 3rd argument cannot be 0");
        }
        let ma = num_traits::Signed::abs(&m);
        let (b, e) = if num_traits::Signed::is_negative(&e) {
            // Modular inverse by the extended Euclidean algorithm.
            let (mut r0, mut r1) = (ma.clone(), num_integer::Integer::mod_floor(&b, &ma));
            let (mut t0, mut t1) = (num_bigint::BigInt::from(0), num_bigint::BigInt::from(1));
            while !num_traits::Zero::is_zero(&r1) {
                let q = &r0 / &r1;
                let r2 = &r0 - &q * &r1;
                let t2 = &t0 - &q * &t1;
                (r0, r1, t0, t1) = (r1, r2, t1, t2);
            }
            if r0 != num_bigint::BigInt::from(1) {
                return value_error("base is not invertible for the given modulus");
            }
            (t0, -e)
        } else {
            (b, e)
        };
        let r = b.modpow(&e, &ma);
        let r = if num_traits::Signed::is_negative(&r) {
            r + &ma
        } else {
            r
        };
        let r = if num_traits::Signed::is_negative(&m) && !num_traits::Zero::is_zero(&r) {
            r - &ma
        } else {
            r
        };
        return Ok(Value::from_bigint(r));
    }
    ops::binary(crate::syntax::ast::BinOp::Pow, &args[0], &args[1])
}

fn any(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("any", args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("all", args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn iter(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("iter", args, 1, 2)?;
    match args {
        [func, sentinel] => {
            if matches!(callable(vm, &args[..1], &[])?, Value::Bool(false)) {
                return type_error("iter(v, w): v must be callable");
            }
            Ok(Value::iter(Iter::Call {
                func: func.clone(),
                sentinel: sentinel.clone(),
            }))
        }
        _ => vm.get_iter(&args[0]),
    }
}

fn next(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("next", args, 1, 2)?;
    if let Value::Generator(g) = &args[0] {
        use crate::vm::generator::{Resume, Step, stop_iteration};
        return match vm.resume_generator(g, Resume::Send(Value::None))? {
            Step::Yielded(v) => Ok(v),
            Step::Returned(_) if args.len() == 2 => Ok(args[1].clone()),
            Step::Returned(v) => Err(stop_iteration(v)),
        };
    }
    match vm.next(&args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(Exception::new(builtin(Builtin::StopIteration), vec![])),
        },
    }
}

fn hash(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("hash", args, 1, 1)?;
    Ok(Value::Int(vm.hash(&args[0])?))
}

pub fn hash_of(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let key = vm.key(v.clone())?;
    Ok(crate::vm::hash::py_hash(&key.0))
}

fn id(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("id", args, 1, 1)?;
    Ok(Value::Int(crate::vm::repr::identity(&args[0]) as i64))
}

fn attr_name(v: &Value) -> PyResult<&Str> {
    match v {
        Value::Str(s) => Ok(s),
        other => type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(other)
        )),
    }
}

fn getattr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("getattr", args, 2, 3)?;
    let name = attr_name(&args[1])?;
    match vm.get_attr(&args[0], name) {
        Err(e) if e.is(Builtin::AttributeError) && args.len() == 3 => Ok(args[2].clone()),
        r => r,
    }
}

fn hasattr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("hasattr", args, 2, 2)?;
    let name = attr_name(&args[1])?;
    match vm.get_attr(&args[0], name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.is(Builtin::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn callable(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("callable", args, 1, 1)?;
    Ok(Value::Bool(match &args[0] {
        Value::Function(_) | Value::Native(_) | Value::BoundMethod(_) | Value::Type(_) => true,
        v @ Value::Opaque(_) => {
            crate::vm::class::opaque::<crate::vm::class::StaticMethod>(v).is_some()
        }
        v => crate::vm::protocol::user_method(v, "__call__").is_some(),
    }))
}

fn format(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return type_error(format!(
                "format() argument 2 must be str, not {}",
                type_name(other)
            ));
        }
        None => String::new(),
    };
    Ok(Value::str(vm.format(&args[0], &spec)?))
}

/// Calls a built-in class: `int("5")`, `list(x)`, `ValueError("m")`, `type(x)`.
/// Calls a user-defined dunder method of `v`'s class, if it has one.
fn user_conversion(
    vm: &mut Vm,
    v: &Value,
    name: &str,
    rest: Vec<Value>,
) -> PyResult<Option<Value>> {
    let Some(m) = crate::vm::protocol::user_method(v, name) else {
        return Ok(None);
    };
    let mut args = vec![v.clone()];
    args.extend(rest);
    vm.call_value(&m, args).map(Some)
}

/// `int(x)` and `float(x)` of an instance: `__int__`/`__float__`, then
/// `__index__`, then the built-in part of a subclass instance.
fn convert_instance(vm: &mut Vm, to: Builtin, x: &Value) -> PyResult<Option<Value>> {
    let own = if to == Builtin::Int {
        "__int__"
    } else {
        "__float__"
    };
    if let Some(r) = user_conversion(vm, x, own, Vec::new())? {
        let ok = match to {
            Builtin::Int => matches!(r, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)),
            _ => matches!(r, Value::Float(_)),
        };
        if !ok {
            let msg = if to == Builtin::Int {
                format!("__int__ returned non-int (type {})", type_name(&r))
            } else {
                format!(
                    "{}.__float__ returned non-float (type {})",
                    type_name(x),
                    type_name(&r)
                )
            };
            return type_error(msg);
        }
        return Ok(Some(match r {
            Value::Bool(b) => Value::Int(b as i64),
            r => r,
        }));
    }
    if let Some(r) = user_conversion(vm, x, "__index__", Vec::new())? {
        return Ok(Some(match (to, r) {
            (Builtin::Float, Value::Int(i)) => Value::Float(i as f64),
            (_, r) => r,
        }));
    }
    let payload = unwrap_payload(x).clone();
    if payload.is(x) {
        return Ok(None);
    }
    let t = crate::vm::types::builtin(to);
    construct(vm, &t, &[payload], &[]).map(Some)
}

pub fn construct(vm: &mut Vm, t: &Ref<TypeObj>, args: &[Value], kw: Kw) -> PyResult<Value> {
    if let (Builtin::Int | Builtin::Float, [x]) = (t.builtin, args)
        && !t.is_user
        && crate::vm::protocol::user_class(x).is_some()
        && let Some(v) = convert_instance(vm, t.builtin, x)?
    {
        return Ok(v);
    }
    if t.is_exception() {
        no_kwargs(&t.name, kw)?;
        return Ok(Value::Exception(Exception::new(t.clone(), args.to_vec())));
    }
    let name = &t.name;
    match t.builtin {
        Builtin::Type if args.len() == 3 => super::object::type_new(vm, args, kw, None),
        Builtin::Type => {
            arity("type", args, 1, 1)
                .map_err(|_| new_error(Builtin::TypeError, "type() takes 1 or 3 arguments"))?;
            Ok(Value::Type(type_of(&args[0])))
        }
        Builtin::Int => int_new(args, kw),
        Builtin::Float => {
            no_kwargs("float", kw)?;
            arity("float", args, 0, 1)?;
            match args.first() {
                None => Ok(Value::Float(0.0)),
                Some(Value::Float(f)) => Ok(Value::Float(*f)),
                Some(Value::Bytes(b)) => {
                    let text: String = b.iter().map(|&c| c as char).collect();
                    match crate::fmt::parse_float(&text) {
                        Some(f) => Ok(Value::Float(f)),
                        None => value_error(format!(
                            "could not convert string to float: {}",
                            repr_plain(&args[0])
                        )),
                    }
                }
                Some(Value::Str(s)) => match crate::fmt::parse_float(s.as_str()) {
                    Some(f) => Ok(Value::Float(f)),
                    None => value_error(format!(
                        "could not convert string to float: {}",
                        repr_plain(&args[0])
                    )),
                },
                Some(v) => match ops::to_f64(v) {
                    Some(r) => r.map(Value::Float),
                    None => type_error(format!(
                        "float() argument must be a string or a real number, not '{}'",
                        type_name(v)
                    )),
                },
            }
        }
        Builtin::Str => str_new(vm, args, kw),
        Builtin::Bytes => super::bytes_methods::construct(vm, args, kw),
        Builtin::Bool => {
            arity("bool", args, 0, 1)?;
            Ok(Value::Bool(match args.first() {
                Some(v) => vm.truthy(v)?,
                None => false,
            }))
        }
        Builtin::List => {
            arity("list", args, 0, 1)?;
            Ok(Value::list(match args.first() {
                Some(v) => vm.iterate(v)?,
                None => Vec::new(),
            }))
        }
        Builtin::Tuple => {
            arity("tuple", args, 0, 1)?;
            Ok(match args.first() {
                Some(v @ Value::Tuple(_)) => v.clone(),
                Some(v) => Value::tuple(vm.iterate(v)?),
                None => Value::tuple(Vec::new()),
            })
        }
        Builtin::FrozenSet => super::frozenset::construct(vm, args),
        Builtin::Property => super::object::property(vm, args, kw),
        Builtin::StaticMethod => super::object::staticmethod(vm, args, kw),
        Builtin::ClassMethod => super::object::classmethod(vm, args, kw),
        Builtin::Super => super::object::super_(vm, args, kw),
        Builtin::Enumerate => enumerate(vm, args, kw),
        Builtin::Zip => zip(vm, args, kw),
        Builtin::Map => map(vm, args, kw),
        Builtin::Filter => filter(vm, args, kw),
        Builtin::Reversed => reversed(vm, args, kw),
        Builtin::Set => {
            arity("set", args, 0, 1)?;
            let set: Set = RefCell::new(KeySet::default());
            if let Some(v) = args.first() {
                for x in vm.iterate(v)? {
                    vm.set_add(&set, x)?;
                }
            }
            Ok(Value::Set(alloc(set)))
        }
        Builtin::Dict => {
            arity("dict", args, 0, 1)?;
            let d = Value::dict(Map::default());
            if let Some(src) = args.first() {
                super::methods::dict_update_from(vm, &d, src)?;
            }
            if let Value::Dict(m) = &d {
                for (k, v) in kw {
                    m.borrow_mut().insert(Key(Value::Str(k.clone())), v.clone());
                }
            }
            Ok(d)
        }
        Builtin::Range => {
            no_kwargs("range", kw)?;
            let args: Vec<Value> = args
                .iter()
                .map(|a| vm.index_key(a.clone()))
                .collect::<PyResult<_>>()?;
            let ints: Vec<i64> = args
                .iter()
                .map(|a| match a {
                    Value::Int(_) | Value::Bool(_) => int_arg(a, ""),
                    Value::BigInt(_) => {
                        overflow_error("Coro's range() is limited to 64-bit integers")
                    }
                    other => type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        type_name(other)
                    )),
                })
                .collect::<PyResult<_>>()?;
            let (start, stop, step) = match ints.as_slice() {
                [stop] => (0, *stop, 1),
                [start, stop] => (*start, *stop, 1),
                [start, stop, step] => (*start, *stop, *step),
                [] => return type_error("range expected at least 1 argument, got 0"),
                _ => {
                    return type_error(format!(
                        "range expected at most 3 arguments, got {}",
                        ints.len()
                    ));
                }
            };
            if step == 0 {
                return value_error("range() arg 3 must not be zero");
            }
            Ok(Value::Range(alloc(Range { start, stop, step })))
        }
        Builtin::Slice => {
            arity("slice", args, 1, 3)?;
            let (start, stop, step) = match args {
                [stop] => (Value::None, stop.clone(), Value::None),
                [a, b] => (a.clone(), b.clone(), Value::None),
                [a, b, c] => (a.clone(), b.clone(), c.clone()),
                _ => unreachable!("arity checked"),
            };
            Ok(Value::Slice(alloc(Slice { start, stop, step })))
        }
        Builtin::Ellipsis if args.is_empty() && kw.is_empty() => Ok(Value::Ellipsis),
        Builtin::NoneType if args.is_empty() && kw.is_empty() => Ok(Value::None),
        Builtin::NoneType => type_error("NoneType takes no arguments"),
        Builtin::Ellipsis => type_error("EllipsisType takes no arguments"),
        Builtin::Object => {
            if !args.is_empty() || !kw.is_empty() {
                return type_error("object() takes no arguments");
            }
            Ok(Value::Instance(alloc(Instance::new(
                t.clone(),
                Value::Undef,
            ))))
        }
        _ => type_error(format!("cannot create '{name}' instances")),
    }
}

/// `str()`, `str(obj)`, or `str(b, encoding, errors)` to decode bytes.
fn str_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() > 3 {
        return type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            args.len()
        ));
    }
    let mut p: [Option<Value>; 3] = Default::default();
    for (i, a) in args.iter().enumerate() {
        p[i] = Some(a.clone());
    }
    for (k, v) in kw {
        let Some(i) = ["object", "encoding", "errors"]
            .iter()
            .position(|n| *n == k.as_str())
        else {
            return type_error(format!(
                "'{}' is an invalid keyword argument for str()",
                k.as_str()
            ));
        };
        p[i] = Some(v.clone());
    }
    match p {
        [None, None, None] => Ok(Value::str("")),
        [Some(v), None, None] => Ok(Value::str(vm.to_str(&v)?)),
        [obj, encoding, errors] => super::bytes_methods::str_decode(
            &obj.unwrap_or_else(|| Value::bytes(Vec::new())),
            encoding,
            errors,
        ),
    }
}

fn int_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let base = kwarg("int", kw, &["base"], "base")?.or_else(|| args.get(1).cloned());
    if args.len() > 2 {
        return type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.len()
        ));
    }
    let Some(x) = args.first() else {
        return Ok(Value::Int(0));
    };
    if let Some(base) = base {
        let base = int_arg(&base, "")?;
        let text = match x {
            Value::Str(s) => s.as_str().to_string(),
            Value::Bytes(b) => b.iter().map(|&c| c as char).collect(),
            _ => return type_error("int() can't convert non-string with explicit base"),
        };
        return parse_int_str(&text, base as u32, x);
    }
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                return value_error("cannot convert float NaN to integer");
            }
            match crate::fmt::float_to_int(*f) {
                Some(i) => Ok(Value::from_bigint(i)),
                None => overflow_error("cannot convert float infinity to integer"),
            }
        }
        Value::Str(s) => parse_int_str(s.as_str(), 10, x),
        Value::Bytes(b) => {
            let text: String = b.iter().map(|&c| c as char).collect();
            parse_int_str(&text, 10, x)
        }
        other => type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            type_name(other)
        )),
    }
}

fn parse_int_str(s: &str, base: u32, original: &Value) -> PyResult<Value> {
    match crate::fmt::parse_int(s, base) {
        Ok(i) => Ok(Value::from_bigint(i)),
        Err(crate::fmt::IntParseError::Invalid) => value_error(format!(
            "invalid literal for int() with base {base}: {}",
            repr_plain(original)
        )),
        Err(crate::fmt::IntParseError::Error(e)) => Err(num_error(e)),
    }
}
