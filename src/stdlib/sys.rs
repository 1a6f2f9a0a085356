//! The `sys` module: the recursion limit, `argv`, `exit`, `displayhook`,
//! `path`, `modules`, `platform`, the natives under `stdin`/`stdout`/`stderr`
//! (streams written in Coro, `coro/sys`), and the builtin `input`.

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
            ("_read_stdin_line", read_stdin_line),
            ("_read_stdin", read_stdin),
            ("getdefaultencoding", encoding),
            ("getfilesystemencoding", encoding),
            ("intern", intern),
        ],
        vec![
            ("maxsize", Value::Int(i64::MAX)),
            ("argv", Value::list(argv)),
            ("modules", Value::Dict(vm.imports.modules.clone())),
            ("path", Value::List(vm.imports.path.clone())),
            ("platform", Value::str(platform())),
            (
                "byteorder",
                Value::str(if cfg!(target_endian = "little") {
                    "little"
                } else {
                    "big"
                }),
            ),
            ("executable", Value::str(executable())),
            ("_coro_version", Value::str(env!("CARGO_PKG_VERSION"))),
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

/// `sys.getdefaultencoding()`, `sys.getfilesystemencoding()`: Coro's strings are UTF-8.
fn encoding(_: &mut Vm, args: &[Value], _: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    arity("getdefaultencoding", args, 0, 0)?;
    Ok(Value::str("utf-8"))
}

/// `sys.intern(s)`: the string itself (Coro keeps no table of interned strings).
fn intern(_: &mut Vm, args: &[Value], _: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    arity("intern", args, 1, 1)?;
    match &args[0] {
        Value::Str(_) => Ok(args[0].clone()),
        other => crate::vm::exception::type_error(format!(
            "intern() argument must be str, not {}",
            crate::vm::types::type_name(other)
        )),
    }
}

/// `sys.platform`: CPython's name for the system Coro was built for.
fn platform() -> &'static str {
    match std::env::consts::OS {
        "macos" => "darwin",
        "windows" => "win32",
        os => os,
    }
}

/// `sys.executable`: the path of the running `coro`.
fn executable() -> String {
    std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// One line of the program's input with its newline; empty at the end.
fn read_line(vm: &mut Vm) -> PyResult<String> {
    let mut bytes = Vec::new();
    if let Err(e) = std::io::BufRead::read_until(&mut vm.input, b'\n', &mut bytes) {
        return crate::vm::exception::err(crate::vm::types::Builtin::OSError, e.to_string());
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn read_stdin_line(vm: &mut Vm, args: &[Value], _: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    arity("readline", args, 0, 0)?;
    Ok(Value::str(read_line(vm)?))
}

/// `sys.stdin.read(n)`: `n` characters (all that is left when `n` is negative).
fn read_stdin(vm: &mut Vm, args: &[Value], _: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    arity("read", args, 1, 1)?;
    let n = int_arg(&args[0], "")?;
    let mut bytes = Vec::new();
    let failed = |e: std::io::Error| {
        crate::vm::exception::new_error(crate::vm::types::Builtin::OSError, e.to_string())
    };
    if n < 0 {
        std::io::Read::read_to_end(&mut vm.input, &mut bytes).map_err(failed)?;
    } else {
        // A character is one to four bytes: its first byte says how many.
        let mut chars = 0;
        let mut byte = [0u8];
        while chars < n {
            if std::io::Read::read(&mut vm.input, &mut byte).map_err(failed)? == 0 {
                break;
            }
            bytes.push(byte[0]);
            if byte[0] & 0xC0 != 0x80 {
                chars += 1;
            }
        }
        // The continuation bytes of the last character.
        loop {
            let buf = std::io::BufRead::fill_buf(&mut vm.input).map_err(failed)?;
            match buf.first() {
                Some(b) if b & 0xC0 == 0x80 => {
                    bytes.push(*b);
                    std::io::BufRead::consume(&mut vm.input, 1);
                }
                _ => break,
            }
        }
    }
    Ok(Value::str(String::from_utf8_lossy(&bytes).into_owned()))
}

/// A stream of `sys` the program replaced (`sys.stdin = other`), if it did.
fn replaced(vm: &Vm, name: &str, original: &str) -> Option<Value> {
    let Some(Value::Module(sys)) = vm.module("sys") else {
        return None;
    };
    let now = sys.get(name)?;
    match sys.get(original) {
        Some(o) if o.is(&now) => None,
        _ => Some(now),
    }
}

/// `input(prompt)`: the prompt goes to stdout (flushed), the line read comes
/// back without its newline; EOFError at the end of the input. A replaced
/// `sys.stdout` or `sys.stdin` is used instead, as CPython does.
fn input(vm: &mut Vm, args: &[Value], _: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    arity("input", args, 0, 1)?;
    let text = match args.first() {
        Some(prompt) => vm.to_str(prompt)?,
        None => String::new(),
    };
    match replaced(vm, "stdout", "__stdout__") {
        Some(out) => {
            if !text.is_empty() {
                let write = vm.get_attr(&out, &Str::new("write"))?;
                vm.call_value(&write, vec![Value::str(text)])?;
            }
            let flush = vm.get_attr(&out, &Str::new("flush"))?;
            vm.call_value(&flush, Vec::new())?;
        }
        None => {
            vm.write_out(&text)?;
            vm.flush_out()?;
        }
    }
    let line = match replaced(vm, "stdin", "__stdin__") {
        Some(src) => {
            let readline = vm.get_attr(&src, &Str::new("readline"))?;
            let got = vm.call_value(&readline, Vec::new())?;
            match got {
                Value::Str(s) => s.as_str().to_string(),
                other => {
                    return crate::vm::exception::type_error(format!(
                        "object.readline() returned non-string ({})",
                        crate::vm::types::type_name(&other)
                    ));
                }
            }
        }
        None => read_line(vm)?,
    };
    if line.is_empty() {
        return crate::vm::exception::err(
            crate::vm::types::Builtin::EOFError,
            "EOF when reading a line",
        );
    }
    let line = line.strip_suffix('\n').unwrap_or(&line);
    Ok(Value::str(line.strip_suffix('\r').unwrap_or(line)))
}

/// `exit()` and `quit()`, which Python's `site` makes builtins, and `input()`.
pub const BUILTINS: &[(&str, NativeFn)] = &[("exit", exit), ("quit", exit), ("input", input)];

/// `sys.exit(code)`: raises SystemExit. As CPython sets the exception from
/// the value, None gives no arguments and a tuple gives its items.
fn exit(_: &mut Vm, args: &[Value], _: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    arity("exit", args, 0, 1)?;
    let args = match args.first() {
        None | Some(Value::None) => Vec::new(),
        Some(Value::Tuple(t)) => t.to_vec(),
        Some(v) => vec![v.clone()],
    };
    Err(Exception::new(
        crate::vm::types::builtin(crate::vm::types::Builtin::SystemExit),
        args,
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
