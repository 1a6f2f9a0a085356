//! The layout pass: physical newlines and indentation to Python's NEWLINE,
//! INDENT and DEDENT tokens.
//!
//! Inside brackets, newlines and indentation mean nothing. Outside, a
//! `Newline` ends a logical line only if the line had a token, and each
//! line's indentation text is compared *as text* with a stack of enclosing
//! levels (stricter than CPython's tab-size rule, in its spirit). INDENT and
//! DEDENT always balance, even after an error: the parser's recovery relies
//! on it. Brackets are matched here too, which gives Python's messages for
//! `'(' was never closed` and `unmatched ')'`. A bracket left open is given
//! up at the next line that can only start a statement (`def`, `return`...
//! at the bracket line's indentation or less), so that errors after it are
//! still found.

use super::token::Token;
use crate::diagnostics::{Diagnostic, DiagnosticKind};
use crate::span::Span;

/// What the layout pass found besides the tokens.
pub struct Layout<'s> {
    pub tokens: Vec<(Token<'s>, Span)>,
    /// From each bracket never closed to where layout resumed (or the end):
    /// the text it swallowed, whose parse errors are noise.
    pub swallowed: Vec<Span>,
    /// The opening bracket still open at the end of the text, if any.
    pub unclosed: Option<Span>,
}

/// Whether a token can only begin a statement, never continue an
/// expression inside brackets.
fn starts_statement_only(tok: &Token) -> bool {
    matches!(
        tok,
        Token::Def
            | Token::Class
            | Token::Return
            | Token::Import
            | Token::Raise
            | Token::Pass
            | Token::Break
            | Token::Continue
            | Token::Global
            | Token::Nonlocal
            | Token::Del
            | Token::Assert
            | Token::While
            | Token::Try
            | Token::Except
            | Token::Finally
            | Token::With
            | Token::Elif
    )
}

/// The leading blanks of the line that starts at `line_start`.
fn indentation(src: &str, line_start: usize) -> &str {
    let rest = &src[line_start..];
    let n = rest.len() - rest.trim_start_matches([' ', '\t', '\x0c']).len();
    let ws = &rest[..n];
    ws.rsplit('\x0c').next().unwrap_or(ws)
}

/// Lays out a whole file's tokens.
pub fn layout<'s>(
    src: &'s str,
    tokens: Vec<(Token<'s>, Span)>,
    diags: &mut Vec<Diagnostic>,
) -> Layout<'s> {
    let mut out = Vec::with_capacity(tokens.len() + tokens.len() / 8);
    let mut levels: Vec<&'s str> = vec![""];
    let mut brackets: Vec<(Token<'s>, Span)> = Vec::new();
    let mut line_start = 0usize;
    let mut line_has_tokens = false;
    // Inside brackets: whether no token of this physical line came yet, and
    // the indentation of the line of the outermost open bracket.
    let mut physical_line_start = true;
    let mut bracket_indent = "";
    let mut swallowed = Vec::new();
    for (tok, span) in tokens {
        if tok == Token::Newline {
            if brackets.is_empty() {
                if line_has_tokens {
                    out.push((Token::Newline, span));
                }
                line_has_tokens = false;
            }
            line_start = span.end as usize;
            physical_line_start = true;
            continue;
        }
        if physical_line_start
            && !brackets.is_empty()
            && starts_statement_only(&tok)
            && bracket_indent.starts_with(indentation(src, line_start))
        {
            // The bracket can never be closed: report it, end its
            // statement, and lay this line out afresh.
            let (open, at) = brackets[0].clone();
            diags.push(never_closed(&open, at));
            swallowed.push(Span::new(at.start as usize, line_start));
            brackets.clear();
            // Placed in the swallowed text, so that errors at it are dropped.
            let eol = line_start.saturating_sub(1).max(at.start as usize);
            out.push((Token::Newline, Span::new(eol, eol)));
            line_has_tokens = false;
        }
        physical_line_start = false;
        if !line_has_tokens && brackets.is_empty() {
            // A form feed resets the indentation count, as in CPython.
            let ws = &src[line_start..span.start as usize];
            let ws = ws.rsplit('\x0c').next().unwrap_or(ws);
            indent(ws, span, &mut levels, &mut out, diags);
            line_has_tokens = true;
        }
        let tok = match tok {
            Token::LParen | Token::LBracket | Token::LBrace => {
                if brackets.is_empty() {
                    bracket_indent = indentation(src, line_start);
                }
                brackets.push((tok.clone(), span));
                tok
            }
            Token::RParen | Token::RBracket | Token::RBrace => {
                match close(&mut brackets, &tok, span) {
                    Ok(()) => tok,
                    Err(d) => {
                        diags.push(d);
                        Token::Error
                    }
                }
            }
            tok => tok,
        };
        out.push((tok, span));
    }
    let end = Span::new(src.len(), src.len());
    let unclosed = brackets.first().map(|(t, s)| {
        diags.push(never_closed(t, *s));
        swallowed.push(Span::new(s.start as usize, src.len()));
        *s
    });
    if line_has_tokens {
        out.push((Token::Newline, end));
    }
    for _ in 1..levels.len() {
        out.push((Token::Dedent, end));
    }
    Layout {
        tokens: out,
        swallowed,
        unclosed,
    }
}

fn never_closed(open: &Token, at: Span) -> Diagnostic {
    Diagnostic::syntax(
        at,
        format!("{open} was never closed"),
        "this bracket is never closed",
    )
}

/// Matches a closing bracket with the innermost open one.
fn close<'s>(
    brackets: &mut Vec<(Token<'s>, Span)>,
    tok: &Token<'s>,
    span: Span,
) -> Result<(), Diagnostic> {
    let Some((open, _)) = brackets.last() else {
        return Err(Diagnostic::syntax(
            span,
            format!("unmatched {tok}"),
            "no bracket opens this",
        ));
    };
    let expected = match open {
        Token::LParen => Token::RParen,
        Token::LBracket => Token::RBracket,
        _ => Token::RBrace,
    };
    if &expected == tok {
        brackets.pop();
        Ok(())
    } else {
        Err(Diagnostic::syntax(
            span,
            format!("closing parenthesis {tok} does not match opening parenthesis {open}"),
            format!("expected {expected}"),
        ))
    }
}

/// Compares a logical line's indentation with the open levels and emits
/// INDENT or DEDENTs. On an error the line snaps to an enclosing level, so
/// the stack never holds a level that a DEDENT will not close.
fn indent<'s>(
    text: &'s str,
    at: Span,
    levels: &mut Vec<&'s str>,
    out: &mut Vec<(Token<'s>, Span)>,
    diags: &mut Vec<Diagnostic>,
) {
    let here = Span::new(at.start as usize, at.start as usize);
    let top = *levels.last().unwrap_or(&"");
    if text == top {
        return;
    }
    if text.starts_with(top) {
        levels.push(text);
        let start = at.start as usize - text.len();
        out.push((Token::Indent, Span::new(start, at.start as usize)));
        return;
    }
    loop {
        let top = *levels.last().unwrap_or(&"");
        if text == top {
            return;
        }
        if levels.len() > 1 && top.starts_with(text) {
            levels.pop();
            out.push((Token::Dedent, here));
            continue;
        }
        diags.push(if text.starts_with(top) {
            indentation_error(
                DiagnosticKind::IndentationError,
                here,
                "unindent does not match any outer indentation level",
                "this line's indentation",
            )
        } else {
            tab_error(here)
        });
        return;
    }
}

fn tab_error(at: Span) -> Diagnostic {
    indentation_error(
        DiagnosticKind::TabError,
        at,
        "inconsistent use of tabs and spaces in indentation",
        "this line's indentation",
    )
}

fn indentation_error(kind: DiagnosticKind, span: Span, message: &str, label: &str) -> Diagnostic {
    Diagnostic {
        kind,
        ..Diagnostic::syntax(span, message, label)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::lexer::lex;

    /// The token stream as a compact string: names, `NL`, `IN`, `DE`.
    fn shape(src: &str) -> (String, Vec<String>) {
        let mut diags = Vec::new();
        let toks = lex(src, 0..src.len(), &mut diags);
        let lay = layout(src, toks, &mut diags);
        let words: Vec<String> = lay
            .tokens
            .iter()
            .map(|(t, _)| match t {
                Token::Newline => "NL".to_string(),
                Token::Indent => "IN".to_string(),
                Token::Dedent => "DE".to_string(),
                Token::Name(n) => n.to_string(),
                Token::Int(n) => n.to_string(),
                t => t.text().unwrap_or("?").to_string(),
            })
            .collect();
        (
            words.join(" "),
            diags.into_iter().map(|d| d.message).collect(),
        )
    }

    #[test]
    fn blocks_and_blank_lines() {
        let (s, e) = shape("if a:\n    b\n\n    # c\n  \n    d\ne\n");
        assert_eq!(s, "if a : NL IN b NL d NL DE e NL");
        assert!(e.is_empty());
    }

    #[test]
    fn brackets_and_continuations() {
        assert_eq!(shape("x = (1,\n  2)\ny\n").0, "x = ( 1 , 2 ) NL y NL");
        assert_eq!(shape("x = 1 + \\\n    2\n").0, "x = 1 + 2 NL");
        assert_eq!(shape("a\r\n  b\r\n").0, "a NL IN b NL DE");
        assert_eq!(shape("a\rb").0, "a NL b NL");
    }

    #[test]
    fn eof_without_newline_closes_blocks() {
        assert_eq!(
            shape("def f():\n  if x:\n    y").0,
            "def f ( ) : NL IN if x : NL IN y NL DE DE"
        );
        assert_eq!(shape("").0, "");
        assert_eq!(shape("\n\n# only a comment").0, "");
    }

    #[test]
    fn bad_dedent_snaps_back_and_balances() {
        let (s, e) = shape("if a:\n    b\n  c\nd\n");
        assert_eq!(s, "if a : NL IN b NL DE c NL d NL");
        assert_eq!(
            e,
            vec!["unindent does not match any outer indentation level"]
        );
    }

    #[test]
    fn tabs_against_spaces() {
        let (s, e) = shape("if a:\n\tb\n        c\n");
        assert_eq!(s, "if a : NL IN b NL c NL DE");
        assert_eq!(
            e,
            vec!["inconsistent use of tabs and spaces in indentation"]
        );
    }

    #[test]
    fn a_form_feed_resets_the_indentation() {
        let (s, e) = shape("if a:\n\x0c    b\n    \x0cc\n\x0cd\n");
        assert_eq!(s, "if a : NL IN b NL DE c NL d NL");
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn bracket_errors() {
        assert_eq!(shape("f(1\nx = 2\n").1, vec!["'(' was never closed"]);
        assert_eq!(shape("a)\n").1, vec!["unmatched ')'"]);
        assert_eq!(
            shape("(a]\n").1[0],
            "closing parenthesis ']' does not match opening parenthesis '('"
        );
    }

    #[test]
    fn an_unclosed_bracket_gives_up_at_a_line_that_only_a_statement_starts() {
        let (s, e) = shape("def f():\n    x = [1,\n    return x\ny = 2\n");
        assert_eq!(
            s, "def f ( ) : NL IN x = [ 1 , NL return x NL DE y = 2 NL",
            "{e:?}"
        );
        assert_eq!(e, vec!["'[' was never closed"]);
        // Deeper than the bracket's line, or a word an expression may hold:
        // still inside.
        let (s, _) = shape("x = (1,\n  return\n)\n");
        assert_eq!(s, "x = ( 1 , return ) NL");
        let (s, _) = shape("x = [a\nfor a in b]\n");
        assert_eq!(s, "x = [ a for a in b ] NL");
    }
}
