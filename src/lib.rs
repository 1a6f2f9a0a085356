//! Coro: a tiny scripting language with native async/await.
//!
//! The embedding API: parse and compile a source text, run it with output
//! going to writers the host chooses, and get back an exit status and the
//! diagnostics to show.

pub mod compiler;
pub mod diagnostics;
pub mod fmt;
pub mod runtime;
pub mod span;
pub mod stdlib;
pub mod syntax;
pub mod testing;
pub mod traceback;
pub mod vm;

use diagnostics::Diagnostic;
use std::io::Write;
use vm::heap::alloc;

pub use vm::Options;

/// Parses and compiles a file; every error found, in source order, on failure.
pub fn compile(
    path: &str,
    src: &str,
) -> Result<vm::heap::Ref<compiler::code::Code>, Vec<Diagnostic>> {
    let (module, mut errors) = syntax::parse(src);
    if !errors.is_empty() {
        errors.sort_by_key(|d| (d.span.start, d.span.end));
        return Err(errors);
    }
    compiler::compile(&module, path, src)
}

/// Runs a program: stdout goes to `out`, diagnostics and tracebacks to `err`.
/// Returns Python's exit status: 0, or 1 for an uncaught exception or a
/// syntax error.
pub fn run(
    path: &str,
    src: &str,
    options: &Options,
    out: Box<dyn Write>,
    mut err: Box<dyn Write>,
    color: bool,
) -> i32 {
    let code = match compile(path, src) {
        Ok(code) => code,
        Err(diags) => {
            let _ = err.write_all(diagnostics::render(&diags, path, src, color).as_bytes());
            return 1;
        }
    };
    let mut vm = vm::Vm::new(options, out, err);
    let module = alloc(main_module(path));
    let result = vm.run_module(code, module);
    vm.flush();
    match result {
        Ok(_) => 0,
        Err(e) => {
            if e.is(vm::types::Builtin::SystemExit) {
                return exit_status(&e);
            }
            let text = traceback::render(&e);
            let _ = vm.err.write_all(text.as_bytes());
            let _ = vm.err.flush();
            // Python exits with 128 + SIGINT after an uncaught KeyboardInterrupt.
            if e.is(vm::types::Builtin::KeyboardInterrupt) {
                130
            } else {
                1
            }
        }
    }
}

/// The `__main__` module with the names CPython gives a script before it
/// runs: `__name__`, `__doc__`, `__annotations__` and `__file__` (the path as
/// given, made absolute as CPython 3.9+ does, without normalising it).
fn main_module(path: &str) -> vm::value::Module {
    use vm::value::Value;
    let m = vm::value::Module::new("__main__");
    m.set("__name__", Value::str("__main__"));
    m.set("__doc__", Value::None);
    m.set("__annotations__", Value::Dict(alloc(Default::default())));
    let file = match std::env::current_dir() {
        Ok(dir) if !path.starts_with('/') && !path.starts_with('<') => {
            format!("{}/{path}", dir.display())
        }
        _ => path.to_string(),
    };
    m.set("__file__", Value::str(file));
    m
}

fn exit_status(e: &vm::exception::Exception) -> i32 {
    match e.first_arg() {
        None | Some(vm::value::Value::None) => 0,
        Some(vm::value::Value::Int(i)) => i as i32,
        Some(_) => 1,
    }
}

/// `coro dis`: the bytecode listing of a file, or its compile errors.
pub fn disassemble(path: &str, src: &str) -> Result<String, Vec<Diagnostic>> {
    compile(path, src).map(|code| compiler::dis::disassemble(&code))
}
