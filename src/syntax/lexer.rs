//! Source text to tokens, with logos. The only file that knows logos.
//!
//! Physical newlines are kept as `Newline` tokens: the layout pass decides
//! which of them end a logical line. Comments, spaces and `\` continuations
//! are skipped here. Every lexical error becomes a diagnostic plus an
//! `Error` token, so the parser can go on (and ignores that token).

use super::token::Token;
use crate::diagnostics::Diagnostic;
use crate::span::{Span, line_of};
use logos::Logos;
use num_bigint::BigInt;
use std::rc::Rc;

/// Why a piece of text is not a token. The message is built later, when the
/// whole source is at hand (line numbers).
#[derive(Debug, Clone, PartialEq, Default)]
pub enum LexError {
    /// No token starts here (a stray character).
    #[default]
    Unexpected,
    UnterminatedString,
    UnterminatedTriple,
    /// A malformed number, with Python's message.
    BadNumber(&'static str),
    Imaginary,
    BadContinuation,
}

#[derive(Logos, Debug, Clone, PartialEq)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\x0C]+")]
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
#[logos(skip r"\\(\r\n|\r|\n)")]
enum Raw {
    #[regex(r"\r\n|\r|\n")]
    Newline,
    #[regex(r"[\p{XID_Start}_][\p{XID_Continue}]*")]
    Name,
    #[regex(r"[0-9](_?[0-9])*")]
    Decimal,
    #[regex(r"0[xX](_?[0-9a-fA-F])+", |_| 16u32)]
    #[regex(r"0[oO](_?[0-7])+", |_| 8u32)]
    #[regex(r"0[bB](_?[01])+", |_| 2u32)]
    Radix(u32),
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?")]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?")]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*")]
    Float,
    #[regex(r"([0-9](_?[0-9])*(\.([0-9](_?[0-9])*)?)?|\.[0-9](_?[0-9])*)([eE][+-]?[0-9](_?[0-9])*)?[jJ]", imaginary, priority = 20)]
    Imaginary,
    /// A digit run glued to letters (`1abc`, `0x`, `1__0`): Python's "invalid ... literal".
    #[regex(r"[0-9][0-9a-zA-Z_]*", bad_number, priority = 1)]
    BadNumber,
    #[regex(r#"([rRuUfFbB]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?["']"#, string)]
    Str,
    #[token("\\", bad_continuation)]
    Backslash,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(";")]
    Semi,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token("->")]
    Arrow,
    #[token(":=")]
    ColonEq,
    #[token("@")]
    At,
    #[token("=")]
    Eq,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("**")]
    DoubleStar,
    #[token("~")]
    Tilde,
    #[token("&")]
    Amp,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("<<")]
    LShift,
    #[token(">>")]
    RShift,
    #[token("+=")]
    PlusEq,
    #[token("-=")]
    MinusEq,
    #[token("*=")]
    StarEq,
    #[token("/=")]
    SlashEq,
    #[token("//=")]
    DoubleSlashEq,
    #[token("%=")]
    PercentEq,
    #[token("**=")]
    DoubleStarEq,
    #[token("@=")]
    AtEq,
    #[token("&=")]
    AmpEq,
    #[token("|=")]
    PipeEq,
    #[token("^=")]
    CaretEq,
    #[token("<<=")]
    LShiftEq,
    #[token(">>=")]
    RShiftEq,
    #[token("==")]
    EqEq,
    #[token("!=")]
    NotEq,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("<=")]
    LtE,
    #[token(">=")]
    GtE,
}

fn imaginary(_: &mut logos::Lexer<Raw>) -> Result<(), LexError> {
    Err(LexError::Imaginary)
}

fn bad_continuation(_: &mut logos::Lexer<Raw>) -> Result<(), LexError> {
    Err(LexError::BadContinuation)
}

fn bad_number(lex: &mut logos::Lexer<Raw>) -> Result<(), LexError> {
    let s = lex.slice();
    let kind = match s.get(..2) {
        Some("0x" | "0X") => "invalid hexadecimal literal",
        Some("0o" | "0O") => "invalid octal literal",
        Some("0b" | "0B") => "invalid binary literal",
        _ => "invalid decimal literal",
    };
    Err(LexError::BadNumber(kind))
}

/// Scans a string literal whose prefix and opening quote are already matched.
/// Only finds the end: escapes are decoded by the string pass. As in Python
/// 3.11, an f-string is scanned exactly like any other string.
fn string(lex: &mut logos::Lexer<Raw>) -> Result<(), LexError> {
    let quote = *lex.slice().as_bytes().last().unwrap_or(&b'"');
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    let mut i = if triple { 2 } else { 0 };
    loop {
        match rest.get(i) {
            None => {
                lex.bump(rest.len());
                return Err(if triple {
                    LexError::UnterminatedTriple
                } else {
                    LexError::UnterminatedString
                });
            }
            Some(b'\\') => {
                i += if rest.get(i + 1) == Some(&b'\r') && rest.get(i + 2) == Some(&b'\n') {
                    3
                } else {
                    2
                }
            }
            Some(b'\n' | b'\r') if !triple => {
                lex.bump(i);
                return Err(LexError::UnterminatedString);
            }
            Some(&c) if c == quote => {
                if !triple {
                    lex.bump(i + 1);
                    return Ok(());
                }
                if rest.get(i + 1) == Some(&quote) && rest.get(i + 2) == Some(&quote) {
                    lex.bump(i + 3);
                    return Ok(());
                }
                i += 1;
            }
            Some(_) => i += 1,
        }
    }
}

/// Lexes `src[range]` (the whole file, or the expression of an f-string
/// field); spans are absolute offsets into `src`. Errors go to `diags`.
pub fn lex<'s>(
    src: &'s str,
    range: std::ops::Range<usize>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<(Token<'s>, Span)> {
    let base = range.start;
    let text = &src[range];
    let mut out = Vec::with_capacity(text.len() / 4);
    let mut lexer = Raw::lexer(text);
    while let Some(res) = lexer.next() {
        let r = lexer.span();
        let span = Span::new(base + r.start, base + r.end);
        let slice = &src[span.range()];
        let tok = match res {
            Ok(raw) => convert(raw, slice, span, diags),
            Err(e) => {
                diags.push(error(src, e, span, slice));
                Token::Error
            }
        };
        out.push((tok, span));
    }
    out
}

fn convert<'s>(raw: Raw, slice: &'s str, span: Span, diags: &mut Vec<Diagnostic>) -> Token<'s> {
    use Raw as R;
    match raw {
        R::Newline => Token::Newline,
        R::Name => Token::keyword(slice).unwrap_or(Token::Name(slice)),
        R::Decimal => {
            let digits = slice.replace('_', "");
            if digits.len() > 1 && digits.starts_with('0') && digits.bytes().any(|b| b != b'0') {
                diags.push(Diagnostic::syntax(
                    span,
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    "leading zeros",
                ));
                return Token::Error;
            }
            int_token(&digits, 10)
        }
        R::Radix(radix) => int_token(&slice[2..].replace('_', ""), radix),
        R::Float => match slice.replace('_', "").parse::<f64>() {
            Ok(f) => Token::Float(f),
            Err(_) => {
                diags.push(Diagnostic::syntax(
                    span,
                    "invalid decimal literal",
                    "invalid number",
                ));
                Token::Error
            }
        },
        // These report through `Err` in their callbacks.
        R::Imaginary | R::BadNumber | R::Backslash => Token::Error,
        R::Str => Token::RawStr(slice),
        R::LParen => Token::LParen,
        R::RParen => Token::RParen,
        R::LBracket => Token::LBracket,
        R::RBracket => Token::RBracket,
        R::LBrace => Token::LBrace,
        R::RBrace => Token::RBrace,
        R::Comma => Token::Comma,
        R::Colon => Token::Colon,
        R::Semi => Token::Semi,
        R::Dot => Token::Dot,
        R::Ellipsis => Token::Ellipsis,
        R::Arrow => Token::Arrow,
        R::ColonEq => Token::ColonEq,
        R::At => Token::At,
        R::Eq => Token::Eq,
        R::Plus => Token::Plus,
        R::Minus => Token::Minus,
        R::Star => Token::Star,
        R::Slash => Token::Slash,
        R::DoubleSlash => Token::DoubleSlash,
        R::Percent => Token::Percent,
        R::DoubleStar => Token::DoubleStar,
        R::Tilde => Token::Tilde,
        R::Amp => Token::Amp,
        R::Pipe => Token::Pipe,
        R::Caret => Token::Caret,
        R::LShift => Token::LShift,
        R::RShift => Token::RShift,
        R::PlusEq => Token::PlusEq,
        R::MinusEq => Token::MinusEq,
        R::StarEq => Token::StarEq,
        R::SlashEq => Token::SlashEq,
        R::DoubleSlashEq => Token::DoubleSlashEq,
        R::PercentEq => Token::PercentEq,
        R::DoubleStarEq => Token::DoubleStarEq,
        R::AtEq => Token::AtEq,
        R::AmpEq => Token::AmpEq,
        R::PipeEq => Token::PipeEq,
        R::CaretEq => Token::CaretEq,
        R::LShiftEq => Token::LShiftEq,
        R::RShiftEq => Token::RShiftEq,
        R::EqEq => Token::EqEq,
        R::NotEq => Token::NotEq,
        R::Lt => Token::Lt,
        R::Gt => Token::Gt,
        R::LtE => Token::LtE,
        R::GtE => Token::GtE,
    }
}

/// An int literal's digits (separators removed) to an `Int`, or a `BigInt`
/// when it does not fit in an i64.
fn int_token(digits: &str, radix: u32) -> Token<'static> {
    match i64::from_str_radix(digits, radix) {
        Ok(n) => Token::Int(n),
        Err(_) => match BigInt::parse_bytes(digits.as_bytes(), radix) {
            Some(b) => Token::BigInt(Rc::new(b)),
            None => Token::Error,
        },
    }
}

fn error(src: &str, e: LexError, span: Span, slice: &str) -> Diagnostic {
    match e {
        LexError::Unexpected => {
            let c = slice.chars().next().unwrap_or('?');
            if c == '\0' {
                Diagnostic::syntax(span, "source code cannot contain null bytes", "null byte")
            } else if c.is_ascii() {
                Diagnostic::syntax(span, "invalid syntax", format!("unexpected '{c}'"))
            } else {
                Diagnostic::syntax(
                    span,
                    format!("invalid character '{c}' (U+{:04X})", c as u32),
                    "invalid character",
                )
            }
        }
        LexError::UnterminatedString => {
            let (line, _) = line_of(src, span.start as usize);
            Diagnostic::syntax(
                span,
                format!("unterminated string literal (detected at line {line})"),
                "this string is never closed",
            )
        }
        LexError::UnterminatedTriple => {
            let (line, _) = line_of(src, src.len());
            Diagnostic::syntax(
                Span::new(
                    span.start as usize,
                    span.start as usize + 3.min(slice.len()),
                ),
                format!("unterminated triple-quoted string literal (detected at line {line})"),
                "this string is never closed",
            )
        }
        LexError::BadNumber(msg) => Diagnostic::syntax(span, msg, "invalid number"),
        LexError::Imaginary => Diagnostic::syntax(
            span,
            "Coro does not support complex numbers",
            "imaginary literal",
        )
        .with_note("complex numbers are outside the Python subset Coro implements"),
        LexError::BadContinuation => Diagnostic::syntax(
            span,
            "unexpected character after line continuation character",
            "a `\\` must end its line",
        ),
    }
}
