//! Errors found before a program runs, and the one place that renders them
//! (with ariadne) for a terminal or a golden file.

use crate::span::Span;
use ariadne::{CharSet, Color, Config, IndexType, Label, Report, ReportKind, Source};

/// The Python exception class a diagnostic stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiagnosticKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl DiagnosticKind {
    pub fn name(self) -> &'static str {
        match self {
            DiagnosticKind::SyntaxError => "SyntaxError",
            DiagnosticKind::IndentationError => "IndentationError",
            DiagnosticKind::TabError => "TabError",
        }
    }
}

/// One error with its place in the source.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub kind: DiagnosticKind,
    pub span: Span,
    /// The headline, as Python would word it (`invalid syntax`, `'await' outside async function`).
    pub message: String,
    /// What the span shows, in a few words (`expected ':'`).
    pub label: String,
    /// Extra lines: hints, what Coro supports instead.
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn syntax(span: Span, message: impl Into<String>, label: impl Into<String>) -> Diagnostic {
        Diagnostic {
            kind: DiagnosticKind::SyntaxError,
            span,
            message: message.into(),
            label: label.into(),
            notes: Vec::new(),
        }
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }
}

/// Whether stderr should get colour: a terminal, and `NO_COLOR` unset or empty.
pub fn want_color() -> bool {
    use std::io::IsTerminal;
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal()
}

/// How many diagnostics are shown at most: a file of thousands of bad lines
/// gets the first ones and a count of the rest, not thousands of reports.
pub const MAX_SHOWN: usize = 20;

/// Renders diagnostics as ariadne reports, in source order: the first
/// [`MAX_SHOWN`], then a line counting the others.
pub fn render(diagnostics: &[Diagnostic], path: &str, src: &str, color: bool) -> String {
    let mut sorted: Vec<&Diagnostic> = diagnostics.iter().collect();
    sorted.sort_by_key(|d| (d.span.start, d.span.end));
    let hidden = sorted.len().saturating_sub(MAX_SHOWN);
    sorted.truncate(MAX_SHOWN);
    let mut out = Vec::new();
    for d in sorted {
        let range = clamp(d.span, src);
        let mut report = Report::build(ReportKind::Error, (path, range.clone()))
            .with_config(
                Config::new()
                    .with_color(color)
                    .with_index_type(IndexType::Byte)
                    .with_char_set(CharSet::Ascii),
            )
            .with_message(format!("{}: {}", d.kind.name(), d.message))
            .with_label(
                Label::new((path, range))
                    .with_message(&d.label)
                    .with_color(Color::Red),
            );
        for note in &d.notes {
            report = report.with_note(note);
        }
        // Writing into a Vec cannot fail.
        let _ = report.finish().write((path, Source::from(src)), &mut out);
    }
    let mut text = String::from_utf8_lossy(&out).into_owned();
    if hidden > 0 {
        let s = if hidden == 1 { "" } else { "s" };
        text.push_str(&format!(
            "coro: {hidden} more error{s} in {path} not shown (the first {MAX_SHOWN} are)\n"
        ));
    }
    text
}

/// A span within the text and on character boundaries (ariadne slices the
/// text at them): a span that ends inside a character takes all of it.
fn clamp(span: Span, src: &str) -> std::ops::Range<usize> {
    let mut start = (span.start as usize).min(src.len());
    while !src.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (span.end as usize).clamp(start, src.len());
    while !src.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_inside_a_character_takes_all_of_it() {
        let src = "x = 'é'\n";
        // Byte 6 is inside `é` (bytes 5..7).
        let d = Diagnostic::syntax(Span::new(6, 7), "a message", "a label");
        assert_eq!(clamp(d.span, src), 5..7);
        assert!(render(&[d], "f.py", src, false).contains("a message"));
    }
}
