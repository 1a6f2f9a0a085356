//! Exception objects, the constructors the runtime raises with, and the
//! traceback each one gathers as it unwinds.

use super::code::CodeObject;
use super::heap::{Ref, alloc};
use super::types::{Builtin, TypeObj, builtin};
use super::value::{PyResult, Value};
use crate::span::Span;
use std::cell::{Cell, RefCell};

/// A raised (or raisable) exception instance.
pub struct Exception {
    pub class: Ref<TypeObj>,
    pub args: RefCell<Vec<Value>>,
    /// Attributes a program set on it (`self.code = code` in an exception
    /// class's `__init__`), made on first use.
    pub dict: RefCell<Option<Ref<super::value::Dict>>>,
    /// Frames it passed through, innermost first.
    pub traceback: RefCell<Vec<TraceEntry>>,
    /// `raise ... from cause`.
    pub cause: RefCell<Option<Ref<Exception>>>,
    /// The exception being handled when this one was raised.
    pub context: RefCell<Option<Ref<Exception>>>,
    pub suppress_context: Cell<bool>,
    /// Diagnostics rendered when it was raised (the SyntaxError of a module
    /// that does not compile), shown under its traceback instead of the
    /// message line.
    pub report: RefCell<Option<Box<str>>>,
}

/// One line of a traceback: the code that was running and where.
#[derive(Clone)]
pub struct TraceEntry {
    pub code: Ref<CodeObject>,
    pub span: Span,
}

impl Exception {
    pub fn new(class: Ref<TypeObj>, args: Vec<Value>) -> Ref<Exception> {
        alloc(Exception {
            class,
            args: RefCell::new(args),
            dict: RefCell::new(None),
            traceback: RefCell::new(Vec::new()),
            cause: RefCell::new(None),
            context: RefCell::new(None),
            suppress_context: Cell::new(false),
            report: RefCell::new(None),
        })
    }

    /// Whether this exception is an instance of `class` or a subclass of it.
    pub fn is(&self, b: Builtin) -> bool {
        self.class.is_subclass(&builtin(b))
    }

    /// The message argument, as `str(e)` shows it.
    pub fn first_arg_str(&self) -> Option<String> {
        self.args
            .borrow()
            .first()
            .and_then(|a| a.as_str().map(String::from))
    }
    /// The first argument.
    pub fn first_arg(&self) -> Option<Value> {
        self.args.borrow().first().cloned()
    }
    /// Its attribute dict, made if it has none yet.
    pub fn attrs(&self) -> Ref<super::value::Dict> {
        self.dict
            .borrow_mut()
            .get_or_insert_with(|| alloc(RefCell::new(super::value::Map::default())))
            .clone()
    }
}

/// A new exception of a built-in class with one message argument.
pub fn new_error(kind: Builtin, msg: impl Into<String>) -> Ref<Exception> {
    let msg: String = msg.into();
    Exception::new(builtin(kind), vec![Value::str(msg)])
}

/// `Err` of a new built-in exception: `return err(Builtin::ValueError, "...")`.
pub fn err<T>(kind: Builtin, msg: impl Into<String>) -> PyResult<T> {
    Err(new_error(kind, msg))
}

pub fn type_error<T>(msg: impl Into<String>) -> PyResult<T> {
    err(Builtin::TypeError, msg)
}

pub fn value_error<T>(msg: impl Into<String>) -> PyResult<T> {
    err(Builtin::ValueError, msg)
}

pub fn index_error<T>(msg: impl Into<String>) -> PyResult<T> {
    err(Builtin::IndexError, msg)
}

pub fn zero_division<T>(msg: impl Into<String>) -> PyResult<T> {
    err(Builtin::ZeroDivisionError, msg)
}

pub fn overflow_error<T>(msg: impl Into<String>) -> PyResult<T> {
    err(Builtin::OverflowError, msg)
}

pub fn runtime_error<T>(msg: impl Into<String>) -> PyResult<T> {
    err(Builtin::RuntimeError, msg)
}

pub fn attribute_error<T>(msg: impl Into<String>) -> PyResult<T> {
    err(Builtin::AttributeError, msg)
}

/// `KeyError(key)`: its message is the key's repr.
pub fn key_error<T>(key: Value) -> PyResult<T> {
    Err(Exception::new(builtin(Builtin::KeyError), vec![key]))
}
