//! Where a module's source is: CPython's path-based finder, reduced to what
//! a Coro program can import (source files and folders, no bytecode caches,
//! no zip files, no extension modules).

use std::path::{Path, PathBuf};

/// What one folder of the search path holds under a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// `name/__init__.py`: a package whose `__path__` is `[dir]`.
    Package { init: PathBuf, dir: PathBuf },
    /// `name.py`.
    Module(PathBuf),
    /// A folder `name` without `__init__.py`: a portion of a namespace
    /// package, used only if no other folder holds a module of that name.
    Namespace(PathBuf),
}

/// Looks for `name` (one part of a dotted name) in `dir`; an empty `dir` is
/// the current folder, as in `sys.path`. A package is found before a module
/// of the same name, as CPython's finder does.
pub fn find_in(dir: &str, name: &str) -> Option<Found> {
    find_at(&absolute(dir)?, name)
}

/// Looks for `name` in the folder `base`, as given (relative or not).
pub fn find_at(base: &Path, name: &str) -> Option<Found> {
    let folder = base.join(name);
    if folder.is_dir() {
        let init = folder.join("__init__.py");
        if init.is_file() {
            return Some(Found::Package { init, dir: folder });
        }
    }
    let file = base.join(format!("{name}.py"));
    if file.is_file() {
        return Some(Found::Module(file));
    }
    folder.is_dir().then_some(Found::Namespace(folder))
}

/// A search-path entry as a folder: CPython's finder makes `''` the
/// current folder and keeps other entries as they are (a relative entry
/// gives relative `__file__`s).
fn absolute(dir: &str) -> Option<PathBuf> {
    if dir.is_empty() {
        return std::env::current_dir().ok();
    }
    Some(PathBuf::from(dir))
}

/// A path as the `str` a program sees in `__file__` and `__path__`.
pub fn display(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}
