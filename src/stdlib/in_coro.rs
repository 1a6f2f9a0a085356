//! Parts of the standard library written in Coro itself: sources compiled
//! into the binary, compiled and run in the namespace of their module's
//! native part (so each sees the other's names). They run once the module
//! is imported and a name its native part lacks is first looked up
//! (`Vm::load_coro_part`): parsing them costs milliseconds, which a program
//! that only uses native names (`asyncio.run`, `gather`, `sleep`) never pays.
//! They are Coro's own code, written for Coro, not copied from CPython.

use crate::vm::Vm;
use crate::vm::exception::err;
use crate::vm::heap::Ref;
use crate::vm::types::Builtin;
use crate::vm::value::{Module, PyResult};

/// The Coro sources of a module, in the order they run, each with the file
/// name its tracebacks show.
fn sources(module: &str) -> &'static [(&'static str, &'static str)] {
    match module {
        "asyncio" => &[
            ("asyncio/locks.py", include_str!("coro/asyncio/locks.py")),
            ("asyncio/queues.py", include_str!("coro/asyncio/queues.py")),
            ("asyncio/tasks.py", include_str!("coro/asyncio/tasks.py")),
            (
                "asyncio/unsupported.py",
                include_str!("coro/asyncio/unsupported.py"),
            ),
        ],
        "abc" => &[("abc.py", include_str!("coro/abc/abc.py"))],
        "sys" => &[
            ("sys/streams.py", include_str!("coro/sys/streams.py")),
            ("sys/info.py", include_str!("coro/sys/info.py")),
        ],
        "collections" => &[(
            "collections/__init__.py",
            include_str!("coro/collections/__init__.py"),
        )],
        "_collections_mapping" => &[(
            "collections/mapping.py",
            include_str!("coro/collections/mapping.py"),
        )],
        "collections.abc" => &[(
            "collections/abc.py",
            include_str!("coro/collections/abc.py"),
        )],
        "functools" => &[("functools.py", include_str!("coro/functools.py"))],
        "itertools" => &[("itertools.py", include_str!("coro/itertools.py"))],
        "operator" => &[("operator.py", include_str!("coro/operator.py"))],
        "heapq" => &[("heapq.py", include_str!("coro/heapq/heapq.py"))],
        "bisect" => &[("bisect.py", include_str!("coro/bisect/bisect.py"))],
        "copy" => &[("copy.py", include_str!("coro/copy/copy.py"))],
        "string" => &[("string.py", include_str!("coro/string/string.py"))],
        "textwrap" => &[("textwrap.py", include_str!("coro/textwrap/textwrap.py"))],
        "enum" => &[("enum.py", include_str!("coro/enum/enum.py"))],
        "typing" => &[("typing.py", include_str!("coro/typing/typing.py"))],
        "contextlib" => &[(
            "contextlib.py",
            include_str!("coro/contextlib/contextlib.py"),
        )],
        "dataclasses" => &[(
            "dataclasses.py",
            include_str!("coro/dataclasses/dataclasses.py"),
        )],
        _ => &[],
    }
}

/// The modules written wholly in Coro: their native part is an empty module.
const ALL_CORO: &[&str] = &[
    "abc",
    "bisect",
    "copy",
    "string",
    "textwrap",
    "enum",
    "typing",
    "dataclasses",
    "contextlib",
];

/// Whether the module `name` is written wholly in Coro.
pub fn all_coro(name: &str) -> bool {
    ALL_CORO.contains(&name)
}

/// Whether the module `name` has a Coro part.
pub fn has_part(name: &str) -> bool {
    !sources(name).is_empty()
}

/// Runs the Coro part of `name`, if it has one, in `module`.
pub fn complete(vm: &mut Vm, name: &str, module: &Ref<Module>) -> PyResult<()> {
    for (path, src) in sources(name) {
        let code = match crate::compile(path, src) {
            Ok(code) => code,
            Err(diags) => {
                let text = crate::diagnostics::render(&diags, path, src, false);
                return err(
                    Builtin::ImportError,
                    format!("the Coro part of '{name}' does not compile:\n{text}"),
                );
            }
        };
        vm.run_module(&code, module.clone())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_source_compiles() {
        for module in super::ALL_CORO.iter().chain(&[
            "asyncio",
            "sys",
            "heapq",
            "collections",
            "collections.abc",
            "_collections_mapping",
            "functools",
            "itertools",
            "operator",
        ]) {
            for (path, src) in super::sources(module) {
                if let Err(d) = crate::compile(path, src) {
                    panic!("{}", crate::diagnostics::render(&d, path, src, false));
                }
            }
        }
    }
}
