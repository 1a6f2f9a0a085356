//! Code objects as the VM runs them.
//!
//! The compiler's [`Code`] is plain data: instructions, spans and constants
//! that know nothing of the VM. Loading it makes a [`CodeObject`], which
//! adds what running needs: the constants as values, the names as strings
//! the VM keys dicts with, and the caches the dispatch loop fills as it runs
//! (where a global lives). A `CodeObject` reads as its `Code` (`Deref`).

use super::heap::{Ref, alloc};
use super::value::{Str, Value};
use crate::compiler::code::{Code, Const};
use std::cell::{Cell, OnceCell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

pub struct CodeObject {
    code: Rc<Code>,
    /// `Code::consts` as values; a nested code object is loaded with its parent.
    pub consts: Box<[Value]>,
    /// `Code::names` as strings, one allocation per distinct name across a
    /// module's code objects (so that two functions' `self.x` share a key).
    pub names: Box<[Ref<Str>]>,
    /// Where each of `names` lives as a global, made on first use.
    pub globals: OnceCell<GlobalCache>,
    /// Per name: where `obj.name` was last read from an instance's dict.
    pub loads: Box<[Cell<AttrCache>]>,
    /// Per name: where `obj.name = v` last stored into an instance's dict.
    pub stores: Box<[Cell<AttrCache>]>,
    /// Per name: the method `obj.name(...)` last called on an instance.
    pub methods: Box<[RefCell<MethodCache>]>,
    /// `Code::qualname` as a str, shared by the functions made from it.
    pub qualname_str: Ref<Str>,
}

/// An attribute read or write on an instance whose class has version
/// `version`: the class lets the instance's own attributes answer for the
/// name (no data descriptor, no `__getattribute__`; for writes no
/// `__setattr__` and no slots), and in an instance of shape `shape` (its
/// address) the name is at `index` (for a write: or comes next, when
/// `index` is the shape's length).
#[derive(Clone, Copy, Default)]
pub struct AttrCache {
    pub version: u64,
    pub shape: usize,
    pub index: u32,
}

/// A method call on an instance whose class has version `version`: the
/// class attribute is the plain function `func` (called with the instance
/// first), unless the instance's own attributes have the name, which an
/// instance of shape `shape` (its address) does not.
#[derive(Default)]
pub struct MethodCache {
    pub version: u64,
    pub shape: usize,
    pub func: Value,
}

/// A code object's global names resolved against its module and the
/// builtins, so that loading a global hashes nothing.
pub struct GlobalCache {
    /// The module slot of each name.
    pub slots: Box<[u32]>,
    /// The builtin of each name (`Undef` when there is none).
    pub builtins: Box<[Value]>,
}

impl std::ops::Deref for CodeObject {
    type Target = Code;
    fn deref(&self) -> &Code {
        &self.code
    }
}

impl CodeObject {
    /// Loads a compiled module (or REPL input) and every code object in it.
    pub fn load(code: &Rc<Code>) -> Ref<CodeObject> {
        Loader::default().load(code)
    }
}

/// One load: the names seen so far, shared by the code objects it makes.
#[derive(Default)]
struct Loader {
    names: HashMap<Box<str>, Ref<Str>>,
}

impl Loader {
    fn load(&mut self, code: &Rc<Code>) -> Ref<CodeObject> {
        let consts = code.consts.iter().map(|c| self.value(c)).collect();
        let names: Box<[Ref<Str>]> = code.names.iter().map(|n| self.name(n)).collect();
        let caches = || names.iter().map(|_| Cell::default()).collect();
        alloc(CodeObject {
            code: code.clone(),
            consts,
            loads: caches(),
            stores: caches(),
            methods: names.iter().map(|_| RefCell::default()).collect(),
            names,
            globals: OnceCell::new(),
            qualname_str: alloc(Str::new(&*code.qualname)),
        })
    }

    fn name(&mut self, n: &str) -> Ref<Str> {
        if let Some(s) = self.names.get(n) {
            return s.clone();
        }
        let s = alloc(Str::new(n));
        self.names.insert(n.into(), s.clone());
        s
    }

    fn value(&mut self, c: &Const) -> Value {
        match c {
            Const::None => Value::None,
            Const::NoDefault => Value::Undef,
            Const::Bool(b) => Value::Bool(*b),
            Const::Ellipsis => Value::Ellipsis,
            Const::Int(n) => Value::Int(*n),
            Const::BigInt(n) => Value::from_bigint((**n).clone()),
            Const::Float(x) => Value::Float(*x),
            Const::Str(s) => Value::Str(self.name(s)),
            Const::Bytes(b) => Value::bytes(&b[..]),
            Const::Tuple(items) => Value::tuple(items.iter().map(|c| self.value(c)).collect()),
            Const::Code(inner) => Value::Code(self.load(inner)),
        }
    }
}
