//! The protocols that take the VM: operators, comparison, truth, length,
//! containment, indexing, iteration, hashing and calls of classes. Each has
//! one entry point; built-in operands take a fast path first, then the
//! class's dunder method.
//!
//! A protocol that must run script code says so with `Step::Call` and a
//! `Then` that finishes the work once the call returns. An instruction hands
//! the step to `Vm::push_step`, which pushes the callee's frame on the
//! running fiber (so `a + b` calling `__add__` never recurses on the Rust
//! stack); a native hands it to `Vm::drive`, which runs the call nested.

use super::exception::*;
use super::fiber::{Fiber, Resume};
use super::heap::Ref;
use super::ops;
use super::types::{Builtin, TypeObj, type_name, type_of};
use super::value::*;
use super::{Vm, call};
use crate::syntax::ast::{BinOp, CmpOp};

/// What a protocol does next.
pub enum Step {
    /// It is done: the result (`Undef` for protocols with no result, such as
    /// `__setitem__`).
    Done(Value),
    /// It calls `func`, and `then` finishes with the call's result.
    Call {
        func: Value,
        args: Vec<Value>,
        kw: Vec<(Ref<Str>, Value)>,
        then: Then,
    },
}

impl Step {
    pub fn call(func: Value, args: Vec<Value>, then: Then) -> Step {
        Step::Call {
            func,
            args,
            kw: Vec::new(),
            then,
        }
    }
}

/// What a protocol does with the result of a call it made.
pub enum Then {
    /// The result is the protocol's result.
    Value,
    /// The result is dropped (`__setitem__`, a property's setter).
    Discard,
    /// `__init__` returned: it must return None, and the result is the instance.
    Init(Value),
    /// `__new__` returned: an instance of the class is then initialised
    /// with these arguments.
    New(Box<NewCall>),
    /// One method of an operator returned; NotImplemented moves on to the next.
    Attempt { invert: bool, rest: Box<Attempts> },
    /// `__bool__` returned: it must be a bool.
    Bool,
    /// `__len__` returned: an int, at least 0.
    Len,
    /// The result's truth is the result (`__contains__`).
    Truth,
    /// `__repr__`, `__str__` or `__format__` returned: it must be a str.
    Str(&'static str),
    /// `__index__` returned: it must be an int.
    Index,
    /// `__iter__` returned: it must be an iterator.
    Iter,
    /// `__next__` of a `for` loop: the result is the next item; a
    /// StopIteration out of it jumps to the instruction (see `Vm::unwind`).
    ForIter(u32),
    /// A class body returned its `__class__` cell: the class is made.
    ClassBody(Box<super::class::ClassSpec>),
}

/// A class call whose `__new__` is running: what `__init__` gets after it.
pub struct NewCall {
    pub class: Ref<TypeObj>,
    pub args: Vec<Value>,
    pub kw: Vec<(Ref<Str>, Value)>,
}

/// The methods an operator tries in turn, and what it does when every one
/// of them returns NotImplemented.
pub struct Attempts {
    pub op: Operator,
    pub a: Value,
    pub b: Value,
    /// `a op= b`: errors name the augmented operator.
    pub inplace: bool,
    /// The methods left to try, next last (at most the in-place, the
    /// forward and the reflected one).
    pub queue: [Option<Attempt>; 3],
}

#[derive(Clone, Copy)]
pub enum Operator {
    Binary(BinOp),
    Compare(CmpOp),
}

/// The dunder names of a binary operator: forward, reflected, in place.
pub fn binary_names(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
    }
}

/// The dunder names of a rich comparison: forward and reflected.
fn compare_names(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::NotEq => ("__ne__", "__ne__"),
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::LtE => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::GtE => ("__ge__", "__le__"),
        _ => ("", ""),
    }
}

fn cmp_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        _ => "in",
    }
}

/// One operator method to try: `(method, reflected, invert)`; a reflected
/// method is called as `method(b, a)`, and `invert` negates its answer.
type Attempt = (Value, bool, bool);

/// The methods `a op b` tries, in CPython's order; one operand at least is
/// an instance of a class a program defined.
fn binary_attempts(op: BinOp, a: Value, b: Value, inplace: bool) -> Attempts {
    let (ca, cb) = (user_class(&a), user_class(&b));
    let (fwd, refl, iname) = binary_names(op);

    let first = if inplace {
        ca.as_ref()
            .and_then(|c| operator_method(c, iname))
            .map(|m| (m, false, false))
    } else {
        None
    };
    let forward = match &ca {
        Some(c) => operator_method(c, fwd),
        None => builtin_forward(&a, cb.as_deref(), fwd),
    };
    let same = matches!((&ca, &cb), (Some(x), Some(y)) if super::heap::same(x, y));
    let reflected = if same {
        None
    } else {
        cb.as_ref().and_then(|c| operator_method(c, refl))
    };
    // A subclass's reflected method goes first only if it overrides the base's.
    let b_first = reflected.as_ref().is_some_and(|r| {
        let base = operator_method(&type_of(&a), refl);
        !base.is_some_and(|m| m.is(r))
    }) && cb
        .as_ref()
        .is_some_and(|c| !same && c.is_subclass(&type_of(&a)));
    let fwd_entry = forward.map(|m| (m, false, false));
    let refl_entry = reflected.map(|m| (m, true, false));
    let queue = queue_attempts(first, b_first, fwd_entry, refl_entry);
    Attempts {
        op: Operator::Binary(op),
        a,
        b,
        inplace,
        queue,
    }
}

/// The methods a comparison tries, in CPython's order.
fn compare_attempts(op: CmpOp, a: Value, b: Value) -> Attempts {
    let (ca, cb) = (user_class(&a), user_class(&b));
    let (fwd, refl) = compare_names(op);

    let find = |c: &Option<Ref<TypeObj>>, name: &'static str| -> Option<(Value, bool)> {
        let c = c.as_ref()?;
        match operator_method(c, name) {
            Some(m) if !m.is_none() => Some((m, false)),
            // `!=` without `__ne__` is the inverse of `__eq__`.
            None if op == CmpOp::NotEq => c
                .lookup_user("__eq__")
                .filter(|m| !m.is_none())
                .map(|m| (m, true)),
            _ => None,
        }
    };
    let forward = match &ca {
        Some(_) => find(&ca, fwd),
        None => builtin_forward(&a, cb.as_deref(), fwd).map(|m| (m, false)),
    };
    let reflected = find(&cb, refl);
    let same = matches!((&ca, &cb), (Some(x), Some(y)) if super::heap::same(x, y));
    let b_first =
        reflected.is_some() && !same && cb.as_ref().is_some_and(|c| c.is_subclass(&type_of(&a)));
    let fwd_entry = forward.map(|(m, inv)| (m, false, inv));
    let refl_entry = reflected.map(|(m, inv)| (m, true, inv));
    let queue = queue_attempts(None, b_first, fwd_entry, refl_entry);
    Attempts {
        op: Operator::Compare(op),
        a,
        b,
        inplace: false,
        queue,
    }
}

/// CPython's TypeError for an `__init__` that returned something.
pub fn init_returned(v: &Value) -> Ref<Exception> {
    new_error(
        Builtin::TypeError,
        format!("__init__() should return None, not '{}'", type_name(v)),
    )
}

/// The queue of an operator (next last): `first` (an in-place method)
/// before the forward and reflected methods, the reflected one first when
/// the right operand's class takes priority.
fn queue_attempts(
    first: Option<Attempt>,
    reflected_first: bool,
    forward: Option<Attempt>,
    reflected: Option<Attempt>,
) -> [Option<Attempt>; 3] {
    if reflected_first {
        [forward, reflected, first]
    } else {
        [reflected, forward, first]
    }
}

/// The operator method `name` of a class a program defined: its own or an
/// inherited one, a built-in base's included (`class J(int)` inherits
/// `int.__gt__`), but not `object`'s, whose defaults the operators apply
/// themselves once every method declined.
fn operator_method(c: &TypeObj, name: &'static str) -> Option<Value> {
    c.operator_memo(name, |c| {
        if c.builtin == Builtin::Object || c.builtin.is_exception() {
            return c.lookup_user(name);
        }
        let m = c.lookup(name)?;
        let object = super::types::builtin(Builtin::Object);
        let default = object.dict.borrow().get(name).is_some_and(|d| d.is(&m));
        (!default).then_some(m)
    })
}

/// The forward method of a built-in left operand, when it must be tried
/// before the right operand's reflected one: when that right operand
/// extends a built-in class, whose methods answer for it (`"%s" % s` for a
/// str subclass is str's `%`). Otherwise the built-in meaning is the
/// operator's last resort anyway, so it is not tried first.
fn builtin_forward(a: &Value, cb: Option<&TypeObj>, name: &'static str) -> Option<Value> {
    let cb = cb?;
    if cb.builtin == Builtin::Object || cb.builtin.is_exception() {
        return None;
    }
    operator_method(&type_of(a), name)
}

/// The class a value's dunder methods come from, when a program defined it.
pub fn user_class(v: &Value) -> Option<Ref<TypeObj>> {
    match v {
        Value::Instance(i) => Some(i.class()),
        Value::Exception(e) if e.class.is_user => Some(e.class.clone()),
        Value::Type(t) => t.metaclass(),
        _ => None,
    }
}

/// The built-in value an instance of a subclass of a built-in class extends,
/// or the value itself.
pub fn unwrap_payload(v: &Value) -> &Value {
    match v {
        Value::Instance(i) if !matches!(i.payload, Value::Undef) => &i.payload,
        _ => v,
    }
}

/// Whether comparing a value may need script code or the recursion guard:
/// an instance, or a container holding one, or containers nested deeply
/// (which may contain themselves).
fn needs_vm(v: &Value, depth: usize) -> bool {
    let deeper = |x: &Value| depth >= 4 || needs_vm(x, depth + 1);
    match v {
        Value::Instance(_) => true,
        Value::Exception(e) => e.class.is_user,
        Value::List(l) => l.borrow().iter().any(deeper),
        Value::Tuple(t) => t.iter().any(deeper),
        Value::Dict(d) => d.borrow().values().any(deeper),
        Value::Set(s) => s.borrow().iter().any(|k| deeper(&k.0)),
        _ => false,
    }
}

/// The user-defined method `name` of a value's class.
pub fn user_method(v: &Value, name: &str) -> Option<Value> {
    user_class(v)?.lookup_user(name).filter(|m| !m.is_none())
}

impl Vm {
    // ---- running steps --------------------------------------------------------

    /// Carries a step out from an instruction: a script callee gets a frame on
    /// this fiber (returning true: the interpreter must reload its frame);
    /// anything else runs now and its result is pushed.
    pub(super) fn push_step(&mut self, fiber: &mut Fiber, mut step: Step) -> PyResult<bool> {
        loop {
            match step {
                Step::Done(Value::Undef) => return Ok(false),
                Step::Done(v) => {
                    fiber.stack.push(v);
                    return Ok(false);
                }
                Step::Call {
                    func,
                    mut args,
                    kw,
                    then,
                } => match func {
                    Value::Function(f) if f.code.runs_on_call() => {
                        self.check_depth(fiber)?;
                        let base = fiber.stack.len() + 1;
                        if kw.is_empty() && f.code.binds_exactly(args.len()) {
                            fiber.stack.push(Value::Function(f.clone()));
                            fiber.stack.extend(args);
                        } else {
                            let slots = call::bind(&f, &args, &kw)?;
                            fiber.stack.push(Value::Function(f.clone()));
                            fiber.stack.extend(slots);
                        }
                        fiber.push_frame(f, base);
                        if !matches!(then, Then::Value) {
                            let frame = fiber.frames.last_mut().expect("frame just pushed");
                            frame.then = Resume::Protocol(Box::new(then));
                        }
                        return Ok(true);
                    }
                    Value::BoundMethod(b) => {
                        args.insert(0, b.receiver.clone());
                        step = Step::Call {
                            func: b.func.clone(),
                            args,
                            kw,
                            then,
                        };
                    }
                    Value::Type(t) if t.is_user && matches!(then, Then::Value) => {
                        step = self.class_call_step(&t, args, kw)?;
                    }
                    other => {
                        let r = self.call_value_kw(&other, args, kw)?;
                        step = self.resume(then, r)?;
                    }
                },
            }
        }
    }

    /// Carries a step out from native code: calls run nested, to completion.
    pub fn drive(&mut self, mut step: Step) -> PyResult<Value> {
        loop {
            match step {
                Step::Done(v) => return Ok(v),
                Step::Call {
                    func,
                    args,
                    kw,
                    then,
                } => {
                    let r = self.call_value_kw(&func, args, kw)?;
                    step = self.resume(then, r)?;
                }
            }
        }
    }

    /// Goes on with a protocol once the call it made returned `v`.
    pub(super) fn resume(&mut self, then: Then, v: Value) -> PyResult<Step> {
        Ok(Step::Done(match then {
            Then::Value | Then::ForIter(_) => v,
            Then::Discard => Value::Undef,
            Then::Init(inst) => {
                if !v.is_none() {
                    return Err(init_returned(&v));
                }
                inst
            }
            Then::New(new) => {
                let NewCall { class, args, kw } = *new;
                if super::types::is_instance(&v, &class) {
                    return self.init_step(&class, v, args, kw);
                }
                v
            }
            Then::Attempt { invert, rest } => {
                if v.is(&self.not_implemented) {
                    return self.next_attempt(*rest);
                }
                if invert {
                    Value::Bool(!self.truthy(&v)?)
                } else {
                    v
                }
            }
            Then::Bool => match v {
                Value::Bool(_) => v,
                other => {
                    return type_error(format!(
                        "__bool__ should return bool, returned {}",
                        type_name(&other)
                    ));
                }
            },
            Then::Len => match v {
                Value::Int(n) if n < 0 => return value_error("__len__() should return >= 0"),
                Value::Int(_) => v,
                Value::Bool(b) => Value::Int(b as i64),
                Value::BigInt(_) => {
                    return overflow_error("cannot fit 'int' into an index-sized integer");
                }
                other => {
                    return type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        type_name(&other)
                    ));
                }
            },
            Then::Truth => Value::Bool(self.truthy(&v)?),
            Then::Str(what) => match v {
                Value::Str(_) => v,
                other if what == "__format__" => {
                    return type_error(format!(
                        "__format__ must return a str, not {}",
                        type_name(&other)
                    ));
                }
                other => {
                    return type_error(format!(
                        "{what} returned non-string (type {})",
                        type_name(&other)
                    ));
                }
            },
            Then::Index => match v {
                Value::Int(_) | Value::BigInt(_) => v,
                Value::Bool(b) => Value::Int(b as i64),
                other => {
                    return type_error(format!(
                        "__index__ returned non-int (type {})",
                        type_name(&other)
                    ));
                }
            },
            Then::Iter => {
                if !self.is_iterator(&v) {
                    return type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        type_name(&v)
                    ));
                }
                v
            }
            Then::ClassBody(spec) => self.finish_class(*spec, v)?,
        }))
    }

    // ---- operators ----------------------------------------------------------

    /// `a op b` (and `a op= b` when `inplace`).
    pub fn binary_step(&mut self, op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult<Step> {
        if user_class(&a).is_none() && user_class(&b).is_none() {
            return Ok(Step::Done(self.builtin_binary(op, &a, &b, inplace)?));
        }
        self.next_attempt(binary_attempts(op, a, b, inplace))
    }

    /// An operator whose operands include an instance of a class a program
    /// defined, from an instruction: when the first method to try is a plain
    /// function, its frame is pushed with the operands kept below it, so that
    /// nothing is allocated (`Resume::Operator`); otherwise as `push_step`.
    /// True when a frame was pushed.
    pub(super) fn push_operator(
        &mut self,
        fiber: &mut Fiber,
        op: Operator,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<bool> {
        let st = match op {
            Operator::Binary(bop) => binary_attempts(bop, a, b, inplace),
            Operator::Compare(cop) => compare_attempts(cop, a, b),
        };
        if let Some((Value::Function(f), reflected, false)) = st.queue.iter().rev().flatten().next()
            && f.code.runs_on_call()
            && f.code.binds_exactly(2)
        {
            self.check_depth(fiber)?;
            let f = f.clone();
            let (x, y) = if *reflected {
                (st.b.clone(), st.a.clone())
            } else {
                (st.a.clone(), st.b.clone())
            };
            let Attempts { a, b, .. } = st;
            fiber.stack.extend([a, b, x, y]);
            let base = fiber.stack.len() - 2;
            fiber.push_frame(f, base);
            fiber.frames.last_mut().expect("frame just pushed").then =
                Resume::Operator { op, inplace };
            return Ok(true);
        }
        let step = self.next_attempt(st)?;
        self.push_step(fiber, step)
    }

    /// The first method of an operator pushed by `push_operator` returned
    /// `v`: the operands are popped, and NotImplemented goes on to the
    /// methods after the first.
    pub(super) fn operator_returned(
        &mut self,
        fiber: &mut Fiber,
        op: Operator,
        inplace: bool,
        v: Value,
    ) -> PyResult<Step> {
        let b = fiber.stack.pop().unwrap_or_default();
        let a = fiber.stack.pop().unwrap_or_default();
        if !v.is(&self.not_implemented) {
            return Ok(Step::Done(v));
        }
        let mut st = match op {
            Operator::Binary(bop) => binary_attempts(bop, a, b, inplace),
            Operator::Compare(cop) => compare_attempts(cop, a, b),
        };
        st.queue.iter_mut().rev().find_map(Option::take);
        self.next_attempt(st)
    }

    /// `|`, `&`, `-`, `^` of sets whose members compare through `__eq__`.
    fn set_binary(&mut self, op: BinOp, x: &Set, y: &Set) -> PyResult<Value> {
        let (xs, ys): (Vec<Key>, Vec<Key>) = (
            x.borrow().iter().cloned().collect(),
            y.borrow().iter().cloned().collect(),
        );
        let out: Set = std::cell::RefCell::new(KeySet::default());
        let keep = |vm: &mut Vm, k: &Key, other: &Set, want: bool| -> PyResult<bool> {
            Ok(vm.set_find(other, k)?.is_some() == want)
        };
        match op {
            BinOp::BitOr => {
                for k in xs.iter().chain(&ys) {
                    self.set_add(&out, k.0.clone())?;
                }
            }
            BinOp::BitAnd | BinOp::Sub => {
                for k in &xs {
                    if keep(self, k, y, op == BinOp::BitAnd)? {
                        self.set_add(&out, k.0.clone())?;
                    }
                }
            }
            _ => {
                for k in &xs {
                    if keep(self, k, y, false)? {
                        self.set_add(&out, k.0.clone())?;
                    }
                }
                for k in &ys {
                    if keep(self, k, x, false)? {
                        self.set_add(&out, k.0.clone())?;
                    }
                }
            }
        }
        Ok(Value::Set(super::heap::alloc(out)))
    }

    /// The built-in meaning of `a op b`, for operands without dunder methods
    /// (instances of subclasses of built-in classes count as their values).
    pub(crate) fn builtin_binary(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> PyResult<Value> {
        let (original, original_b) = (a, b);
        let (a, b) = (unwrap_payload(a), unwrap_payload(b));
        // `seq * n` where n has `__index__`.
        if op == BinOp::Mul
            && let (
                Value::Str(_) | Value::Bytes(_) | Value::List(_) | Value::Tuple(_),
                Value::Instance(_),
            )
            | (
                Value::Instance(_),
                Value::Str(_) | Value::Bytes(_) | Value::List(_) | Value::Tuple(_),
            ) = (a, b)
        {
            let (x, y) = (self.index_key(a.clone())?, self.index_key(b.clone())?);
            if !matches!(x, Value::Instance(_)) && !matches!(y, Value::Instance(_)) {
                return ops::binary(op, &x, &y);
            }
        }
        match (op, a) {
            // In place, a list (or a list subclass instance) stays itself.
            (BinOp::Add, Value::List(l)) if inplace => {
                self.extend_list(l, b)?;
                Ok(original.clone())
            }
            (BinOp::Mul, Value::List(l))
                if inplace && matches!(b, Value::Int(_) | Value::Bool(_)) =>
            {
                if let Value::List(r) = ops::binary(op, a, b)? {
                    let items = r.borrow().clone();
                    *l.borrow_mut() = items;
                }
                Ok(original.clone())
            }
            // `%` formats the right operand itself (its `__str__`, its class).
            (BinOp::Mod, Value::Str(s)) => {
                let s = s.clone();
                crate::stdlib::percent::percent_format(self, s.as_str(), original_b)
            }
            (BinOp::Mod, Value::Bytes(s)) => {
                let s = s.clone();
                crate::stdlib::percent::percent_format_bytes(self, &s, original_b)
            }
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::Set(x))
                if matches!(b, Value::Set(_)) && (self.needs_vm(a) || self.needs_vm(b)) =>
            {
                let Value::Set(y) = b else {
                    unreachable!("matched above")
                };
                let r = self.set_binary(op, x, y)?;
                if crate::stdlib::frozenset::is_frozenset(original) {
                    return Ok(crate::stdlib::frozenset::freeze(r));
                }
                Ok(r)
            }
            (BinOp::BitOr, _) if let Some(u) = super::alias::union_or(a, b) => Ok(u),
            _ => {
                let r = ops::binary(op, a, b)?;
                if crate::stdlib::frozenset::is_frozenset(original) && matches!(r, Value::Set(_)) {
                    return Ok(crate::stdlib::frozenset::freeze(r));
                }
                Ok(r)
            }
        }
    }

    /// `a op b` for comparison operators other than `is` and `in`.
    pub fn compare_step(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Step> {
        match op {
            CmpOp::Is => return Ok(Step::Done(Value::Bool(a.is(&b)))),
            CmpOp::IsNot => return Ok(Step::Done(Value::Bool(!a.is(&b)))),
            CmpOp::In | CmpOp::NotIn => {
                let found = self.contains(&b, &a)?;
                return Ok(Step::Done(Value::Bool(found == (op == CmpOp::In))));
            }
            _ => {}
        }
        if user_class(&a).is_none() && user_class(&b).is_none() {
            return Ok(Step::Done(Value::Bool(self.builtin_compare(op, &a, &b)?)));
        }
        self.next_attempt(compare_attempts(op, a, b))
    }

    /// The next method an operator tries, or its answer once none is left.
    fn next_attempt(&mut self, mut st: Attempts) -> PyResult<Step> {
        if let Some((m, reflected, invert)) = st.queue.iter_mut().rev().find_map(Option::take) {
            let (x, y) = if reflected {
                (&st.b, &st.a)
            } else {
                (&st.a, &st.b)
            };
            return Ok(Step::call(
                m,
                vec![x.clone(), y.clone()],
                Then::Attempt {
                    invert,
                    rest: Box::new(st),
                },
            ));
        }
        let (a, b) = (&st.a, &st.b);
        let payloads = !unwrap_payload(a).is(a) || !unwrap_payload(b).is(b);
        Ok(Step::Done(match st.op {
            Operator::Binary(op) => {
                let (a, b) = (a.clone(), b.clone());
                match self.builtin_binary(op, &a, &b, st.inplace) {
                    Err(e) if st.inplace && e.is(Builtin::TypeError) => {
                        let sym = op.symbol();
                        let msg = self.exception_str(&e)?;
                        let from = format!("for {sym}:");
                        let from_pow = "for ** or pow():".to_string();
                        let to = format!("for {sym}=:");
                        let msg = msg.replacen(&from, &to, 1).replacen(&from_pow, &to, 1);
                        return type_error(msg);
                    }
                    r => r?,
                }
            }
            Operator::Compare(op) => {
                if payloads {
                    let (a, b) = (unwrap_payload(a).clone(), unwrap_payload(b).clone());
                    Value::Bool(self.builtin_compare(op, &a, &b)?)
                } else {
                    match op {
                        CmpOp::Eq => Value::Bool(a.is(b)),
                        CmpOp::NotEq => Value::Bool(!a.is(b)),
                        _ => {
                            return type_error(format!(
                                "'{}' not supported between instances of '{}' and '{}'",
                                cmp_symbol(op),
                                type_name(a),
                                type_name(b)
                            ));
                        }
                    }
                }
            }
        }))
    }

    /// Comparison of built-in values; sequences compare their items through
    /// the VM, so that items with `__eq__` and `__lt__` take part.
    fn builtin_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
        let items = |v: &Value| -> Option<Vec<Value>> {
            match v {
                Value::List(l) => Some(l.borrow().clone()),
                Value::Tuple(t) => Some(t.to_vec()),
                _ => None,
            }
        };
        let same_kind = matches!(
            (a, b),
            (Value::List(_), Value::List(_)) | (Value::Tuple(_), Value::Tuple(_))
        );
        if same_kind
            && let (Some(x), Some(y)) = (items(a), items(b))
            && (x.iter().chain(&y).any(|v| self.needs_vm(v)))
        {
            return self.nested(" in comparison", |vm| vm.compare_items(op, &x, &y));
        }
        if let (Value::Set(x), Value::Set(y)) = (a, b)
            && matches!(op, CmpOp::Eq | CmpOp::NotEq)
            && (self.needs_vm(a) || self.needs_vm(b))
        {
            let equal = x.borrow().len() == y.borrow().len() && {
                let keys: Vec<Key> = x.borrow().iter().cloned().collect();
                let mut all = true;
                for k in &keys {
                    if self.set_find(y, k)?.is_none() {
                        all = false;
                        break;
                    }
                }
                all
            };
            return Ok(equal == (op == CmpOp::Eq));
        }
        if let (Value::Dict(x), Value::Dict(y)) = (a, b)
            && matches!(op, CmpOp::Eq | CmpOp::NotEq)
        {
            let equal = self.nested(" in comparison", |vm| vm.dicts_equal(x, y))?;
            return Ok(equal == (op == CmpOp::Eq));
        }
        ops::compare(op, a, b)
    }

    /// Lexicographic comparison of two sequences' items.
    fn compare_items(&mut self, op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<bool> {
        if matches!(op, CmpOp::Eq | CmpOp::NotEq) && x.len() != y.len() {
            return Ok(op == CmpOp::NotEq);
        }
        for (p, q) in x.iter().zip(y) {
            if !self.eq(p, q)? {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::NotEq => Ok(true),
                    _ => {
                        let r = self.compare_step(op, p.clone(), q.clone())?;
                        let r = self.drive(r)?;
                        self.truthy(&r)
                    }
                };
            }
        }
        let (n, m) = (x.len(), y.len());
        Ok(match op {
            CmpOp::Eq => n == m,
            CmpOp::NotEq => n != m,
            CmpOp::Lt => n < m,
            CmpOp::LtE => n <= m,
            CmpOp::Gt => n > m,
            _ => n >= m,
        })
    }

    /// Runs `f` one level deeper in the Rust recursion that protocols of
    /// nested values make (comparison, repr, hashing): a RecursionError
    /// instead of a stack overflow past the recursion limit.
    pub fn nested<T>(&mut self, what: &str, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        if self.native_depth >= self.recursion_limit.min(super::MAX_NATIVE_DEPTH) {
            return err(
                Builtin::RecursionError,
                format!("maximum recursion depth exceeded{what}"),
            );
        }
        self.native_depth += 1;
        let r = f(self);
        self.native_depth -= 1;
        r
    }

    /// Whether a value's equality or order may need script code: an
    /// instance, or a container holding one.
    fn needs_vm(&self, v: &Value) -> bool {
        needs_vm(v, 0)
    }

    fn dicts_equal(&mut self, x: &Dict, y: &Dict) -> PyResult<bool> {
        if x.borrow().len() != y.borrow().len() {
            return Ok(false);
        }
        let entries: Vec<(Key, Value)> = x
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for (k, v) in entries {
            let other = y.borrow().get(&k).cloned();
            match other {
                None => return Ok(false),
                Some(w) => {
                    if !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
            }
        }
        Ok(true)
    }

    /// `a op b` as a truth value (sorting, `min`, `max`).
    pub fn compare_bool(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
        if !self.needs_vm(a) && !self.needs_vm(b) {
            return ops::compare(op, a, b);
        }
        let step = self.compare_step(op, a.clone(), b.clone())?;
        let r = self.drive(step)?;
        self.truthy(&r)
    }

    /// `a == b` as a truth value (list membership, `list.index`, dict values).
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        if !self.needs_vm(a) && !self.needs_vm(b) {
            return Ok(ops::eq(a, b));
        }
        let step = self.compare_step(CmpOp::Eq, a.clone(), b.clone())?;
        let r = self.drive(step)?;
        self.truthy(&r)
    }

    /// `-a`, `+a`, `~a` and `abs(a)`.
    pub fn unary_step(&mut self, name: &'static str, a: Value) -> PyResult<Step> {
        if let Some(m) = user_method(&a, name) {
            return Ok(Step::call(m, vec![a], Then::Value));
        }
        let v = unwrap_payload(&a);
        let r = match name {
            "__neg__" => ops::negate(v),
            "__pos__" => ops::positive(v),
            "__invert__" => ops::invert(v),
            _ => crate::stdlib::builtins::builtin_abs(v),
        };
        match r {
            Err(e) if user_class(&a).is_some() && unwrap_payload(&a).is(&a) => {
                let sym = match name {
                    "__neg__" => "unary -",
                    "__pos__" => "unary +",
                    "__invert__" => "unary ~",
                    _ => {
                        return type_error(format!(
                            "bad operand type for abs(): '{}'",
                            type_name(&a)
                        ));
                    }
                };
                drop(e);
                type_error(format!("bad operand type for {sym}: '{}'", type_name(&a)))
            }
            r => r.map(Step::Done),
        }
    }

    // ---- truth, length, containment ------------------------------------------

    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        let Some(class) = user_class(v) else {
            return Ok(ops::truthy(v));
        };
        if let Some(m) = class.lookup_user("__bool__") {
            let r = self.drive(Step::call(m, vec![v.clone()], Then::Bool))?;
            return Ok(matches!(r, Value::Bool(true)));
        }
        if let Some(m) = class.lookup_user("__len__") {
            let r = self.drive(Step::call(m, vec![v.clone()], Then::Len))?;
            return Ok(!matches!(r, Value::Int(0)));
        }
        Ok(ops::truthy(unwrap_payload(v)))
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(m) = user_method(v, "__len__") {
            return self.drive(Step::call(m, vec![v.clone()], Then::Len));
        }
        crate::stdlib::builtins::builtin_len(unwrap_payload(v))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Some(class) = user_class(container) {
            if let Some(m) = class.lookup_user("__contains__") {
                let r = self.drive(Step::call(
                    m,
                    vec![container.clone(), item.clone()],
                    Then::Truth,
                ))?;
                return Ok(matches!(r, Value::Bool(true)));
            }
            if class.lookup_user("__iter__").is_some()
                || (class.lookup_user("__getitem__").is_some()
                    && unwrap_payload(container).is(container))
            {
                let it = self.get_iter(container)?;
                while let Some(x) = self.next(&it)? {
                    if self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
        }
        let container = unwrap_payload(container);
        match container {
            Value::List(_) | Value::Tuple(_) if self.needs_vm(item) || self.needs_vm(container) => {
                let items = match container {
                    Value::List(l) => l.borrow().clone(),
                    Value::Tuple(t) => t.to_vec(),
                    _ => Vec::new(),
                };
                for x in &items {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Dict(d) => Ok(self.dict_find(d, item)?.is_some()),
            Value::View(v) if v.1 == DictView::Keys => Ok(self.dict_find(&v.0, item)?.is_some()),
            Value::Set(s) => {
                let key = self.key(item.clone())?;
                Ok(self.set_find(s, &key)?.is_some())
            }
            Value::Iterator(_) | Value::Generator(_) => {
                while let Some(x) = self.next(container)? {
                    if self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => ops::contains(container, item),
        }
    }

    // ---- hashing and keys -----------------------------------------------------

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        if let Value::Instance(inst) = v {
            if let Some(h) = inst.hash.get() {
                return Ok(h);
            }
            let h = match inst.class().lookup_user("__hash__") {
                Some(Value::None) => {
                    return type_error(format!("unhashable type: '{}'", type_name(v)));
                }
                Some(m) => {
                    let r = self.drive(Step::call(m, vec![v.clone()], Then::Value))?;
                    match r {
                        Value::Int(i) => i,
                        Value::Bool(b) => b as i64,
                        Value::BigInt(b) => super::hash::int_hash(&b),
                        _ => return type_error("__hash__ method should return an integer"),
                    }
                }
                // Hashed as its built-in part (see `ops::hash_value`).
                None if !matches!(inst.payload, Value::Undef) => {
                    if inst.class().builtin == Builtin::FrozenSet
                        && let Value::Set(s) = &inst.payload
                    {
                        let h = crate::stdlib::frozenset::hash(self, s)?;
                        inst.hash.set(Some(h));
                        return Ok(h);
                    }
                    if let Value::List(_) | Value::Dict(_) | Value::Set(_) = inst.payload {
                        return type_error(format!("unhashable type: '{}'", type_name(v)));
                    }
                    return crate::stdlib::builtins::hash_of(self, &inst.payload);
                }
                None => (super::repr::identity(v) >> 4) as i64,
            };
            let h = if h == -1 { -2 } else { h };
            inst.hash.set(Some(h));
            return Ok(h);
        }
        crate::stdlib::builtins::hash_of(self, v)
    }

    /// A value as a dict key or set member: a TypeError if it is unhashable.
    /// An instance's hash is computed (through `__hash__`) and kept on it.
    pub fn key(&mut self, v: Value) -> PyResult<Key> {
        match &v {
            Value::Instance(_) => {
                self.hash(&v)?;
                Ok(Key(v))
            }
            Value::Tuple(t) if t.iter().any(|x| self.needs_vm(x)) => {
                for x in t.iter() {
                    self.key(x.clone())?;
                }
                Ok(Key(v))
            }
            _ => Key::new(v),
        }
    }

    /// The index of `key` in a dict. A key whose class defines `__eq__` is
    /// compared through it with the stored keys of the same hash.
    pub fn dict_find(&mut self, d: &Dict, key: &Value) -> PyResult<Option<usize>> {
        let key = self.key(key.clone())?;
        if !self.needs_vm(&key.0)
            && let Some(i) = d.borrow().get_index_of(&key)
        {
            return Ok(Some(i));
        }
        // A stored instance may equal the key through its `__eq__`.
        let probe = ops::Probe::new(&key);
        if let Some(i) = d.borrow().get_index_of(&probe) {
            return Ok(Some(i));
        }
        for candidate in probe.candidates.into_inner() {
            if self.eq(&candidate.0, &key.0)? {
                return Ok(d.borrow().get_index_of(&candidate));
            }
        }
        Ok(None)
    }

    /// The index of `key` in a set, as `dict_find`.
    pub fn set_find(&mut self, s: &Set, key: &Key) -> PyResult<Option<usize>> {
        if !self.needs_vm(&key.0)
            && let Some(i) = s.borrow().get_index_of(key)
        {
            return Ok(Some(i));
        }
        let probe = ops::Probe::new(key);
        if let Some(i) = s.borrow().get_index_of(&probe) {
            return Ok(Some(i));
        }
        for candidate in probe.candidates.into_inner() {
            if self.eq(&candidate.0, &key.0)? {
                return Ok(s.borrow().get_index_of(&candidate));
            }
        }
        Ok(None)
    }

    /// `d[key] = value`, keeping the key already there when an equal one is.
    pub fn dict_set(&mut self, d: &Dict, key: Value, value: Value) -> PyResult<()> {
        match self.dict_find(d, &key)? {
            Some(i) => {
                if let Some((_, slot)) = d.borrow_mut().get_index_mut(i) {
                    *slot = value;
                }
            }
            None => {
                let key = self.key(key)?;
                d.borrow_mut().insert(key, value);
            }
        }
        Ok(())
    }

    /// `d[key]`, or `None` when it is missing.
    pub fn dict_get(&mut self, d: &Dict, key: &Value) -> PyResult<Option<Value>> {
        Ok(self
            .dict_find(d, key)?
            .and_then(|i| d.borrow().get_index(i).map(|(_, v)| v.clone())))
    }

    /// Adds a set member unless an equal one is there.
    pub fn set_add(&mut self, s: &Set, v: Value) -> PyResult<()> {
        let key = self.key(v)?;
        if self.set_find(s, &key)?.is_none() {
            s.borrow_mut().insert(key);
        }
        Ok(())
    }

    // ---- indexing --------------------------------------------------------------

    /// `obj[key]`.
    pub fn getitem_step(&mut self, obj: Value, key: Value) -> PyResult<Step> {
        if let Some(m) = user_method(&obj, "__getitem__") {
            return Ok(Step::call(m, vec![obj, key], Then::Value));
        }
        if let Value::Type(t) = &obj {
            if let Some(m) = t.lookup_user("__class_getitem__") {
                let m = super::class::unwrap_classmethod(&m);
                return Ok(Step::call(m, vec![obj.clone(), key], Then::Value));
            }
            if !t.is_user {
                return Ok(Step::Done(super::alias::generic_alias(&obj, &key)));
            }
            return type_error(format!("type '{}' is not subscriptable", t.name));
        }
        let target = unwrap_payload(&obj).clone();
        if let Value::Dict(d) = &target {
            if let Some(v) = self.dict_get(d, &key)? {
                return Ok(Step::Done(v));
            }
            if let Some(m) = user_method(&obj, "__missing__") {
                return Ok(Step::call(m, vec![obj, key], Then::Value));
            }
            return key_error(key);
        }
        let key = self.index_key(key)?;
        if let Value::Instance(_) | Value::Exception(_) = &target {
            return type_error(format!(
                "'{}' object is not subscriptable",
                type_name(&target)
            ));
        }
        Ok(Step::Done(ops::subscript(&target, &key)?))
    }

    /// `obj[key] = value`.
    pub fn setitem_step(&mut self, obj: Value, key: Value, value: Value) -> PyResult<Step> {
        if let Some(m) = user_method(&obj, "__setitem__") {
            return Ok(Step::call(m, vec![obj, key, value], Then::Discard));
        }
        let target = unwrap_payload(&obj).clone();
        let key = self.index_key(key)?;
        match &target {
            Value::Dict(d) => self.dict_set(d, key, value)?,
            Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::Int(_) | Value::Float(_)
                if !target.is(&obj) =>
            {
                return type_error(format!(
                    "'{}' object does not support item assignment",
                    type_name(&obj)
                ));
            }
            Value::Instance(_) | Value::Exception(_) => {
                return type_error(format!(
                    "'{}' object does not support item assignment",
                    type_name(&target)
                ));
            }
            _ => self.store_subscript(&target, &key, value)?,
        }
        Ok(Step::Done(Value::Undef))
    }

    /// A sequence index given as an object with `__index__` (or a slice of
    /// them), as the int it stands for.
    pub fn index_key(&mut self, key: Value) -> PyResult<Value> {
        match &key {
            Value::Instance(i) => match user_method(&key, "__index__") {
                Some(m) => self.drive(Step::call(m, vec![key], Then::Index)),
                None => match &i.payload {
                    p @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => Ok(p.clone()),
                    _ => Ok(key),
                },
            },
            Value::Slice(s)
                if [&s.start, &s.stop, &s.step]
                    .iter()
                    .any(|v| matches!(v, Value::Instance(_))) =>
            {
                let start = self.index_key(s.start.clone())?;
                let stop = self.index_key(s.stop.clone())?;
                let step = self.index_key(s.step.clone())?;
                Ok(Value::Slice(super::heap::alloc(Slice {
                    start,
                    stop,
                    step,
                })))
            }
            _ => Ok(key),
        }
    }

    /// `del obj[key]`.
    pub fn delitem_step(&mut self, obj: Value, key: Value) -> PyResult<Step> {
        if let Some(m) = user_method(&obj, "__delitem__") {
            return Ok(Step::call(m, vec![obj, key], Then::Discard));
        }
        let target = unwrap_payload(&obj).clone();
        match &target {
            Value::Dict(d) => match self.dict_find(d, &key)? {
                Some(i) => {
                    d.borrow_mut().shift_remove_index(i);
                }
                None => return key_error(key),
            },
            Value::Instance(_) | Value::Exception(_) => {
                return type_error(format!(
                    "'{}' object doesn't support item deletion",
                    type_name(&target)
                ));
            }
            _ => ops::delete_subscript(&target, &key)?,
        }
        Ok(Step::Done(Value::Undef))
    }

    // ---- iteration ---------------------------------------------------------------

    /// `iter(v)` for values whose class defines `__iter__` or `__getitem__`.
    pub fn iter_step(&mut self, v: Value) -> PyResult<Step> {
        if let Some(class) = user_class(&v) {
            if let Some(m) = class.lookup_user("__iter__") {
                // `__iter__ = None` declares the class not iterable.
                if matches!(m, Value::None) {
                    return type_error(format!("'{}' object is not iterable", type_name(&v)));
                }
                return Ok(Step::call(m, vec![v], Then::Iter));
            }
            let builtin_part = !unwrap_payload(&v).is(&v);
            if class.lookup_user("__getitem__").is_some() && !builtin_part {
                return Ok(Step::Done(Value::iter(Iter::GetItem { obj: v, index: 0 })));
            }
        }
        let target = unwrap_payload(&v).clone();
        if user_class(&target).is_some() {
            return type_error(format!("'{}' object is not iterable", type_name(&v)));
        }
        Ok(Step::Done(self.get_iter(&target)?))
    }

    /// Whether `v` is an iterator (`next()` works on it).
    pub fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Iterator(_) | Value::Generator(_) => true,
            other => user_class(other).is_some_and(|c| c.lookup_user("__next__").is_some()),
        }
    }

    /// `__next__` of an instance, for `next()` in natives: `None` at the end.
    pub(super) fn next_of_instance(&mut self, it: &Value) -> PyResult<Option<Value>> {
        let Some(m) = user_method(it, "__next__") else {
            return type_error(format!("'{}' object is not an iterator", type_name(it)));
        };
        match self.call_value(&m, vec![it.clone()]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is(Builtin::StopIteration) => Ok(None),
            Err(e) => Err(e),
        }
    }

    // ---- calls of classes ----------------------------------------------------------

    /// `C(args)` for a class a program defined: `__new__`, then `__init__`.
    pub fn class_call_step(
        &mut self,
        class: &Ref<TypeObj>,
        mut args: Vec<Value>,
        kw: Vec<(Ref<Str>, Value)>,
    ) -> PyResult<Step> {
        if let Some(meta) = class.metaclass()
            && let Some(call) = meta.lookup_user("__call__")
        {
            args.insert(0, Value::Type(class.clone()));
            return Ok(Step::Call {
                func: call,
                args,
                kw,
                then: Then::Value,
            });
        }
        self.construct_step(class, args, kw)
    }

    /// `type.__call__`: `__new__` and then `__init__` of a new instance.
    pub fn construct_step(
        &mut self,
        class: &Ref<TypeObj>,
        args: Vec<Value>,
        kw: Vec<(Ref<Str>, Value)>,
    ) -> PyResult<Step> {
        if let Some(new) = class.lookup_user("__new__") {
            let new = super::class::unwrap_staticmethod(&new);
            let mut new_args = vec![Value::Type(class.clone())];
            new_args.extend(args.iter().cloned());
            return Ok(Step::Call {
                func: new,
                args: new_args,
                kw: kw.clone(),
                then: Then::New(Box::new(NewCall {
                    class: class.clone(),
                    args,
                    kw,
                })),
            });
        }
        let has_init = class.lookup_user("__init__").is_some();
        let inst = self.new_instance(class, &args, &kw, has_init)?;
        self.init_step(class, inst, args, kw)
    }

    /// Runs `__init__` of a new instance, when its class defines one.
    fn init_step(
        &mut self,
        class: &Ref<TypeObj>,
        inst: Value,
        mut args: Vec<Value>,
        kw: Vec<(Ref<Str>, Value)>,
    ) -> PyResult<Step> {
        match class.lookup_user("__init__") {
            Some(init) => {
                args.insert(0, inst.clone());
                Ok(Step::Call {
                    func: init,
                    args,
                    kw,
                    then: Then::Init(inst),
                })
            }
            None => Ok(Step::Done(inst)),
        }
    }
}
