//! The string pass: each run of adjacent string tokens becomes one decoded
//! literal (`Str`, `Bytes` or `FString`), escapes processed, implicit
//! concatenation done. F-string fields are split here (see `fstring.rs`) and
//! their expressions handed to the real expression parser.

use super::ast::{Expr, ExprKind, FStringPart};
use super::fstring;
use super::token::Token;
use crate::diagnostics::Diagnostic;
use crate::span::Span;
use std::rc::Rc;

/// Parses the expression text `src[range]` of an f-string field.
pub type ExprParser<'a> = dyn Fn(&str, std::ops::Range<usize>, &mut Vec<Diagnostic>) -> Expr + 'a;

/// One string literal token, taken apart.
pub struct Literal {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
    /// The text between the quotes, as an absolute byte range.
    pub body: std::ops::Range<usize>,
}

impl Literal {
    fn new(text: &str, start: usize) -> Literal {
        let prefix_len = text.find(['\'', '"']).unwrap_or(0);
        let prefix = text[..prefix_len].to_ascii_lowercase();
        let rest = &text[prefix_len..];
        let q = if rest.len() >= 6 && (rest.starts_with("'''") || rest.starts_with("\"\"\"")) {
            3
        } else {
            1
        };
        let body_start = start + prefix_len + q;
        Literal {
            raw: prefix.contains('r'),
            bytes: prefix.contains('b'),
            fstring: prefix.contains('f'),
            body: body_start..(start + text.len() - q).max(body_start),
        }
    }
}

/// Replaces each run of `RawStr` tokens with one `Str` token.
pub fn cook<'s>(
    src: &'s str,
    tokens: Vec<(Token<'s>, Span)>,
    diags: &mut Vec<Diagnostic>,
    parse_expr: &ExprParser,
) -> Vec<(Token<'s>, Span)> {
    let mut out: Vec<(Token<'s>, Span)> = Vec::with_capacity(tokens.len());
    let mut run: Vec<(&'s str, Span)> = Vec::new();
    for (tok, span) in tokens {
        if let Token::RawStr(text) = tok {
            run.push((text, span));
            continue;
        }
        if !run.is_empty() {
            out.push(concat(src, &run, diags, parse_expr));
            run.clear();
        }
        out.push((tok, span));
    }
    if !run.is_empty() {
        out.push(concat(src, &run, diags, parse_expr));
    }
    out
}

enum Piece {
    Str(String),
    Bytes(Vec<u8>),
    F(Vec<FStringPart>),
}

fn concat<'s>(
    src: &str,
    run: &[(&'s str, Span)],
    diags: &mut Vec<Diagnostic>,
    parse_expr: &ExprParser,
) -> (Token<'s>, Span) {
    let span = run[0].1.to(run[run.len() - 1].1);
    let mut pieces = Vec::with_capacity(run.len());
    let mut failed = false;
    for &(text, sp) in run {
        let lit = Literal::new(text, sp.start as usize);
        let before = diags.len();
        pieces.push(if lit.fstring {
            Piece::F(fstring::parse(src, &lit, diags, parse_expr))
        } else if lit.bytes {
            Piece::Bytes(decode_bytes(src, &lit, diags))
        } else {
            Piece::Str(decode_str(src, lit.body.clone(), lit.raw, diags))
        });
        failed |= diags.len() > before;
    }
    let n_bytes = pieces
        .iter()
        .filter(|p| matches!(p, Piece::Bytes(_)))
        .count();
    let kind = if failed {
        ExprKind::Error
    } else if n_bytes > 0 && n_bytes < pieces.len() {
        diags.push(Diagnostic::syntax(
            span,
            "cannot mix bytes and nonbytes literals",
            "bytes next to str",
        ));
        ExprKind::Error
    } else if n_bytes > 0 {
        let mut all = Vec::new();
        for p in pieces {
            if let Piece::Bytes(b) = p {
                all.extend(b);
            }
        }
        ExprKind::Bytes(all)
    } else if pieces.iter().any(|p| matches!(p, Piece::F(_))) {
        let mut parts = Vec::new();
        for p in pieces {
            match p {
                Piece::Str(s) => push_literal(&mut parts, s),
                Piece::F(ps) => {
                    for part in ps {
                        match part {
                            FStringPart::Literal(s) => push_literal(&mut parts, s),
                            field => parts.push(field),
                        }
                    }
                }
                Piece::Bytes(_) => {}
            }
        }
        ExprKind::FString(parts)
    } else {
        let mut all = String::new();
        for p in pieces {
            if let Piece::Str(s) = p {
                all.push_str(&s);
            }
        }
        ExprKind::Str(all)
    };
    (Token::Str(Rc::new(Expr { kind, span })), span)
}

/// Appends literal text, merging it with a literal just before.
pub fn push_literal(parts: &mut Vec<FStringPart>, s: String) {
    if s.is_empty() {
        return;
    }
    if let Some(FStringPart::Literal(last)) = parts.last_mut() {
        last.push_str(&s);
    } else {
        parts.push(FStringPart::Literal(s));
    }
}

/// Decodes the str literal text `src[range]`.
pub fn decode_str(
    src: &str,
    range: std::ops::Range<usize>,
    raw: bool,
    diags: &mut Vec<Diagnostic>,
) -> String {
    let mut out = String::with_capacity(range.len());
    decode(src, range, raw, false, diags, &mut |c| {
        out.push(char::from_u32(c).unwrap_or('\u{FFFD}'))
    });
    out
}

fn decode_bytes(src: &str, lit: &Literal, diags: &mut Vec<Diagnostic>) -> Vec<u8> {
    let mut out = Vec::with_capacity(lit.body.len());
    let text = &src[lit.body.clone()];
    if let Some(i) = text.find(|c: char| !c.is_ascii()) {
        let at = lit.body.start + i;
        diags.push(Diagnostic::syntax(
            Span::new(at, at + text[i..].chars().next().map_or(1, char::len_utf8)),
            "bytes can only contain ASCII literal characters",
            "not ASCII",
        ));
        return out;
    }
    decode(src, lit.body.clone(), lit.raw, true, diags, &mut |c| {
        out.push(c as u8)
    });
    out
}

/// Walks a literal's text, handing each code point (or byte) to `emit`.
/// Newlines in the source (`\r\n`, `\r`) become `\n`, as when Python reads a file.
fn decode(
    src: &str,
    range: std::ops::Range<usize>,
    raw: bool,
    bytes: bool,
    diags: &mut Vec<Diagnostic>,
    emit: &mut dyn FnMut(u32),
) {
    let base = range.start;
    let text = &src[range];
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c == '\r' {
            if it.peek().map(|&(_, c)| c) == Some('\n') {
                it.next();
            }
            emit('\n' as u32);
            continue;
        }
        if c != '\\' || raw {
            emit(c as u32);
            if c == '\\' && raw {
                // A raw string still pairs `\` with the next character (so `r"\""` is a quote).
                if let Some(&(_, n)) = it.peek() {
                    it.next();
                    emit(if n == '\r' { '\n' as u32 } else { n as u32 });
                }
            }
            continue;
        }
        let Some((_, e)) = it.next() else {
            emit('\\' as u32);
            break;
        };
        let simple = match e {
            '\n' => continue,
            '\r' => {
                if it.peek().map(|&(_, c)| c) == Some('\n') {
                    it.next();
                }
                continue;
            }
            '\\' => Some('\\'),
            '\'' => Some('\''),
            '"' => Some('"'),
            'a' => Some('\x07'),
            'b' => Some('\x08'),
            'f' => Some('\x0c'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            'v' => Some('\x0b'),
            _ => None,
        };
        if let Some(s) = simple {
            emit(s as u32);
            continue;
        }
        // `len` source bytes from the backslash are at fault; CPython names
        // them by position in its escaped copy of the literal (see `cpython_pos`).
        let bad = |diags: &mut Vec<Diagnostic>, len: usize, what: &str| {
            let message = if bytes {
                format!("bytes: {what}")
            } else {
                let start = cpython_pos(text, i);
                let end = cpython_pos(text, i + len) - 1;
                format!(
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}"
                )
            };
            diags.push(Diagnostic::syntax(
                Span::new(base + i, base + i + len),
                message,
                "invalid escape",
            ));
        };
        match e {
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match it.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            v = v * 8 + d.to_digit(8).unwrap_or(0);
                            it.next();
                        }
                        _ => break,
                    }
                }
                emit(if bytes { v & 0xFF } else { v });
            }
            'x' | 'u' | 'U' if !(bytes && e != 'x') => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v = 0u32;
                for k in 0..n {
                    match it.peek().and_then(|&(_, d)| d.to_digit(16)) {
                        Some(d) => {
                            v = v.wrapping_mul(16) + d;
                            it.next();
                        }
                        None => {
                            bad(
                                diags,
                                2 + k,
                                &format!("truncated \\{e}{} escape", "X".repeat(n)),
                            );
                            return;
                        }
                    }
                }
                if v > 0x10FFFF {
                    bad(diags, 2 + n, "illegal Unicode character");
                    return;
                }
                if !bytes && (0xD800..0xE000).contains(&v) {
                    // Coro's str is UTF-8 text, which has no room for a lone surrogate.
                    diags.push(Diagnostic::syntax(
                        Span::new(base + i, base + i + 2 + n),
                        format!(
                            "lone surrogate \\{e}{v:0w$x} is not supported yet: Coro strings are UTF-8 text",
                            w = n
                        ),
                        "surrogate code point",
                    ));
                    return;
                }
                emit(v);
            }
            'N' if !bytes => {
                // `\N{name}`: the name as Python's `unicodedata.lookup` takes it.
                let rest = &text[i + 2..];
                let Some(body) = rest.strip_prefix('{') else {
                    bad(diags, 2, "malformed \\N character escape");
                    return;
                };
                let Some(close) = body.find('}') else {
                    bad(diags, text.len() - i, "malformed \\N character escape");
                    return;
                };
                if close == 0 {
                    bad(diags, 3, "malformed \\N character escape");
                    return;
                }
                let name = &body[..close];
                let Some(ch) = lookup_name(name) else {
                    bad(diags, 3 + close + 1, "unknown Unicode character name");
                    return;
                };
                for _ in 0..name.chars().count() + 2 {
                    it.next();
                }
                emit(ch as u32);
            }
            other => {
                // Unknown escapes stay as written, as in Python.
                emit('\\' as u32);
                emit(other as u32);
            }
        }
    }
}

/// The byte offset that `text[..upto]` has in the copy CPython decodes
/// escapes from, where each non-ASCII character became `\Uxxxxxxxx` and a
/// backslash before one (or at the end) became `\u005c`; its error
/// messages count positions in that copy.
fn cpython_pos(text: &str, upto: usize) -> usize {
    let b = text.as_bytes();
    let upto = upto.min(b.len());
    let (mut s, mut p) = (0, 0);
    // One source character (or byte run) at a time, as CPython's loop.
    let step = |s: &mut usize, p: &mut usize| {
        if b[*s] < 0x80 {
            // `\r\n` was one newline by the time CPython saw it.
            *p += usize::from(!(b[*s] == b'\r' && b.get(*s + 1) == Some(&b'\n')));
            *s += 1;
        } else {
            *s += text[*s..].chars().next().map_or(1, char::len_utf8);
            *p += 10;
        }
    };
    while s < upto {
        if b[s] == b'\\' {
            s += 1;
            p += 1;
            if s >= b.len() || b[s] >= 0x80 {
                p += 5;
            }
            if s >= b.len() {
                break;
            }
        }
        step(&mut s, &mut p);
    }
    p
}

/// The character Python's `\N{name}` names: its Unicode name or an alias
/// (as `unicodedata.lookup`), in any ASCII case. `unicode_names2` matches
/// loosely (UAX44-LM2: it also ignores spaces, `_` and medial hyphens),
/// which Python does not, so a name must also be spelt exactly.
fn lookup_name(name: &str) -> Option<char> {
    if !name
        .bytes()
        .all(|c| c.is_ascii_alphanumeric() || c == b' ' || c == b'-')
        || name.starts_with(' ')
        || name.ends_with(' ')
        || name.contains("  ")
    {
        return None;
    }
    let ch = unicode_names2::character(name)?;
    let upper = name.to_ascii_uppercase();
    match unicode_names2::name(ch) {
        // The official name, spelt exactly; otherwise it matched an alias
        // (`BACKSPACE`, `NBSP`...), whose table is not public.
        Some(official) if official.to_string() == upper => Some(ch),
        Some(official)
            if official.to_string().replace(['-', ' '], "") == upper.replace(['-', ' '], "") =>
        {
            None
        }
        _ => Some(ch),
    }
}
