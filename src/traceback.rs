//! Python's traceback format for an uncaught exception, following a task
//! through the awaits that led to it.

use crate::vm::exception::Exception;
use crate::vm::heap::Ref;
use std::fmt::Write;

/// `str(e)` of an exception as the traceback shows it (the VM runs a
/// class's `__str__`; see `Vm::render_traceback`).
pub type Message<'a> = dyn FnMut(&Ref<Exception>) -> String + 'a;

/// The text Python prints on stderr for an uncaught exception, chained
/// causes and contexts first.
pub fn render(exc: &Ref<Exception>, message: &mut Message) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    write_chain(&mut out, exc, &mut seen, message);
    out
}

fn write_chain(
    out: &mut String,
    exc: &Ref<Exception>,
    seen: &mut Vec<*const Exception>,
    message: &mut Message,
) {
    seen.push(&**exc as *const Exception);
    if let Some(cause) = exc.cause.borrow().as_ref() {
        if !seen.contains(&(&**cause as *const Exception)) {
            write_chain(out, cause, seen, message);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        }
    } else if let Some(ctx) = exc.context.borrow().as_ref()
        && !exc.suppress_context.get()
        && !seen.contains(&(&**ctx as *const Exception))
    {
        write_chain(out, ctx, seen, message);
        out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    write_one(out, exc, message);
}

fn write_one(out: &mut String, exc: &Ref<Exception>, message: &mut Message) {
    let tb = exc.traceback.borrow();
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
    }
    // Like CPython, a run of more than three identical entries (deep
    // recursion) shows three and then how many more there were.
    let mut last: Option<(&str, usize, &str)> = None;
    let mut count = 0;
    for entry in tb.iter().rev() {
        let code = &entry.code;
        let (line, range) = crate::span::line_of(&code.source, entry.span.start as usize);
        let here = (&*code.filename, line, &*code.name);
        if last != Some(here) {
            write_repeated(out, count);
            last = Some(here);
            count = 0;
        }
        count += 1;
        if count > RECURSIVE_CUTOFF {
            continue;
        }
        let _ = writeln!(
            out,
            "  File \"{}\", line {line}, in {}",
            code.filename, code.name
        );
        let text = &code.source[range];
        let trimmed = text.trim();
        if !trimmed.is_empty() {
            let _ = writeln!(out, "    {trimmed}");
        }
    }
    write_repeated(out, count);
    drop(tb);
    // A module that did not compile: its diagnostics, spans and all.
    if let Some(report) = exc.report.borrow().as_deref() {
        out.push_str(report);
        return;
    }
    let _ = writeln!(out, "{}", exception_line(exc, &message(exc)));
    // `add_note`'s notes, one per line after the message.
    if let Some(dict) = exc.dict.borrow().as_ref()
        && let Some(crate::vm::value::Value::List(notes)) =
            dict.borrow().get(&crate::vm::value::StrKey("__notes__"))
    {
        for n in notes.borrow().iter() {
            let _ = writeln!(out, "{}", crate::vm::repr::str_plain(n));
        }
    }
}

/// How many identical traceback entries in a row are shown.
const RECURSIVE_CUTOFF: usize = 3;

fn write_repeated(out: &mut String, count: usize) {
    if count > RECURSIVE_CUTOFF {
        let n = count - RECURSIVE_CUTOFF;
        let s = if n > 1 { "s" } else { "" };
        let _ = writeln!(out, "  [Previous line repeated {n} more time{s}]");
    }
}

/// `ValueError: message`, or the bare class name when the message is empty.
pub fn exception_line(exc: &Exception, msg: &str) -> String {
    let name = exc.class.qualified_name();
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}
