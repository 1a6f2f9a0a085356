//! The methods of str, with CPython 3.11's semantics and error messages.
//!
//! Python indexes strings by code point, so every position a method takes or
//! returns is a character index; the helpers in [`Text`] convert between
//! those and byte offsets into the UTF-8 text (a no-op for ASCII strings).

use crate::fmt::is_py_space;
use crate::vm::Vm;
use crate::vm::exception::*;
use crate::vm::heap::Ref;
use crate::vm::memory;
use crate::vm::types::{Builtin, type_name};
use crate::vm::value::*;

type Kw<'a> = &'a [(Ref<Str>, Value)];

/// The methods of str, by name. `args[0]` is the receiver.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("upper", str_upper),
    ("lower", str_lower),
    ("casefold", str_casefold),
    ("swapcase", str_swapcase),
    ("title", str_title),
    ("capitalize", str_capitalize),
    ("strip", str_strip),
    ("lstrip", str_lstrip),
    ("rstrip", str_rstrip),
    ("split", str_split),
    ("rsplit", str_rsplit),
    ("splitlines", str_splitlines),
    ("join", str_join),
    ("replace", str_replace),
    ("startswith", str_startswith),
    ("endswith", str_endswith),
    ("find", str_find),
    ("rfind", str_rfind),
    ("index", str_index),
    ("rindex", str_rindex),
    ("count", str_count),
    ("isdigit", str_isdigit),
    ("isdecimal", str_isdecimal),
    ("isnumeric", str_isnumeric),
    ("isalpha", str_isalpha),
    ("isalnum", str_isalnum),
    ("isspace", str_isspace),
    ("isupper", str_isupper),
    ("islower", str_islower),
    ("istitle", str_istitle),
    ("isidentifier", str_isidentifier),
    ("isascii", str_isascii),
    ("isprintable", str_isprintable),
    ("center", str_center),
    ("ljust", str_ljust),
    ("rjust", str_rjust),
    ("zfill", str_zfill),
    ("partition", str_partition),
    ("rpartition", str_rpartition),
    ("removeprefix", str_removeprefix),
    ("removesuffix", str_removesuffix),
    ("expandtabs", str_expandtabs),
    ("encode", str_encode),
    ("format", str_format),
    ("format_map", str_format_map),
];

// ---- receiver and arguments ---------------------------------------------------

/// The receiver's text.
fn recv(args: &[Value]) -> PyResult<&str> {
    match args.first() {
        Some(Value::Str(s)) => Ok(s.as_str()),
        Some(other) => type_error(format!(
            "descriptor requires a 'str' object but received a '{}'",
            type_name(other)
        )),
        None => type_error("unbound method needs an argument"),
    }
}

/// How CPython declares a method's parameters; each declaration style has its
/// own wording for arity and keyword errors, which programs can print.
#[derive(Clone, Copy)]
pub(super) enum Conv {
    /// `METH_NOARGS`: `str.upper() takes no arguments (1 given)`.
    NoArgs,
    /// `METH_O`: `str.join() takes exactly one argument (0 given)`.
    One,
    /// Argument Clinic, positional only: `center expected at least 1 argument, got 0`.
    Positional(usize, usize),
    /// `METH_VARARGS`: `find() takes at least 1 argument (0 given)`.
    VarArgs(usize, usize),
    /// Argument Clinic with keywords (all optional): `split(sep=None, maxsplit=-1)`.
    Keywords(&'static [&'static str]),
}

/// Checks the arguments of `str.<name>` and returns them by parameter
/// position (`None` where not given).
fn params(name: &str, args: &[Value], kw: Kw, conv: Conv) -> PyResult<Vec<Option<Value>>> {
    params_of("str", name, args, kw, conv)
}

/// [`params`] for a method of the class `owner` (`bytes.upper() takes no arguments`).
pub(super) fn params_of(
    owner: &str,
    name: &str,
    args: &[Value],
    kw: Kw,
    conv: Conv,
) -> PyResult<Vec<Option<Value>>> {
    let pos = &args[1.min(args.len())..];
    let n = pos.len();
    // Keywords are refused before the count is checked.
    if !kw.is_empty() && !matches!(conv, Conv::Keywords(_)) {
        return type_error(format!("{owner}.{name}() takes no keyword arguments"));
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let max = match conv {
        Conv::NoArgs => {
            if n > 0 {
                return type_error(format!("{owner}.{name}() takes no arguments ({n} given)"));
            }
            0
        }
        Conv::One => {
            if n != 1 {
                return type_error(format!(
                    "{owner}.{name}() takes exactly one argument ({n} given)"
                ));
            }
            1
        }
        Conv::Positional(min, max) => {
            if n < min {
                return type_error(format!(
                    "{name} expected at least {min} argument{}, got {n}",
                    plural(min)
                ));
            }
            if n > max {
                return type_error(format!(
                    "{name} expected at most {max} argument{}, got {n}",
                    plural(max)
                ));
            }
            max
        }
        Conv::VarArgs(min, max) => {
            if n < min {
                return type_error(format!(
                    "{name}() takes at least {min} argument{} ({n} given)",
                    plural(min)
                ));
            }
            if n > max {
                return type_error(format!(
                    "{name}() takes at most {max} argument{} ({n} given)",
                    plural(max)
                ));
            }
            max
        }
        Conv::Keywords(names) => {
            if n == 0 && kw.len() > names.len() {
                let m = names.len();
                return type_error(format!(
                    "{name}() takes at most {m} keyword argument{} ({} given)",
                    plural(m),
                    kw.len()
                ));
            }
            if n + kw.len() > names.len() {
                // CPython counts the keyword arguments too.
                let (m, total) = (names.len(), n + kw.len());
                return type_error(format!(
                    "{name}() takes at most {m} argument{} ({total} given)",
                    plural(m)
                ));
            }
            names.len()
        }
    };
    let mut out: Vec<Option<Value>> = pos.iter().cloned().map(Some).collect();
    out.resize(max, None);
    if kw.is_empty() {
        return Ok(out);
    }
    // Only `Conv::Keywords` gets here with keywords; the others refused them above.
    let names: &[&str] = if let Conv::Keywords(names) = conv {
        names
    } else {
        &[]
    };
    for (k, v) in kw {
        let Some(i) = names.iter().position(|p| *p == k.as_str()) else {
            return type_error(format!(
                "'{}' is an invalid keyword argument for {name}()",
                k.as_str()
            ));
        };
        if out[i].is_some() {
            return type_error(format!(
                "argument for {name}() given by name ('{}') and position ({})",
                names[i],
                i + 1
            ));
        }
        out[i] = Some(v.clone());
    }
    Ok(out)
}

/// A str argument; CPython's plain wording `must be str, not int`.
fn str_param<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => type_error(format!("{what}must be str, not {}", type_name(other))),
    }
}

/// An index-like int argument.
fn int_param(v: &Value) -> PyResult<i64> {
    super::int_arg(v, "")
}

/// A `start`/`end` argument of find and friends: an int or None.
pub(super) fn slice_param(v: &Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64)),
        // Out of range either way; clamping gives the same answers.
        Some(Value::BigInt(b)) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        })),
        Some(_) => type_error("slice indices must be integers or None or have an __index__ method"),
    }
}

fn bool_value(b: bool) -> PyResult<Value> {
    Ok(Value::Bool(b))
}

fn str_list(items: Vec<&str>) -> Value {
    Value::list(items.into_iter().map(Value::str).collect())
}

// ---- code point positions -----------------------------------------------------

/// A string with conversions between code point indices and byte offsets.
struct Text<'a> {
    s: &'a str,
    ascii: bool,
    /// Length in code points.
    len: i64,
}

impl<'a> Text<'a> {
    fn new(s: &'a str) -> Text<'a> {
        let ascii = s.is_ascii();
        let len = if ascii { s.len() } else { s.chars().count() } as i64;
        Text { s, ascii, len }
    }

    /// The byte offset of code point `i` (`0 <= i <= len`).
    fn byte(&self, i: i64) -> usize {
        let i = i as usize;
        if self.ascii {
            return i;
        }
        self.s
            .char_indices()
            .nth(i)
            .map_or(self.s.len(), |(b, _)| b)
    }

    /// The code point index of byte offset `b`.
    fn index(&self, b: usize) -> i64 {
        if self.ascii {
            b as i64
        } else {
            self.s[..b].chars().count() as i64
        }
    }

    /// CPython's `ADJUST_INDICES`: slice-style bounds clamped to `0..=len`
    /// (a start past the end is kept, so that callers can reject it).
    fn adjust(&self, start: Option<i64>, end: Option<i64>) -> (i64, i64) {
        let clamp = |i: i64| {
            if i < 0 {
                (i.saturating_add(self.len)).max(0)
            } else {
                i
            }
        };
        let start = clamp(start.unwrap_or(0));
        let end = clamp(end.unwrap_or(self.len)).min(self.len);
        (start, end)
    }

    /// The text between two code point indices.
    fn slice(&self, start: i64, end: i64) -> &'a str {
        &self.s[self.byte(start)..self.byte(end)]
    }
}

// ---- case -------------------------------------------------------------------------

/// Unicode category Lt: the titlecase digraphs and Greek letters with prosgegrammeni.
fn is_titlecase(c: char) -> bool {
    matches!(c as u32, 0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC)
}

/// Python's "cased" characters.
fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

/// Characters Unicode lets sit inside a word without breaking its case
/// context (an approximation of Case_Ignorable), for the final-sigma rule.
fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.' | ':' | '^' | '`' | '\u{AD}' | '\u{B7}' | '\u{2019}' | '\u{300}'..='\u{36F}'
    )
}

/// The lowercase of `chars[i]`, with Greek capital sigma becoming final
/// sigma at the end of a word, as CPython's `lower()` does.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != 'Σ' {
        out.extend(c.to_lowercase());
        return;
    }
    let cased_before = chars[..i]
        .iter()
        .rev()
        .find(|c| !is_case_ignorable(**c))
        .is_some_and(|c| is_cased(*c));
    let cased_after = chars[i + 1..]
        .iter()
        .find(|c| !is_case_ignorable(**c))
        .is_some_and(|c| is_cased(*c));
    out.push(if cased_before && !cased_after {
        'ς'
    } else {
        'σ'
    });
}

/// The titlecase mapping of one character: the digraphs have their own
/// titlecase forms; multi-character uppercase expansions (ß → SS) keep only
/// their first letter upper (ß → Ss).
fn push_title(out: &mut String, c: char) {
    let digraph = match c {
        'Ǆ' | 'ǅ' | 'ǆ' => Some('ǅ'),
        'Ǉ' | 'ǈ' | 'ǉ' => Some('ǈ'),
        'Ǌ' | 'ǋ' | 'ǌ' => Some('ǋ'),
        'Ǳ' | 'ǲ' | 'ǳ' => Some('ǲ'),
        _ => None,
    };
    if let Some(d) = digraph {
        out.push(d);
        return;
    }
    if is_titlecase(c) {
        out.push(c);
        return;
    }
    // Greek letters with ypogegrammeni title-case to the prosgegrammeni form.
    let greek = match c as u32 {
        n @ (0x1F80..=0x1F87 | 0x1F90..=0x1F97 | 0x1FA0..=0x1FA7) => char::from_u32(n + 8),
        0x1FB3 => Some('\u{1FBC}'),
        0x1FC3 => Some('\u{1FCC}'),
        0x1FF3 => Some('\u{1FFC}'),
        _ => None,
    };
    if let Some(g) = greek {
        out.push(g);
        return;
    }
    if c == 'ŉ' {
        out.push_str("ʼN");
        return;
    }
    let mut upper = c.to_uppercase();
    if let Some(first) = upper.next() {
        out.push(first);
    }
    for rest in upper {
        out.extend(rest.to_lowercase());
    }
}

fn str_upper(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    params("upper", args, kw, Conv::NoArgs)?;
    Ok(Value::str(recv(args)?.to_uppercase()))
}

fn str_lower(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    params("lower", args, kw, Conv::NoArgs)?;
    // Rust's `to_lowercase` applies the final-sigma rule, as Python does.
    Ok(Value::str(recv(args)?.to_lowercase()))
}

fn str_casefold(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    params("casefold", args, kw, Conv::NoArgs)?;
    let mut out = String::new();
    for c in recv(args)?.chars() {
        match c {
            // Characters whose folding is not lower(upper(c)).
            'ı' => out.push(c),
            // Cherokee folds to its uppercase, the older letters.
            '\u{13A0}'..='\u{13F5}' => out.push(c),
            '\u{13F8}'..='\u{13FD}' | '\u{AB70}'..='\u{ABBF}' => out.extend(c.to_uppercase()),
            'ẞ' => out.push_str("ss"),
            // Full case folding is, for nearly every character, the lowercase
            // of the uppercase: ß → SS → ss, ς → Σ → σ, ﬁ → FI → fi.
            _ if c.is_uppercase() => out.extend(c.to_lowercase()),
            _ => out.extend(c.to_uppercase().flat_map(char::to_lowercase)),
        }
    }
    Ok(Value::str(out))
}

fn str_swapcase(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    params("swapcase", args, kw, Conv::NoArgs)?;
    let chars: Vec<char> = recv(args)?.chars().collect();
    let mut out = String::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower(&mut out, &chars, i);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(Value::str(out))
}

fn str_title(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    params("title", args, kw, Conv::NoArgs)?;
    let chars: Vec<char> = recv(args)?.chars().collect();
    let mut out = String::with_capacity(chars.len());
    let mut previous_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        previous_cased = is_cased(c);
    }
    Ok(Value::str(out))
}

fn str_capitalize(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    params("capitalize", args, kw, Conv::NoArgs)?;
    let chars: Vec<char> = recv(args)?.chars().collect();
    let mut out = String::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    Ok(Value::str(out))
}

// ---- strip ------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum Side {
    Left,
    Right,
    Both,
}

fn strip(name: &str, args: &[Value], kw: Kw, side: Side) -> PyResult<Value> {
    let p = params(name, args, kw, Conv::Positional(0, 1))?;
    let s = recv(args)?;
    let chars = match &p[0] {
        None | Some(Value::None) => None,
        Some(Value::Str(c)) => Some(c.as_str()),
        Some(_) => return type_error(format!("{name} arg must be None or str")),
    };
    let strip_me = |c: char| match chars {
        None => is_py_space(c),
        Some(set) => set.contains(c),
    };
    let mut r = s;
    if side != Side::Right {
        r = r.trim_start_matches(strip_me);
    }
    if side != Side::Left {
        r = r.trim_end_matches(strip_me);
    }
    Ok(Value::str(r))
}

fn str_strip(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip("strip", args, kw, Side::Both)
}

fn str_lstrip(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip("lstrip", args, kw, Side::Left)
}

fn str_rstrip(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip("rstrip", args, kw, Side::Right)
}

// ---- split, join, replace -------------------------------------------------------

/// The `sep` and `maxsplit` arguments of split and rsplit (`None` sep: runs
/// of whitespace; negative maxsplit: no limit).
fn split_args(name: &str, args: &[Value], kw: Kw) -> PyResult<(Option<String>, Option<usize>)> {
    let p = params(name, args, kw, Conv::Keywords(&["sep", "maxsplit"]))?;
    let sep = match &p[0] {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) if s.as_str().is_empty() => return value_error("empty separator"),
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        Some(other) => return type_error(format!("must be str or None, not {}", type_name(other))),
    };
    let max = match &p[1] {
        None => None,
        Some(v) => usize::try_from(int_param(v)?).ok(),
    };
    Ok((sep, max))
}

/// Splits on runs of whitespace from the left; once `max` splits are made,
/// the rest (leading whitespace skipped, trailing kept) is the last item.
fn split_whitespace(s: &str, max: Option<usize>) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(is_py_space);
    while !rest.is_empty() {
        if Some(out.len()) == max {
            out.push(rest);
            break;
        }
        let end = rest.find(is_py_space).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = rest[end..].trim_start_matches(is_py_space);
    }
    out
}

/// The mirror image of [`split_whitespace`], from the right.
fn rsplit_whitespace(s: &str, max: Option<usize>) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(is_py_space);
    while !rest.is_empty() {
        if Some(out.len()) == max {
            out.push(rest);
            break;
        }
        let start = rest.rfind(is_py_space).map_or(0, |i| {
            i + rest[i..].chars().next().map_or(1, char::len_utf8)
        });
        out.push(&rest[start..]);
        rest = rest[..start].trim_end_matches(is_py_space);
    }
    out.reverse();
    out
}

fn str_split(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (sep, max) = split_args("split", args, kw)?;
    let s = recv(args)?;
    Ok(str_list(match (sep, max) {
        (None, max) => split_whitespace(s, max),
        (Some(sep), None) => s.split(sep.as_str()).collect(),
        (Some(sep), Some(n)) => s.splitn(n.saturating_add(1), sep.as_str()).collect(),
    }))
}

fn str_rsplit(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (sep, max) = split_args("rsplit", args, kw)?;
    let s = recv(args)?;
    let mut parts: Vec<&str> = match (sep, max) {
        (None, max) => return Ok(str_list(rsplit_whitespace(s, max))),
        (Some(sep), None) => s.rsplit(sep.as_str()).collect(),
        (Some(sep), Some(n)) => s.rsplitn(n.saturating_add(1), sep.as_str()).collect(),
    };
    parts.reverse();
    Ok(str_list(parts))
}

/// Python's line boundaries (more than `\n` and `\r`).
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn str_splitlines(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = params("splitlines", args, kw, Conv::Keywords(&["keepends"]))?;
    let keepends = match &p[0] {
        None => false,
        Some(v) => int_param(v)? != 0,
    };
    let s = recv(args)?;
    let mut out = Vec::new();
    let mut start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && iter.peek().is_some_and(|(_, n)| *n == '\n') {
            iter.next();
            end += 1;
        }
        out.push(&s[start..if keepends { end } else { i }]);
        start = end;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    Ok(str_list(out))
}

/// The items `str.join` and `bytes.join` join, with their wording for a
/// value that is not iterable.
pub(super) fn join_items(vm: &mut Vm, iterable: &Value) -> PyResult<Vec<Value>> {
    vm.iterate(iterable).map_err(|e| {
        let not_iterable = e.is(Builtin::TypeError)
            && e.first_arg_str()
                .is_some_and(|m| m.ends_with("is not iterable"));
        if not_iterable {
            new_error(Builtin::TypeError, "can only join an iterable")
        } else {
            e
        }
    })
}

fn str_join(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = params("join", args, kw, Conv::One)?;
    let sep = recv(args)?;
    let items = join_items(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        // An instance of a str subclass joins as its text.
        let Value::Str(s) = crate::vm::protocol::unwrap_payload(item) else {
            return type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                type_name(item)
            ));
        };
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(s.as_str());
    }
    Ok(Value::str(out))
}

fn str_replace(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = params("replace", args, kw, Conv::Positional(2, 3))?;
    let s = recv(args)?;
    let old = p[0]
        .as_ref()
        .map_or(Ok(""), |v| str_param(v, "replace() argument 1 "))?;
    let new = p[1]
        .as_ref()
        .map_or(Ok(""), |v| str_param(v, "replace() argument 2 "))?;
    let count = match &p[2] {
        None => -1,
        Some(v) => int_param(v)?,
    };
    // An empty `old` matches at every code point boundary, as in Python.
    Ok(Value::str(if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, count as usize)
    }))
}

// ---- searching --------------------------------------------------------------------

/// The `sub[, start[, end]]` arguments of find, index, count and friends.
fn search_args<'a>(
    name: &str,
    args: &'a [Value],
    kw: Kw,
) -> PyResult<(&'a str, Option<i64>, Option<i64>)> {
    let p = params(name, args, kw, Conv::VarArgs(1, 3))?;
    let sub = str_param(&args[1], "")?;
    Ok((sub, slice_param(&p[1])?, slice_param(&p[2])?))
}

/// The code point index of `sub` in `s[start:end]`, searching from the left
/// or the right; CPython's rules for empty and out-of-range searches.
fn find_in(
    s: &str,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
    from_right: bool,
) -> Option<i64> {
    let t = Text::new(s);
    let (start, end) = t.adjust(start, end);
    let sub_len = if sub.is_ascii() {
        sub.len()
    } else {
        sub.chars().count()
    } as i64;
    if end - start < sub_len {
        return None;
    }
    let base = t.byte(start);
    let hay = &s[base..t.byte(end)];
    let found = if from_right {
        hay.rfind(sub)
    } else {
        hay.find(sub)
    }?;
    Some(t.index(base + found))
}

fn find_like(name: &str, args: &[Value], kw: Kw, from_right: bool, raise: bool) -> PyResult<Value> {
    let (sub, start, end) = search_args(name, args, kw)?;
    match find_in(recv(args)?, sub, start, end, from_right) {
        Some(i) => Ok(Value::Int(i)),
        None if raise => value_error("substring not found"),
        None => Ok(Value::Int(-1)),
    }
}

fn str_find(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    find_like("find", args, kw, false, false)
}

fn str_rfind(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    find_like("rfind", args, kw, true, false)
}

fn str_index(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    find_like("index", args, kw, false, true)
}

fn str_rindex(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    find_like("rindex", args, kw, true, true)
}

fn str_count(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (sub, start, end) = search_args("count", args, kw)?;
    let t = Text::new(recv(args)?);
    let (start, end) = t.adjust(start, end);
    let sub_len = sub.chars().count() as i64;
    if end - start < sub_len {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        // One empty match at each boundary of the slice.
        return Ok(Value::Int(end - start + 1));
    }
    Ok(Value::Int(t.slice(start, end).matches(sub).count() as i64))
}

/// startswith/endswith: CPython's `tailmatch` over a str or a tuple of str.
fn affix_match(name: &str, args: &[Value], kw: Kw, at_end: bool) -> PyResult<Value> {
    let p = params(name, args, kw, Conv::VarArgs(1, 3))?;
    let s = recv(args)?;
    let (start, end) = (slice_param(&p[1])?, slice_param(&p[2])?);
    let matches = |affix: &str| -> bool {
        let t = Text::new(s);
        let (start, end) = t.adjust(start, end);
        let n = affix.chars().count() as i64;
        if end - n < start {
            return false;
        }
        let window = if at_end {
            t.slice(end - n, end)
        } else {
            t.slice(start, start + n)
        };
        window == affix
    };
    match &args[1] {
        Value::Str(a) => bool_value(matches(a.as_str())),
        Value::Tuple(items) => {
            for item in items.iter() {
                let Value::Str(a) = item else {
                    return type_error(format!(
                        "tuple for {name} must only contain str, not {}",
                        type_name(item)
                    ));
                };
                if matches(a.as_str()) {
                    return bool_value(true);
                }
            }
            bool_value(false)
        }
        other => type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name(other)
        )),
    }
}

fn str_startswith(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix_match("startswith", args, kw, false)
}

fn str_endswith(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix_match("endswith", args, kw, true)
}

// ---- character classes ------------------------------------------------------------

fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn is_decimal(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_table(DECIMAL, c))
}

fn is_digit(c: char) -> bool {
    is_decimal(c) || in_table(DIGIT_EXTRA, c)
}

fn is_numeric(c: char) -> bool {
    is_digit(c) || in_table(NUMERIC_EXTRA, c)
}

/// Python's isalpha (categories L*). Rust's Alphabetic property also holds
/// letter numbers, vowel signs and circled letters; a table takes those out.
fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    c.is_alphabetic() && !c.is_numeric() && !in_table(ALPHABETIC_NOT_LETTER, c)
}

fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

/// Python's isprintable: not a control, format, separator (other than the
/// space), private-use or surrogate character.
fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    let n = c as u32;
    let format_char = matches!(
        n,
        0xAD | 0x600..=0x605
            | 0x61C
            | 0x6DD
            | 0x70F
            | 0x890..=0x891
            | 0x8E2
            | 0x180E
            | 0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x2064
            | 0x2066..=0x206F
            | 0xFEFF
            | 0xFFF9..=0xFFFB
            | 0x110BD
            | 0x110CD
            | 0x13430..=0x1343F
            | 0x1BCA0..=0x1BCA3
            | 0x1D173..=0x1D17A
            | 0xE0001
            | 0xE0020..=0xE007F
    );
    let private = matches!(n, 0xE000..=0xF8FF | 0xF0000..=0xFFFFD | 0x100000..=0x10FFFD);
    !(c.is_control() || is_py_space(c) || format_char || private)
}

/// Whether every character passes, and there is at least one.
fn all_chars(args: &[Value], kw: Kw, name: &str, pred: fn(char) -> bool) -> PyResult<Value> {
    params(name, args, kw, Conv::NoArgs)?;
    let s = recv(args)?;
    bool_value(!s.is_empty() && s.chars().all(pred))
}

fn str_isdigit(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    all_chars(args, kw, "isdigit", is_digit)
}

fn str_isdecimal(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    all_chars(args, kw, "isdecimal", is_decimal)
}

fn str_isnumeric(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    all_chars(args, kw, "isnumeric", is_numeric)
}

fn str_isalpha(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    all_chars(args, kw, "isalpha", is_alpha)
}

fn str_isalnum(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    all_chars(args, kw, "isalnum", is_alnum)
}

fn str_isspace(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    all_chars(args, kw, "isspace", is_py_space)
}

fn str_isascii(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    params("isascii", args, kw, Conv::NoArgs)?;
    bool_value(recv(args)?.is_ascii())
}

fn str_isprintable(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    params("isprintable", args, kw, Conv::NoArgs)?;
    bool_value(recv(args)?.chars().all(is_printable))
}

fn str_isupper(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    params("isupper", args, kw, Conv::NoArgs)?;
    let s = recv(args)?;
    let no_lower = s.chars().all(|c| !(c.is_lowercase() || is_titlecase(c)));
    bool_value(no_lower && s.chars().any(char::is_uppercase))
}

fn str_islower(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    params("islower", args, kw, Conv::NoArgs)?;
    let s = recv(args)?;
    let no_upper = s.chars().all(|c| !(c.is_uppercase() || is_titlecase(c)));
    bool_value(no_upper && s.chars().any(char::is_lowercase))
}

fn str_istitle(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    params("istitle", args, kw, Conv::NoArgs)?;
    // Upper and titlecase letters only start words, lowercase ones only continue them.
    let (mut cased, mut previous_cased) = (false, false);
    for c in recv(args)?.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if previous_cased {
                return bool_value(false);
            }
            previous_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !previous_cased {
                return bool_value(false);
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    bool_value(cased)
}

/// Python's identifier rule (XID_Start then XID_Continue), approximated
/// beyond ASCII: letters and letter numbers start, marks, decimal digits and
/// connector punctuation continue.
fn is_identifier(s: &str) -> bool {
    let start = |c: char| {
        c == '_'
            || if c.is_ascii() {
                c.is_ascii_alphabetic()
            } else {
                is_alpha(c) || (c.is_alphabetic() && c.is_numeric())
            }
    };
    let cont = |c: char| {
        start(c)
            || is_decimal(c)
            || (!c.is_ascii()
                && ((c.is_alphabetic() && in_table(ALPHABETIC_NOT_LETTER, c))
                    || matches!(c, '\u{300}'..='\u{36F}' | '\u{B7}' | '\u{203F}' | '\u{2040}' | '\u{2054}' | '\u{FE33}' | '\u{FE34}' | '\u{FE4D}'..='\u{FE4F}' | '\u{FF3F}')))
    };
    let mut chars = s.chars();
    chars.next().is_some_and(start) && chars.all(cont)
}

fn str_isidentifier(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    params("isidentifier", args, kw, Conv::NoArgs)?;
    bool_value(is_identifier(recv(args)?))
}

// ---- padding ----------------------------------------------------------------------

/// The `width[, fillchar]` arguments of center, ljust and rjust.
fn pad_args(name: &str, args: &[Value], kw: Kw) -> PyResult<(i64, char)> {
    let p = params(name, args, kw, Conv::Positional(1, 2))?;
    let width = int_param(p[0].as_ref().unwrap_or(&Value::None))?;
    let fill = match &p[1] {
        None => ' ',
        Some(Value::Str(f)) => {
            let mut cs = f.as_str().chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => return type_error("The fill character must be exactly one character long"),
            }
        }
        Some(other) => {
            return type_error(format!(
                "The fill character must be a unicode character, not {}",
                type_name(other)
            ));
        }
    };
    Ok((width, fill))
}

/// `s` with `left` and `right` fill characters around it, or MemoryError.
fn padded(s: &str, left: i64, right: i64, fill: char) -> PyResult<Value> {
    let fill_bytes = memory::times((left + right) as usize, fill.len_utf8())?;
    let mut out = memory::string_for(fill_bytes.saturating_add(s.len()))?;
    out.extend(std::iter::repeat_n(fill, left as usize));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right as usize));
    Ok(Value::str(out))
}

fn pad(name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (width, fill) = pad_args(name, args, kw)?;
    let s = recv(args)?;
    let len = Text::new(s).len;
    if width <= len {
        return Ok(args[0].clone());
    }
    let margin = width - len;
    let left = match name {
        "ljust" => 0,
        "rjust" => margin,
        // CPython's rounding puts the odd extra character on the left only
        // when both the margin and the width are odd.
        _ => margin / 2 + (margin & width & 1),
    };
    padded(s, left, margin - left, fill)
}

fn str_center(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pad("center", args, kw)
}

fn str_ljust(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pad("ljust", args, kw)
}

fn str_rjust(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pad("rjust", args, kw)
}

fn str_zfill(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = params("zfill", args, kw, Conv::One)?;
    let width = int_param(p[0].as_ref().unwrap_or(&Value::None))?;
    let s = recv(args)?;
    let len = Text::new(s).len;
    if width <= len {
        return Ok(args[0].clone());
    }
    // The zeros go after a leading sign.
    let sign = if s.starts_with(['+', '-']) { 1 } else { 0 };
    let mut out = memory::string_for(((width - len) as usize).saturating_add(s.len()))?;
    out.push_str(&s[..sign]);
    out.extend(std::iter::repeat_n('0', (width - len) as usize));
    out.push_str(&s[sign..]);
    Ok(Value::str(out))
}

// ---- partition, prefixes, tabs, encode --------------------------------------------

fn partition(name: &str, args: &[Value], kw: Kw, from_right: bool) -> PyResult<Value> {
    let p = params(name, args, kw, Conv::One)?;
    let s = recv(args)?;
    let sep = str_param(p[0].as_ref().unwrap_or(&Value::None), "")?;
    if sep.is_empty() {
        return value_error("empty separator");
    }
    let found = if from_right {
        s.rfind(sep)
    } else {
        s.find(sep)
    };
    let parts = match found {
        Some(i) => [&s[..i], sep, &s[i + sep.len()..]],
        None if from_right => ["", "", s],
        None => [s, "", ""],
    };
    Ok(Value::tuple(parts.into_iter().map(Value::str).collect()))
}

fn str_partition(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    partition("partition", args, kw, false)
}

fn str_rpartition(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    partition("rpartition", args, kw, true)
}

fn remove_affix(name: &str, args: &[Value], kw: Kw, suffix: bool) -> PyResult<Value> {
    let p = params(name, args, kw, Conv::One)?;
    let s = recv(args)?;
    let affix = str_param(
        p[0].as_ref().unwrap_or(&Value::None),
        &format!("{name}() argument "),
    )?;
    let rest = if suffix {
        s.strip_suffix(affix)
    } else {
        s.strip_prefix(affix)
    };
    Ok(match rest {
        Some(r) => Value::str(r),
        None => args[0].clone(),
    })
}

fn str_removeprefix(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    remove_affix("removeprefix", args, kw, false)
}

fn str_removesuffix(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    remove_affix("removesuffix", args, kw, true)
}

fn str_expandtabs(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = params("expandtabs", args, kw, Conv::Keywords(&["tabsize"]))?;
    let tabsize = match &p[0] {
        None => 8,
        Some(v) => super::c_int_arg(v, "")?,
    };
    let mut out = String::new();
    let mut column: i64 = 0;
    for c in recv(args)?.chars() {
        match c {
            '\t' => {
                // A non-positive tab size removes tabs.
                if tabsize > 0 {
                    let n = tabsize - column % tabsize;
                    memory::push_repeated(&mut out, ' ', n as usize)?;
                    column += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(Value::str(out))
}

fn str_encode(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = params("encode", args, kw, Conv::Keywords(&["encoding", "errors"]))?;
    let (encoding, errors) = super::bytes_methods::codec_args("encode", &p)?;
    super::bytes_methods::encode(recv(args)?, &encoding, &errors).map(Value::bytes)
}

// ---- str.format ---------------------------------------------------------------------

/// Where named fields come from: `format`'s keyword arguments or
/// `format_map`'s mapping.
enum Names<'a> {
    Keywords(Kw<'a>),
    Mapping(&'a Value),
}

/// The arguments of one `format`/`format_map` call; `positional` is `None`
/// for `format_map`, which has none.
struct FormatArgs<'a> {
    positional: Option<&'a [Value]>,
    names: Names<'a>,
}

/// Automatic (`{}`) versus manual (`{0}`) field numbering: a format string
/// must keep to one, even across nested specs.
#[derive(Default)]
struct AutoNumber {
    state: Option<bool>,
    next: i64,
}

impl AutoNumber {
    /// The index for a numeric or empty field name, checking the numbering style.
    fn index(&mut self, explicit: Option<i64>) -> PyResult<i64> {
        let auto = explicit.is_none();
        match self.state {
            None => self.state = Some(auto),
            Some(true) if !auto => {
                return value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                );
            }
            Some(false) if auto => {
                return value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                );
            }
            _ => {}
        }
        Ok(match explicit {
            Some(i) => i,
            None => {
                self.next += 1;
                self.next - 1
            }
        })
    }
}

/// A replacement field `{name!conv:spec}` as parsed.
struct Field<'a> {
    name: &'a str,
    conversion: Option<char>,
    spec: &'a str,
    /// The spec holds nested `{...}` fields.
    nested: bool,
}

/// One step of the format string: literal text, then maybe a field.
struct Piece<'a> {
    literal: &'a str,
    field: Option<Field<'a>>,
}

/// CPython's `MarkupIterator_next`: the next literal and field from `pos`,
/// advancing it; `None` at the end.
fn next_piece<'a>(f: &'a str, pos: &mut usize) -> PyResult<Option<Piece<'a>>> {
    let b = f.as_bytes();
    if *pos >= b.len() {
        return Ok(None);
    }
    let start = *pos;
    let mut c = 0u8;
    let mut markup = false;
    while *pos < b.len() {
        c = b[*pos];
        *pos += 1;
        if c == b'{' || c == b'}' {
            markup = true;
            break;
        }
    }
    let at_end = *pos >= b.len();
    let mut literal_end = *pos;
    if markup && c == b'}' && (at_end || b[*pos] != b'}') {
        return value_error("Single '}' encountered in format string");
    }
    if markup && at_end && c == b'{' {
        return value_error("Single '{' encountered in format string");
    }
    if markup {
        if b[*pos] == c {
            // `{{` or `}}`: one brace of literal text.
            *pos += 1;
            markup = false;
        } else {
            literal_end -= 1;
        }
    }
    let literal = &f[start..literal_end];
    if !markup {
        return Ok(Some(Piece {
            literal,
            field: None,
        }));
    }
    let field = parse_field(f, pos)?;
    Ok(Some(Piece {
        literal,
        field: Some(field),
    }))
}

/// CPython's `parse_field`: the field after a `{` at `pos`, through its `}`.
fn parse_field<'a>(f: &'a str, pos: &mut usize) -> PyResult<Field<'a>> {
    let b = f.as_bytes();
    let name_start = *pos;
    let mut c = 0u8;
    while *pos < b.len() {
        c = b[*pos];
        *pos += 1;
        match c {
            b'{' => return value_error("unexpected '{' in field name"),
            b'[' => {
                // Anything goes inside brackets, even ':' and '!'.
                while *pos < b.len() && b[*pos] != b']' {
                    *pos += 1;
                }
            }
            b'}' | b':' | b'!' => break,
            _ => {}
        }
    }
    let name = &f[name_start..(*pos).saturating_sub(1).max(name_start)];
    if c != b'!' && c != b':' {
        if c != b'}' {
            return value_error("expected '}' before end of string");
        }
        return Ok(Field {
            name,
            conversion: None,
            spec: "",
            nested: false,
        });
    }
    let mut conversion = None;
    if c == b'!' {
        let Some(conv) = f[*pos..].chars().next() else {
            return value_error("end of string while looking for conversion specifier");
        };
        conversion = Some(conv);
        *pos += conv.len_utf8();
        if *pos < b.len() {
            let next = b[*pos];
            *pos += 1;
            if next == b'}' {
                return Ok(Field {
                    name,
                    conversion,
                    spec: "",
                    nested: false,
                });
            }
            if next != b':' {
                return value_error("expected ':' after conversion specifier");
            }
        }
    }
    let spec_start = *pos;
    let mut depth = 1;
    let mut nested = false;
    while *pos < b.len() {
        let c = b[*pos];
        *pos += 1;
        match c {
            b'{' => {
                nested = true;
                depth += 1;
            }
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Ok(Field {
                        name,
                        conversion,
                        spec: &f[spec_start..*pos - 1],
                        nested,
                    });
                }
            }
            _ => {}
        }
    }
    value_error("unmatched '{' in format spec")
}

/// A field name part that is all ASCII digits, as an index.
fn field_index(s: &str) -> PyResult<Option<i64>> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    match s.parse::<i64>() {
        Ok(i) => Ok(Some(i)),
        Err(_) => value_error("Too many decimal digits in format string"),
    }
}

/// The object a field name such as `0`, `name.attr` or `0[key][1]` refers to.
fn field_object(
    vm: &mut Vm,
    name: &str,
    fa: &FormatArgs,
    auto: &mut AutoNumber,
) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(first_end);
    let explicit = field_index(first)?;
    let mut obj = if first.is_empty() || explicit.is_some() {
        let index = auto.index(explicit)?;
        let Some(positional) = fa.positional else {
            return value_error("Format string contains positional fields");
        };
        match positional.get(index as usize) {
            Some(v) => v.clone(),
            None => {
                return index_error(format!(
                    "Replacement index {index} out of range for positional args tuple"
                ));
            }
        }
    } else {
        match fa.names {
            Names::Keywords(kw) => match kw.iter().find(|(k, _)| k.as_str() == first) {
                Some((_, v)) => v.clone(),
                None => return key_error(Value::str(first)),
            },
            Names::Mapping(m) => vm.subscript(m, &Value::str(first))?,
        }
    };
    // Then `.attr` and `[key]` parts, left to right.
    while !rest.is_empty() {
        let (is_attr, part) = if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            rest = &r[end..];
            (true, &r[..end])
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return value_error("Missing ']' in format string");
            };
            rest = &r[end + 1..];
            (false, &r[..end])
        } else {
            return value_error("Only '.' or '[' may follow ']' in format field specifier");
        };
        if part.is_empty() {
            return value_error("Empty attribute in format string");
        }
        obj = if is_attr {
            vm.get_attr(&obj, &Str::new(part))?
        } else {
            // Digit keys index by int, others by str: `{0[1]}`, `{d[key]}`.
            let key = match field_index(part)? {
                Some(i) => Value::Int(i),
                None => Value::str(part),
            };
            vm.subscript(&obj, &key)?
        };
    }
    Ok(obj)
}

/// `!r`, `!s` or `!a` applied to a field's object.
fn convert(vm: &mut Vm, obj: Value, conversion: Option<char>) -> PyResult<Value> {
    Ok(match conversion {
        None => obj,
        Some('r') => Value::str(vm.repr(&obj)?),
        Some('s') => Value::str(vm.to_str(&obj)?),
        Some('a') => Value::str(crate::vm::ascii(&vm.repr(&obj)?)),
        Some(c) if (c as u32) > 32 && (c as u32) < 127 => {
            return value_error(format!("Unknown conversion specifier {c}"));
        }
        Some(c) => return value_error(format!("Unknown conversion specifier \\x{:x}", c as u32)),
    })
}

/// CPython's `build_string`: renders a format string; nested specs recurse
/// with one less level of `depth` allowed.
fn render(
    vm: &mut Vm,
    f: &str,
    fa: &FormatArgs,
    depth: u32,
    auto: &mut AutoNumber,
) -> PyResult<String> {
    if depth == 0 {
        return value_error("Max string recursion exceeded");
    }
    let mut out = String::with_capacity(f.len());
    let mut pos = 0;
    while let Some(piece) = next_piece(f, &mut pos)? {
        out.push_str(piece.literal);
        let Some(field) = piece.field else { continue };
        let obj = field_object(vm, field.name, fa, auto)?;
        let obj = convert(vm, obj, field.conversion)?;
        let spec = if field.nested {
            render(vm, field.spec, fa, depth - 1, auto)?
        } else {
            field.spec.to_string()
        };
        out.push_str(&vm.format(&obj, &spec)?);
    }
    Ok(out)
}

fn str_format(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let f = recv(args)?;
    let fa = FormatArgs {
        positional: Some(&args[1..]),
        names: Names::Keywords(kw),
    };
    Ok(Value::str(render(
        vm,
        f,
        &fa,
        2,
        &mut AutoNumber::default(),
    )?))
}

fn str_format_map(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    params("format_map", args, kw, Conv::One)?;
    let f = recv(args)?;
    let fa = FormatArgs {
        positional: None,
        names: Names::Mapping(&args[1]),
    };
    Ok(Value::str(render(
        vm,
        f,
        &fa,
        2,
        &mut AutoNumber::default(),
    )?))
}

// ---- Unicode tables -------------------------------------------------------------------
// Generated from CPython 3.11 (Unicode 14.0) with `str.isdecimal`, `str.isdigit`
// and `str.isnumeric` over all code points, as sorted inclusive ranges.

/// Code points with `str.isdecimal()` (Unicode category Nd).
const DECIMAL: &[(u32, u32)] = &[
    (0x30, 0x39),
    (0x660, 0x669),
    (0x6F0, 0x6F9),
    (0x7C0, 0x7C9),
    (0x966, 0x96F),
    (0x9E6, 0x9EF),
    (0xA66, 0xA6F),
    (0xAE6, 0xAEF),
    (0xB66, 0xB6F),
    (0xBE6, 0xBEF),
    (0xC66, 0xC6F),
    (0xCE6, 0xCEF),
    (0xD66, 0xD6F),
    (0xDE6, 0xDEF),
    (0xE50, 0xE59),
    (0xED0, 0xED9),
    (0xF20, 0xF29),
    (0x1040, 0x1049),
    (0x1090, 0x1099),
    (0x17E0, 0x17E9),
    (0x1810, 0x1819),
    (0x1946, 0x194F),
    (0x19D0, 0x19D9),
    (0x1A80, 0x1A89),
    (0x1A90, 0x1A99),
    (0x1B50, 0x1B59),
    (0x1BB0, 0x1BB9),
    (0x1C40, 0x1C49),
    (0x1C50, 0x1C59),
    (0xA620, 0xA629),
    (0xA8D0, 0xA8D9),
    (0xA900, 0xA909),
    (0xA9D0, 0xA9D9),
    (0xA9F0, 0xA9F9),
    (0xAA50, 0xAA59),
    (0xABF0, 0xABF9),
    (0xFF10, 0xFF19),
    (0x104A0, 0x104A9),
    (0x10D30, 0x10D39),
    (0x11066, 0x1106F),
    (0x110F0, 0x110F9),
    (0x11136, 0x1113F),
    (0x111D0, 0x111D9),
    (0x112F0, 0x112F9),
    (0x11450, 0x11459),
    (0x114D0, 0x114D9),
    (0x11650, 0x11659),
    (0x116C0, 0x116C9),
    (0x11730, 0x11739),
    (0x118E0, 0x118E9),
    (0x11950, 0x11959),
    (0x11C50, 0x11C59),
    (0x11D50, 0x11D59),
    (0x11DA0, 0x11DA9),
    (0x16A60, 0x16A69),
    (0x16AC0, 0x16AC9),
    (0x16B50, 0x16B59),
    (0x1D7CE, 0x1D7FF),
    (0x1E140, 0x1E149),
    (0x1E2F0, 0x1E2F9),
    (0x1E950, 0x1E959),
    (0x1FBF0, 0x1FBF9),
];
/// Code points with `str.isdigit()` beyond the decimals (superscripts, circled digits...).
const DIGIT_EXTRA: &[(u32, u32)] = &[
    (0xB2, 0xB3),
    (0xB9, 0xB9),
    (0x1369, 0x1371),
    (0x19DA, 0x19DA),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2460, 0x2468),
    (0x2474, 0x247C),
    (0x2488, 0x2490),
    (0x24EA, 0x24EA),
    (0x24F5, 0x24FD),
    (0x24FF, 0x24FF),
    (0x2776, 0x277E),
    (0x2780, 0x2788),
    (0x278A, 0x2792),
    (0x10A40, 0x10A43),
    (0x10E60, 0x10E68),
    (0x11052, 0x1105A),
    (0x1F100, 0x1F10A),
];
/// Code points with `str.isnumeric()` beyond the digits (fractions, Roman numerals, CJK numerals...).
const NUMERIC_EXTRA: &[(u32, u32)] = &[
    (0xBC, 0xBE),
    (0x9F4, 0x9F9),
    (0xB72, 0xB77),
    (0xBF0, 0xBF2),
    (0xC78, 0xC7E),
    (0xD58, 0xD5E),
    (0xD70, 0xD78),
    (0xF2A, 0xF33),
    (0x1372, 0x137C),
    (0x16EE, 0x16F0),
    (0x17F0, 0x17F9),
    (0x2150, 0x2182),
    (0x2185, 0x2189),
    (0x2469, 0x2473),
    (0x247D, 0x2487),
    (0x2491, 0x249B),
    (0x24EB, 0x24F4),
    (0x24FE, 0x24FE),
    (0x277F, 0x277F),
    (0x2789, 0x2789),
    (0x2793, 0x2793),
    (0x2CFD, 0x2CFD),
    (0x3007, 0x3007),
    (0x3021, 0x3029),
    (0x3038, 0x303A),
    (0x3192, 0x3195),
    (0x3220, 0x3229),
    (0x3248, 0x324F),
    (0x3251, 0x325F),
    (0x3280, 0x3289),
    (0x32B1, 0x32BF),
    (0x3405, 0x3405),
    (0x3483, 0x3483),
    (0x382A, 0x382A),
    (0x3B4D, 0x3B4D),
    (0x4E00, 0x4E00),
    (0x4E03, 0x4E03),
    (0x4E07, 0x4E07),
    (0x4E09, 0x4E09),
    (0x4E5D, 0x4E5D),
    (0x4E8C, 0x4E8C),
    (0x4E94, 0x4E94),
    (0x4E96, 0x4E96),
    (0x4EBF, 0x4EC0),
    (0x4EDF, 0x4EDF),
    (0x4EE8, 0x4EE8),
    (0x4F0D, 0x4F0D),
    (0x4F70, 0x4F70),
    (0x5104, 0x5104),
    (0x5146, 0x5146),
    (0x5169, 0x5169),
    (0x516B, 0x516B),
    (0x516D, 0x516D),
    (0x5341, 0x5341),
    (0x5343, 0x5345),
    (0x534C, 0x534C),
    (0x53C1, 0x53C4),
    (0x56DB, 0x56DB),
    (0x58F1, 0x58F1),
    (0x58F9, 0x58F9),
    (0x5E7A, 0x5E7A),
    (0x5EFE, 0x5EFF),
    (0x5F0C, 0x5F0E),
    (0x5F10, 0x5F10),
    (0x62FE, 0x62FE),
    (0x634C, 0x634C),
    (0x67D2, 0x67D2),
    (0x6F06, 0x6F06),
    (0x7396, 0x7396),
    (0x767E, 0x767E),
    (0x8086, 0x8086),
    (0x842C, 0x842C),
    (0x8CAE, 0x8CAE),
    (0x8CB3, 0x8CB3),
    (0x8D30, 0x8D30),
    (0x9621, 0x9621),
    (0x9646, 0x9646),
    (0x964C, 0x964C),
    (0x9678, 0x9678),
    (0x96F6, 0x96F6),
    (0xA6E6, 0xA6EF),
    (0xA830, 0xA835),
    (0xF96B, 0xF96B),
    (0xF973, 0xF973),
    (0xF978, 0xF978),
    (0xF9B2, 0xF9B2),
    (0xF9D1, 0xF9D1),
    (0xF9D3, 0xF9D3),
    (0xF9FD, 0xF9FD),
    (0x10107, 0x10133),
    (0x10140, 0x10178),
    (0x1018A, 0x1018B),
    (0x102E1, 0x102FB),
    (0x10320, 0x10323),
    (0x10341, 0x10341),
    (0x1034A, 0x1034A),
    (0x103D1, 0x103D5),
    (0x10858, 0x1085F),
    (0x10879, 0x1087F),
    (0x108A7, 0x108AF),
    (0x108FB, 0x108FF),
    (0x10916, 0x1091B),
    (0x109BC, 0x109BD),
    (0x109C0, 0x109CF),
    (0x109D2, 0x109FF),
    (0x10A44, 0x10A48),
    (0x10A7D, 0x10A7E),
    (0x10A9D, 0x10A9F),
    (0x10AEB, 0x10AEF),
    (0x10B58, 0x10B5F),
    (0x10B78, 0x10B7F),
    (0x10BA9, 0x10BAF),
    (0x10CFA, 0x10CFF),
    (0x10E69, 0x10E7E),
    (0x10F1D, 0x10F26),
    (0x10F51, 0x10F54),
    (0x10FC5, 0x10FCB),
    (0x1105B, 0x11065),
    (0x111E1, 0x111F4),
    (0x1173A, 0x1173B),
    (0x118EA, 0x118F2),
    (0x11C5A, 0x11C6C),
    (0x11FC0, 0x11FD4),
    (0x12400, 0x1246E),
    (0x16B5B, 0x16B61),
    (0x16E80, 0x16E96),
    (0x1D2E0, 0x1D2F3),
    (0x1D360, 0x1D378),
    (0x1E8C7, 0x1E8CF),
    (0x1EC71, 0x1ECAB),
    (0x1ECAD, 0x1ECAF),
    (0x1ECB1, 0x1ECB4),
    (0x1ED01, 0x1ED2D),
    (0x1ED2F, 0x1ED3D),
    (0x1F10B, 0x1F10C),
    (0x20001, 0x20001),
    (0x20064, 0x20064),
    (0x200E2, 0x200E2),
    (0x20121, 0x20121),
    (0x2092A, 0x2092A),
    (0x20983, 0x20983),
    (0x2098C, 0x2098C),
    (0x2099C, 0x2099C),
    (0x20AEA, 0x20AEA),
    (0x20AFD, 0x20AFD),
    (0x20B19, 0x20B19),
    (0x22390, 0x22390),
    (0x22998, 0x22998),
    (0x23B1B, 0x23B1B),
    (0x2626D, 0x2626D),
    (0x2F890, 0x2F890),
];

/// Code points Rust counts as Alphabetic (and not Numeric) that are not letters for Python's `isalpha` (vowel signs and other marks, circled letters), merged across gaps holding no letter.
const ALPHABETIC_NOT_LETTER: &[(u32, u32)] = &[
    (0x345, 0x36F),
    (0x5B0, 0x5C7),
    (0x610, 0x61A),
    (0x64B, 0x65F),
    (0x670, 0x670),
    (0x6D6, 0x6E4),
    (0x6E7, 0x6ED),
    (0x711, 0x711),
    (0x730, 0x73F),
    (0x7A6, 0x7B0),
    (0x816, 0x817),
    (0x81B, 0x823),
    (0x825, 0x827),
    (0x829, 0x82C),
    (0x88F, 0x897),
    (0x8D4, 0x903),
    (0x93A, 0x93B),
    (0x93E, 0x94F),
    (0x955, 0x957),
    (0x962, 0x963),
    (0x981, 0x983),
    (0x9BE, 0x9CC),
    (0x9D7, 0x9D7),
    (0x9E2, 0x9E3),
    (0xA01, 0xA03),
    (0xA3E, 0xA51),
    (0xA70, 0xA71),
    (0xA75, 0xA83),
    (0xABE, 0xACC),
    (0xAE2, 0xAE3),
    (0xAFA, 0xB03),
    (0xB3E, 0xB57),
    (0xB62, 0xB63),
    (0xB82, 0xB82),
    (0xBBE, 0xBCC),
    (0xBD7, 0xC04),
    (0xC3E, 0xC56),
    (0xC5C, 0xC5C),
    (0xC62, 0xC63),
    (0xC81, 0xC83),
    (0xCBE, 0xCDC),
    (0xCE2, 0xCE3),
    (0xCF3, 0xD03),
    (0xD3E, 0xD4C),
    (0xD57, 0xD57),
    (0xD62, 0xD63),
    (0xD81, 0xD83),
    (0xDCF, 0xDF3),
    (0xE31, 0xE31),
    (0xE34, 0xE3A),
    (0xE4D, 0xE4D),
    (0xEB1, 0xEB1),
    (0xEB4, 0xEBC),
    (0xECD, 0xECD),
    (0xF71, 0xF83),
    (0xF8D, 0xFBC),
    (0x102B, 0x103E),
    (0x1056, 0x1059),
    (0x105E, 0x1060),
    (0x1062, 0x1064),
    (0x1067, 0x106D),
    (0x1071, 0x1074),
    (0x1082, 0x108D),
    (0x108F, 0x109D),
    (0x1712, 0x1713),
    (0x1732, 0x1733),
    (0x1752, 0x1753),
    (0x1772, 0x1773),
    (0x17B6, 0x17C8),
    (0x1885, 0x1886),
    (0x18A9, 0x18A9),
    (0x1920, 0x1938),
    (0x1A17, 0x1A1B),
    (0x1A55, 0x1A74),
    (0x1ABF, 0x1B04),
    (0x1B35, 0x1B43),
    (0x1B80, 0x1B82),
    (0x1BA1, 0x1BAD),
    (0x1BE7, 0x1BF1),
    (0x1C24, 0x1C36),
    (0x1C89, 0x1C8A),
    (0x1DD3, 0x1DF4),
    (0x24B6, 0x24E9),
    (0x2DE0, 0x2DFF),
    (0xA674, 0xA67B),
    (0xA69E, 0xA69F),
    (0xA7CB, 0xA7CF),
    (0xA7D2, 0xA7D2),
    (0xA7D4, 0xA7D4),
    (0xA7DA, 0xA7F1),
    (0xA802, 0xA802),
    (0xA80B, 0xA80B),
    (0xA823, 0xA827),
    (0xA880, 0xA881),
    (0xA8B4, 0xA8C5),
    (0xA8FF, 0xA8FF),
    (0xA926, 0xA92A),
    (0xA947, 0xA952),
    (0xA980, 0xA983),
    (0xA9B4, 0xA9BF),
    (0xA9E5, 0xA9E5),
    (0xAA29, 0xAA36),
    (0xAA43, 0xAA43),
    (0xAA4C, 0xAA4D),
    (0xAA7B, 0xAA7D),
    (0xAAB0, 0xAAB0),
    (0xAAB2, 0xAAB4),
    (0xAAB7, 0xAAB8),
    (0xAABE, 0xAABE),
    (0xAAEB, 0xAAEF),
    (0xAAF5, 0xAAF5),
    (0xABE3, 0xABEA),
    (0xFB1E, 0xFB1E),
    (0x10376, 0x1037A),
    (0x105C0, 0x105F3),
    (0x10940, 0x10959),
    (0x10A01, 0x10A0F),
    (0x10D24, 0x10D85),
    (0x10EAB, 0x10EAC),
    (0x10EC2, 0x10EFC),
    (0x11000, 0x11002),
    (0x11038, 0x11045),
    (0x11073, 0x11074),
    (0x11080, 0x11082),
    (0x110B0, 0x110C2),
    (0x11100, 0x11102),
    (0x11127, 0x11132),
    (0x11145, 0x11146),
    (0x11180, 0x11182),
    (0x111B3, 0x111BF),
    (0x111CE, 0x111CF),
    (0x1122C, 0x11241),
    (0x112DF, 0x11303),
    (0x1133E, 0x1134C),
    (0x11357, 0x11357),
    (0x11362, 0x113D3),
    (0x11435, 0x11445),
    (0x114B0, 0x114C1),
    (0x115AF, 0x115BE),
    (0x115DC, 0x115DD),
    (0x11630, 0x11640),
    (0x116AB, 0x116B5),
    (0x1171D, 0x1172A),
    (0x1182C, 0x11838),
    (0x11930, 0x1193C),
    (0x11940, 0x11940),
    (0x11942, 0x11942),
    (0x119D1, 0x119DF),
    (0x119E4, 0x119E4),
    (0x11A01, 0x11A0A),
    (0x11A35, 0x11A39),
    (0x11A3B, 0x11A3E),
    (0x11A51, 0x11A5B),
    (0x11A8A, 0x11A97),
    (0x11B60, 0x11BE0),
    (0x11C2F, 0x11C3E),
    (0x11C92, 0x11CB6),
    (0x11D31, 0x11D43),
    (0x11D47, 0x11D47),
    (0x11D8A, 0x11D96),
    (0x11DB0, 0x11DDB),
    (0x11EF3, 0x11F40),
    (0x1342F, 0x143FA),
    (0x16100, 0x1612E),
    (0x16D40, 0x16D6C),
    (0x16EA0, 0x16ED3),
    (0x16F4F, 0x16F4F),
    (0x16F51, 0x16F92),
    (0x16FF0, 0x16FF3),
    (0x187F8, 0x187FF),
    (0x18CFF, 0x18CFF),
    (0x18D09, 0x18DF2),
    (0x1B132, 0x1B132),
    (0x1B155, 0x1B155),
    (0x1BC9E, 0x1BC9E),
    (0x1DF25, 0x1E08F),
    (0x1E4D0, 0x1E6FF),
    (0x1E947, 0x1E947),
    (0x1F130, 0x1F189),
    (0x2B739, 0x2B73F),
    (0x2CEA2, 0x2CEAD),
    (0x2EBF0, 0x2EE5D),
    (0x31350, 0x33479),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_split_keeps_the_rest_after_maxsplit() {
        assert_eq!(split_whitespace("  a b  c  ", Some(1)), vec!["a", "b  c  "]);
        assert_eq!(rsplit_whitespace("  a b  c  ", Some(1)), vec!["  a b", "c"]);
        assert_eq!(split_whitespace(" \t ", None), Vec::<&str>::new());
    }

    #[test]
    fn find_uses_code_point_indices() {
        assert_eq!(find_in("héllo", "l", None, None, false), Some(2));
        assert_eq!(find_in("héllo", "l", None, None, true), Some(3));
        assert_eq!(find_in("abc", "", Some(5), None, false), None);
        assert_eq!(find_in("abc", "", Some(3), None, false), Some(3));
    }

    #[test]
    fn unicode_digit_tables() {
        assert!(is_decimal('٣') && is_digit('²') && !is_decimal('²'));
        assert!(is_numeric('½') && !is_digit('½') && is_numeric('一'));
    }

    #[test]
    fn format_fields_parse_like_cpython() {
        let mut pos = 1;
        let field = parse_field("{0[a:b]!r:>{w}}", &mut pos).ok().unwrap();
        assert_eq!(
            (field.name, field.conversion, field.spec, field.nested),
            ("0[a:b]", Some('r'), ">{w}", true)
        );
    }
}
