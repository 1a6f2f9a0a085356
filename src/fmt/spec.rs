//! The format-spec mini-language and `format(str, spec)`.

use super::NumError;
use super::layout::pad;

/// Where the padding goes: `<`, `>`, `^`, or `=` (between sign and digits).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
    AfterSign,
}

/// An explicit sign option: `-`, `+`, or ` ` (strings reject all three).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    Minus,
    Plus,
    Space,
}

/// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
///
/// Parsing only checks what CPython checks before it knows the value's type;
/// each `format_*` function then applies its own rules. `type_name` is the
/// Python type of the value being formatted (`'int'`, `'float'`, `'bool'`,
/// a subclass name...), used in error messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec<'a> {
    /// The explicit fill character, if one preceded the alignment.
    pub fill: Option<char>,
    pub align: Option<Align>,
    pub sign: Option<Sign>,
    /// `z`: turn a negative zero (after rounding) into a positive one.
    pub no_neg_zero: bool,
    /// `#`: the alternate form.
    pub alternate: bool,
    /// A `0` right before the width, without an explicit fill: pad with
    /// zeros, after the sign for numbers.
    pub zero_pad: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type, `None` when omitted.
    pub ty: Option<char>,
    pub type_name: &'a str,
}

/// Fill, alignment and width once the value's default alignment is known.
#[derive(Debug, Clone, Copy)]
pub(super) struct Padding {
    pub fill: char,
    pub align: Align,
    pub width: usize,
}

impl<'a> FormatSpec<'a> {
    /// Parses `spec` for a value of Python type `type_name`.
    ///
    /// Errors (all ValueError): "Invalid format specifier '...' for object of
    /// type '...'", "Format specifier missing precision", "Cannot specify both
    /// ',' and '_'.", "Cannot specify ',' with 's'.", "Too many decimal digits
    /// in format string".
    pub fn parse(spec: &str, type_name: &'a str) -> Result<FormatSpec<'a>, NumError> {
        let chars: Vec<char> = spec.chars().collect();
        let mut pos = 0;
        let mut out = FormatSpec {
            fill: None,
            align: None,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
            type_name,
        };
        if let Some(align) = chars.get(1).copied().and_then(align_of) {
            out.fill = Some(chars[0]);
            out.align = Some(align);
            pos = 2;
        } else if let Some(align) = chars.first().copied().and_then(align_of) {
            out.align = Some(align);
            pos = 1;
        }
        match chars.get(pos) {
            Some('+') => out.sign = Some(Sign::Plus),
            Some(' ') => out.sign = Some(Sign::Space),
            Some('-') => out.sign = Some(Sign::Minus),
            _ => {}
        }
        if out.sign.is_some() {
            pos += 1;
        }
        if chars.get(pos) == Some(&'z') {
            out.no_neg_zero = true;
            pos += 1;
        }
        if chars.get(pos) == Some(&'#') {
            out.alternate = true;
            pos += 1;
        }
        if out.fill.is_none() && chars.get(pos) == Some(&'0') {
            out.zero_pad = true;
            pos += 1;
        }
        out.width = parse_number(&chars, &mut pos)?;
        if chars.get(pos) == Some(&',') {
            out.grouping = Some(',');
            pos += 1;
        }
        if chars.get(pos) == Some(&'_') {
            if out.grouping.is_some() {
                return Err(NumError::value("Cannot specify both ',' and '_'."));
            }
            out.grouping = Some('_');
            pos += 1;
        }
        if chars.get(pos) == Some(&',') && out.grouping == Some('_') {
            return Err(NumError::value("Cannot specify both ',' and '_'."));
        }
        if chars.get(pos) == Some(&'.') {
            pos += 1;
            out.precision = parse_number(&chars, &mut pos)?;
            if out.precision.is_none() {
                return Err(NumError::value("Format specifier missing precision"));
            }
        }
        match chars.len() - pos {
            0 => {}
            1 => out.ty = Some(chars[pos]),
            _ => {
                return Err(NumError::value(format!(
                    "Invalid format specifier '{spec}' for object of type '{type_name}'"
                )));
            }
        }
        if let Some(sep) = out.grouping {
            let ok = match out.ty {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
                Some('b' | 'o' | 'x' | 'X') => sep == '_',
                _ => false,
            };
            if !ok {
                let ty = out.ty.unwrap_or('\0');
                let shown = if ('!'..='\x7f').contains(&ty) {
                    format!("'{ty}'")
                } else {
                    format!("'\\x{:x}'", ty as u32)
                };
                return Err(NumError::value(format!(
                    "Cannot specify '{sep}' with {shown}."
                )));
            }
        }
        Ok(out)
    }

    /// The type-specific "Unknown format code" error (ValueError).
    pub(super) fn unknown_code(&self) -> NumError {
        let ty = self.ty.unwrap_or('\0');
        if ('!'..='\x7f').contains(&ty) {
            NumError::value(format!(
                "Unknown format code '{ty}' for object of type '{}'",
                self.type_name
            ))
        } else {
            NumError::value(format!(
                "Unknown format code '\\x{:x}' for object of type '{}'",
                ty as u32, self.type_name
            ))
        }
    }

    /// Resolves fill and alignment for a value whose default alignment is
    /// `default` (left for strings, right for numbers). The `0` flag means
    /// fill `'0'` and, for right-aligned types, alignment `=`.
    pub(super) fn padding(&self, default: Align) -> Padding {
        let fill = self.fill.unwrap_or(if self.zero_pad { '0' } else { ' ' });
        let align = self
            .align
            .unwrap_or(if self.zero_pad && default == Align::Right {
                Align::AfterSign
            } else {
                default
            });
        Padding {
            fill,
            align,
            width: self.width.unwrap_or(0),
        }
    }
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Reads a run of ASCII digits at `pos`; `None` when there are none.
fn parse_number(chars: &[char], pos: &mut usize) -> Result<Option<usize>, NumError> {
    let start = *pos;
    let mut value: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| NumError::value("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(value))
}

/// Python's `format(s, spec)` for a `str`: fill, alignment, width, and
/// precision as truncation to that many characters.
///
/// Errors (all ValueError): "Sign not allowed in string format specifier",
/// "Negative zero coercion (z) not allowed in string format specifier",
/// "Alternate form (#) not allowed in string format specifier", "'='
/// alignment not allowed in string format specifier", "Unknown format code
/// 'd' for object of type 'str'".
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, NumError> {
    if let Some(sep) = spec.grouping
        && spec.ty.is_none()
    {
        // The parser let this through because ints and floats accept it.
        return Err(NumError::value(format!("Cannot specify '{sep}' with 's'.")));
    }
    if !matches!(spec.ty, None | Some('s')) {
        return Err(spec.unknown_code());
    }
    match spec.sign {
        None => {}
        Some(Sign::Space) => {
            return Err(NumError::value(
                "Space not allowed in string format specifier",
            ));
        }
        Some(_) => {
            return Err(NumError::value(
                "Sign not allowed in string format specifier",
            ));
        }
    }
    if spec.no_neg_zero {
        return Err(NumError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(NumError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(NumError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let body = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((i, _)) => &s[..i],
            None => s,
        },
        None => s,
    };
    pad(body, spec.padding(Align::Left))
}
