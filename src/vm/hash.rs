//! Python's hash of values whose hash needs no script code: what `hash()`
//! returns and what dicts and sets hash keys by, so that a key whose
//! `__hash__` returns `hash("a")` finds a stored `"a"`. Numbers hash as
//! CPython's (equal numbers alike, modulo 2**61 - 1), tuples with CPython's
//! algorithm; strings and bytes with Coro's own hash (CPython randomises
//! those per run).

use super::value::Value;
use num_bigint::BigInt;

/// The hash of `v`; an instance inside carries its own (set by the VM
/// before the key is hashed), else hashes by identity.
pub fn py_hash(v: &Value) -> i64 {
    const P: u64 = (1u64 << 61) - 1;
    match v {
        Value::Int(i) => {
            let h = (i.unsigned_abs() % P) as i64;
            fix(if *i < 0 { -h } else { h })
        }
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => int_hash(b),
        Value::Float(f) => float_hash(*f),
        Value::Str(s) => text_hash(s.text.as_bytes()),
        Value::Bytes(b) => text_hash(b),
        Value::None => 0x2c3a_9f1d,
        Value::Tuple(items) => tuple_hash(items),
        Value::Instance(i) => match i.hash.get() {
            Some(h) => h,
            None if !matches!(i.payload, Value::Undef) => py_hash(&i.payload),
            None => identity_hash(v),
        },
        other => identity_hash(other),
    }
}

fn fix(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

fn identity_hash(v: &Value) -> i64 {
    (super::repr::identity(v) >> 4) as i64
}

/// The hash of text (and of bytes: `hash(b"a") == hash("a")`, as in CPython).
pub fn text_hash(b: &[u8]) -> i64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write(b);
    h.write_u8(0xff);
    fix((h.finish() >> 1) as i64)
}

/// CPython's tuple hash (an xxHash-style combination of the items' hashes).
fn tuple_hash(items: &[Value]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for x in items {
        let lane = py_hash(x) as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(items.len() as u64 ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// CPython's hash of a big int: the value modulo 2**61 - 1.
pub fn int_hash(b: &BigInt) -> i64 {
    use num_traits::ToPrimitive;
    const P: u64 = (1u64 << 61) - 1;
    let h = (b.magnitude() % P).to_i64().unwrap_or(0);
    let h = if num_traits::Signed::is_negative(b) {
        -h
    } else {
        h
    };
    if h == -1 { -2 } else { h }
}

/// `hash(v)` of a built-in value (a tuple's items through the VM).
/// CPython's `_Py_HashDouble` for a number: the value modulo 2**61 - 1
/// (NaN, hashed by identity in CPython, gives 0).
pub fn float_hash(f: f64) -> i64 {
    const P: u64 = (1u64 << 61) - 1;
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.is_nan() {
        return 0;
    }
    let (mut m, mut e) = crate::fmt::frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & P) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= P {
            x -= P;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    } as u32;
    x = ((x << e) & P) | x >> (61 - e);
    let h = x as i64;
    let h = if f < 0.0 { -h } else { h };
    if h == -1 { -2 } else { h }
}
