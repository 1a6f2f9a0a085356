//! The semantics that instructions share: arithmetic, comparison, equality,
//! hashing, truth, indexing and membership of built-in values.

use super::exception::*;
use super::heap::{Ref, alloc};
use super::types::{Builtin, type_name};
pub use super::value::Key;
use super::value::*;
use crate::syntax::ast::{BinOp, CmpOp};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::hash::{Hash, Hasher};

pub fn truthy(v: &Value) -> bool {
    match v {
        Value::None | Value::Undef => false,
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::Float(f) => *f != 0.0,
        Value::BigInt(_) => true,
        Value::Str(s) => !s.text.is_empty(),
        Value::Bytes(b) => !b.is_empty(),
        Value::List(l) => !l.borrow().is_empty(),
        Value::Tuple(t) => !t.is_empty(),
        Value::Dict(d) => !d.borrow().is_empty(),
        Value::Set(s) => !s.borrow().is_empty(),
        Value::Range(r) => !r.is_empty(),
        _ => true,
    }
}

fn big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// The value as a float, for mixed arithmetic.
pub fn to_f64(v: &Value) -> Option<PyResult<f64>> {
    match v {
        Value::Float(f) => Some(Ok(*f)),
        Value::Int(i) => Some(Ok(*i as f64)),
        Value::Bool(b) => Some(Ok(*b as i64 as f64)),
        Value::BigInt(b) => {
            Some(b.to_f64().filter(|f| f.is_finite()).ok_or_else(|| {
                new_error(Builtin::OverflowError, "int too large to convert to float")
            }))
        }
        _ => None,
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

fn unsupported(op: BinOp, a: &Value, b: &Value) -> Ref<Exception> {
    let sym = op.symbol();
    let msg = if op == BinOp::Pow {
        format!(
            "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
            type_name(a),
            type_name(b)
        )
    } else {
        format!(
            "unsupported operand type(s) for {sym}: '{}' and '{}'",
            type_name(a),
            type_name(b)
        )
    };
    new_error(Builtin::TypeError, msg)
}

/// `a op b` for built-in values.
pub fn binary(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    use Value::*;
    if let (Int(x), Int(y)) = (a, b)
        && let Some(v) = int_fast(op, *x, *y)?
    {
        return Ok(v);
    }
    if let (Bool(x), Bool(y)) = (a, b) {
        match op {
            BinOp::BitAnd => return Ok(Bool(x & y)),
            BinOp::BitOr => return Ok(Bool(x | y)),
            BinOp::BitXor => return Ok(Bool(x ^ y)),
            _ => {}
        }
    }
    if op != BinOp::MatMul && is_int(a) && is_int(b) {
        return int_slow(op, &big(a).unwrap_or_default(), &big(b).unwrap_or_default());
    }
    // Shifts and bitwise operators have no float meaning: their error names
    // the operands' own types, below.
    if !matches!(
        op,
        BinOp::LShift
            | BinOp::RShift
            | BinOp::BitAnd
            | BinOp::BitOr
            | BinOp::BitXor
            | BinOp::MatMul
    ) && let (Some(x), Some(y)) = (to_f64(a), to_f64(b))
    {
        return float_op(op, x?, y?);
    }
    match (op, a, b) {
        (BinOp::Add, Str(x), Str(y)) => {
            let mut s = String::with_capacity(x.text.len() + y.text.len());
            s.push_str(&x.text);
            s.push_str(&y.text);
            Ok(Value::str(s))
        }
        (BinOp::Add, Bytes(x), Bytes(y)) => Ok(Value::bytes([&x[..], &y[..]].concat())),
        (BinOp::Add, List(x), List(y)) => {
            let mut v = x.borrow().clone();
            v.extend(y.borrow().iter().cloned());
            Ok(Value::list(v))
        }
        (BinOp::Add, Tuple(x), Tuple(y)) => {
            Ok(Value::tuple(x.iter().chain(y.iter()).cloned().collect()))
        }
        (BinOp::Mul, Str(_) | Bytes(_) | List(_) | Tuple(_), Int(_) | Bool(_) | BigInt(_)) => {
            repeat(a, b)
        }
        (BinOp::Mul, Int(_) | Bool(_) | BigInt(_), Str(_) | Bytes(_) | List(_) | Tuple(_)) => {
            repeat(b, a)
        }
        (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Set(x), Set(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            let out: KeySet = match op {
                BinOp::BitOr => x.iter().chain(y.iter()).cloned().collect(),
                BinOp::BitAnd => x.iter().filter(|k| y.contains(*k)).cloned().collect(),
                BinOp::Sub => x.iter().filter(|k| !y.contains(*k)).cloned().collect(),
                _ => x
                    .iter()
                    .filter(|k| !y.contains(*k))
                    .chain(y.iter().filter(|k| !x.contains(*k)))
                    .cloned()
                    .collect(),
            };
            Ok(Value::Set(alloc(std::cell::RefCell::new(out))))
        }
        (BinOp::BitOr, Dict(x), Dict(y)) => {
            let mut m = x.borrow().clone();
            for (k, v) in y.borrow().iter() {
                m.insert(k.clone(), v.clone());
            }
            Ok(Value::dict(m))
        }
        (BinOp::Add, Str(_), _) => type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            type_name(b)
        )),
        (BinOp::Add, Bytes(_), _) => type_error(format!("can't concat {} to bytes", type_name(b))),
        (BinOp::Add, List(_), _) => type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            type_name(b)
        )),
        (BinOp::Add, Tuple(_), _) => type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            type_name(b)
        )),
        (BinOp::Mul, Str(_) | Bytes(_) | List(_) | Tuple(_), _) => type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(b)
        )),
        (BinOp::Mul, _, Str(_) | Bytes(_) | List(_) | Tuple(_)) => type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(a)
        )),
        _ => Err(unsupported(op, a, b)),
    }
}

fn repeat(seq: &Value, n: &Value) -> PyResult<Value> {
    let n = match n {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => return overflow_error("cannot fit 'int' into an index-sized integer"),
    }
    .max(0) as usize;
    // As CPython: text past isize::MAX bytes is an OverflowError, anything
    // else the system refuses a MemoryError.
    let text_len = |len: usize, what: &str| match len.checked_mul(n) {
        Some(total) if total <= isize::MAX as usize => Ok(total),
        _ => overflow_error(format!("repeated {what} too long")),
    };
    match seq {
        Value::Str(s) => {
            let mut out = super::memory::string_for(text_len(s.text.len(), "string is")?)?;
            for _ in 0..copies(s.text.len(), n) {
                out.push_str(&s.text);
            }
            Ok(Value::str(out))
        }
        Value::Bytes(b) => {
            let mut out = super::memory::vec_for(text_len(b.len(), "bytes are")?)?;
            for _ in 0..copies(b.len(), n) {
                out.extend_from_slice(b);
            }
            Ok(Value::bytes(out))
        }
        Value::List(l) => {
            let items = l.borrow().clone();
            Ok(Value::list(repeat_items(&items, n)?))
        }
        Value::Tuple(t) => Ok(Value::tuple(repeat_items(t, n)?)),
        _ => Err(unsupported(BinOp::Mul, seq, &Value::Int(n as i64))),
    }
}

/// `n` copies of `items` one after another, or MemoryError.
pub fn repeat_items(items: &[Value], n: usize) -> PyResult<Vec<Value>> {
    let mut out = super::memory::vec_for(super::memory::times(items.len(), n)?)?;
    for _ in 0..copies(items.len(), n) {
        out.extend(items.iter().cloned());
    }
    Ok(out)
}

/// How many times to copy `len` items: none when there are none, however
/// many copies were asked for (`"" * (2**63 - 1)` is instant).
fn copies(len: usize, n: usize) -> usize {
    if len == 0 { 0 } else { n }
}

fn int_fast(op: BinOp, x: i64, y: i64) -> PyResult<Option<Value>> {
    Ok(match op {
        BinOp::Add => x.checked_add(y).map(Value::Int),
        BinOp::Sub => x.checked_sub(y).map(Value::Int),
        BinOp::Mul => x.checked_mul(y).map(Value::Int),
        BinOp::FloorDiv => {
            if y == 0 {
                return zero_division("integer division or modulo by zero");
            }
            x.checked_div_euclid(y)
                .map(|_| Value::Int(Integer::div_floor(&x, &y)))
        }
        BinOp::Mod => {
            if y == 0 {
                return zero_division("integer modulo by zero");
            }
            x.checked_rem(y).map(|_| Value::Int(x.mod_floor(&y)))
        }
        BinOp::Div => {
            if y == 0 {
                return zero_division("division by zero");
            }
            if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                Some(Value::Float(x as f64 / y as f64))
            } else {
                None
            }
        }
        BinOp::BitAnd => Some(Value::Int(x & y)),
        BinOp::BitOr => Some(Value::Int(x | y)),
        BinOp::BitXor => Some(Value::Int(x ^ y)),
        BinOp::LShift if (0..63).contains(&y) => x
            .checked_shl(y as u32)
            .filter(|r| r >> y == x)
            .map(Value::Int),
        BinOp::RShift if y >= 0 => Some(Value::Int(x >> y.min(63))),
        BinOp::Pow if y >= 0 => {
            let e = u32::try_from(y).ok();
            e.and_then(|e| x.checked_pow(e)).map(Value::Int)
        }
        _ => None,
    })
}

fn int_slow(op: BinOp, x: &BigInt, y: &BigInt) -> PyResult<Value> {
    let v = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::FloorDiv | BinOp::Mod if y.is_zero() => {
            let msg = if op == BinOp::Mod {
                "integer modulo by zero"
            } else {
                "integer division or modulo by zero"
            };
            return zero_division(msg);
        }
        BinOp::FloorDiv => x.div_floor(y),
        BinOp::Mod => x.mod_floor(y),
        BinOp::Div => {
            if y.is_zero() {
                return zero_division("division by zero");
            }
            return crate::fmt::int_true_div(x, y)
                .map(Value::Float)
                .map_err(num_error);
        }
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        BinOp::LShift | BinOp::RShift => {
            if y.is_negative() {
                return value_error("negative shift count");
            }
            let Some(n) = y.to_usize().filter(|n| *n < 1 << 26) else {
                return if op == BinOp::RShift {
                    Ok(Value::Int(if x.is_negative() { -1 } else { 0 }))
                } else {
                    overflow_error("too many digits in integer")
                };
            };
            if op == BinOp::LShift { x << n } else { x >> n }
        }
        BinOp::Pow => {
            if y.is_negative() {
                return float_op(
                    op,
                    x.to_f64().unwrap_or(f64::INFINITY),
                    y.to_f64().unwrap_or(f64::NEG_INFINITY),
                );
            }
            let Some(e) = y.to_u32() else {
                return overflow_error("exponent too large");
            };
            if x.bits() as u128 * e as u128 > 1 << 26 {
                return overflow_error(
                    "result too large (Coro limits integers to about 20 million digits)",
                );
            }
            num_traits::pow::pow(x.clone(), e as usize)
        }
        BinOp::MatMul => {
            return Err(unsupported(
                op,
                &Value::from_bigint(x.clone()),
                &Value::from_bigint(y.clone()),
            ));
        }
    };
    Ok(Value::from_bigint(v))
}

fn float_op(op: BinOp, x: f64, y: f64) -> PyResult<Value> {
    let v = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return zero_division("float division by zero");
            }
            x / y
        }
        BinOp::FloorDiv => crate::fmt::float_floor_div(x, y).map_err(num_error)?,
        BinOp::Mod => crate::fmt::float_mod(x, y).map_err(num_error)?,
        BinOp::Pow => {
            return match crate::fmt::float_pow(x, y) {
                Ok(v) => Ok(Value::Float(v)),
                Err(crate::fmt::PowError::Error(e)) => Err(num_error(e)),
                Err(crate::fmt::PowError::Complex) => value_error(
                    "Coro does not support complex numbers (a negative number to a fractional power)",
                ),
            };
        }
        _ => {
            return Err(unsupported(op, &Value::Float(x), &Value::Float(y)));
        }
    };
    Ok(Value::Float(v))
}

/// The exception for a number-module failure.
pub fn num_error(e: crate::fmt::NumError) -> Ref<Exception> {
    let kind = match e.kind {
        crate::fmt::ErrorKind::ValueError => Builtin::ValueError,
        crate::fmt::ErrorKind::OverflowError => Builtin::OverflowError,
        crate::fmt::ErrorKind::ZeroDivisionError => Builtin::ZeroDivisionError,
        crate::fmt::ErrorKind::MemoryError => return super::memory::error(),
    };
    new_error(kind, e.message)
}

pub fn negate(a: &Value) -> PyResult<Value> {
    match a {
        Value::Int(i) => Ok(i
            .checked_neg()
            .map_or_else(|| Value::from_bigint(-BigInt::from(*i)), Value::Int)),
        Value::Bool(b) => Ok(Value::Int(-(*b as i64))),
        Value::BigInt(b) => Ok(Value::from_bigint(-(**b).clone())),
        Value::Float(f) => Ok(Value::Float(-f)),
        _ => type_error(format!("bad operand type for unary -: '{}'", type_name(a))),
    }
}

pub fn positive(a: &Value) -> PyResult<Value> {
    match a {
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Int(_) | Value::BigInt(_) | Value::Float(_) => Ok(a.clone()),
        _ => type_error(format!("bad operand type for unary +: '{}'", type_name(a))),
    }
}

pub fn invert(a: &Value) -> PyResult<Value> {
    match a {
        Value::Int(i) => Ok(Value::Int(!i)),
        Value::Bool(b) => Ok(Value::Int(!(*b as i64))),
        Value::BigInt(b) => Ok(Value::from_bigint(-(**b).clone() - 1)),
        _ => type_error(format!("bad operand type for unary ~: '{}'", type_name(a))),
    }
}

/// Python's `==` for built-in values.
pub fn eq(a: &Value, b: &Value) -> bool {
    use Value::*;
    match (a, b) {
        (Int(x), Int(y)) => x == y,
        (Str(x), Str(y)) => x.text == y.text,
        (Bytes(x), Bytes(y)) => x == y,
        (None, None) | (Ellipsis, Ellipsis) => true,
        (Float(x), Float(y)) => x == y,
        (Int(_) | Bool(_) | BigInt(_), Int(_) | Bool(_) | BigInt(_)) => big(a) == big(b),
        (Float(x), Int(_) | Bool(_) | BigInt(_)) | (Int(_) | Bool(_) | BigInt(_), Float(x)) => {
            let i = if let Float(_) = a { b } else { a };
            x.is_finite() && x.fract() == 0.0 && crate::fmt::float_to_int(*x) == big(i)
        }
        (List(x), List(y)) => crate::vm::heap::same(x, y) || seq_eq(&x.borrow(), &y.borrow()),
        (Tuple(x), Tuple(y)) => seq_eq(x, y),
        (Dict(x), Dict(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| eq(v, w)))
        }
        (Set(x), Set(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len() && x.iter().all(|k| y.contains(k))
        }
        (Range(x), Range(y)) => {
            let (lx, ly) = (x.len(), y.len());
            lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
        }
        (BoundMethod(x), BoundMethod(y)) => x.receiver.is(&y.receiver) && x.func.is(&y.func),
        (Opaque(_), Opaque(_)) => a.is(b) || crate::vm::alias::alias_eq(a, b),
        // An instance of a subclass of a built-in class (no `__eq__` of its
        // own: the VM asks those) equals as its built-in part.
        (Instance(x), _) if !matches!(x.payload, Undef) => eq(&x.payload, b),
        (_, Instance(y)) if !matches!(y.payload, Undef) => eq(a, &y.payload),
        _ => a.is(b),
    }
}

fn seq_eq(x: &[Value], y: &[Value]) -> bool {
    x.len() == y.len() && x.iter().zip(y).all(|(p, q)| p.is(q) || eq(p, q))
}

/// Python's ordering comparisons (`<` and friends) for built-in values.
pub fn compare(op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    use std::cmp::Ordering;
    match op {
        CmpOp::Eq => return Ok(eq(a, b)),
        CmpOp::NotEq => return Ok(!eq(a, b)),
        CmpOp::Is => return Ok(a.is(b)),
        CmpOp::IsNot => return Ok(!a.is(b)),
        CmpOp::In => return contains(b, a),
        CmpOp::NotIn => return contains(b, a).map(|c| !c),
        _ => {}
    }
    let ord = order(a, b).map_err(|_| {
        let sym = match op {
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            _ => ">=",
        };
        new_error(
            Builtin::TypeError,
            format!(
                "'{sym}' not supported between instances of '{}' and '{}'",
                type_name(a),
                type_name(b)
            ),
        )
    })?;
    Ok(match (op, ord) {
        (_, Option::None) => false,
        (CmpOp::Lt, Some(o)) => o == Ordering::Less,
        (CmpOp::LtE, Some(o)) => o != Ordering::Greater,
        (CmpOp::Gt, Some(o)) => o == Ordering::Greater,
        (_, Some(o)) => o != Ordering::Less,
    })
}

/// The order of two values; `Ok(None)` when unordered (NaN), `Err` when not comparable.
pub fn order(a: &Value, b: &Value) -> Result<Option<std::cmp::Ordering>, Incomparable> {
    use Value::*;
    match (a, b) {
        (Int(x), Int(y)) => Ok(Some(x.cmp(y))),
        (Int(_) | Bool(_) | BigInt(_), Int(_) | Bool(_) | BigInt(_)) => {
            Ok(Some(big(a).cmp(&big(b))))
        }
        (Float(x), Float(y)) => Ok(x.partial_cmp(y)),
        (Float(x), Int(_) | Bool(_) | BigInt(_)) => {
            Ok(float_int_cmp(*x, &big(b).unwrap_or_default()))
        }
        (Int(_) | Bool(_) | BigInt(_), Float(y)) => {
            Ok(float_int_cmp(*y, &big(a).unwrap_or_default()).map(|o| o.reverse()))
        }
        (Str(x), Str(y)) => Ok(Some(x.text.cmp(&y.text))),
        (Bytes(x), Bytes(y)) => Ok(Some(x.cmp(y))),
        (List(x), List(y)) => seq_order(&x.borrow(), &y.borrow()),
        (Tuple(x), Tuple(y)) => seq_order(x, y),
        (Set(x), Set(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            let sub = x.iter().all(|k| y.contains(k));
            let sup = y.iter().all(|k| x.contains(k));
            Ok(match (sub, sup) {
                (true, true) => Some(std::cmp::Ordering::Equal),
                (true, false) => Some(std::cmp::Ordering::Less),
                (false, true) => Some(std::cmp::Ordering::Greater),
                _ => Option::None,
            })
        }
        _ => Err(Incomparable),
    }
}

/// Two values of types that have no order between them.
pub struct Incomparable;

fn float_int_cmp(x: f64, i: &BigInt) -> Option<std::cmp::Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Less
        });
    }
    let fl = x.floor();
    let whole = crate::fmt::float_to_int(fl).unwrap_or_default();
    Some(whole.cmp(i).then(if x > fl {
        std::cmp::Ordering::Greater
    } else {
        std::cmp::Ordering::Equal
    }))
}

fn seq_order(x: &[Value], y: &[Value]) -> Result<Option<std::cmp::Ordering>, Incomparable> {
    for (p, q) in x.iter().zip(y) {
        if !(p.is(q) || eq(p, q)) {
            return order(p, q);
        }
    }
    Ok(Some(x.len().cmp(&y.len())))
}

/// `item in container`.
pub fn contains(container: &Value, item: &Value) -> PyResult<bool> {
    match container {
        Value::Str(s) => match item {
            Value::Str(sub) => Ok(s.text.contains(&*sub.text)),
            _ => type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                type_name(item)
            )),
        },
        Value::Bytes(b) => match item {
            Value::Bytes(sub) => Ok(find_bytes(b, sub, 0).is_some()),
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                let byte = byte_value(item)?;
                Ok(b.contains(&byte))
            }
            _ => type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name(item)
            )),
        },
        Value::List(l) => Ok(l.borrow().iter().any(|x| x.is(item) || eq(x, item))),
        Value::Tuple(t) => Ok(t.iter().any(|x| x.is(item) || eq(x, item))),
        Value::Dict(d) => Ok(d.borrow().contains_key(&Key::new(item.clone())?)),
        Value::Set(s) => Ok(s.borrow().contains(&Key::new(item.clone())?)),
        Value::View(v) => match v.1 {
            DictView::Keys => Ok(v.0.borrow().contains_key(&Key::new(item.clone())?)),
            kind => Ok(crate::stdlib::iterators::view_items(&v.0, kind)
                .iter()
                .any(|x| eq(x, item))),
        },
        Value::Range(r) => Ok(match item {
            Value::Int(i) => r.position(*i).is_some(),
            _ => false,
        }),
        _ => type_error(format!(
            "argument of type '{}' is not iterable",
            type_name(container)
        )),
    }
}

impl Key {
    /// Wraps a value as a dict key; a TypeError if it is unhashable.
    pub fn new(v: Value) -> PyResult<Key> {
        match &v {
            Value::List(_) | Value::Dict(_) | Value::Set(_) => {
                type_error(format!("unhashable type: '{}'", type_name(&v)))
            }
            Value::Tuple(t) => {
                for item in t.iter() {
                    Key::new(item.clone())?;
                }
                Ok(Key(v))
            }
            _ => Ok(Key(v)),
        }
    }
}

/// Looks a key up in a dict or set without calling script code: a stored
/// key that is the same object matches; stored keys of the same hash are
/// collected, for the VM to compare with `__eq__` once the lookup is over.
pub struct Probe<'a> {
    key: &'a Key,
    hash: u64,
    script_eq: bool,
    pub candidates: std::cell::RefCell<Vec<Key>>,
}

impl<'a> Probe<'a> {
    pub fn new(key: &'a Key) -> Probe<'a> {
        Probe {
            key,
            hash: key_hash(key),
            script_eq: script_eq(key),
            candidates: std::cell::RefCell::new(Vec::new()),
        }
    }
}

/// Whether comparing this key may run script code (`__eq__`).
fn script_eq(k: &Key) -> bool {
    match &k.0 {
        Value::Instance(_) | Value::Tuple(_) => true,
        Value::Exception(e) => e.class.is_user,
        _ => false,
    }
}

fn key_hash(k: &Key) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    k.hash(&mut h);
    h.finish()
}

impl Hash for Probe<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.key.hash(state)
    }
}

impl indexmap::Equivalent<Key> for Probe<'_> {
    fn equivalent(&self, stored: &Key) -> bool {
        if stored == self.key {
            return true;
        }
        // Only pairs whose equality may be script code are left to the VM.
        if (self.script_eq || script_eq(stored)) && key_hash(stored) == self.hash {
            self.candidates.borrow_mut().push(stored.clone());
        }
        false
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        self.0.is(&other.0) || eq(&self.0, &other.0)
    }
}

impl Eq for Key {}

impl Hash for Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        hash_value(&self.0, state)
    }
}

fn hash_value<H: Hasher>(v: &Value, state: &mut H) {
    state.write_i64(crate::vm::hash::py_hash(v));
}

/// Normalizes an index into `0..len`, as Python's sequence indexing does.
pub fn index_of(i: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = match i {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => {
            return index_error("cannot fit 'int' into an index-sized integer");
        }
        other => {
            return type_error(format!(
                "{what} indices must be integers or slices, not {}",
                type_name(other)
            ));
        }
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return index_error(format!("{what} index out of range"));
    }
    Ok(j as usize)
}

/// A slice's start, stop and step against a length, as CPython's
/// `PySlice_Unpack` and `PySlice_AdjustIndices` compute them: start and stop
/// within `-1..=len`, a step that is never zero. Wide, so that no length or
/// step overflows, and with a step too big for an i64 kept too big (ranges
/// slice with the exact step; sequences clamp it).
fn slice_bounds(s: &Slice, len: i128) -> PyResult<(i128, i128, i128)> {
    // Far beyond any i64, yet far from overflowing an i128.
    const HUGE: i128 = 1 << 100;
    let get = |v: &Value| -> PyResult<Option<i128>> {
        match v {
            Value::None => Ok(None),
            Value::Int(i) => Ok(Some(*i as i128)),
            Value::Bool(b) => Ok(Some(*b as i128)),
            Value::BigInt(b) => Ok(Some(b.to_i128().unwrap_or(HUGE).clamp(-HUGE, HUGE))),
            _ => type_error("slice indices must be integers or None or have an __index__ method"),
        }
    };
    let step = get(&s.step)?.unwrap_or(1);
    if step == 0 {
        return value_error("slice step cannot be zero");
    }
    let adjust = |v: Option<i128>, default: i128| -> i128 {
        match v {
            None => default,
            Some(i) if i < 0 => (i + len).max(if step < 0 { -1 } else { 0 }),
            Some(i) if i >= len => {
                if step < 0 {
                    len - 1
                } else {
                    len
                }
            }
            Some(i) => i,
        }
    };
    let (start, stop) = if step > 0 {
        (adjust(get(&s.start)?, 0), adjust(get(&s.stop)?, len))
    } else {
        (adjust(get(&s.start)?, len - 1), adjust(get(&s.stop)?, -1))
    };
    Ok((start, stop, step))
}

/// How many positions `start`, `start + step`, ... lie before `stop`.
fn slice_count(start: i128, stop: i128, step: i128) -> i128 {
    if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && stop < start {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

/// The indices a slice selects from a sequence of `len` items: start and
/// stop within `-1..=len`, the step within `±i64::MAX` (as CPython clamps it).
pub fn slice_indices(s: &Slice, len: usize) -> PyResult<(i64, i64, i64)> {
    let (start, stop, step) = slice_bounds(s, len as i128)?;
    let step = step.clamp(-(i64::MAX as i128), i64::MAX as i128);
    Ok((start as i64, stop as i64, step as i64))
}

/// The positions a slice selects, in order.
pub fn slice_positions(s: &Slice, len: usize) -> PyResult<Vec<usize>> {
    let (start, stop, step) = slice_indices(s, len)?;
    let n = slice_count(start as i128, stop as i128, step as i128) as usize;
    // Every position lies in `0..len`, so neither product nor sum overflows.
    Ok((0..n).map(|k| (start + k as i64 * step) as usize).collect())
}

/// `range[slice]`: a range again, never its items, as CPython's
/// `compute_slice` (the stop is the item at the slice's stop index, even
/// when it lies past the last selected item).
fn range_slice(r: &Range, s: &Slice) -> PyResult<Value> {
    let (start, stop, step) = slice_bounds(s, r.len() as i128)?;
    let item = |i: i128| r.start as i128 + i * r.step as i128;
    let fit = |v: i128| {
        i64::try_from(v).or_else(|_| overflow_error("Coro's range() is limited to 64-bit integers"))
    };
    Ok(Value::Range(alloc(Range {
        start: fit(item(start))?,
        stop: fit(item(stop))?,
        step: fit(step * r.step as i128)?,
    })))
}

/// `range[i]`: CPython indexes a range with any int, so a huge one is out
/// of range rather than too big.
fn range_item(r: &Range, key: &Value) -> PyResult<Value> {
    // A range may hold up to 2**64 - 1 items, so an index may be past i64.
    let i = match key {
        Value::Int(i) => Some(*i as i128),
        Value::Bool(b) => Some(*b as i128),
        Value::BigInt(b) => b.to_i128(),
        other => {
            return type_error(format!(
                "range indices must be integers or slices, not {}",
                type_name(other)
            ));
        }
    };
    match i.and_then(|i| r.item(i)) {
        Some(v) => Ok(Value::Int(v)),
        None => index_error("range object index out of range"),
    }
}

/// `obj[key]` for built-in containers.
pub fn subscript(obj: &Value, key: &Value) -> PyResult<Value> {
    match (obj, key) {
        (Value::List(l), Value::Slice(s)) => {
            let l = l.borrow();
            Ok(Value::list(
                slice_positions(s, l.len())?
                    .into_iter()
                    .map(|i| l[i].clone())
                    .collect(),
            ))
        }
        (Value::List(l), _) => {
            let l = l.borrow();
            Ok(l[index_of(key, l.len(), "list")?].clone())
        }
        (Value::Tuple(t), Value::Slice(s)) => Ok(Value::tuple(
            slice_positions(s, t.len())?
                .into_iter()
                .map(|i| t[i].clone())
                .collect(),
        )),
        (Value::Tuple(t), _) => Ok(t[index_of(key, t.len(), "tuple")?].clone()),
        (Value::Str(s), Value::Slice(sl)) => Ok(Value::str(str_slice(s, sl)?)),
        (Value::Str(s), _) => {
            let i = index_of(key, s.char_len(), "string")?;
            let c = if s.is_ascii() {
                s.text[i..i + 1].to_string()
            } else {
                s.text.chars().nth(i).map(String::from).unwrap_or_default()
            };
            Ok(Value::str(c))
        }
        (Value::Bytes(b), Value::Slice(s)) => Ok(Value::bytes(
            slice_positions(s, b.len())?
                .into_iter()
                .map(|i| b[i])
                .collect::<Vec<u8>>(),
        )),
        (Value::Bytes(b), _) => match index_of(key, b.len(), "byte") {
            Ok(i) => Ok(Value::Int(b[i] as i64)),
            // CPython's bytes say only "index out of range".
            Err(e)
                if e.first_arg_str()
                    .is_some_and(|m| m.ends_with("index out of range")) =>
            {
                index_error("index out of range")
            }
            Err(e) => Err(e),
        },
        (Value::Dict(d), _) => {
            let k = Key::new(key.clone())?;
            match d.borrow().get(&k) {
                Some(v) => Ok(v.clone()),
                None => key_error(key.clone()),
            }
        }
        (Value::Range(r), Value::Slice(s)) => range_slice(r, s),
        (Value::Range(r), _) => range_item(r, key),
        _ => type_error(format!("'{}' object is not subscriptable", type_name(obj))),
    }
}

/// `list[slice] = items`.
pub fn store_list_slice(l: &List, s: &Slice, items: Vec<Value>) -> PyResult<()> {
    let mut l = l.borrow_mut();
    let (start, stop, step) = slice_indices(s, l.len())?;
    if step == 1 {
        let stop = stop.max(start);
        l.splice(start as usize..stop as usize, items);
        return Ok(());
    }
    let pos = slice_positions(s, l.len())?;
    if pos.len() != items.len() {
        return value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            items.len(),
            pos.len()
        ));
    }
    for (p, v) in pos.into_iter().zip(items) {
        l[p] = v;
    }
    Ok(())
}

/// `obj[key] = value` for any key but a slice of a list (see `store_list_slice`).
pub fn store_subscript(obj: &Value, key: &Value, value: Value) -> PyResult<()> {
    match (obj, key) {
        (Value::List(l), _) => {
            let mut l = l.borrow_mut();
            let i = index_of(key, l.len(), "list assignment")?;
            l[i] = value;
            Ok(())
        }
        (Value::Dict(d), _) => {
            let k = Key::new(key.clone())?;
            d.borrow_mut().insert(k, value);
            Ok(())
        }
        _ => type_error(format!(
            "'{}' object does not support item assignment",
            type_name(obj)
        )),
    }
}

/// `del obj[key]`.
pub fn delete_subscript(obj: &Value, key: &Value) -> PyResult<()> {
    match (obj, key) {
        (Value::List(l), Value::Slice(s)) => {
            // One pass over the list, not a shift per removed item:
            // `del items[:n]` stays linear.
            let mut l = l.borrow_mut();
            let mut doomed = vec![false; l.len()];
            for p in slice_positions(s, l.len())? {
                doomed[p] = true;
            }
            let mut removed = Vec::new();
            let mut i = 0;
            l.retain_mut(|v| {
                let keep = !doomed[i];
                i += 1;
                if !keep {
                    removed.push(std::mem::replace(v, Value::None));
                }
                keep
            });
            drop(l);
            drop(removed);
            Ok(())
        }
        (Value::List(l), _) => {
            let mut l = l.borrow_mut();
            let i = index_of(key, l.len(), "list assignment")?;
            l.remove(i);
            Ok(())
        }
        (Value::Dict(d), _) => {
            let k = Key::new(key.clone())?;
            match d.borrow_mut().shift_remove(&k) {
                Some(_) => Ok(()),
                None => key_error(key.clone()),
            }
        }
        _ => type_error(format!(
            "'{}' object does not support item deletion",
            type_name(obj)
        )),
    }
}

/// The items of a set in the order CPython's hash table yields them, for
/// sets of ints (whose hashes are their values); other sets keep insertion
/// order, where CPython's order depends on string hash randomization anyway.
pub fn set_items(s: &Set) -> Vec<Value> {
    let s = s.borrow();
    let items: Vec<Value> = s.iter().map(|k| k.0.clone()).collect();
    let ints: Option<Vec<i64>> = items
        .iter()
        .map(|v| match v {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(*b as i64),
            _ => Option::None,
        })
        .collect();
    let Some(ints) = ints else { return items };
    // CPython grows a set's table to keep it at most 3/5 full, from 8 slots.
    let mut size: i64 = 8;
    while (ints.len() as i64) * 5 >= size * 3 {
        size *= 4;
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&i| {
        let h = if ints[i] == -1 { -2 } else { ints[i] };
        h.rem_euclid(size)
    });
    order.into_iter().map(|i| items[i].clone()).collect()
}

/// `s[a:b:c]`: byte slicing for ASCII text, code points otherwise.
fn str_slice(s: &Str, sl: &Slice) -> PyResult<String> {
    let n = s.char_len();
    let (start, stop, step) = slice_indices(sl, n)?;
    if s.is_ascii() {
        let bytes = s.text.as_bytes();
        if step == 1 {
            return Ok(s.text[start as usize..stop.max(start) as usize].to_string());
        }
        let picked: Vec<u8> = slice_positions(sl, n)?
            .into_iter()
            .map(|i| bytes[i])
            .collect();
        return Ok(String::from_utf8(picked).unwrap_or_default());
    }
    let chars: Vec<char> = s.text.chars().collect();
    Ok(slice_positions(sl, n)?
        .into_iter()
        .map(|i| chars[i])
        .collect())
}

/// The first position of `needle` in `hay` at or after `from`.
pub fn find_bytes(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

/// An int that must be a byte value (`0 <= n < 256`), as `in` and `bytes()` take it.
pub fn byte_value(v: &Value) -> PyResult<u8> {
    match v {
        Value::Int(i) => u8::try_from(*i).or_else(|_| value_error("byte must be in range(0, 256)")),
        Value::Bool(b) => Ok(*b as u8),
        Value::BigInt(_) => value_error("byte must be in range(0, 256)"),
        other => type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(other)
        )),
    }
}
