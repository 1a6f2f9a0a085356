//! F-strings, by Python 3.11's rules: the string was scanned like any other
//! (so a field cannot contain the enclosing quote), and here its text is
//! split into literal parts and `{expr!c:spec}` fields. A field's expression
//! is parsed by the real expression parser on the exact source slice, so its
//! spans are absolute and its errors point into the f-string.

use super::ast::{Expr, FStringField, FStringPart};
use super::strings::{ExprParser, Literal, decode_str, push_literal};
use crate::diagnostics::Diagnostic;
use crate::span::Span;

/// The parts of one f-string literal; `Vec::new()` after an error (reported).
pub fn parse(
    src: &str,
    lit: &Literal,
    diags: &mut Vec<Diagnostic>,
    parse_expr: &ExprParser,
) -> Vec<FStringPart> {
    let mut p = FString {
        src,
        b: src.as_bytes(),
        end: lit.body.end,
        raw: lit.raw,
        diags,
        parse_expr,
    };
    let mut i = lit.body.start;
    p.parts(&mut i, 0).unwrap_or_default()
}

struct FString<'a, 'd> {
    src: &'a str,
    b: &'a [u8],
    end: usize,
    raw: bool,
    diags: &'d mut Vec<Diagnostic>,
    parse_expr: &'d ExprParser<'d>,
}

impl FString<'_, '_> {
    fn at(&self, i: usize) -> u8 {
        if i < self.end { self.b[i] } else { 0 }
    }

    fn error(&mut self, at: usize, len: usize, msg: &str, label: &str) -> Option<()> {
        self.diags.push(Diagnostic::syntax(
            Span::new(at, (at + len).min(self.src.len())),
            msg,
            label,
        ));
        None
    }

    fn char_len(&self, i: usize) -> usize {
        self.src[i..].chars().next().map_or(1, char::len_utf8)
    }

    /// Literal text and fields up to the end of the string, or up to the `}`
    /// closing a format spec when `nesting > 0`.
    fn parts(&mut self, i: &mut usize, nesting: u32) -> Option<Vec<FStringPart>> {
        let mut parts = Vec::new();
        let mut lit_start = *i;
        while *i < self.end {
            match self.at(*i) {
                b'\\' if !self.raw => {
                    *i += 1;
                    if self.at(*i) == b'N' && self.at(*i + 1) == b'{' {
                        while *i < self.end && self.at(*i) != b'}' {
                            *i += 1;
                        }
                    }
                    if *i < self.end {
                        *i += self.char_len(*i);
                    }
                }
                b'{' if nesting == 0 && self.at(*i + 1) == b'{' => {
                    push_literal(
                        &mut parts,
                        decode_str(self.src, lit_start..*i + 1, self.raw, self.diags),
                    );
                    *i += 2;
                    lit_start = *i;
                }
                b'}' if nesting == 0 && self.at(*i + 1) == b'}' => {
                    push_literal(
                        &mut parts,
                        decode_str(self.src, lit_start..*i + 1, self.raw, self.diags),
                    );
                    *i += 2;
                    lit_start = *i;
                }
                b'}' if nesting > 0 => break,
                b'}' => {
                    self.error(*i, 1, "f-string: single '}' is not allowed", "single '}'")?;
                }
                b'{' => {
                    push_literal(
                        &mut parts,
                        decode_str(self.src, lit_start..*i, self.raw, self.diags),
                    );
                    let field = self.field(i, nesting)?;
                    parts.push(FStringPart::Field(Box::new(field)));
                    lit_start = *i;
                }
                _ => *i += self.char_len(*i),
            }
        }
        push_literal(
            &mut parts,
            decode_str(self.src, lit_start..*i, self.raw, self.diags),
        );
        Some(parts)
    }

    /// One `{...}` field; `*i` is at its `{` and ends past its `}`.
    fn field(&mut self, i: &mut usize, nesting: u32) -> Option<FStringField> {
        let open = *i;
        if nesting >= 2 {
            self.error(
                open,
                1,
                "f-string: expressions nested too deeply",
                "nested too deeply",
            )?;
        }
        let start = open + 1;
        let (expr_end, debug) = self.expression_end(start)?;
        if self.src[start..expr_end].trim().is_empty() {
            self.error(
                open,
                expr_end + 1 - open,
                "f-string: empty expression not allowed",
                "empty expression",
            )?;
        }
        let expr: Expr = (self.parse_expr)(self.src, start..expr_end, self.diags);
        *i = expr_end;
        let mut debug_text = None;
        if debug {
            *i += 1;
            while matches!(self.at(*i), b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
                *i += 1;
            }
            debug_text = Some(self.src[start..*i].to_string());
        }
        let mut conversion = None;
        if self.at(*i) == b'!' {
            let c = self.at(*i + 1);
            if !matches!(c, b'r' | b's' | b'a') || !matches!(self.at(*i + 2), b':' | b'}') {
                // The `!` and the whole character after it, which may be
                // several bytes long.
                let after = self.src.get(*i + 1..).and_then(|s| s.chars().next());
                self.error(
                    *i,
                    1 + after.map_or(0, char::len_utf8),
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    "invalid conversion",
                )?;
            }
            conversion = Some(c as char);
            *i += 2;
        }
        let mut spec = None;
        if self.at(*i) == b':' {
            *i += 1;
            spec = Some(self.parts(i, nesting + 1)?);
        }
        if self.at(*i) != b'}' {
            self.error(
                open,
                1,
                "f-string: expecting '}'",
                "this field is never closed",
            )?;
        }
        *i += 1;
        if debug_text.is_some() && conversion.is_none() && spec.is_none() {
            conversion = Some('r');
        }
        Some(FStringField {
            expr,
            debug_text,
            conversion,
            spec,
        })
    }

    /// Where a field's expression ends: at a top-level `=` (debug, the bool
    /// is true), `!`, `:` or `}`. Brackets and nested strings are skipped.
    fn expression_end(&mut self, start: usize) -> Option<(usize, bool)> {
        let mut depth = 0u32;
        let mut i = start;
        while i < self.end {
            let c = self.at(i);
            match c {
                b'\'' | b'"' => {
                    let triple = self.at(i + 1) == c && self.at(i + 2) == c;
                    let q = if triple { 3 } else { 1 };
                    let mut j = i + q;
                    loop {
                        if j >= self.end {
                            return self
                                .error(i, 1, "f-string: unterminated string", "unterminated string")
                                .map(|_| (0, false));
                        }
                        if self.at(j) == c
                            && (!triple || (self.at(j + 1) == c && self.at(j + 2) == c))
                        {
                            break;
                        }
                        j += 1;
                    }
                    i = j + q;
                    continue;
                }
                b'\\' => {
                    return self
                        .error(
                            i,
                            1,
                            "f-string expression part cannot include a backslash",
                            "backslash",
                        )
                        .map(|_| (0, false));
                }
                b'#' => {
                    return self
                        .error(i, 1, "f-string expression part cannot include '#'", "'#'")
                        .map(|_| (0, false));
                }
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' if depth == 0 => {
                    let msg = format!("f-string: unmatched '{}'", c as char);
                    return self.error(i, 1, &msg, "unmatched").map(|_| (0, false));
                }
                b'}' if depth == 0 => return Some((i, false)),
                b')' | b']' | b'}' => depth -= 1,
                b'!' if depth == 0 && self.at(i + 1) != b'=' => return Some((i, false)),
                b':' if depth == 0 => return Some((i, false)),
                b'=' if depth == 0 => {
                    if self.at(i + 1) == b'=' {
                        i += 2;
                        continue;
                    }
                    if !matches!(self.b[i - 1], b'=' | b'!' | b'<' | b'>') {
                        return Some((i, true));
                    }
                }
                _ => {}
            }
            i += 1;
        }
        self.error(
            start - 1,
            1,
            "f-string: expecting '}'",
            "this field is never closed",
        )
        .map(|_| (0, false))
    }
}
