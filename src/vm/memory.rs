//! Allocations whose size a program chooses (`"a" * n`, `s.center(n)`,
//! `bytes(n)`, `list(range(n))`): the room is asked for before anything is
//! written, so that a size the system refuses is a MemoryError, as in
//! CPython, instead of an abort that loses the output buffered so far.

use super::exception::Exception;
use super::heap::Ref;
use super::types::{Builtin, builtin};
use super::value::PyResult;

/// A MemoryError, without a message as CPython's.
pub fn error() -> Ref<Exception> {
    Exception::new(builtin(Builtin::MemoryError), Vec::new())
}

/// `n * size`, or MemoryError when the product does not fit a `usize`.
pub fn times(n: usize, size: usize) -> PyResult<usize> {
    n.checked_mul(size).ok_or_else(error)
}

/// An empty vector with room for `n` items, or MemoryError.
pub fn vec_for<T>(n: usize) -> PyResult<Vec<T>> {
    let mut v = Vec::new();
    reserve(&mut v, n)?;
    Ok(v)
}

/// Room for `extra` more items in `v`, or MemoryError.
pub fn reserve<T>(v: &mut Vec<T>, extra: usize) -> PyResult<()> {
    v.try_reserve_exact(extra).map_err(|_| error())
}

/// An empty string with room for `bytes`, or MemoryError.
pub fn string_for(bytes: usize) -> PyResult<String> {
    let mut s = String::new();
    s.try_reserve_exact(bytes).map_err(|_| error())?;
    Ok(s)
}

/// Room for `bytes` more in `out`, or MemoryError.
pub fn reserve_str(out: &mut String, bytes: usize) -> PyResult<()> {
    out.try_reserve(bytes).map_err(|_| error())
}

/// Appends `n` copies of `c` to `out`, or raises MemoryError with `out`
/// unchanged.
pub fn push_repeated(out: &mut String, c: char, n: usize) -> PyResult<()> {
    reserve_str(out, times(n, c.len_utf8())?)?;
    out.extend(std::iter::repeat_n(c, n));
    Ok(())
}

/// Appends `n` copies of the byte `b` to `out`, or raises MemoryError.
pub fn push_repeated_byte(out: &mut Vec<u8>, b: u8, n: usize) -> PyResult<()> {
    out.try_reserve(n).map_err(|_| error())?;
    out.resize(out.len() + n, b);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_the_system_refuses_are_errors() {
        assert!(times(usize::MAX, 2).is_err());
        assert!(vec_for::<u64>(usize::MAX / 4).is_err());
        assert!(string_for(usize::MAX).is_err());
        let mut s = String::from("ab");
        assert!(push_repeated(&mut s, 'é', usize::MAX / 2).is_err());
        assert_eq!(s, "ab");
        let mut b = vec![1u8];
        assert!(push_repeated_byte(&mut b, 0, usize::MAX).is_err());
        assert!(push_repeated_byte(&mut b, 7, 2).is_ok());
        assert_eq!(b, [1, 7, 7]);
    }
}
