//! The `random` module: CPython's Mersenne Twister (MT19937) with CPython's
//! seeding, so that a seeded program prints the same numbers under both.

use super::{arity, float_arg, int_arg};
use crate::vm::Vm;
use crate::vm::exception::*;
use crate::vm::heap::Ref;
use crate::vm::value::*;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

const N: usize = 624;
const M: usize = 397;

/// The generator state.
pub struct Random {
    mt: [u32; N],
    index: usize,
}

impl Random {
    /// Seeded from an integer, or from the OS (well, the process's own entropy) when `None`.
    pub fn new(seed: Option<&BigInt>) -> Random {
        let mut r = Random {
            mt: [0; N],
            index: N,
        };
        match seed {
            Some(s) => r.seed_int(s),
            None => r.seed_int(&BigInt::from(entropy())),
        }
        r
    }

    /// `random.seed(int)`: the absolute value, as 32-bit words, least significant first.
    pub fn seed_int(&mut self, seed: &BigInt) {
        let (_, mut words) = seed.abs().to_u32_digits();
        if words.is_empty() || seed.is_zero() {
            words = vec![0];
        }
        self.init_by_array(&words);
    }

    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1812433253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
        }
        self.mt[0] = 0x8000_0000;
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            for k in 0..N {
                let y = (self.mt[k] & 0x8000_0000) | (self.mt[(k + 1) % N] & 0x7fff_ffff);
                let mut v = self.mt[(k + M) % N] ^ (y >> 1);
                if y & 1 != 0 {
                    v ^= 0x9908_b0df;
                }
                self.mt[k] = v;
            }
            self.index = 0;
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random.random()`: 53 random bits in [0, 1).
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// `random.getrandbits(k)`.
    pub fn getrandbits(&mut self, k: u64) -> BigInt {
        if k == 0 {
            return BigInt::zero();
        }
        if k <= 32 {
            return BigInt::from((self.next_u32() as u64) >> (32 - k));
        }
        let mut words = Vec::new();
        let mut left = k;
        while left > 0 {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            words.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(num_bigint::Sign::Plus, &words)
    }

    /// A uniform int in `0..n` (`_randbelow_with_getrandbits`).
    pub fn below(&mut self, n: &BigInt) -> BigInt {
        let k = n.bits();
        let mut r = self.getrandbits(k);
        while &r >= n {
            r = self.getrandbits(k);
        }
        r
    }
}

fn entropy() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    h.finish()
}

type Kw<'a> = &'a [(Ref<Str>, Value)];

pub fn module() -> Value {
    super::module(
        "random",
        &[
            ("seed", seed),
            ("random", random),
            ("uniform", uniform),
            ("randint", randint),
            ("randrange", randrange),
            ("choice", choice),
            ("shuffle", shuffle),
            ("getrandbits", getrandbits),
        ],
        vec![],
    )
}

fn big(v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        other => type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::vm::types::type_name(other)
        )),
    }
}

fn seed(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("seed", args, 0, 2)?;
    match args.first() {
        None | Some(Value::None) => vm.random = Random::new(None),
        Some(Value::Float(f)) => {
            let h = crate::fmt::float_to_int(*f).unwrap_or_default();
            vm.random.seed_int(&h)
        }
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => {
            vm.random.seed_int(&big(v)?)
        }
        Some(_) => return type_error("Coro's random.seed() takes an int, a float or None"),
    }
    Ok(Value::None)
}

fn random(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("random", args, 0, 0)?;
    Ok(Value::Float(vm.random.random()))
}

fn uniform(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("uniform", args, 2, 2)?;
    let (a, b) = (float_arg(&args[0], "")?, float_arg(&args[1], "")?);
    Ok(Value::Float(a + (b - a) * vm.random.random()))
}

fn randrange_impl(
    vm: &mut Vm,
    start: BigInt,
    stop: Option<BigInt>,
    step: BigInt,
) -> PyResult<Value> {
    let Some(stop) = stop else {
        if start <= BigInt::zero() {
            return value_error("empty range for randrange()");
        }
        return Ok(Value::from_bigint(vm.random.below(&start)));
    };
    let width = &stop - &start;
    if step == BigInt::from(1) {
        if width <= BigInt::zero() {
            return value_error(format!(
                "empty range for randrange() ({start}, {stop}, {width})"
            ));
        }
        return Ok(Value::from_bigint(start + vm.random.below(&width)));
    }
    if step.is_zero() {
        return value_error("zero step for randrange()");
    }
    let n = if step.is_positive() {
        (&width + &step - 1) / &step
    } else {
        (&width + &step + 1) / &step
    };
    if n <= BigInt::zero() {
        return value_error("empty range for randrange()");
    }
    Ok(Value::from_bigint(start + step * vm.random.below(&n)))
}

fn randrange(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("randrange", args, 1, 3)?;
    let start = big(&args[0])?;
    let stop = args.get(1).map(big).transpose()?;
    let step = args
        .get(2)
        .map(big)
        .transpose()?
        .unwrap_or_else(|| BigInt::from(1));
    randrange_impl(vm, start, stop, step)
}

fn randint(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("randint", args, 2, 2)?;
    let (a, b) = (big(&args[0])?, big(&args[1])?);
    randrange_impl(vm, a, Some(b + 1), BigInt::from(1))
}

fn choice(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("choice", args, 1, 1)?;
    let items = vm.iterate(&args[0])?;
    if items.is_empty() {
        return index_error("Cannot choose from an empty sequence");
    }
    let i = vm.random.below(&BigInt::from(items.len()));
    Ok(items[usize::try_from(i).unwrap_or(0)].clone())
}

fn shuffle(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("shuffle", args, 1, 1)?;
    let Value::List(l) = &args[0] else {
        return type_error("Coro's random.shuffle() takes a list");
    };
    let n = l.borrow().len();
    for i in (1..n).rev() {
        let j = vm.random.below(&BigInt::from(i + 1));
        let j = usize::try_from(j).unwrap_or(0);
        l.borrow_mut().swap(i, j);
    }
    Ok(Value::None)
}

fn getrandbits(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("getrandbits", args, 1, 1)?;
    let k = int_arg(&args[0], "")?;
    if k < 0 {
        return value_error("number of bits must be non-negative");
    }
    Ok(Value::from_bigint(vm.random.getrandbits(k as u64)))
}
