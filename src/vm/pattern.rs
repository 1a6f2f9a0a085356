//! The instructions of `match` statements that need more than the stack:
//! which subjects sequence and mapping patterns accept, a mapping's values
//! for a pattern's keys, and a class pattern's attributes, with CPython
//! 3.11's rules and messages. The compiler turns everything else (literal
//! and value comparisons, captures, alternatives) into plain instructions.

use super::Vm;
use super::exception::*;
use super::fiber::Fiber;
use super::heap::alloc;
use super::types::{Builtin, TypeObj, is_instance, type_name, type_of};
use super::value::*;
use crate::compiler::code::Op;

/// The bits of `__abc_tpflags__` (CPython's `Py_TPFLAGS_SEQUENCE` and
/// `Py_TPFLAGS_MAPPING`) by which an abstract base class written in Coro
/// (`collections.abc.Sequence`) can mark its subclasses.
const TPFLAGS_SEQUENCE: i64 = 1 << 5;
const TPFLAGS_MAPPING: i64 = 1 << 6;

/// Whether the class is marked with `flag` through `__abc_tpflags__`.
fn abc_flag(t: &TypeObj, flag: i64) -> bool {
    t.is_user && matches!(t.lookup("__abc_tpflags__"), Some(Value::Int(f)) if f & flag != 0)
}

/// Whether a sequence pattern can match `v`: CPython's `Py_TPFLAGS_SEQUENCE`.
pub fn is_sequence(v: &Value) -> bool {
    let t = type_of(v);
    matches!(t.builtin, Builtin::List | Builtin::Tuple | Builtin::Range)
        || abc_flag(&t, TPFLAGS_SEQUENCE)
}

/// Whether a mapping pattern can match `v`: CPython's `Py_TPFLAGS_MAPPING`.
pub fn is_mapping(v: &Value) -> bool {
    let t = type_of(v);
    t.builtin == Builtin::Dict || abc_flag(&t, TPFLAGS_MAPPING)
}

/// The built-in classes whose single positional sub-pattern matches the
/// subject itself (`int(x)`), as CPython's `_Py_TPFLAGS_MATCH_SELF`;
/// subclasses inherit it.
fn matches_self(t: &TypeObj) -> bool {
    matches!(
        t.builtin,
        Builtin::Bool
            | Builtin::Bytes
            | Builtin::Dict
            | Builtin::Float
            | Builtin::FrozenSet
            | Builtin::Int
            | Builtin::List
            | Builtin::Set
            | Builtin::Str
            | Builtin::Tuple
    )
}

fn pop(fiber: &mut Fiber) -> Value {
    fiber.stack.pop().unwrap_or_default()
}

impl Vm {
    /// Runs one of the instructions of `match` (kept out of the dispatch
    /// loop; see `Op` for each one's stack effect).
    #[inline(never)]
    pub(super) fn match_op(&mut self, fiber: &mut Fiber, op: Op) -> PyResult<()> {
        match op {
            Op::Rotate(n) => {
                let v = pop(fiber);
                let at = fiber.stack.len() + 1 - n as usize;
                fiber.stack.insert(at, v);
            }
            Op::MatchSequence => {
                let ok = fiber.stack.last().is_some_and(is_sequence);
                fiber.stack.push(Value::Bool(ok));
            }
            Op::MatchMapping => {
                let ok = fiber.stack.last().is_some_and(is_mapping);
                fiber.stack.push(Value::Bool(ok));
            }
            Op::GetLen => {
                let subject = fiber.stack.last().cloned().unwrap_or_default();
                let n = self.len(&subject)?;
                fiber.stack.push(n);
            }
            Op::MatchKeys => {
                let n = fiber.stack.len();
                let (subject, keys) = (fiber.stack[n - 2].clone(), fiber.stack[n - 1].clone());
                let values = self.match_keys(&subject, &keys)?;
                fiber.stack.push(values);
            }
            Op::MatchRest => {
                let keys = pop(fiber);
                let subject = pop(fiber);
                let rest = self.match_rest(&subject, &keys)?;
                fiber.stack.push(rest);
            }
            Op::MatchClass(nargs) => {
                let names = pop(fiber);
                let class = pop(fiber);
                let subject = pop(fiber);
                let attrs = self.match_class(&subject, &class, nargs as usize, &names)?;
                fiber.stack.push(attrs);
            }
            _ => {}
        }
        Ok(())
    }

    /// The subject's value for each key (through `get`, so that a
    /// `defaultdict` makes no key), or None when one is missing.
    fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let Value::Tuple(keys) = keys else {
            return Ok(Value::None);
        };
        if keys.is_empty() {
            return Ok(Value::tuple(Vec::new()));
        }
        // Keys from value patterns may repeat, which CPython refuses.
        let seen: Set = std::cell::RefCell::new(KeySet::default());
        let (get, missing) = match subject {
            Value::Dict(_) => (None, Value::None),
            _ => {
                let get = self.get_attr(subject, &Str::new("get"))?;
                let missing = Value::Opaque(alloc(Opaque {
                    type_name: "object",
                    data: Box::new(()),
                }));
                (Some(get), missing)
            }
        };
        let mut values = Vec::with_capacity(keys.len());
        for k in keys.iter() {
            if keys.len() > 1 {
                let key = self.key(k.clone())?;
                if self.set_find(&seen, &key)?.is_some() {
                    return value_error(format!(
                        "mapping pattern checks duplicate key ({})",
                        self.repr(k)?
                    ));
                }
                seen.borrow_mut().insert(key);
            }
            let v = match (&get, subject) {
                (None, Value::Dict(d)) => self.dict_get(d, k)?,
                (Some(get), _) => {
                    let v = self.call_value(get, vec![k.clone(), missing.clone()])?;
                    (!v.is(&missing)).then_some(v)
                }
                _ => None,
            };
            match v {
                Some(v) => values.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(values))
    }

    /// `dict(subject)` without `keys`: a mapping pattern's `**rest`.
    fn match_rest(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let rest = Value::dict(Map::default());
        crate::stdlib::methods::dict_update_from(self, &rest, subject)?;
        if let (Value::Dict(d), Value::Tuple(keys)) = (&rest, keys) {
            for k in keys.iter() {
                if let Some(i) = self.dict_find(d, k)? {
                    d.borrow_mut().shift_remove_index(i);
                }
            }
        }
        Ok(rest)
    }

    /// A class pattern's test: None unless `subject` is an instance of
    /// `class` with every attribute the sub-patterns name.
    fn match_class(
        &mut self,
        subject: &Value,
        class: &Value,
        nargs: usize,
        names: &Value,
    ) -> PyResult<Value> {
        let Value::Type(t) = class else {
            return type_error("called match pattern must be a type");
        };
        if !self.match_isinstance(subject, class, t)? {
            return Ok(Value::None);
        }
        let mut seen: Vec<String> = Vec::new();
        let mut attrs = Vec::new();
        if nargs > 0 {
            // A tuple in the class (or a base) is what getattr finds, when no
            // metaclass can intervene: skip the general look-up.
            let direct = match t.lookup("__match_args__") {
                Some(v @ Value::Tuple(_)) if t.metaclass().is_none() => Some(Ok(v)),
                _ => None,
            };
            let found = direct.unwrap_or_else(|| self.get_attr(class, &Str::new("__match_args__")));
            let (match_args, match_self) = match found {
                Ok(Value::Tuple(items)) => (items.to_vec(), false),
                Ok(other) => {
                    return type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        t.name,
                        type_name(&other)
                    ));
                }
                Err(e) if e.is(Builtin::AttributeError) => (Vec::new(), matches_self(t)),
                Err(e) => return Err(e),
            };
            let allowed = if match_self { 1 } else { match_args.len() };
            if allowed < nargs {
                let plural = if allowed == 1 { "" } else { "s" };
                return type_error(format!(
                    "{}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)",
                    t.name
                ));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in &match_args[..nargs] {
                    let Value::Str(name) = name else {
                        return type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            type_name(name)
                        ));
                    };
                    match self.match_attr(subject, t, &name.text, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        if let Value::Tuple(names) = names {
            for name in names.iter() {
                let name = name.as_str().unwrap_or_default();
                match self.match_attr(subject, t, name, &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
        Ok(Value::tuple(attrs))
    }

    /// `isinstance(subject, class)`, asking the metaclass's `__instancecheck__` first.
    fn match_isinstance(&mut self, subject: &Value, class: &Value, t: &TypeObj) -> PyResult<bool> {
        if let Some(check) = t
            .metaclass()
            .and_then(|m| m.lookup_user("__instancecheck__"))
        {
            let r = self.call_value(&check, vec![class.clone(), subject.clone()])?;
            return self.truthy(&r);
        }
        Ok(is_instance(subject, t))
    }

    /// One attribute of a class pattern's subject; None when it has none.
    fn match_attr(
        &mut self,
        subject: &Value,
        t: &TypeObj,
        name: &str,
        seen: &mut Vec<String>,
    ) -> PyResult<Option<Value>> {
        if seen.iter().any(|s| s == name) {
            return type_error(format!(
                "{}() got multiple sub-patterns for attribute '{name}'",
                t.name
            ));
        }
        seen.push(name.to_string());
        match self.get_attr(subject, &Str::new(name)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is(Builtin::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }
}
