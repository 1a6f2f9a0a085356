//! Coro: a tiny scripting language with native async/await.
//!
//! The embedding API: parse and compile a source text, run it with output
//! going to writers the host chooses, and get back an exit status and the
//! diagnostics to show.

pub mod compiler;
pub mod diagnostics;
pub mod fmt;
pub mod importer;
pub mod runtime;
pub mod session;
pub mod span;
pub mod stdlib;
pub mod syntax;
pub mod testing;
pub mod traceback;
pub mod vm;

use diagnostics::Diagnostic;
use std::io::Write;
use vm::heap::alloc;

pub use session::{Outcome, Session};
pub use vm::Options;

/// Parses and compiles a file; every error found, in source order, on failure.
pub fn compile(
    path: &str,
    src: &str,
) -> Result<std::rc::Rc<compiler::code::Code>, Vec<Diagnostic>> {
    let (module, mut errors) = syntax::parse(src);
    if !errors.is_empty() {
        errors.sort_by_key(|d| (d.span.start, d.span.end));
        return Err(errors);
    }
    compiler::compile(&module, path, src)
}

/// A script file's bytes as source text, as CPython reads them (a leading
/// byte order mark dropped); bytes that are not UTF-8 give the rendered
/// SyntaxError instead.
pub fn source_text(path: &str, bytes: &[u8], color: bool) -> Result<String, String> {
    syntax::source::decode(path, bytes)
        .map_err(|(text, d)| diagnostics::render(&[d], path, &text, color))
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
    let module = alloc(main_module(Some(path), options.script_dir.as_deref()));
    vm.imports
        .register("__main__", vm::value::Value::Module(module.clone()));
    let result = vm.run_module(&code, module);
    let flushed = vm.flush_out();
    match result {
        // Output still buffered at the end meets a closed pipe: CPython's
        // report of a failed flush at shutdown, and its status.
        Ok(_) if flushed.is_err() => {
            let _ = vm.err.write_all(
                b"Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n\
                  BrokenPipeError: [Errno 32] Broken pipe\n",
            );
            120
        }
        Ok(_) => 0,
        Err(e) => {
            if e.is(vm::types::Builtin::SystemExit) {
                let (status, text) = exit_status(&e);
                if let Some(text) = text {
                    let _ = writeln!(vm.err, "{text}");
                }
                return status;
            }
            let text = vm.render_traceback(&e);
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
/// runs: `__name__`, `__doc__`, `__package__` (None), `__annotations__` and
/// `__file__` (the path as given, made absolute as CPython 3.9+ does, without
/// normalising it; none for the REPL). A bare file name is taken to be in
/// `script_dir` when one is given (a test runner runs cases in their folder
/// without changing the process's current folder).
pub(crate) fn main_module(
    path: Option<&str>,
    script_dir: Option<&std::path::Path>,
) -> vm::value::Module {
    use vm::value::Value;
    let m = vm::value::Module::new("__main__");
    m.set("__name__", Value::str("__main__"));
    m.set("__doc__", Value::None);
    m.set("__package__", Value::None);
    m.set("__annotations__", Value::Dict(alloc(Default::default())));
    let Some(path) = path else {
        return m;
    };
    let bare = !path.contains('/') && !path.starts_with('<');
    let file = match (script_dir, std::env::current_dir()) {
        (Some(dir), _) if bare => format!("{}/{path}", dir.display()),
        (_, Ok(dir)) if !path.starts_with('/') && !path.starts_with('<') => {
            format!("{}/{path}", dir.display())
        }
        _ => path.to_string(),
    };
    m.set("__file__", Value::str(file));
    m
}

/// The exit status a `SystemExit` asks for, and the text to print first, as
/// CPython's handling: an int is the status (truncated to a C int; one too
/// big for a C long is -1), None is 0, anything else is printed and is 1.
pub(crate) fn exit_status(e: &vm::exception::Exception) -> (i32, Option<String>) {
    use vm::value::Value;
    let args = e.args.borrow();
    let code = match args.as_slice() {
        [] => Value::None,
        [one] => one.clone(),
        _ => Value::tuple(args.clone()),
    };
    match code {
        Value::None => (0, None),
        Value::Int(i) => (i as i32, None),
        Value::Bool(b) => (b as i32, None),
        Value::BigInt(_) => (-1, None),
        other => (1, Some(vm::repr::str_plain(&other))),
    }
}

/// `coro dis`: the bytecode listing of a file, or its compile errors.
pub fn disassemble(path: &str, src: &str) -> Result<String, Vec<Diagnostic>> {
    compile(path, src).map(|code| compiler::dis::disassemble(&code))
}
