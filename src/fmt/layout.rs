//! Padding and digit grouping, ported from CPython's `calc_number_widths`,
//! `fill_number` and `_PyUnicode_InsertThousandsGrouping`.

use super::NumError;
use super::spec::{Align, Padding, Sign};

/// An empty string with room for `bytes`, or MemoryError when the system
/// refuses (a width is the program's to choose: `format(x, "1000000000000")`).
pub(super) fn room(bytes: usize) -> Result<String, NumError> {
    let mut out = String::new();
    out.try_reserve_exact(bytes)
        .map_err(|_| NumError::memory())?;
    Ok(out)
}

/// Pads `body` to the width with the fill character (`=` acts as `>`, which
/// only happens for numbers without digits to split).
pub(super) fn pad(body: &str, padding: Padding) -> Result<String, NumError> {
    let len = body.chars().count();
    let total = padding.width.saturating_sub(len);
    let (left, right) = match padding.align {
        Align::Left => (0, total),
        Align::Center => (total / 2, total - total / 2),
        Align::Right | Align::AfterSign => (total, 0),
    };
    let fill_bytes = total.checked_mul(padding.fill.len_utf8());
    let mut out = room(fill_bytes.ok_or_else(NumError::memory)? + body.len())?;
    out.extend(std::iter::repeat_n(padding.fill, left));
    out.push_str(body);
    out.extend(std::iter::repeat_n(padding.fill, right));
    Ok(out)
}

/// The parts of a formatted number, without padding.
pub(super) struct Number<'s> {
    pub negative: bool,
    /// `0x`, `0B`... or empty.
    pub prefix: &'s str,
    /// The integer digits, the only part that grouping applies to.
    pub digits: &'s str,
    /// What follows the digits: decimal point, fraction, exponent, `%`, or
    /// the character of `'c'`, or `inf`/`nan`.
    pub rest: &'s str,
}

/// Lays out `n` the way CPython does:
/// `<lpad><sign><prefix><spad><grouped digits><rest><rpad>`.
///
/// `group` is the separator and its group size. When the fill is `'0'` and
/// the alignment `=`, the zero padding is produced by the grouping itself so
/// that separators appear in it too (`format(1234, '010,')` is
/// `'00,001,234'`).
pub(super) fn render(
    n: &Number,
    sign: Option<Sign>,
    padding: Padding,
    group: Option<(char, usize)>,
) -> Result<String, NumError> {
    let sign_char = match (sign, n.negative) {
        (_, true) => Some('-'),
        (Some(Sign::Plus), false) => Some('+'),
        (Some(Sign::Space), false) => Some(' '),
        _ => None,
    };
    let fixed = sign_char.map_or(0, |_| 1) + n.prefix.chars().count() + n.rest.chars().count();
    let min_width = if padding.fill == '0' && padding.align == Align::AfterSign {
        padding.width as isize - fixed as isize
    } else {
        0
    };
    let grouped = if n.digits.is_empty() {
        String::new()
    } else {
        group_digits(n.digits, min_width, group)?
    };
    let used = fixed + grouped.chars().count();
    let total = padding.width.saturating_sub(used);
    let (left, middle, right) = match padding.align {
        Align::Left => (0, 0, total),
        Align::Center => (total / 2, 0, total - total / 2),
        Align::AfterSign => (0, total, 0),
        Align::Right => (total, 0, 0),
    };
    let mut out = room(used + total * padding.fill.len_utf8())?;
    out.extend(std::iter::repeat_n(padding.fill, left));
    out.extend(sign_char);
    out.push_str(n.prefix);
    out.extend(std::iter::repeat_n(padding.fill, middle));
    out.push_str(&grouped);
    out.push_str(n.rest);
    out.extend(std::iter::repeat_n(padding.fill, right));
    Ok(out)
}

/// Inserts separators between groups of `digits` (ASCII) from the right,
/// adding leading zeros until the result is at least `min_width` long.
fn group_digits(
    digits: &str,
    min_width: isize,
    group: Option<(char, usize)>,
) -> Result<String, NumError> {
    let digits = digits.as_bytes();
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as isize;
    // Built back to front, then reversed; separators add at most one byte
    // per digit or leading zero.
    let mut out: Vec<u8> = Vec::new();
    out.try_reserve_exact(digits.len().max(min_width as usize) * 2)
        .map_err(|_| NumError::memory())?;
    let mut use_sep = false;
    let mut end = digits.len();
    let (sep, size) = group.unwrap_or(('\0', 0));
    let mut emit = |out: &mut Vec<u8>, len: isize, remaining: isize, use_sep: bool| {
        let zeros = (len - remaining).max(0) as usize;
        let chars = remaining.min(len).max(0) as usize;
        if use_sep {
            out.push(sep as u8);
        }
        out.extend(digits[end - chars..end].iter().rev());
        end -= chars;
        out.extend(std::iter::repeat_n(b'0', zeros));
        chars as isize
    };
    let mut finished = false;
    if size > 0 {
        loop {
            let len = (size as isize).min(remaining.max(min_width).max(1));
            remaining -= emit(&mut out, len, remaining, use_sep);
            use_sep = true;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                finished = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !finished {
        let len = remaining.max(min_width).max(1);
        emit(&mut out, len, remaining, use_sep);
    }
    out.reverse();
    Ok(String::from_utf8(out).expect("ASCII digits and separator"))
}
