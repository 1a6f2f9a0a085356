//! The `random` module: CPython's Mersenne Twister (MT19937) with CPython's
//! seeding, so that a seeded program prints the same numbers under both.

use super::{arity, float_arg};
use crate::vm::Vm;
use crate::vm::exception::*;
use crate::vm::heap::{Ref, alloc};
use crate::vm::value::*;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};
use std::cell::RefCell;

const N: usize = 624;
const M: usize = 397;

/// The generator state.
pub struct Random {
    mt: [u32; N],
    index: usize,
    /// The second value of the last Box-Muller pair (`gauss`).
    gauss_next: Option<f64>,
}

impl Random {
    /// Seeded from an integer, or from the OS (well, the process's own entropy) when `None`.
    pub fn new(seed: Option<&BigInt>) -> Random {
        let mut r = Random {
            mt: [0; N],
            index: N,
            gauss_next: None,
        };
        match seed {
            Some(s) => r.seed_int(s),
            None => r.seed_int(&BigInt::from(entropy())),
        }
        r
    }

    /// `random.seed(int)`: the absolute value, as 32-bit words, least significant first.
    pub fn seed_int(&mut self, seed: &BigInt) {
        self.gauss_next = None;
        let (_, mut words) = seed.abs().to_u32_digits();
        if words.is_empty() || seed.is_zero() {
            words = vec![0];
        }
        self.init_by_array(&words);
    }

    /// `random.seed(str or bytes)`, version 2: the bytes followed by their
    /// SHA-512, read as one big-endian int.
    pub fn seed_bytes(&mut self, data: &[u8]) {
        use sha2::Digest;
        let mut all = data.to_vec();
        all.extend_from_slice(&sha2::Sha512::digest(data));
        self.seed_int(&BigInt::from_bytes_be(num_bigint::Sign::Plus, &all));
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

/// A generator shared by handle: the module's own, or a `random.Random` instance.
pub type Shared = Ref<RefCell<Random>>;

/// The module-level function and the `Random` method for each generator function.
macro_rules! generator_functions {
    ($($name:ident),* $(,)?) => {
        const MODULE_FUNCTIONS: &[(&str, NativeFn)] = &[$((stringify!($name), {
            fn on_module(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
                let rng = vm.random.clone();
                $name(vm, &rng, args, kw)
            }
            on_module
        })),*];
        /// The methods of `random.Random` instances.
        pub const METHODS: &[(&str, NativeFn)] = &[$((stringify!($name), {
            fn on_instance(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
                let rng = instance(args)?;
                $name(vm, &rng, &args[1..], kw)
            }
            on_instance
        })),*];
    };
}

generator_functions!(
    seed,
    random,
    uniform,
    randint,
    randrange,
    choice,
    choices,
    shuffle,
    sample,
    gauss,
    getrandbits,
    getstate,
    setstate,
);

pub fn module() -> Value {
    let mut funcs: Vec<(&'static str, NativeFn)> = MODULE_FUNCTIONS.to_vec();
    funcs.push(("Random", new_instance));
    super::module("random", &funcs, vec![])
}

fn instance(args: &[Value]) -> PyResult<Shared> {
    if let Some(Value::Opaque(o)) = args.first()
        && let Some(rng) = o.data.downcast_ref::<Shared>()
    {
        return Ok(rng.clone());
    }
    type_error("descriptor requires a 'random.Random' object")
}

/// `random.Random(seed=None)`.
fn new_instance(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    arity("Random", args, 0, 1)?;
    let rng: Shared = alloc(RefCell::new(Random::new(None)));
    seed(vm, &rng, args, kw)?;
    Ok(Value::Opaque(alloc(Opaque {
        type_name: "Random",
        data: Box::new(rng),
    })))
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

fn below(rng: &Shared, n: usize) -> usize {
    usize::try_from(rng.borrow_mut().below(&BigInt::from(n))).unwrap_or(0)
}

fn seed(_: &mut Vm, rng: &Shared, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("seed", args, 0, 2)?;
    let mut r = rng.borrow_mut();
    match args.first() {
        None | Some(Value::None) => *r = Random::new(None),
        // CPython seeds from hash(float) (the int value for whole floats),
        // read as an unsigned machine word.
        Some(Value::Float(f)) => r.seed_int(&BigInt::from(crate::vm::hash::float_hash(*f) as u64)),
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => r.seed_int(&big(v)?),
        Some(Value::Str(s)) => r.seed_bytes(s.as_str().as_bytes()),
        Some(Value::Bytes(b)) => r.seed_bytes(b),
        Some(other) => {
            return type_error(format!(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray. Got {}",
                crate::vm::types::type_name(other)
            ));
        }
    }
    Ok(Value::None)
}

fn random(_: &mut Vm, rng: &Shared, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("random", args, 0, 0)?;
    Ok(Value::Float(rng.borrow_mut().random()))
}

fn uniform(_: &mut Vm, rng: &Shared, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("uniform", args, 2, 2)?;
    let (a, b) = (float_arg(&args[0], "")?, float_arg(&args[1], "")?);
    Ok(Value::Float(a + (b - a) * rng.borrow_mut().random()))
}

fn randrange_impl(
    rng: &Shared,
    start: BigInt,
    stop: Option<BigInt>,
    step: BigInt,
) -> PyResult<Value> {
    let mut r = rng.borrow_mut();
    let Some(stop) = stop else {
        if start <= BigInt::zero() {
            return value_error("empty range for randrange()");
        }
        return Ok(Value::from_bigint(r.below(&start)));
    };
    let width = &stop - &start;
    if step == BigInt::from(1) {
        if width <= BigInt::zero() {
            return value_error(format!(
                "empty range for randrange() ({start}, {stop}, {width})"
            ));
        }
        return Ok(Value::from_bigint(start + r.below(&width)));
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
    Ok(Value::from_bigint(start + step * r.below(&n)))
}

fn randrange(_: &mut Vm, rng: &Shared, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("randrange", args, 1, 3)?;
    let start = big(&args[0])?;
    let stop = args.get(1).map(big).transpose()?;
    let step = args
        .get(2)
        .map(big)
        .transpose()?
        .unwrap_or_else(|| BigInt::from(1));
    randrange_impl(rng, start, stop, step)
}

fn randint(_: &mut Vm, rng: &Shared, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("randint", args, 2, 2)?;
    let (a, b) = (big(&args[0])?, big(&args[1])?);
    randrange_impl(rng, a, Some(b + 1), BigInt::from(1))
}

fn choice(vm: &mut Vm, rng: &Shared, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("choice", args, 1, 1)?;
    let items = vm.iterate(&args[0])?;
    if items.is_empty() {
        return index_error("Cannot choose from an empty sequence");
    }
    Ok(items[below(rng, items.len())].clone())
}

/// `choices(population, weights=None, *, cum_weights=None, k=1)`, as `Lib/random.py`.
fn choices(vm: &mut Vm, rng: &Shared, args: &[Value], kw: Kw) -> PyResult<Value> {
    arity("choices", args, 1, 2)?;
    let names = ["weights", "cum_weights", "k"];
    let weights = super::kwarg("choices", kw, &names, "weights")?.or_else(|| args.get(1).cloned());
    let cum = super::kwarg("choices", kw, &names, "cum_weights")?;
    let k = match super::kwarg("choices", kw, &names, "k")? {
        Some(k) => super::int_arg(&k, "")?.max(0) as usize,
        None => 1,
    };
    let population = vm.iterate(&args[0])?;
    let n = population.len();
    let cum: Vec<f64> = match (
        weights.filter(|w| !w.is_none()),
        cum.filter(|c| !c.is_none()),
    ) {
        (None, None) => {
            let mut out = crate::vm::memory::vec_for(k)?;
            for _ in 0..k {
                let i = (rng.borrow_mut().random() * n as f64).floor() as usize;
                match population.get(i) {
                    Some(v) => out.push(v.clone()),
                    None => return index_error("list index out of range"),
                }
            }
            return Ok(Value::list(out));
        }
        (Some(_), Some(_)) => {
            return type_error("Cannot specify both weights and cumulative weights");
        }
        (Some(w), None) => {
            let mut acc = 0.0;
            let mut out = Vec::new();
            for x in vm.iterate(&w)? {
                acc += float_arg(&x, "")?;
                out.push(acc);
            }
            out
        }
        (None, Some(c)) => vm
            .iterate(&c)?
            .iter()
            .map(|x| float_arg(x, ""))
            .collect::<PyResult<_>>()?,
    };
    if cum.len() != n {
        return value_error("The number of weights does not match the population");
    }
    let total = cum.last().copied().unwrap_or(0.0);
    if total <= 0.0 {
        return value_error("Total of weights must be greater than zero");
    }
    if !total.is_finite() {
        return value_error("Total of weights must be finite");
    }
    let hi = n - 1;
    let mut out = crate::vm::memory::vec_for(k)?;
    for _ in 0..k {
        let x = rng.borrow_mut().random() * total;
        // bisect_right(cum, x, 0, hi)
        let i = cum[..hi].partition_point(|c| *c <= x);
        out.push(population[i].clone());
    }
    Ok(Value::list(out))
}

fn shuffle(_: &mut Vm, rng: &Shared, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("shuffle", args, 1, 1)?;
    let Value::List(l) = &args[0] else {
        return type_error("Coro's random.shuffle() takes a list");
    };
    let n = l.borrow().len();
    for i in (1..n).rev() {
        let j = below(rng, i + 1);
        l.borrow_mut().swap(i, j);
    }
    Ok(Value::None)
}

/// `sample(population, k)`, with CPython's choice between a pool and a set of picks.
fn sample(vm: &mut Vm, rng: &Shared, args: &[Value], kw: Kw) -> PyResult<Value> {
    let k = super::kwarg("sample", kw, &["k", "counts"], "k")?.or_else(|| args.get(1).cloned());
    if super::kwarg("sample", kw, &["k", "counts"], "counts")?.is_some() {
        return type_error("Coro's random.sample() does not take counts yet");
    }
    let Some(k) = k else {
        return type_error("Random.sample() missing 1 required positional argument: 'k'");
    };
    if matches!(args.first(), Some(Value::Set(_) | Value::Dict(_))) {
        return type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
    }
    let population = vm.iterate(args.first().unwrap_or(&Value::None))?;
    let n = population.len();
    let k = super::int_arg(&k, "")?;
    if k < 0 || k as usize > n {
        return value_error("Sample larger than population or is negative");
    }
    let k = k as usize;
    let mut setsize = 21usize;
    if k > 5 {
        let exp = ((k as f64 * 3.0).ln() / 4f64.ln()).ceil() as u32;
        setsize += 4usize.pow(exp);
    }
    let mut result = Vec::with_capacity(k);
    if n <= setsize {
        let mut pool = population;
        for i in 0..k {
            let j = below(rng, n - i);
            result.push(pool[j].clone());
            pool[j] = pool[n - i - 1].clone();
        }
    } else {
        let mut selected = std::collections::HashSet::new();
        for _ in 0..k {
            let mut j = below(rng, n);
            while selected.contains(&j) {
                j = below(rng, n);
            }
            selected.insert(j);
            result.push(population[j].clone());
        }
    }
    Ok(Value::list(result))
}

/// `gauss(mu=0.0, sigma=1.0)`: Box-Muller, keeping the pair's second value.
fn gauss(_: &mut Vm, rng: &Shared, args: &[Value], kw: Kw) -> PyResult<Value> {
    arity("gauss", args, 0, 2)?;
    let mu = super::kwarg("gauss", kw, &["mu", "sigma"], "mu")?.or_else(|| args.first().cloned());
    let sigma =
        super::kwarg("gauss", kw, &["mu", "sigma"], "sigma")?.or_else(|| args.get(1).cloned());
    let mu = mu.map_or(Ok(0.0), |v| float_arg(&v, ""))?;
    let sigma = sigma.map_or(Ok(1.0), |v| float_arg(&v, ""))?;
    let mut r = rng.borrow_mut();
    let z = match r.gauss_next.take() {
        Some(z) => z,
        None => {
            let x2pi = r.random() * std::f64::consts::TAU;
            let g2rad = (-2.0 * (1.0 - r.random()).ln()).sqrt();
            r.gauss_next = Some(x2pi.sin() * g2rad);
            x2pi.cos() * g2rad
        }
    };
    Ok(Value::Float(mu + z * sigma))
}

fn getrandbits(_: &mut Vm, rng: &Shared, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("getrandbits", args, 1, 1)?;
    let k = super::c_int_arg(&args[0], "")?;
    if k < 0 {
        return value_error("number of bits must be non-negative");
    }
    Ok(Value::from_bigint(rng.borrow_mut().getrandbits(k as u64)))
}

/// `getstate()`: `(3, (624 words..., index), gauss_next)`, as CPython.
fn getstate(_: &mut Vm, rng: &Shared, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("getstate", args, 0, 0)?;
    let r = rng.borrow();
    let mut words: Vec<Value> = r.mt.iter().map(|w| Value::Int(*w as i64)).collect();
    words.push(Value::Int(r.index as i64));
    let gauss = r.gauss_next.map_or(Value::None, Value::Float);
    Ok(Value::tuple(vec![
        Value::Int(3),
        Value::tuple(words),
        gauss,
    ]))
}

fn setstate(_: &mut Vm, rng: &Shared, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("setstate", args, 1, 1)?;
    let bad = || {
        type_error::<Value>(
            "state vector must be a tuple of 625 ints (Coro reads version 3 states)",
        )
    };
    let Value::Tuple(state) = &args[0] else {
        return bad();
    };
    let (Some(Value::Int(3)), Some(Value::Tuple(words)), Some(gauss)) =
        (state.first(), state.get(1), state.get(2))
    else {
        return bad();
    };
    if words.len() != N + 1 {
        return value_error("state vector is the wrong size");
    }
    let mut r = rng.borrow_mut();
    for (i, w) in words.iter().enumerate() {
        let Value::Int(w) = w else { return bad() };
        if i < N {
            r.mt[i] = *w as u32;
        } else if !(0..=N as i64).contains(w) {
            return value_error("invalid state");
        } else {
            r.index = *w as usize;
        }
    }
    r.gauss_next = match gauss {
        Value::Float(f) => Some(*f),
        _ => None,
    };
    Ok(Value::None)
}
