//! printf-style formatting, `str % args` and `bytes % args`, as CPython's
//! `PyUnicode_Format` and `_PyBytes_FormatEx`.
//!
//! Bytes are formatted as text whose characters are the bytes (each below
//! U+0100), so one parser serves both; only the conversions that differ
//! (`%s`, `%c`, mapping keys) look at which it is.
//! `args` is a tuple (one item per conversion), a mapping (for `%(key)s`
//! fields) or any other single value. Number digits come from `crate::fmt`;
//! this module only parses the format and lays out sign, prefix and padding.

use crate::fmt::{FormatSpec, bigint_to_f64, float_to_int, format_float, int_to_decimal};
use crate::vm::Vm;
use crate::vm::exception::{err, key_error, overflow_error, type_error, value_error};
use crate::vm::memory;
use crate::vm::ops::num_error;
use crate::vm::types::{Builtin, type_name};
use crate::vm::value::*;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// Where the next positional argument comes from, as CPython's
/// `argidx`/`arglen` pair: a tuple has `arglen = len`, anything else
/// `arglen = -1` and starts at `argidx = -2`, so it can be taken once.
struct Args<'a> {
    /// The whole right operand.
    args: &'a Value,
    /// The value a `%(key)` field selected, in place of `args` until the
    /// field's conversion is done.
    current: Option<Value>,
    idx: isize,
    len: isize,
    /// `args` when it is a mapping (CPython's `PyMapping_Check`).
    mapping: bool,
}

impl Args<'_> {
    fn next(&mut self) -> PyResult<Value> {
        if self.idx < self.len {
            let i = self.idx;
            self.idx += 1;
            if self.len < 0 {
                return Ok(self.current.clone().unwrap_or_else(|| self.args.clone()));
            }
            if let Value::Tuple(t) = self.args {
                return Ok(t[i as usize].clone());
            }
        }
        type_error("not enough arguments for format string")
    }
}

/// `fmt % args` for a str.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<Value> {
    let chars: Vec<char> = fmt.chars().collect();
    format_chars(vm, &chars, args, false).map(Value::str)
}

/// `fmt % args` for bytes.
pub fn percent_format_bytes(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Value> {
    let chars: Vec<char> = fmt.iter().map(|&b| b as char).collect();
    let out = format_chars(vm, &chars, args, true)?;
    // Every character is below U+0100: bytes in, Latin-1 conversions out.
    Ok(Value::bytes(
        out.chars().map(|c| c as u8).collect::<Vec<u8>>(),
    ))
}

fn format_chars(vm: &mut Vm, chars: &[char], args: &Value, bytes: bool) -> PyResult<String> {
    let mut a = Args {
        args,
        current: None,
        idx: -2,
        len: -1,
        mapping: matches!(args, Value::Dict(_) | Value::List(_) | Value::Range(_)),
    };
    if let Value::Tuple(t) = args {
        a.idx = 0;
        a.len = t.len() as isize;
    }
    let mut out = String::with_capacity(chars.len());
    let n = chars.len();
    let mut pos = 0;
    while pos < n {
        let c = chars[pos];
        pos += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        if pos >= n {
            return value_error("incomplete format");
        }
        if chars[pos] == '%' {
            out.push('%');
            pos += 1;
            continue;
        }
        // `%(key)`: the mapping's item replaces the arguments for this field.
        if chars[pos] == '(' {
            if !a.mapping {
                return type_error("format requires a mapping");
            }
            pos += 1;
            let start = pos;
            let mut depth = 1;
            while pos < n {
                match chars[pos] {
                    ')' => depth -= 1,
                    '(' => depth += 1,
                    _ => {}
                }
                if depth == 0 {
                    break;
                }
                pos += 1;
            }
            if depth != 0 {
                return value_error("incomplete format key");
            }
            let key: String = chars[start..pos].iter().collect();
            pos += 1;
            a.current = Some(lookup(args, key, bytes)?);
            a.idx = -2;
        }
        let mut flags = 0u8;
        while pos < n {
            flags |= match chars[pos] {
                '-' => F_LJUST,
                '+' => F_SIGN,
                ' ' => F_BLANK,
                '#' => F_ALT,
                '0' => F_ZERO,
                _ => break,
            };
            pos += 1;
        }
        let mut width: usize = 0;
        if pos < n && chars[pos] == '*' {
            pos += 1;
            let w = star_arg(&mut a, "ssize_t")?;
            if w < 0 {
                flags |= F_LJUST;
            }
            // CPython negates a negative width; -2**63 stays negative there,
            // which pads nothing.
            width = if w == i64::MIN {
                0
            } else {
                w.unsigned_abs() as usize
            };
        } else {
            width = digits(chars, &mut pos, "width too big")?.unwrap_or(width);
        }
        let mut prec: Option<usize> = None;
        if pos < n && chars[pos] == '.' {
            pos += 1;
            if pos < n && chars[pos] == '*' {
                pos += 1;
                prec = Some(star_arg(&mut a, "int")?.max(0) as usize);
            } else {
                prec = Some(digits(chars, &mut pos, "precision too big")?.unwrap_or(0));
            }
        }
        if pos < n && matches!(chars[pos], 'h' | 'l' | 'L') {
            pos += 1;
        }
        if pos >= n {
            return value_error("incomplete format");
        }
        let conv = chars[pos];
        pos += 1;
        let v = a.next()?;
        let (body, numeric) = if bytes {
            convert_for_bytes(vm, conv, &v, flags, prec, pos - 1)?
        } else {
            convert(vm, conv, &v, flags, prec, pos - 1)?
        };
        a.current = None;
        layout(&mut out, &body, numeric, conv, flags, width)?;
    }
    if a.idx < a.len && !a.mapping {
        return type_error(if bytes {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        });
    }
    Ok(out)
}

/// `mapping[key]` for a `%(key)` field (a bytes key when formatting bytes).
fn lookup(args: &Value, key: String, bytes: bool) -> PyResult<Value> {
    match args {
        Value::Dict(d) => {
            let k = Key(if bytes {
                Value::bytes(key.chars().map(|c| c as u8).collect::<Vec<u8>>())
            } else {
                Value::str(key)
            });
            let found = d.borrow().get(&k).cloned();
            match found {
                Some(v) => Ok(v),
                None => key_error(k.0),
            }
        }
        other => type_error(format!(
            "{} indices must be integers or slices, not str",
            type_name(other)
        )),
    }
}

/// The int a `*` width or precision takes from the arguments; CPython reads
/// a width as a C `ssize_t` and a precision as a C `int` (`c_type`).
fn star_arg(a: &mut Args, c_type: &str) -> PyResult<i64> {
    let too_big = || overflow_error(format!("Python int too large to convert to C {c_type}"));
    match a.next()? {
        Value::Int(i) if c_type == "int" && i32::try_from(i).is_err() => too_big(),
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        Value::BigInt(_) => too_big(),
        _ => type_error("* wants int"),
    }
}

/// A decimal width or precision written in the format, if any.
fn digits(chars: &[char], pos: &mut usize, too_big: &str) -> PyResult<Option<usize>> {
    let mut v: Option<usize> = None;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        let cur = v.unwrap_or(0);
        if cur > (isize::MAX as usize - d as usize) / 10 {
            return value_error(too_big);
        }
        v = Some(cur * 10 + d as usize);
        *pos += 1;
    }
    Ok(v)
}

/// One conversion's text before padding, and whether it is a number (whose
/// sign and `0x` prefix go before zero padding).
fn convert(
    vm: &mut Vm,
    conv: char,
    v: &Value,
    flags: u8,
    prec: Option<usize>,
    index: usize,
) -> PyResult<(String, bool)> {
    match conv {
        's' | 'r' | 'a' => {
            let mut s = match (conv, v) {
                ('s', Value::Str(s)) => s.as_str().to_string(),
                ('s', _) => vm.to_str(v)?,
                ('r', _) => vm.repr(v)?,
                _ => crate::vm::ascii(&vm.repr(v)?),
            };
            if let Some(p) = prec
                && let Some((i, _)) = s.char_indices().nth(p)
            {
                s.truncate(i);
            }
            Ok((s, false))
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            // An instance of an int or float subclass converts as its value.
            let x = match crate::vm::protocol::unwrap_payload(v) {
                Value::Int(i) => BigInt::from(*i),
                Value::Bool(b) => BigInt::from(*b as i64),
                Value::BigInt(b) => (**b).clone(),
                Value::Float(f) if matches!(conv, 'd' | 'i' | 'u') => match float_to_int(*f) {
                    Some(x) => x,
                    None if f.is_nan() => {
                        return value_error("cannot convert float NaN to integer");
                    }
                    None => return overflow_error("cannot convert float infinity to integer"),
                },
                _ => {
                    let what = if matches!(conv, 'o' | 'x' | 'X') {
                        "an integer"
                    } else {
                        "a real number"
                    };
                    return type_error(format!(
                        "%{conv} format: {what} is required, not {}",
                        type_name(v)
                    ));
                }
            };
            let mut digits = match conv {
                'o' => x.magnitude().to_str_radix(8),
                'x' => x.magnitude().to_str_radix(16),
                'X' => x.magnitude().to_str_radix(16).to_ascii_uppercase(),
                _ => int_to_decimal(&x.abs()).map_err(num_error)?,
            };
            if let Some(p) = prec
                && p > digits.len()
            {
                digits = "0".repeat(p - digits.len()) + &digits;
            }
            let prefix = match conv {
                'o' if flags & F_ALT != 0 => "0o",
                'x' if flags & F_ALT != 0 => "0x",
                'X' if flags & F_ALT != 0 => "0X",
                _ => "",
            };
            let sign = if x.is_negative() { "-" } else { "" };
            Ok((format!("{sign}{prefix}{digits}"), true))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match crate::vm::protocol::unwrap_payload(v) {
                Value::Float(f) => *f,
                Value::Int(i) => *i as f64,
                Value::Bool(b) => *b as i64 as f64,
                Value::BigInt(b) => bigint_to_f64(b).map_err(num_error)?,
                _ => return type_error(format!("must be real number, not {}", type_name(v))),
            };
            let spec = FormatSpec {
                fill: None,
                align: None,
                sign: None,
                no_neg_zero: false,
                alternate: flags & F_ALT != 0,
                zero_pad: false,
                width: None,
                grouping: None,
                precision: Some(prec.unwrap_or(6)),
                ty: Some(conv),
                type_name: "float",
            };
            Ok((format_float(x, &spec).map_err(num_error)?, true))
        }
        'c' => {
            let code = match v {
                Value::Str(s) if s.char_len() == 1 => return Ok((s.as_str().to_string(), false)),
                Value::Int(i) => Some(*i),
                Value::Bool(b) => Some(*b as i64),
                Value::BigInt(b) => Some(b.to_i64().unwrap_or(-1)),
                _ => None,
            };
            match code {
                None => type_error("%c requires int or char"),
                Some(c) if !(0..0x110000).contains(&c) => {
                    overflow_error("%c arg not in range(0x110000)")
                }
                Some(c) => match char::from_u32(c as u32) {
                    Some(ch) => Ok((ch.to_string(), false)),
                    None => value_error("surrogates not supported"),
                },
            }
        }
        other => {
            let n = other as u32;
            let shown = if (32..=126).contains(&n) { other } else { '?' };
            err(
                Builtin::ValueError,
                format!("unsupported format character '{shown}' ({n:#x}) at index {index}"),
            )
        }
    }
}

/// [`convert`] for bytes: `%s`/`%b` take bytes, `%r`/`%a` give the ASCII
/// repr, `%c` takes a byte; the text is Latin-1 (one character per byte).
fn convert_for_bytes(
    vm: &mut Vm,
    conv: char,
    v: &Value,
    flags: u8,
    prec: Option<usize>,
    index: usize,
) -> PyResult<(String, bool)> {
    let latin1 = |b: &[u8]| -> String { b.iter().map(|&c| c as char).collect() };
    match conv {
        's' | 'b' => {
            let Value::Bytes(b) = v else {
                return type_error(format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                    type_name(v)
                ));
            };
            let b = &b[..prec.map_or(b.len(), |p| p.min(b.len()))];
            Ok((latin1(b), false))
        }
        'r' | 'a' => convert(vm, 'a', v, flags, prec, index),
        // Bytes formatting reports any float conversion failure as one TypeError.
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => match convert(vm, conv, v, flags, prec, index) {
            Err(e) if e.is(Builtin::TypeError) || e.is(Builtin::OverflowError) => {
                type_error(format!("float argument required, not {}", type_name(v)))
            }
            r => r,
        },
        'c' => match v {
            Value::Bytes(b) if b.len() == 1 => Ok((latin1(b), false)),
            Value::Int(i) if (0..256).contains(i) => Ok(((*i as u8 as char).to_string(), false)),
            Value::Int(_) | Value::BigInt(_) => overflow_error("%c arg not in range(256)"),
            Value::Bool(b) => Ok(((*b as u8 as char).to_string(), false)),
            _ => type_error("%c requires an integer in range(256) or a single byte"),
        },
        _ => convert(vm, conv, v, flags, prec, index),
    }
}

/// Appends `body` padded to `width` characters: numbers take their sign
/// from `body` or the `+`/` ` flags and zero padding after sign and prefix.
/// A width the system cannot allocate is a MemoryError.
fn layout(
    out: &mut String,
    body: &str,
    numeric: bool,
    conv: char,
    flags: u8,
    width: usize,
) -> PyResult<()> {
    let (mut sign, mut rest) = ("", body);
    let mut prefix = "";
    if numeric {
        if let Some(r) = body.strip_prefix('-') {
            sign = "-";
            rest = r;
        } else if let Some(r) = body.strip_prefix('+') {
            sign = "+";
            rest = r;
        } else if flags & F_SIGN != 0 {
            sign = "+";
        } else if flags & F_BLANK != 0 {
            sign = " ";
        }
        if flags & F_ALT != 0 && matches!(conv, 'o' | 'x' | 'X') {
            prefix = &rest[..2];
            rest = &rest[2..];
        }
    }
    let len = sign.len() + prefix.len() + rest.chars().count();
    let pad = width.saturating_sub(len);
    memory::reserve_str(out, pad.saturating_add(body.len()))?;
    if flags & F_LJUST != 0 {
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(rest);
        out.extend(std::iter::repeat_n(' ', pad));
    } else if numeric && flags & F_ZERO != 0 {
        out.push_str(sign);
        out.push_str(prefix);
        out.extend(std::iter::repeat_n('0', pad));
        out.push_str(rest);
    } else {
        out.extend(std::iter::repeat_n(' ', pad));
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(rest);
    }
    Ok(())
}
