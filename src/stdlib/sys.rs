//! The `sys` module: the recursion limit, `argv`, `exit`, `displayhook`, and
//! the natives under `stdout`/`stderr` (streams written in Coro, `coro/sys`).

use super::{arity, int_arg};
use crate::vm::Vm;
use crate::vm::exception::{Exception, value_error};
use crate::vm::heap::Ref;
use crate::vm::value::*;
use std::io::Write;

pub fn module(vm: &Vm) -> Value {
    let argv = vm.argv.iter().map(|a| Value::str(a.as_str())).collect();
    super::module(
        "sys",
        &[
            ("setrecursionlimit", setrecursionlimit),
            ("getrecursionlimit", getrecursionlimit),
            ("exit", exit),
            ("displayhook", displayhook),
            ("_write_stdout", write_stdout),
            ("_flush_stdout", flush_stdout),
            ("_write_stderr", write_stderr),
            ("_flush_stderr", flush_stderr),
        ],
        vec![
            ("maxsize", Value::Int(i64::MAX)),
            ("argv", Value::list(argv)),
            ("modules", Value::Dict(vm.imports.modules.clone())),
            ("path", Value::List(vm.imports.path.clone())),
        ],
    )
}

/// The text a stream's `write` got (its Coro part checked it is a str).
fn text(args: &[Value]) -> PyResult<&str> {
    arity("write", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) => Ok(s.as_str()),
        other => crate::vm::exception::type_error(format!(
            "write() argument must be str, not {}",
            crate::vm::types::type_name(other)
        )),
    }
}

fn write_stdout(vm: &mut Vm, args: &[Value], _: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    vm.write_out(text(args)?)?;
    Ok(Value::None)
}

fn flush_stdout(vm: &mut Vm, _: &[Value], _: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    vm.flush_out()?;
    Ok(Value::None)
}

/// Diagnostics go out unbuffered, after the program output written before them.
fn write_stderr(vm: &mut Vm, args: &[Value], _: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    let s = text(args)?;
    vm.flush();
    let _ = vm.err.write_all(s.as_bytes());
    Ok(Value::None)
}

fn flush_stderr(vm: &mut Vm, _: &[Value], _: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    let _ = vm.err.flush();
    Ok(Value::None)
}

/// `exit()` and `quit()`, which Python's `site` makes builtins.
pub const BUILTINS: &[(&str, NativeFn)] = &[("exit", exit), ("quit", exit)];

/// `sys.exit(code)`: raises SystemExit.
fn exit(_: &mut Vm, args: &[Value], _: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    arity("exit", args, 0, 1)?;
    Err(Exception::new(
        crate::vm::types::builtin(crate::vm::types::Builtin::SystemExit),
        args.to_vec(),
    ))
}

/// `sys.displayhook(value)`: what an interactive input's expression
/// statement calls. Shows the repr of a value other than None and keeps the
/// value in the builtin `_`.
fn displayhook(vm: &mut Vm, args: &[Value], _: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    arity("displayhook", args, 1, 1)?;
    if let Value::None = args[0] {
        return Ok(Value::None);
    }
    let old = vm.builtins.insert("_", Value::None);
    if let Some(Value::Coroutine(c)) = old
        && !c.started.get()
        && c.body.borrow().is_some()
        && std::rc::Rc::strong_count(&c) == 1
    {
        // Dropping the last reference: CPython's warning when the coroutine is
        // collected (without the line, which a native does not know).
        vm.flush();
        let text = format!(
            "RuntimeWarning: coroutine '{}' was never awaited\n",
            c.qualname.as_str()
        );
        let _ = std::io::Write::write_all(&mut vm.err, text.as_bytes());
        let _ = std::io::Write::flush(&mut vm.err);
    }
    let text = vm.repr(&args[0])?;
    vm.write_out(&text)?;
    vm.write_out("\n")?;
    vm.builtins.insert("_", args[0].clone());
    Ok(Value::None)
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], _: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    arity("setrecursionlimit", args, 1, 1)?;
    let n = int_arg(&args[0], "")?;
    if n < 1 {
        return value_error("recursion limit must be greater or equal than 1");
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

fn getrecursionlimit(vm: &mut Vm, _: &[Value], _: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}
