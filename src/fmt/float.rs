//! `repr(float)` and `format(float, spec)`, a port of CPython's
//! `format_float_short` over digits produced by Rust's formatter.

use super::NumError;
use super::layout::{Number, render};
use super::spec::{Align, FormatSpec};

/// Decimal digits of |x| as CPython's `_Py_dg_dtoa` returns them: no
/// leading or trailing zeros (`"0"` for zero), and `decpt` placing the
/// decimal point, so |x| ~ 0.DIGITS * 10**decpt.
struct Digits {
    digits: String,
    decpt: i64,
}

/// How many digits to produce.
#[derive(Clone, Copy)]
enum Mode {
    /// The shortest digits that round-trip (`repr`).
    Shortest,
    /// This many significant digits (at least 1).
    Significant(usize),
    /// This many digits after the decimal point.
    Fixed(usize),
}

fn digits_of(x: f64, mode: Mode) -> Digits {
    let x = x.abs();
    // A double's exact decimal expansion has at most 767 significant digits
    // and 1074 after the point, so more digits than that are zeros, which
    // the caller adds; Rust's formatter takes at most 65535 anyway.
    const EXACT: usize = 1100;
    let text = match mode {
        Mode::Shortest => shortest(x),
        Mode::Significant(n) => format!("{:.*e}", n.min(EXACT) - 1, x),
        Mode::Fixed(p) => format!("{:.*}", p.min(EXACT), x),
    };
    let (mantissa, exp) = match text.split_once('e') {
        Some((m, e)) => (m, e.parse::<i64>().expect("exponent from Rust's formatter")),
        None => (text.as_str(), 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all = format!("{int_part}{frac_part}");
    let trimmed = all.trim_start_matches('0');
    let leading = (all.len() - trimmed.len()) as i64;
    let trimmed = trimmed.trim_end_matches('0');
    if trimmed.is_empty() {
        return Digits {
            digits: "0".to_string(),
            decpt: 1,
        };
    }
    Digits {
        digits: trimmed.to_string(),
        decpt: int_part.len() as i64 - leading + exp,
    }
}

/// The shortest `{:e}` digits that round-trip and, among those, the closest
/// to `x`, ties going to the even digit, as CPython's `_Py_dg_dtoa` mode 0
/// picks them. Rust's shortest output can take the other side of an exact
/// tie (99042048534564.125 gives `...13` where CPython prints `...12`), so
/// the correctly rounded string of the same length wins when it round-trips.
fn shortest(x: f64) -> String {
    let text = format!("{x:e}");
    let mantissa = text.split_once('e').map_or(text.as_str(), |(m, _)| m);
    let len = mantissa.bytes().filter(u8::is_ascii_digit).count();
    // With 15 digits or fewer, both neighbours of a tie lie more than half
    // an ulp away, so neither round-trips and no tie is possible.
    if len <= 15 {
        return text;
    }
    let rounded = format!("{:.*e}", len - 1, x);
    if rounded != text && rounded.parse::<f64>() == Ok(x) {
        rounded
    } else {
        text
    }
}

/// The options of CPython's `PyOS_double_to_string`.
#[derive(Clone, Copy)]
struct Options {
    /// `'e'`, `'f'`, `'g'` or `'r'` (repr).
    code: char,
    precision: usize,
    upper: bool,
    /// `Py_DTSF_ADD_DOT_0`: integers in fixed notation end in `.0`.
    add_dot_0: bool,
    /// `Py_DTSF_ALT`: keep trailing zeros and the decimal point.
    alternate: bool,
    /// `Py_DTSF_NO_NEG_0`: drop the sign of a zero result.
    no_neg_zero: bool,
}

/// `PyOS_double_to_string`: sign, then the digits laid out for `opts`.
fn double_to_string(x: f64, opts: Options) -> String {
    let negative = x.is_sign_negative();
    if x.is_nan() {
        return if opts.upper { "NAN" } else { "nan" }.to_string();
    }
    if x.is_infinite() {
        let inf = if opts.upper { "INF" } else { "inf" };
        return if negative {
            format!("-{inf}")
        } else {
            inf.to_string()
        };
    }
    let (mode, precision) = match opts.code {
        'e' => (Mode::Significant(opts.precision + 1), opts.precision + 1),
        'f' => (Mode::Fixed(opts.precision), opts.precision),
        'g' => {
            let p = opts.precision.max(1);
            (Mode::Significant(p), p)
        }
        _ => (Mode::Shortest, 0),
    };
    let Digits { digits, mut decpt } = digits_of(x, mode);
    let precision = precision as i64;
    let len = digits.len() as i64;
    let mut use_exp = false;
    let mut vend = len;
    match opts.code {
        'e' => {
            use_exp = true;
            vend = precision;
        }
        'f' => vend = decpt + precision,
        'g' => {
            let limit = if opts.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            use_exp = decpt <= -4 || decpt > limit;
            if opts.alternate {
                vend = precision;
            }
        }
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    vend = if !use_exp && opts.add_dot_0 {
        vend.max(decpt + 1)
    } else {
        vend.max(decpt)
    };

    let mut out = String::with_capacity((vend - vstart) as usize + 8);
    if negative && !(opts.no_neg_zero && digits == "0") {
        out.push('-');
    }
    let zeros = |out: &mut String, n: i64| out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    if decpt <= 0 {
        zeros(&mut out, decpt - vstart);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vstart);
    }
    if 0 < decpt && decpt <= len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if len < decpt {
        zeros(&mut out, decpt - len);
        out.push('.');
        zeros(&mut out, vend - decpt);
    } else {
        zeros(&mut out, vend - len);
    }
    if out.ends_with('.') && !opts.alternate {
        out.pop();
    }
    if use_exp {
        out.push(if opts.upper { 'E' } else { 'e' });
        let sign = if exp < 0 { '-' } else { '+' };
        out.push_str(&format!("{sign}{:02}", exp.abs()));
    }
    out
}

/// Python's `repr(x)` (and `str(x)`): the shortest digits that round-trip,
/// in fixed notation ending in `.0` for integers when the decimal exponent
/// is in -4..16, else `1e+16`/`1.5e-05` style; `inf`, `-inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        Options {
            code: 'r',
            precision: 0,
            upper: false,
            add_dot_0: true,
            alternate: false,
            no_neg_zero: false,
        },
    )
}

/// Python's `format(x, spec)` for a float: types `e E f F g G n %` and none
/// (like `repr`, or like `g` keeping one fractional digit when a precision
/// is given).
///
/// Errors (all ValueError): "Unknown format code 'x' for object of type
/// 'float'" (with `spec.type_name`), "Cannot specify ',' with 'n'." (from
/// parsing), "precision too big".
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, NumError> {
    let mut code = match spec.ty {
        None => 'r',
        Some(c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) => c,
        Some('n') => 'g',
        _ => return Err(spec.unknown_code()),
    };
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(NumError::value("precision too big"));
    }
    let mut x = x;
    let percent = code == '%';
    if percent {
        code = 'f';
        x *= 100.0;
    }
    let upper = code.is_ascii_uppercase();
    code = code.to_ascii_lowercase();
    let precision = match (spec.precision, code) {
        (None, 'r') => 0,
        (None, _) => 6,
        (Some(p), 'r') => {
            code = 'g';
            p
        }
        (Some(p), _) => p,
    };
    let text = double_to_string(
        x,
        Options {
            code,
            precision,
            upper,
            add_dot_0: spec.ty.is_none(),
            alternate: spec.alternate,
            no_neg_zero: spec.no_neg_zero,
        },
    );
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let split = unsigned.bytes().take_while(u8::is_ascii_digit).count();
    let rest = if percent {
        format!("{}%", &unsigned[split..])
    } else {
        unsigned[split..].to_string()
    };
    let number = Number {
        negative,
        prefix: "",
        digits: &unsigned[..split],
        rest: &rest,
    };
    let group = spec.grouping.map(|c| (c, 3));
    render(&number, spec.sign, spec.padding(Align::Right), group)
}
