//! The methods of bytes, and the codecs behind `str.encode`, `bytes.decode`
//! and `str(b, encoding)`, with CPython 3.11's semantics and messages.
//!
//! Bytes methods are ASCII-only: `upper` leaves `b'\xe9'` alone and only
//! `b' \t\n\r\x0b\x0c'` is whitespace. Positions are byte offsets.

use super::str_methods::{Conv, params_of, slice_param};
use crate::vm::Vm;
use crate::vm::exception::*;
use crate::vm::heap::Ref;
use crate::vm::memory;
use crate::vm::ops::{byte_value, find_bytes};
use crate::vm::types::{Builtin, type_name};
use crate::vm::value::*;

type Kw<'a> = &'a [(Ref<Str>, Value)];

/// The methods of bytes, by name. `args[0]` is the receiver.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("decode", bytes_decode),
    ("hex", bytes_hex),
    // A class method reached through an instance: the receiver is not used.
    ("fromhex", |vm, args, kw| fromhex(vm, &args[1..], kw)),
    ("upper", |_, args, kw| {
        map_bytes("upper", args, kw, |b| b.to_ascii_uppercase())
    }),
    ("lower", |_, args, kw| {
        map_bytes("lower", args, kw, |b| b.to_ascii_lowercase())
    }),
    ("swapcase", bytes_swapcase),
    ("title", bytes_title),
    ("capitalize", bytes_capitalize),
    ("strip", |_, args, kw| strip("strip", args, kw, true, true)),
    ("lstrip", |_, args, kw| {
        strip("lstrip", args, kw, true, false)
    }),
    ("rstrip", |_, args, kw| {
        strip("rstrip", args, kw, false, true)
    }),
    ("split", bytes_split),
    ("rsplit", bytes_rsplit),
    ("splitlines", bytes_splitlines),
    ("join", bytes_join),
    ("replace", bytes_replace),
    ("startswith", |_, args, kw| {
        affix_match("startswith", args, kw, false)
    }),
    ("endswith", |_, args, kw| {
        affix_match("endswith", args, kw, true)
    }),
    ("find", |_, args, kw| {
        find_like("find", args, kw, false, false)
    }),
    ("rfind", |_, args, kw| {
        find_like("rfind", args, kw, true, false)
    }),
    ("index", |_, args, kw| {
        find_like("index", args, kw, false, true)
    }),
    ("rindex", |_, args, kw| {
        find_like("rindex", args, kw, true, true)
    }),
    ("count", bytes_count),
    ("isalnum", |_, args, kw| {
        all_bytes("isalnum", args, kw, |c| c.is_ascii_alphanumeric())
    }),
    ("isalpha", |_, args, kw| {
        all_bytes("isalpha", args, kw, |c| c.is_ascii_alphabetic())
    }),
    ("isascii", bytes_isascii),
    ("isdigit", |_, args, kw| {
        all_bytes("isdigit", args, kw, |c| c.is_ascii_digit())
    }),
    ("isspace", |_, args, kw| {
        all_bytes("isspace", args, kw, is_space)
    }),
    ("islower", |_, args, kw| cased("islower", args, kw, false)),
    ("isupper", |_, args, kw| cased("isupper", args, kw, true)),
    ("istitle", bytes_istitle),
    ("center", |_, args, kw| pad("center", args, kw)),
    ("ljust", |_, args, kw| pad("ljust", args, kw)),
    ("rjust", |_, args, kw| pad("rjust", args, kw)),
    ("zfill", bytes_zfill),
    ("partition", |_, args, kw| {
        partition("partition", args, kw, false)
    }),
    ("rpartition", |_, args, kw| {
        partition("rpartition", args, kw, true)
    }),
    ("removeprefix", |_, args, kw| {
        remove_affix("removeprefix", args, kw, false)
    }),
    ("removesuffix", |_, args, kw| {
        remove_affix("removesuffix", args, kw, true)
    }),
    ("expandtabs", bytes_expandtabs),
];

fn params(name: &str, args: &[Value], kw: Kw, conv: Conv) -> PyResult<Vec<Option<Value>>> {
    params_of("bytes", name, args, kw, conv)
}

/// The receiver's bytes.
fn recv(args: &[Value]) -> PyResult<&[u8]> {
    match args.first() {
        Some(Value::Bytes(b)) => Ok(b),
        Some(other) => type_error(format!(
            "descriptor requires a 'bytes' object but received a '{}'",
            type_name(other)
        )),
        None => type_error("unbound method needs an argument"),
    }
}

/// A bytes argument, with CPython's wording for anything else.
fn bytes_param(v: &Value) -> PyResult<&[u8]> {
    match v {
        Value::Bytes(b) => Ok(b),
        other => type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(other)
        )),
    }
}

/// The argument given at `i`, or None (for optional parameters).
fn param(p: &[Option<Value>], i: usize) -> &Value {
    p.get(i).and_then(Option::as_ref).unwrap_or(&Value::None)
}

fn ok_bytes(b: impl Into<Box<[u8]>>) -> PyResult<Value> {
    Ok(Value::bytes(b))
}

fn bytes_list<'a>(parts: impl IntoIterator<Item = &'a [u8]>) -> Value {
    Value::list(parts.into_iter().map(Value::bytes).collect())
}

/// Python's `isspace` for a byte.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

// ---- codecs -------------------------------------------------------------------------

/// The codecs Coro has.
#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// Looks an encoding up by any of the names CPython accepts for it.
    fn lookup(name: &str) -> PyResult<Codec> {
        let norm: String = name
            .trim()
            .chars()
            .map(|c| match c {
                '_' | ' ' => '-',
                c => c.to_ascii_lowercase(),
            })
            .collect();
        match norm.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
            "ascii" | "us-ascii" | "646" | "us" => Ok(Codec::Ascii),
            "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859"
            | "cp819" | "iso-ir-100" => Ok(Codec::Latin1),
            _ => err(Builtin::LookupError, format!("unknown encoding: {name}")),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// The largest code point the codec encodes (UTF-8: all of them).
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => u32::MAX,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }
}

/// The `encoding` and `errors` arguments of encode/decode, defaults filled in.
pub fn codec_args(name: &str, p: &[Option<Value>]) -> PyResult<(String, String)> {
    let text = |i: usize, what: &str, default: &str| -> PyResult<String> {
        match p.get(i).and_then(Option::as_ref) {
            None => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(other) => type_error(format!(
                "{name}() argument '{what}' must be str, not {}",
                if other.is_none() {
                    "None".into()
                } else {
                    type_name(other)
                }
            )),
        }
    };
    Ok((text(0, "encoding", "utf-8")?, text(1, "errors", "strict")?))
}

fn unknown_handler(errors: &str) -> Ref<Exception> {
    new_error(
        Builtin::LookupError,
        format!("unknown error handler name '{errors}'"),
    )
}

/// `text.encode(encoding, errors)`.
pub fn encode(text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = Codec::lookup(encoding)?;
    if codec == Codec::Utf8 {
        return Ok(text.as_bytes().to_vec());
    }
    let limit = codec.limit();
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        // A run of characters the codec cannot encode.
        let end = (i..chars.len())
            .find(|&j| (chars[j] as u32) < limit)
            .unwrap_or(chars.len());
        match errors {
            "strict" => {
                let what = if end - i == 1 {
                    format!("character '{}' in position {i}", escaped(c))
                } else {
                    format!("characters in position {i}-{}", end - 1)
                };
                return err(
                    Builtin::UnicodeEncodeError,
                    format!(
                        "'{}' codec can't encode {what}: ordinal not in range({limit})",
                        codec.name()
                    ),
                );
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "backslashreplace" => {
                for &c in &chars[i..end] {
                    out.extend(escaped(c).bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..end] {
                    out.extend(format!("&#{};", c as u32).bytes());
                }
            }
            _ => return Err(unknown_handler(errors)),
        }
        i = end;
    }
    Ok(out)
}

/// A character as an escape (`\xe9`, `\u20ac`, `\U0001f600`).
fn escaped(c: char) -> String {
    match c as u32 {
        n @ 0..=0xff => format!("\\x{n:02x}"),
        n @ 0x100..=0xffff => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}

/// `data.decode(encoding, errors)`.
pub fn decode(data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = Codec::lookup(encoding)?;
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        // The next stretch that decodes, then the bytes that do not.
        let (good, bad) = match codec {
            Codec::Latin1 => {
                out.extend(data[i..].iter().map(|&b| b as char));
                break;
            }
            Codec::Ascii => {
                let n = data[i..].iter().take_while(|b| b.is_ascii()).count();
                (n, (i + n < data.len()).then_some(1))
            }
            Codec::Utf8 => match std::str::from_utf8(&data[i..]) {
                Ok(_) => (data.len() - i, None),
                Err(e) => (
                    e.valid_up_to(),
                    Some(e.error_len().unwrap_or(data.len() - i - e.valid_up_to())),
                ),
            },
        };
        // Whatever the codec, `good` bytes are valid UTF-8 here.
        out.push_str(std::str::from_utf8(&data[i..i + good]).unwrap_or_default());
        i += good;
        let Some(n) = bad else { break };
        match errors {
            "strict" => {
                let reason = match codec {
                    Codec::Ascii => "ordinal not in range(128)",
                    _ if i + n == data.len() && !is_invalid_start(data[i]) => {
                        "unexpected end of data"
                    }
                    _ if is_invalid_start(data[i]) => "invalid start byte",
                    _ => "invalid continuation byte",
                };
                let what = if n == 1 {
                    format!("byte 0x{:02x} in position {i}", data[i])
                } else {
                    format!("bytes in position {i}-{}", i + n - 1)
                };
                return err(
                    Builtin::UnicodeDecodeError,
                    format!("'{}' codec can't decode {what}: {reason}", codec.name()),
                );
            }
            "ignore" => {}
            "replace" => out.push('\u{fffd}'),
            "backslashreplace" => {
                for b in &data[i..i + n] {
                    out.push_str(&format!("\\x{b:02x}"));
                }
            }
            "xmlcharrefreplace" | "namereplace" => {
                return type_error("don't know how to handle UnicodeDecodeError in error callback");
            }
            _ => return Err(unknown_handler(errors)),
        }
        i += n;
    }
    Ok(out)
}

/// A byte that can never begin a UTF-8 sequence.
fn is_invalid_start(b: u8) -> bool {
    matches!(b, 0x80..=0xc1 | 0xf5..=0xff)
}

fn bytes_decode(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = params("decode", args, kw, Conv::Keywords(&["encoding", "errors"]))?;
    let (encoding, errors) = codec_args("decode", &p)?;
    decode(recv(args)?, &encoding, &errors).map(Value::str)
}

// ---- hex ----------------------------------------------------------------------------

fn bytes_hex(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = params("hex", args, kw, Conv::Keywords(&["sep", "bytes_per_sep"]))?;
    let data = recv(args)?;
    let sep = match param(&p, 0) {
        Value::None => None,
        Value::Str(s) if s.char_len() == 1 && !s.as_str().is_ascii() => {
            return value_error("sep must be ASCII.");
        }
        Value::Str(s) if s.char_len() == 1 => s.as_str().chars().next(),
        Value::Bytes(b) if b.len() == 1 && !b.is_ascii() => {
            return value_error("sep must be ASCII.");
        }
        Value::Bytes(b) if b.len() == 1 => Some(b[0] as char),
        Value::Str(_) | Value::Bytes(_) => return value_error("sep must be length 1."),
        other => {
            return type_error(format!(
                "object of type '{}' has no len()",
                type_name(other)
            ));
        }
    };
    let per = match param(&p, 1) {
        Value::None => 1,
        v => super::int_arg(v, "")?,
    };
    let mut out = String::with_capacity(data.len() * 3);
    let group = per.unsigned_abs().max(1) as usize;
    for (i, b) in data.iter().enumerate() {
        if let Some(sep) = sep
            && i > 0
            && per != 0
        {
            // Groups count from the right for a positive bytes_per_sep.
            let boundary = if per > 0 {
                (data.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(sep);
            }
        }
        out.push_str(&format!("{b:02x}"));
    }
    Ok(Value::str(out))
}

/// `bytes.fromhex(text)`: pairs of hex digits, whitespace allowed between pairs.
pub fn fromhex(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::no_kwargs("fromhex", kw)?;
    super::arity("fromhex", args, 1, 1)?;
    let Value::Str(s) = &args[0] else {
        return type_error(format!(
            "fromhex() argument must be str, not {}",
            type_name(&args[0])
        ));
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    let digit = |i: usize| chars.get(i).and_then(|c| c.to_digit(16));
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    loop {
        while chars.get(i).is_some_and(|c| c.is_ascii_whitespace()) {
            i += 1;
        }
        if i >= chars.len() {
            break;
        }
        let Some(hi) = digit(i) else {
            return fromhex_error(i);
        };
        let Some(lo) = digit(i + 1) else {
            return fromhex_error(i + 1);
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    ok_bytes(out)
}

fn fromhex_error(at: usize) -> PyResult<Value> {
    value_error(format!(
        "non-hexadecimal number found in fromhex() arg at position {at}"
    ))
}

// ---- case -----------------------------------------------------------------------------

fn map_bytes(name: &str, args: &[Value], kw: Kw, f: fn(u8) -> u8) -> PyResult<Value> {
    params(name, args, kw, Conv::NoArgs)?;
    ok_bytes(recv(args)?.iter().map(|&b| f(b)).collect::<Vec<u8>>())
}

fn bytes_swapcase(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    map_bytes("swapcase", args, kw, |b| {
        if b.is_ascii_lowercase() {
            b.to_ascii_uppercase()
        } else {
            b.to_ascii_lowercase()
        }
    })
}

fn bytes_title(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    params("title", args, kw, Conv::NoArgs)?;
    let mut after_cased = false;
    let out: Vec<u8> = recv(args)?
        .iter()
        .map(|&b| {
            let c = if after_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            after_cased = b.is_ascii_alphabetic();
            c
        })
        .collect();
    ok_bytes(out)
}

fn bytes_capitalize(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    params("capitalize", args, kw, Conv::NoArgs)?;
    let out: Vec<u8> = recv(args)?
        .iter()
        .enumerate()
        .map(|(i, b)| {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect();
    ok_bytes(out)
}

// ---- predicates ---------------------------------------------------------------------

fn all_bytes(name: &str, args: &[Value], kw: Kw, pred: fn(u8) -> bool) -> PyResult<Value> {
    params(name, args, kw, Conv::NoArgs)?;
    let b = recv(args)?;
    Ok(Value::Bool(!b.is_empty() && b.iter().all(|&c| pred(c))))
}

fn bytes_isascii(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    params("isascii", args, kw, Conv::NoArgs)?;
    Ok(Value::Bool(recv(args)?.is_ascii()))
}

/// islower/isupper: some cased byte, and none of the other case.
fn cased(name: &str, args: &[Value], kw: Kw, upper: bool) -> PyResult<Value> {
    params(name, args, kw, Conv::NoArgs)?;
    let b = recv(args)?;
    let has_upper = b.iter().any(u8::is_ascii_uppercase);
    let has_lower = b.iter().any(u8::is_ascii_lowercase);
    Ok(Value::Bool(if upper {
        has_upper && !has_lower
    } else {
        has_lower && !has_upper
    }))
}

fn bytes_istitle(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    params("istitle", args, kw, Conv::NoArgs)?;
    let (mut after_cased, mut any) = (false, false);
    for &c in recv(args)? {
        if c.is_ascii_uppercase() {
            if after_cased {
                return Ok(Value::Bool(false));
            }
            after_cased = true;
            any = true;
        } else if c.is_ascii_lowercase() {
            if !after_cased {
                return Ok(Value::Bool(false));
            }
            any = true;
        } else {
            after_cased = false;
        }
    }
    Ok(Value::Bool(any))
}

// ---- strip, split, join, replace ----------------------------------------------------

fn strip(name: &str, args: &[Value], kw: Kw, left: bool, right: bool) -> PyResult<Value> {
    let p = params(name, args, kw, Conv::Positional(0, 1))?;
    let b = recv(args)?;
    let set = match param(&p, 0) {
        Value::None => None,
        v => Some(bytes_param(v)?),
    };
    let strip_me = |c: &u8| match set {
        None => is_space(*c),
        Some(set) => set.contains(c),
    };
    let start = if left {
        b.iter().position(|c| !strip_me(c)).unwrap_or(b.len())
    } else {
        0
    };
    let end = if right {
        b.iter()
            .rposition(|c| !strip_me(c))
            .map_or(start, |i| i + 1)
    } else {
        b.len()
    };
    ok_bytes(&b[start..end.max(start)])
}

/// The `sep` and `maxsplit` arguments of split and rsplit.
fn split_args<'a>(
    name: &str,
    args: &[Value],
    kw: Kw,
    p: &'a mut Vec<Option<Value>>,
) -> PyResult<(Option<&'a [u8]>, Option<usize>)> {
    *p = params(name, args, kw, Conv::Keywords(&["sep", "maxsplit"]))?;
    let max = match param(p, 1) {
        Value::None => None,
        v => usize::try_from(super::int_arg(v, "")?).ok(),
    };
    let sep = match param(p, 0) {
        Value::None => None,
        v => Some(bytes_param(v)?),
    };
    if sep.is_some_and(<[u8]>::is_empty) {
        return value_error("empty separator");
    }
    Ok((sep, max))
}

/// Splits on `sep` (runs of whitespace when None) from the left, at most `max` times.
fn split_from_left<'a>(b: &'a [u8], sep: Option<&[u8]>, max: Option<usize>) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut start = 0;
    match sep {
        Some(sep) => {
            while Some(out.len()) != max
                && let Some(i) = find_bytes(b, sep, start)
            {
                out.push(&b[start..i]);
                start = i + sep.len();
            }
            out.push(&b[start..]);
        }
        None => loop {
            while start < b.len() && is_space(b[start]) {
                start += 1;
            }
            if start == b.len() {
                break;
            }
            if Some(out.len()) == max {
                out.push(&b[start..]);
                break;
            }
            let end = (start..b.len())
                .find(|&i| is_space(b[i]))
                .unwrap_or(b.len());
            out.push(&b[start..end]);
            start = end;
        },
    }
    out
}

/// The mirror image of [`split_from_left`].
fn split_from_right<'a>(b: &'a [u8], sep: Option<&[u8]>, max: Option<usize>) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut end = b.len();
    match sep {
        Some(sep) => {
            while Some(out.len()) != max
                && let Some(i) = rfind_bytes(&b[..end], sep)
            {
                out.push(&b[i + sep.len()..end]);
                end = i;
            }
            out.push(&b[..end]);
        }
        None => loop {
            while end > 0 && is_space(b[end - 1]) {
                end -= 1;
            }
            if end == 0 {
                break;
            }
            if Some(out.len()) == max {
                out.push(&b[..end]);
                break;
            }
            let start = (0..end).rfind(|&i| is_space(b[i])).map_or(0, |i| i + 1);
            out.push(&b[start..end]);
            end = start;
        },
    }
    out.reverse();
    out
}

fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

fn bytes_split(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut p = Vec::new();
    let (sep, max) = split_args("split", args, kw, &mut p)?;
    Ok(bytes_list(split_from_left(recv(args)?, sep, max)))
}

fn bytes_rsplit(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut p = Vec::new();
    let (sep, max) = split_args("rsplit", args, kw, &mut p)?;
    Ok(bytes_list(split_from_right(recv(args)?, sep, max)))
}

fn bytes_splitlines(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = params("splitlines", args, kw, Conv::Keywords(&["keepends"]))?;
    let keepends = match param(&p, 0) {
        Value::None => false,
        v => super::int_arg(v, "")? != 0,
    };
    let b = recv(args)?;
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        if b[i] != b'\n' && b[i] != b'\r' {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        if b[i] == b'\r' && b.get(end) == Some(&b'\n') {
            end += 1;
        }
        out.push(&b[start..if keepends { end } else { i }]);
        start = end;
        i = end;
    }
    if start < b.len() {
        out.push(&b[start..]);
    }
    Ok(bytes_list(out))
}

fn bytes_join(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = params("join", args, kw, Conv::One)?;
    let sep = recv(args)?;
    let items = super::str_methods::join_items(vm, param(&p, 0))?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Value::Bytes(b) = item else {
            return type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                type_name(item)
            ));
        };
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(b);
    }
    ok_bytes(out)
}

fn bytes_replace(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = params("replace", args, kw, Conv::Positional(2, 3))?;
    let b = recv(args)?;
    let old = bytes_param(param(&p, 0))?;
    let new = bytes_param(param(&p, 1))?;
    let mut count = match param(&p, 2) {
        Value::None => usize::MAX,
        v => usize::try_from(super::int_arg(v, "")?).unwrap_or(usize::MAX),
    };
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        // `new` goes before every byte and at the end, `count` times at most.
        for (i, &c) in b.iter().enumerate() {
            if count > 0 {
                out.extend_from_slice(new);
                count -= 1;
            }
            out.push(c);
            if i + 1 == b.len() && count > 0 {
                out.extend_from_slice(new);
            }
        }
        if b.is_empty() && count > 0 {
            out.extend_from_slice(new);
        }
        return ok_bytes(out);
    }
    let mut start = 0;
    while count > 0
        && let Some(i) = find_bytes(b, old, start)
    {
        out.extend_from_slice(&b[start..i]);
        out.extend_from_slice(new);
        start = i + old.len();
        count -= 1;
    }
    out.extend_from_slice(&b[start..]);
    ok_bytes(out)
}

// ---- searching ----------------------------------------------------------------------

/// The bounds `b[start:end]` selects, CPython's `ADJUST_INDICES` (a start past
/// the end is kept so that callers can reject it).
fn adjust(len: usize, start: Option<i64>, end: Option<i64>) -> (usize, usize) {
    let len = len as i64;
    let clamp = |i: i64| {
        if i < 0 {
            i.saturating_add(len).max(0)
        } else {
            i
        }
    };
    let start = clamp(start.unwrap_or(0));
    let end = clamp(end.unwrap_or(len)).min(len);
    (start as usize, end as usize)
}

/// The `sub[, start[, end]]` arguments of find, index and count: `sub` is
/// bytes or a byte value.
fn search_args(
    name: &str,
    args: &[Value],
    kw: Kw,
) -> PyResult<(Vec<u8>, Option<i64>, Option<i64>)> {
    let p = params(name, args, kw, Conv::VarArgs(1, 3))?;
    let sub = match param(&p, 0) {
        Value::Bytes(b) => b.to_vec(),
        v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => vec![byte_value(v)?],
        other => {
            return type_error(format!(
                "argument should be integer or bytes-like object, not '{}'",
                type_name(other)
            ));
        }
    };
    Ok((sub, slice_param(&p[1])?, slice_param(&p[2])?))
}

fn find_like(name: &str, args: &[Value], kw: Kw, from_right: bool, raise: bool) -> PyResult<Value> {
    let (sub, start, end) = search_args(name, args, kw)?;
    let b = recv(args)?;
    let (start, end) = adjust(b.len(), start, end);
    let found = if end < start || end - start < sub.len() {
        None
    } else if from_right {
        rfind_bytes(&b[start..end], &sub).map(|i| i + start)
    } else {
        find_bytes(&b[..end], &sub, start)
    };
    match found {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => value_error("subsection not found"),
        None => Ok(Value::Int(-1)),
    }
}

fn bytes_count(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (sub, start, end) = search_args("count", args, kw)?;
    let b = recv(args)?;
    let (start, end) = adjust(b.len(), start, end);
    if end < start || end - start < sub.len() {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int((end - start + 1) as i64));
    }
    let (mut n, mut at) = (0, start);
    while let Some(i) = find_bytes(&b[..end], &sub, at) {
        n += 1;
        at = i + sub.len();
    }
    Ok(Value::Int(n))
}

/// startswith/endswith over bytes or a tuple of bytes.
fn affix_match(name: &str, args: &[Value], kw: Kw, at_end: bool) -> PyResult<Value> {
    let p = params(name, args, kw, Conv::VarArgs(1, 3))?;
    let b = recv(args)?;
    let (start, end) = adjust(b.len(), slice_param(&p[1])?, slice_param(&p[2])?);
    let matches = |affix: &[u8]| -> bool {
        if end < start || end - start < affix.len() {
            return false;
        }
        let window = if at_end {
            &b[end - affix.len()..end]
        } else {
            &b[start..start + affix.len()]
        };
        window == affix
    };
    match param(&p, 0) {
        Value::Bytes(a) => Ok(Value::Bool(matches(a))),
        Value::Tuple(items) => {
            for item in items.iter() {
                if matches(bytes_param(item)?) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            type_name(other)
        )),
    }
}

// ---- padding, partition, affixes, tabs ------------------------------------------------

fn pad(name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = params(name, args, kw, Conv::Positional(1, 2))?;
    let width = super::int_arg(param(&p, 0), "")?;
    let fill = match param(&p, 1) {
        Value::None if p[1].is_none() => b' ',
        Value::Bytes(f) if f.len() == 1 => f[0],
        other => {
            return type_error(format!(
                "{name}() argument 2 must be a byte string of length 1, not {}",
                type_name(other)
            ));
        }
    };
    let b = recv(args)?;
    let len = b.len() as i64;
    if width <= len {
        return Ok(args[0].clone());
    }
    let margin = width - len;
    let left = match name {
        "ljust" => 0,
        "rjust" => margin,
        _ => margin / 2 + (margin & width & 1),
    } as usize;
    let mut out = memory::vec_for(width as usize)?;
    out.resize(left, fill);
    out.extend_from_slice(b);
    out.resize(width as usize, fill);
    ok_bytes(out)
}

fn bytes_zfill(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = params("zfill", args, kw, Conv::One)?;
    let width = super::int_arg(param(&p, 0), "")?;
    let b = recv(args)?;
    if width <= b.len() as i64 {
        return Ok(args[0].clone());
    }
    let zeros = width as usize - b.len();
    let sign = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let mut out = memory::vec_for(width as usize)?;
    out.extend_from_slice(&b[..sign]);
    out.resize(out.len() + zeros, b'0');
    out.extend_from_slice(&b[sign..]);
    ok_bytes(out)
}

fn partition(name: &str, args: &[Value], kw: Kw, from_right: bool) -> PyResult<Value> {
    let p = params(name, args, kw, Conv::One)?;
    let b = recv(args)?;
    let sep = bytes_param(param(&p, 0))?;
    if sep.is_empty() {
        return value_error("empty separator");
    }
    let found = if from_right {
        rfind_bytes(b, sep)
    } else {
        find_bytes(b, sep, 0)
    };
    let parts: [&[u8]; 3] = match found {
        Some(i) => [&b[..i], sep, &b[i + sep.len()..]],
        None if from_right => [b"", b"", b],
        None => [b, b"", b""],
    };
    Ok(Value::tuple(parts.into_iter().map(Value::bytes).collect()))
}

fn remove_affix(name: &str, args: &[Value], kw: Kw, suffix: bool) -> PyResult<Value> {
    let p = params(name, args, kw, Conv::One)?;
    let b = recv(args)?;
    let affix = bytes_param(param(&p, 0))?;
    let rest = if suffix {
        b.strip_suffix(affix)
    } else {
        b.strip_prefix(affix)
    };
    Ok(match rest {
        Some(r) => Value::bytes(r),
        None => args[0].clone(),
    })
}

fn bytes_expandtabs(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = params("expandtabs", args, kw, Conv::Keywords(&["tabsize"]))?;
    let tabsize = match param(&p, 0) {
        Value::None => 8,
        v => super::c_int_arg(v, "")?,
    };
    let mut out = Vec::new();
    let mut column: i64 = 0;
    for &c in recv(args)? {
        match c {
            b'\t' => {
                if tabsize > 0 {
                    let n = tabsize - column % tabsize;
                    memory::push_repeated_byte(&mut out, b' ', n as usize)?;
                    column += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    ok_bytes(out)
}

// ---- construction ---------------------------------------------------------------------

/// `bytes(...)`: empty, zeros, the items of an iterable, or an encoded str.
pub fn construct(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut p: [Option<Value>; 3] = Default::default();
    if args.len() > 3 {
        return type_error(format!(
            "bytes() takes at most 3 arguments ({} given)",
            args.len()
        ));
    }
    for (i, a) in args.iter().enumerate() {
        p[i] = Some(a.clone());
    }
    for (k, v) in kw {
        let Some(i) = ["source", "encoding", "errors"]
            .iter()
            .position(|n| *n == k.as_str())
        else {
            return type_error(format!(
                "'{}' is an invalid keyword argument for bytes()",
                k.as_str()
            ));
        };
        p[i] = Some(v.clone());
    }
    let source = p[0].clone();
    if p[1].is_some() || p[2].is_some() {
        let Some(Value::Str(s)) = &source else {
            return type_error(if p[1].is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            });
        };
        let (encoding, errors) = codec_args("bytes", &p[1..])?;
        return encode(s.as_str(), &encoding, &errors).map(Value::bytes);
    }
    match source {
        None => ok_bytes(Vec::new()),
        Some(v @ Value::Bytes(_)) => Ok(v),
        Some(Value::Str(_)) => type_error("string argument without an encoding"),
        Some(Value::Int(n)) => match usize::try_from(n) {
            Ok(n) => {
                let mut out = memory::vec_for(n)?;
                out.resize(n, 0);
                ok_bytes(out)
            }
            Err(_) => value_error("negative count"),
        },
        Some(Value::Bool(b)) => ok_bytes(vec![0; b as usize]),
        Some(Value::BigInt(_)) => overflow_error("cannot fit 'int' into an index-sized integer"),
        Some(v) => {
            if vm.get_iter(&v).is_err() {
                return type_error(format!(
                    "cannot convert '{}' object to bytes",
                    type_name(&v)
                ));
            }
            let items = vm.iterate(&v)?;
            let out: Vec<u8> = items
                .iter()
                .map(|x| {
                    byte_value(x).map_err(|e| {
                        if e.is(Builtin::ValueError) {
                            new_error(Builtin::ValueError, "bytes must be in range(0, 256)")
                        } else {
                            e
                        }
                    })
                })
                .collect::<PyResult<_>>()?;
            ok_bytes(out)
        }
    }
}

/// `str(obj, encoding, errors)`: decodes bytes.
pub fn str_decode(obj: &Value, encoding: Option<Value>, errors: Option<Value>) -> PyResult<Value> {
    let (encoding, errors) = codec_args("str", &[encoding, errors])?;
    match obj {
        Value::Bytes(b) => decode(b, &encoding, &errors).map(Value::str),
        Value::Str(_) => type_error("decoding str is not supported"),
        other => type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            type_name(other)
        )),
    }
}
