//! `coro check` across files: the program's own modules a script imports,
//! found from the script's folder as the importer would find them, each
//! parsed and compiled once, so that every error of every file is reported
//! without running anything. An import that names no file of the program (a
//! standard module, or one a `try` guards) is not an error here.

use super::find::{Found, find_at};
use crate::diagnostics::Diagnostic;
use crate::syntax::ast::{Stmt, StmtKind};
use std::path::{Path, PathBuf};

/// A file of the program with its errors.
pub struct Report {
    /// The path as the user gave the script, or the module's path in the
    /// script's folder as given (`app/helpers.py`).
    pub path: String,
    pub src: String,
    pub diagnostics: Vec<Diagnostic>,
}

/// A file to check, with its module's name and package.
struct Unit {
    file: PathBuf,
    display: String,
    package: String,
    src: Option<String>,
}

/// Checks the script `path` (whose text is `src`) and the modules it
/// imports, transitively; the files with errors, in the order they were
/// reached.
pub fn check_program(path: &str, src: &str) -> Vec<Report> {
    let folder = Path::new(path)
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let mut queue = vec![Unit {
        file: PathBuf::from(path),
        display: path.to_string(),
        package: String::new(),
        src: Some(src.to_string()),
    }];
    let mut seen: Vec<PathBuf> = vec![PathBuf::from(path)];
    let mut reports = Vec::new();
    while let Some(unit) = queue.pop() {
        let text = match unit.src {
            Some(t) => t,
            None => {
                let bytes = std::fs::read(&unit.file).unwrap_or_default();
                match crate::syntax::source::decode(&unit.display, &bytes) {
                    Ok(t) => t,
                    Err((text, d)) => {
                        reports.push(Report {
                            path: unit.display,
                            src: text,
                            diagnostics: vec![d],
                        });
                        continue;
                    }
                }
            }
        };
        let (ast, mut errors) = crate::syntax::parse(&text);
        if errors.is_empty()
            && let Err(d) = crate::compiler::compile(&ast, &unit.display, &text)
        {
            errors = d;
        }
        let mut found = Vec::new();
        imports(&ast.body, &unit.package, &folder, &mut found);
        // Later imports go deeper in the stack: reverse so that files are
        // reported in the order the script names them.
        for (file, package) in found.into_iter().rev() {
            if seen.contains(&file) {
                continue;
            }
            seen.push(file.clone());
            let display = display(&file);
            queue.push(Unit {
                file,
                display,
                package,
                src: None,
            });
        }
        if !errors.is_empty() {
            errors.sort_by_key(|d| (d.span.start, d.span.end));
            reports.push(Report {
                path: unit.display,
                src: text,
                diagnostics: errors,
            });
        }
    }
    reports
}

/// A path without the `./` of a script given by a bare name.
fn display(p: &Path) -> String {
    let s = p.to_string_lossy();
    s.strip_prefix("./").unwrap_or(&s).to_string()
}

/// The files of the program that the statements import (at any depth:
/// imports inside functions and `try` blocks count), each with the package
/// its module belongs to.
fn imports(body: &[Stmt], package: &str, folder: &Path, out: &mut Vec<(PathBuf, String)>) {
    for s in body {
        match &s.kind {
            StmtKind::Import(aliases) => {
                for a in aliases {
                    locate(&a.name.name, folder, out);
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                let rest = module.as_ref().map_or("", |m| m.name.as_str());
                let Some(base) = absolute(rest, *level as usize, package) else {
                    continue;
                };
                if base.is_empty() {
                    continue;
                }
                locate(&base, folder, out);
                // `from pkg import sub` may name a submodule.
                for a in names.iter().filter(|a| a.name.name != "*") {
                    locate(&format!("{base}.{}", a.name.name), folder, out);
                }
            }
            StmtKind::If { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::For { body, orelse, .. } => {
                imports(body, package, folder, out);
                imports(orelse, package, folder, out);
            }
            StmtKind::With { body, .. } => imports(body, package, folder, out),
            StmtKind::Match { cases, .. } => {
                for c in cases {
                    imports(&c.body, package, folder, out);
                }
            }
            StmtKind::FunctionDef(f) => imports(&f.body, package, folder, out),
            StmtKind::ClassDef(c) => imports(&c.body, package, folder, out),
            StmtKind::Try(t) => {
                imports(&t.body, package, folder, out);
                for h in &t.handlers {
                    imports(&h.body, package, folder, out);
                }
                imports(&t.orelse, package, folder, out);
                imports(&t.finalbody, package, folder, out);
            }
            _ => {}
        }
    }
}

/// The absolute name of `rest` imported with `level` dots from `package`.
fn absolute(rest: &str, level: usize, package: &str) -> Option<String> {
    if level == 0 {
        return Some(rest.to_string());
    }
    let parts: Vec<&str> = package.split('.').filter(|p| !p.is_empty()).collect();
    if parts.len() < level {
        return None;
    }
    let base = parts[..parts.len() - (level - 1)].join(".");
    Some(if rest.is_empty() {
        base
    } else {
        format!("{base}.{rest}")
    })
}

/// The files of `name` and its parents under `folder` (the script's folder,
/// the start of `sys.path`), each with its package.
fn locate(name: &str, folder: &Path, out: &mut Vec<(PathBuf, String)>) {
    let mut dir = folder.to_path_buf();
    let mut so_far = String::new();
    for part in name.split('.') {
        if !so_far.is_empty() {
            so_far.push('.');
        }
        so_far.push_str(part);
        let parent = so_far.rsplit_once('.').map_or("", |(p, _)| p).to_string();
        match find_at(&dir, part) {
            Some(Found::Package { init, dir: d }) => {
                out.push((init, so_far.clone()));
                dir = d;
            }
            Some(Found::Module(file)) => {
                out.push((file, parent));
                return;
            }
            Some(Found::Namespace(d)) => dir = d,
            None => return,
        }
    }
}
