//! The standard library: builtins, methods of built-in types, and the native
//! modules `asyncio`, `time`, `random`, `sys` and `math`; `in_coro` adds the
//! parts written in Coro (asyncio's locks, queues and timeouts, in `coro/`).

pub mod asyncio;
pub mod attributes;
pub mod builtins;
pub mod bytes_methods;
pub mod dunders;
pub mod format;
pub mod frozenset;
pub mod heapq;
pub mod in_coro;
pub mod iterators;
pub mod math;
pub mod methods;
pub mod namespace;
pub mod object;
pub mod operator;
pub mod percent;
pub mod random;
pub mod str_methods;
pub mod sys;
pub mod time;

use crate::vm::Vm;
use crate::vm::exception::type_error;
use crate::vm::heap::{Ref, alloc};
use crate::vm::types::{builtin, builtin_by_name, type_name};
use crate::vm::value::*;

/// Fills the VM's `builtins` namespace.
pub fn install(vm: &mut Vm) {
    for (name, func) in builtins::FUNCTIONS.iter().chain(sys::BUILTINS) {
        vm.builtins.insert(name, native(name, None, *func));
    }
    for (name, func) in object::FUNCTIONS {
        vm.builtins.insert(name, native(name, None, *func));
    }
    vm.builtins
        .insert("NotImplemented", vm.not_implemented.clone());
    object::register();
    frozenset::register();
    // CPython's old names for OSError.
    for alias in ["IOError", "EnvironmentError"] {
        vm.builtins.insert(
            alias,
            Value::Type(builtin(crate::vm::types::Builtin::OSError)),
        );
    }
    for name in builtins::TYPE_NAMES {
        if let Some(b) = builtin_by_name(name) {
            vm.builtins.insert(name, Value::Type(builtin(b)));
        }
    }
    vm.builtins.insert("Ellipsis", Value::Ellipsis);
    vm.builtins.insert(
        "__import__",
        native("__import__", None, crate::importer::dunder_import),
    );
    for (name, func) in namespace::FUNCTIONS {
        vm.builtins.insert(name, native(name, None, *func));
    }
}

/// A native function value.
pub fn native(name: &'static str, owner: Option<&'static str>, func: NativeFn) -> Value {
    Value::Native(alloc(Native {
        name,
        owner,
        func,
        receiver: None,
    }))
}

/// A native module with the given functions and values.
pub fn module(name: &str, funcs: &[(&'static str, NativeFn)], values: Vec<(&str, Value)>) -> Value {
    let m = Module::new(name);
    m.set("__name__", Value::str(name));
    for (n, f) in funcs {
        m.set(n, native(n, Some(""), *f));
    }
    for (n, v) in values {
        m.set(n, v);
    }
    Value::Module(alloc(m))
}

/// The native module of that name, made fresh.
pub fn make_module(vm: &Vm, name: &str) -> Option<Value> {
    Some(match name {
        "asyncio" => asyncio::module(),
        "time" => time::module(),
        "random" => random::module(),
        "sys" => sys::module(vm),
        "math" => math::module(),
        // All Coro; the importer binds `collections.abc` on `collections`.
        "collections" | "collections.abc" | "_collections_mapping" | "functools" | "itertools" => {
            module(name, &[], Vec::new())
        }
        "operator" => operator::module(),
        "heapq" => heapq::module(),
        // All of them is Coro (`in_coro`).
        name if in_coro::all_coro(name) => module(name, &[], Vec::new()),
        _ => return None,
    })
}

// ---- argument helpers shared by natives ------------------------------------

/// Checks a native's positional argument count, with Python's message.
pub fn arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    };
    type_error(msg)
}

/// Refuses keyword arguments for natives that take none.
pub fn no_kwargs(name: &str, kw: &[(Ref<Str>, Value)]) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        type_error(format!("{name}() takes no keyword arguments"))
    }
}

/// The keyword argument `name`, if given; an error for any other keyword.
pub fn kwarg(
    fname: &str,
    kw: &[(Ref<Str>, Value)],
    allowed: &[&str],
    name: &str,
) -> PyResult<Option<Value>> {
    for (k, _) in kw {
        if !allowed.contains(&k.as_str()) {
            return type_error(format!(
                "{fname}() got an unexpected keyword argument '{}'",
                k.as_str()
            ));
        }
    }
    Ok(kw
        .iter()
        .find(|(k, _)| k.as_str() == name)
        .map(|(_, v)| v.clone()))
}

/// An int argument as i64.
pub fn int_arg(v: &Value, what: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => {
            crate::vm::exception::overflow_error("Python int too large to convert to C ssize_t")
        }
        other => type_error(format!(
            "'{}' object cannot be interpreted as an integer{what}",
            type_name(other)
        )),
    }
}

/// An int argument that CPython reads as a C `int` (a tab size, a number
/// of random bits): OverflowError outside its range.
pub fn c_int_arg(v: &Value, what: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) if i32::try_from(*i).is_err() => {
            crate::vm::exception::overflow_error("Python int too large to convert to C int")
        }
        Value::BigInt(_) => {
            crate::vm::exception::overflow_error("Python int too large to convert to C int")
        }
        _ => int_arg(v, what),
    }
}

/// A float argument (ints accepted).
pub fn float_arg(v: &Value, fname: &str) -> PyResult<f64> {
    match crate::vm::ops::to_f64(v) {
        Some(r) => r,
        None => type_error(format!("{fname}must be real number, not {}", type_name(v))),
    }
}
