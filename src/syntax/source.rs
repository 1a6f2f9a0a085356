//! A source file's bytes to text, as CPython reads a script without an
//! encoding declaration: UTF-8, with a byte order mark at the very start
//! dropped, and any other byte sequence a SyntaxError.

use crate::diagnostics::Diagnostic;
use crate::span::Span;

/// The text of a script's bytes. On failure, the text with each bad byte
/// replaced (to show the report on) and the SyntaxError, spanning the first
/// bad byte, in CPython's words (`path` is the script's name as given).
pub fn decode(path: &str, bytes: &[u8]) -> Result<String, (String, Diagnostic)> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
            let message = format!(
                "Non-UTF-8 code starting with '\\x{:02x}' in file {path} on line {line}, \
                 but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                bytes[at]
            );
            // Every byte before the bad one is valid, so the span's offset
            // is the same in the replaced text.
            let text = String::from_utf8_lossy(bytes).into_owned();
            let span = Span::new(at, at + '\u{fffd}'.len_utf8());
            Err((text, Diagnostic::syntax(span, message, "not UTF-8")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn a_leading_byte_order_mark_is_dropped() {
        assert_eq!(
            decode("f.py", b"\xef\xbb\xbfx = 1\n").ok().as_deref(),
            Some("x = 1\n")
        );
        assert_eq!(decode("f.py", b"x\n").ok().as_deref(), Some("x\n"));
    }

    #[test]
    fn bytes_that_are_not_utf8_are_a_syntax_error_at_the_first_one() {
        let Err((text, d)) = decode("f.py", b"a = 1\nb = '\xff\xfe'\n") else {
            panic!("accepted bad bytes");
        };
        assert_eq!(text, "a = 1\nb = '\u{fffd}\u{fffd}'\n");
        assert_eq!(d.span.start, 11);
        assert_eq!(
            d.message,
            "Non-UTF-8 code starting with '\\xff' in file f.py on line 2, but no encoding \
             declared; see https://peps.python.org/pep-0263/ for details"
        );
    }
}
