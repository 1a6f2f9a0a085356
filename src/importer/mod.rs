//! Imports: the program's own modules and packages found on `sys.path`,
//! Coro's standard modules, and `sys.modules` caching them, with CPython's
//! rules and messages (relative imports, submodules bound on their package,
//! circular imports seeing a partially initialised module, `import *`
//! honouring `__all__`).
//!
//! The order of the search follows CPython's: `sys.modules`; then the
//! modules CPython builds into its interpreter (`sys`, `time`), which no file
//! can shadow; then each folder of `sys.path` (the script's folder first, so
//! a `random.py` beside the script shadows the standard `random`, as in
//! CPython); then the rest of Coro's standard library, which stands where
//! CPython's `Lib/` does on the path; then namespace packages.

pub mod check;
mod find;
mod stdlib_names;

pub use stdlib_names::is_stdlib;

use crate::vm::Vm;
use crate::vm::exception::{Exception, new_error};
use crate::vm::heap::{Ref, alloc};
use crate::vm::types::Builtin;
use crate::vm::value::*;
use find::Found;

/// What the importer keeps in a VM.
pub struct Imports {
    /// `sys.modules`: every module imported so far, by its full name.
    pub modules: Ref<Dict>,
    /// `sys.path` as the program starts (the `sys` module holds this list).
    pub path: Ref<List>,
    /// The modules whose code is running, outermost first: a circular import
    /// finds one of them partially initialised.
    initializing: Vec<String>,
}

impl Imports {
    /// `sys.path` starts with the script's folder, or `''` (the current
    /// folder, looked up at each import) for `-c`, stdin and the REPL.
    pub fn new(script_dir: Option<&std::path::Path>) -> Imports {
        let first = script_dir.map(find::display).unwrap_or_default();
        Imports {
            modules: alloc(std::cell::RefCell::new(Map::default())),
            path: alloc(std::cell::RefCell::new(vec![Value::str(first)])),
            initializing: Vec::new(),
        }
    }

    /// Records a module in `sys.modules` (`__main__`, Coro's own modules).
    pub fn register(&self, name: &str, module: Value) {
        self.modules
            .borrow_mut()
            .insert(Key(Value::str(name)), module);
    }

    fn get(&self, name: &str) -> Option<Value> {
        self.modules.borrow().get(&StrKey(name)).cloned()
    }

    fn forget(&self, name: &str) {
        self.modules.borrow_mut().shift_remove(&StrKey(name));
    }
}

/// Modules of Coro's standard library that CPython builds into its
/// interpreter (`sys.builtin_module_names`): found before `sys.path`.
const BUILT_IN: &[&str] = &["sys", "time", "builtins"];

/// `import spec` (and the module part of `from spec import ...`) run by code
/// of `importer`: the module the whole dotted name names, each of its
/// parents imported first. Leading dots make `spec` relative to the
/// importer's package.
pub fn import_name(vm: &mut Vm, spec: &str, importer: &Ref<Module>) -> PyResult<Value> {
    let level = spec.bytes().take_while(|b| *b == b'.').count();
    let full = if level == 0 {
        spec.to_string()
    } else {
        resolve(importer, &spec[level..], level)?
    };
    import_absolute(vm, &full)
}

/// Imports `full`, an absolute dotted name, and its parents.
pub fn import_absolute(vm: &mut Vm, full: &str) -> PyResult<Value> {
    let mut parent: Option<Value> = None;
    let mut end = 0;
    loop {
        end = full[end..].find('.').map_or(full.len(), |i| end + i);
        let name = &full[..end];
        let module = match import_one(vm, name, parent.as_ref())? {
            Some(m) => m,
            None => return Err(not_found(name, parent.as_ref())),
        };
        if end == full.len() {
            return Ok(module);
        }
        parent = Some(module);
        end += 1;
    }
}

/// The absolute name of a relative import: `rest` (after the dots) in the
/// package `level - 1` levels above the importer's.
fn resolve(importer: &Ref<Module>, rest: &str, level: usize) -> PyResult<String> {
    let package = match importer.get("__package__") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => match importer.get("__name__") {
            // CPython derives it from the name when `__package__` is unset.
            Some(Value::Str(s)) if importer.get("__path__").is_some() => s.as_str().to_string(),
            Some(Value::Str(s)) if s.as_str() != "__main__" => s
                .as_str()
                .rsplit_once('.')
                .map_or(String::new(), |(p, _)| p.to_string()),
            _ => String::new(),
        },
    };
    if package.is_empty() {
        return Err(import_error(
            "attempted relative import with no known parent package",
            Value::None,
            Value::None,
        ));
    }
    let parts: Vec<&str> = package.split('.').collect();
    if parts.len() < level {
        return Err(import_error(
            "attempted relative import beyond top-level package",
            Value::None,
            Value::None,
        ));
    }
    let base = parts[..parts.len() - (level - 1)].join(".");
    Ok(if rest.is_empty() {
        base
    } else {
        format!("{base}.{rest}")
    })
}

/// The module `name` (whose parent, if any, is imported): from
/// `sys.modules`, or found and run. `None` if there is no such module.
fn import_one(vm: &mut Vm, name: &str, parent: Option<&Value>) -> PyResult<Option<Value>> {
    if let Some(m) = vm.imports.get(name) {
        if m.is_none() {
            return Err(module_not_found(
                format!("import of {name} halted; None in sys.modules"),
                name,
            ));
        }
        return Ok(Some(m));
    }
    let top = parent.is_none();
    if top
        && BUILT_IN.contains(&name)
        && let Some(m) = vm.stdlib_module(name)
    {
        return Ok(Some(m));
    }
    let last = name.rsplit('.').next().unwrap_or(name);
    let dirs = match parent {
        None => search_path(vm),
        Some(p) => match package_path(p) {
            Some(dirs) => dirs,
            // A submodule of a standard module (`collections.abc`) is Coro's
            // or does not exist.
            None => {
                let m = vm.stdlib_module(name);
                if let Some(m) = &m {
                    bind_on_parent(parent, name, m);
                }
                return Ok(m);
            }
        },
    };
    let mut portions = Vec::new();
    for dir in &dirs {
        match find::find_in(dir, last) {
            Some(Found::Namespace(d)) => portions.push(d),
            Some(Found::Package { init, dir }) => {
                return load(vm, name, &init, Some(&dir), parent).map(Some);
            }
            Some(Found::Module(file)) => return load(vm, name, &file, None, parent).map(Some),
            None => {}
        }
    }
    if top && let Some(m) = vm.stdlib_module(name) {
        return Ok(Some(m));
    }
    if portions.is_empty() {
        return Ok(None);
    }
    let module = new_module(name, None, parent);
    module.set("__package__", Value::str(name));
    let path = portions
        .iter()
        .map(|d| Value::str(find::display(d)))
        .collect();
    module.set("__path__", Value::list(path));
    let module = Value::Module(alloc(module));
    vm.imports.register(name, module.clone());
    bind_on_parent(parent, name, &module);
    Ok(Some(module))
}

/// The folders of `sys.path` (the list the `sys` module holds now, which a
/// program may have changed or replaced), as strings.
fn search_path(vm: &mut Vm) -> Vec<String> {
    let list = match vm.module("sys") {
        Some(Value::Module(sys)) => match sys.get("path") {
            Some(Value::List(l)) => l,
            _ => return Vec::new(),
        },
        _ => vm.imports.path.clone(),
    };
    let entries = list.borrow();
    entries
        .iter()
        .filter_map(|v| v.as_str().map(String::from))
        .collect()
}

/// A package's `__path__` folders; `None` if the module is no package.
fn package_path(m: &Value) -> Option<Vec<String>> {
    let Value::Module(m) = m else { return None };
    match m.get("__path__")? {
        Value::List(l) => Some(
            l.borrow()
                .iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect(),
        ),
        _ => Some(Vec::new()),
    }
}

/// A module object with the names CPython gives it before its code runs.
fn new_module(name: &str, file: Option<&std::path::Path>, parent: Option<&Value>) -> Module {
    let m = Module::new(name);
    m.set("__name__", Value::str(name));
    m.set("__doc__", Value::None);
    let package = match parent {
        Some(Value::Module(p)) => p.name.as_str().to_string(),
        _ => String::new(),
    };
    m.set("__package__", Value::str(package));
    m.set(
        "__file__",
        file.map_or(Value::None, |f| Value::str(find::display(f))),
    );
    m
}

/// Runs a module's file: the module is in `sys.modules` while its code runs
/// (a circular import gets it as it is so far) and is taken out again if
/// the code fails, as CPython does.
fn load(
    vm: &mut Vm,
    name: &str,
    file: &std::path::Path,
    dir: Option<&std::path::Path>,
    parent: Option<&Value>,
) -> PyResult<Value> {
    let path = find::display(file);
    let bytes = std::fs::read(file).map_err(|e| {
        import_error(
            &format!("cannot read {path}: {e}"),
            Value::str(name),
            Value::str(path.as_str()),
        )
    })?;
    let src = match crate::syntax::source::decode(&path, &bytes) {
        Ok(src) => src,
        Err((text, d)) => return Err(syntax_error(&path, &text, &[d])),
    };
    let code = crate::compile(&path, &src).map_err(|d| syntax_error(&path, &src, &d))?;
    let module = new_module(name, Some(file), parent);
    if let Some(dir) = dir {
        module.set("__package__", Value::str(name));
        module.set(
            "__path__",
            Value::list(vec![Value::str(find::display(dir))]),
        );
    }
    module.set("__annotations__", Value::Dict(alloc(Default::default())));
    let module = alloc(module);
    vm.imports.register(name, Value::Module(module.clone()));
    vm.imports.initializing.push(name.to_string());
    let ran = vm.run_module(&code, module);
    vm.imports.initializing.retain(|n| n != name);
    if let Err(e) = ran {
        vm.imports.forget(name);
        return Err(e);
    }
    // The module may have replaced itself in `sys.modules`.
    let module = vm
        .imports
        .get(name)
        .ok_or_else(|| new_error(Builtin::KeyError, name))?;
    bind_on_parent(parent, name, &module);
    Ok(module)
}

/// A submodule is an attribute of its package once imported.
fn bind_on_parent(parent: Option<&Value>, name: &str, module: &Value) {
    if let Some(Value::Module(p)) = parent {
        let last = name.rsplit('.').next().unwrap_or(name);
        p.set(last, module.clone());
    }
}

/// `from m import name`: the attribute, else the submodule `m.name`, else
/// CPython's ImportError (which names a circular import when `m` is still
/// running).
pub fn import_from(vm: &mut Vm, m: &Value, name: &Str) -> PyResult<Value> {
    match vm.get_attr(m, name) {
        Ok(v) => return Ok(v),
        Err(e) if !e.is(Builtin::AttributeError) => return Err(e),
        Err(_) => {}
    }
    let Value::Module(module) = m else {
        return Err(import_error(
            &format!("cannot import name '{}'", name.as_str()),
            Value::None,
            Value::None,
        ));
    };
    let mname = match module.get("__name__") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => module.name.as_str().to_string(),
    };
    let sub = format!("{mname}.{}", name.as_str());
    if let Some(found) = vm.imports.get(&sub) {
        return Ok(found);
    }
    if package_path(m).is_some()
        && let Some(found) = import_one(vm, &sub, Some(m))?
    {
        return Ok(found);
    }
    let file = module.get("__file__").filter(|f| f.as_str().is_some());
    let place = match &file {
        Some(f) => format!("({})", f.as_str().unwrap_or_default()),
        None => "(unknown location)".to_string(),
    };
    let msg = if vm.imports.initializing.contains(&mname) {
        format!(
            "cannot import name '{}' from partially initialized module '{mname}' (most likely due to a circular import) {place}",
            name.as_str()
        )
    } else {
        format!(
            "cannot import name '{}' from '{mname}' {place}",
            name.as_str()
        )
    };
    Err(import_error(
        &msg,
        Value::str(mname.as_str()),
        file.unwrap_or(Value::None),
    ))
}

/// `from m import *` run by code of `into`: the names in `m.__all__` (each
/// may be a submodule), else every name not starting with an underscore.
pub fn import_star(vm: &mut Vm, m: &Value, into: &Ref<Module>) -> PyResult<()> {
    let Value::Module(module) = m else {
        return Ok(());
    };
    vm.load_coro_part(module)?;
    let all = match module.get("__all__") {
        Some(all) => Some(vm.iterate(&all)?),
        None => None,
    };
    let Some(all) = all else {
        let names: Vec<(String, Value)> = {
            let names = module.names.borrow();
            let slots = module.slots.borrow();
            names
                .iter()
                .filter(|(n, _)| !n.starts_with('_'))
                .filter_map(|(n, &i)| match &slots[i as usize] {
                    Value::Undef => None,
                    v => Some((n.to_string(), v.clone())),
                })
                .collect()
        };
        for (n, v) in names {
            into.set(&n, v);
        }
        return Ok(());
    };
    let mname = module.name.as_str().to_string();
    for item in all {
        let Value::Str(n) = &item else {
            return crate::vm::exception::type_error(format!(
                "Item in {mname}.__all__ must be str, not {}",
                crate::vm::types::type_name(&item)
            ));
        };
        if module.get(n.as_str()).is_none() && package_path(m).is_some() {
            import_one(vm, &format!("{mname}.{}", n.as_str()), Some(m))?;
        }
        let v = vm.get_attr(m, n)?;
        into.set(n.as_str(), v);
    }
    Ok(())
}

/// The builtin `__import__(name, globals, locals, fromlist, level)`: the
/// top package of `name`, or the module itself when `fromlist` names
/// something (its submodules imported first); a relative name is resolved
/// in the package `globals` describes.
pub fn dunder_import(vm: &mut Vm, args: &[Value], kw: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    let allowed = ["name", "globals", "locals", "fromlist", "level"];
    let arg = |i: usize| -> PyResult<Option<Value>> {
        match args.get(i) {
            Some(v) => Ok(Some(v.clone())),
            None => crate::stdlib::kwarg("__import__", kw, &allowed, allowed[i]),
        }
    };
    let Some(Value::Str(name)) = arg(0)? else {
        return crate::vm::exception::type_error("__import__() argument 1 must be str");
    };
    let fromlist = match arg(3)? {
        Some(v) if !v.is_none() => vm.iterate(&v)?,
        _ => Vec::new(),
    };
    let level = match arg(4)? {
        Some(Value::Int(n)) if n >= 0 => n as usize,
        None => 0,
        Some(_) => return crate::vm::exception::value_error("level must be >= 0"),
    };
    let full = if level == 0 {
        name.as_str().to_string()
    } else {
        // The importer's package, read from its globals.
        let context = Module::new("__import__");
        if let Some(Value::Dict(g)) = arg(1)? {
            for key in ["__package__", "__name__", "__path__"] {
                if let Some(v) = g.borrow().get(&StrKey(key)) {
                    context.set(key, v.clone());
                }
            }
        }
        resolve(&alloc(context), name.as_str(), level)?
    };
    if full.is_empty() {
        return crate::vm::exception::value_error("Empty module name");
    }
    let module = import_absolute(vm, &full)?;
    if fromlist.is_empty() {
        let top = full.split('.').next().unwrap_or(&full);
        return import_absolute(vm, top);
    }
    if package_path(&module).is_some() {
        for item in &fromlist {
            if let Value::Str(n) = item
                && n.as_str() != "*"
                && vm.get_attr(&module, n).is_err()
            {
                import_one(vm, &format!("{full}.{}", n.as_str()), Some(&module))?;
            }
        }
    }
    Ok(module)
}

/// ModuleNotFoundError for `name`, whose parent (if any) was imported; for
/// a standard module Coro does not have, a note says so (the message stays
/// CPython's, so a program that falls back on ImportError prints the same).
fn not_found(name: &str, parent: Option<&Value>) -> Ref<Exception> {
    let e = match parent {
        Some(p @ Value::Module(pm)) if package_path(p).is_none() => module_not_found(
            format!(
                "No module named '{name}'; '{}' is not a package",
                pm.name.as_str()
            ),
            name,
        ),
        _ => module_not_found(format!("No module named '{name}'"), name),
    };
    let top = name.split('.').next().unwrap_or(name);
    if is_stdlib(top) {
        let note = if name == top {
            format!("Coro does not have the standard module '{name}' yet")
        } else {
            format!("Coro's '{top}' does not have the submodule '{name}' yet")
        };
        let notes = Value::list(vec![Value::str(note)]);
        set(&e, "__notes__", notes);
    }
    e
}

fn module_not_found(msg: String, name: &str) -> Ref<Exception> {
    let e = new_error(Builtin::ModuleNotFoundError, msg);
    set(&e, "name", Value::str(name));
    set(&e, "path", Value::None);
    e
}

fn import_error(msg: &str, name: Value, path: Value) -> Ref<Exception> {
    let e = new_error(Builtin::ImportError, msg);
    set(&e, "name", name);
    set(&e, "path", path);
    e
}

fn set(e: &Ref<Exception>, attr: &str, v: Value) {
    e.attrs().borrow_mut().insert(Key(Value::str(attr)), v);
}

/// The SyntaxError of a module that does not compile: `str()` of it is
/// CPython's (`invalid syntax (bad.py, line 3)`), and an uncaught one shows
/// the diagnostics of the file, with their spans, under the traceback.
fn syntax_error(path: &str, src: &str, diags: &[crate::diagnostics::Diagnostic]) -> Ref<Exception> {
    let Some(first) = diags.first() else {
        return new_error(Builtin::SyntaxError, format!("invalid syntax ({path})"));
    };
    let (line, _) = crate::span::line_of(src, first.span.start as usize);
    let base = path.rsplit('/').next().unwrap_or(path);
    let kind = crate::vm::types::builtin_by_name(first.kind.name()).unwrap_or(Builtin::SyntaxError);
    let e = new_error(kind, format!("{} ({base}, line {line})", first.message));
    set(&e, "msg", Value::str(first.message.as_str()));
    set(&e, "filename", Value::str(path));
    set(&e, "lineno", Value::Int(line as i64));
    let report = crate::diagnostics::render(diags, path, src, false);
    *e.report.borrow_mut() = Some(report.into());
    e
}
