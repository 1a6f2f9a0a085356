//! `coro` on a terminal: the REPL, a rustyline front end over a
//! [`coro::Session`].
//!
//! The session lives on a thread of its own that keeps the event loop
//! turning: between inputs it runs whatever is ready and sleeps until the
//! next timer or the next request, so tasks made by one input go on running
//! while the user types the next. Their output reaches the terminal through
//! rustyline's external printer, above the line being edited. The editor
//! thread sends that thread inputs, completion and `:tasks` requests; values
//! never cross threads, only strings.

use coro::session::{Outcome, Session, TaskInfo, input_is_complete};
use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{Config, Editor, ExternalPrinter, Helper};
use std::borrow::Cow;
use std::io::Write;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const HELP: &str = "\
Type Coro (Python 3) code; `await` works at the top level, and tasks keep
running on the live event loop between inputs.
  :tasks      the pending tasks: state, where each waits and on what
  :help       this list
  exit, quit  leave (so do exit(), Ctrl-D)
A compound statement ends with a blank line; Tab completes names, keywords and
module members; Ctrl-C cancels the running input (background tasks go on).
";

const BUSY: &str = "the event loop is busy: a task is running without awaiting \
(an input waits for it; Ctrl-C then interrupts it)";

/// What the editor asks of the session's thread.
enum Request {
    Input(String),
    Complete(String),
    Tasks,
}

enum Reply {
    Done(Outcome),
    Words(Vec<String>),
    Tasks(Vec<TaskInfo>),
}

/// Both ends the editor holds. Each request is numbered and its reply
/// carries the number, so that a reply that came too late (to a completion
/// given up on) is told apart and dropped.
struct Link {
    requests: Sender<(u64, Request)>,
    replies: Receiver<(u64, Reply)>,
    next: std::cell::Cell<u64>,
}

/// Why a request got no reply.
enum NoReply {
    /// The session is busy: a task runs without awaiting.
    Busy,
    /// The session's thread has ended.
    Gone,
}

impl Link {
    /// Sends a request and waits for its reply, at most `patience` if given.
    fn ask(&self, r: Request, patience: Option<Duration>) -> Result<Reply, NoReply> {
        let id = self.next.get() + 1;
        self.next.set(id);
        self.requests.send((id, r)).map_err(|_| NoReply::Gone)?;
        let deadline = patience.map(|p| Instant::now() + p);
        loop {
            let got = match deadline {
                None => self.replies.recv().map_err(|_| NoReply::Gone),
                Some(d) => self
                    .replies
                    .recv_timeout(d.saturating_duration_since(Instant::now()))
                    .map_err(|e| match e {
                        RecvTimeoutError::Timeout => NoReply::Busy,
                        RecvTimeoutError::Disconnected => NoReply::Gone,
                    }),
            };
            match got? {
                (n, reply) if n == id => return Ok(reply),
                _ => continue,
            }
        }
    }
}

/// How long completion and `:tasks` wait for a session that is busy.
const PATIENCE: Duration = Duration::from_millis(500);

/// Output of the session: straight to stdout/stderr while an input runs,
/// through the editor's external printer while the prompt is shown (so a
/// background task's line appears above the one being typed).
struct Sink {
    printer: Arc<Mutex<Option<Box<dyn ExternalPrinter + Send>>>>,
    at_prompt: Arc<AtomicBool>,
    stderr: bool,
    buf: Vec<u8>,
}

impl Sink {
    fn emit(&mut self, upto: usize) {
        if upto == 0 {
            return;
        }
        let bytes: Vec<u8> = self.buf.drain(..upto).collect();
        if self.at_prompt.load(Ordering::SeqCst)
            && let Ok(mut p) = self.printer.lock()
            && let Some(p) = p.as_mut()
            && p.print(String::from_utf8_lossy(&bytes).into_owned())
                .is_ok()
        {
            return;
        }
        let _ = if self.stderr {
            std::io::stderr().write_all(&bytes)
        } else {
            let mut out = std::io::stdout();
            out.write_all(&bytes).and_then(|_| out.flush())
        };
    }
}

impl Write for Sink {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.buf.extend_from_slice(data);
        if let Some(i) = self.buf.iter().rposition(|&b| b == b'\n') {
            self.emit(i + 1);
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.emit(self.buf.len());
        Ok(())
    }
}

/// Runs the REPL (after `script`, for `coro -i`) until exit; returns the exit status.
pub fn main(
    script: Option<(String, String)>,
    options: &coro::Options,
    color: bool,
) -> Result<ExitCode, ExitCode> {
    use std::io::IsTerminal;
    let color = color && std::io::stdout().is_terminal();
    let printer: Arc<Mutex<Option<Box<dyn ExternalPrinter + Send>>>> = Arc::default();
    let at_prompt = Arc::new(AtomicBool::new(false));
    let (req_tx, req_rx) = channel();
    let (rep_tx, rep_rx) = channel();
    let sink = |stderr| Sink {
        printer: printer.clone(),
        at_prompt: at_prompt.clone(),
        stderr,
        buf: Vec::new(),
    };
    let (out, err) = (sink(false), sink(true));
    let mut options = options.clone();
    if options.argv.is_empty() {
        options.argv.push(String::new());
    }
    let session = std::thread::Builder::new()
        .name("coro-session".into())
        .stack_size(512 << 20)
        .spawn(move || serve(script, options, out, err, color, req_rx, rep_tx))
        .map_err(|_| ExitCode::from(1))?;
    let link = Link {
        requests: req_tx,
        replies: rep_rx,
        next: std::cell::Cell::new(0),
    };
    // The session thread first reports that the script (if any) ended; as
    // with `python -i`, the REPL opens even after an exception or SystemExit.
    let status = match link.replies.recv() {
        Ok(_) => edit(link, printer, at_prompt, color),
        Err(_) => 1,
    };
    drop(session);
    Ok(ExitCode::from(status as u8))
}

/// The session's thread: runs inputs, answers requests, and turns the loop
/// while it waits for them.
fn serve(
    script: Option<(String, String)>,
    options: coro::Options,
    out: Sink,
    err: Sink,
    color: bool,
    requests: Receiver<(u64, Request)>,
    replies: Sender<(u64, Reply)>,
) {
    let mut s = Session::new(&options, Box::new(out), Box::new(err), color);
    // As in `python -m asyncio`, asyncio is already imported.
    s.run_script("<repl>", "import asyncio");
    // Completion looks names up without running code: asyncio's Coro part runs now.
    s.load_coro_parts();
    let outcome = match script {
        Some((path, src)) => s.run_script(&path, &src),
        None => Outcome::Ok,
    };
    if replies.send((0, Reply::Done(outcome))).is_err() {
        return;
    }
    loop {
        s.run_ready();
        let request = match s.next_wakeup() {
            Some(wait) => match requests.recv_timeout(wait) {
                Ok(r) => r,
                Err(RecvTimeoutError::Timeout) => continue,
                Err(RecvTimeoutError::Disconnected) => break,
            },
            None => match requests.recv() {
                Ok(r) => r,
                Err(_) => break,
            },
        };
        let (id, request) = request;
        let reply = match request {
            Request::Input(src) => Reply::Done(s.run_input(&src)),
            Request::Complete(word) => Reply::Words(s.completions(&word)),
            Request::Tasks => Reply::Tasks(s.tasks()),
        };
        if replies.send((id, reply)).is_err() {
            break;
        }
    }
    s.flush();
}

/// The editing loop: reads inputs (multi-line blocks included) until exit.
fn edit(
    link: Link,
    printer: Arc<Mutex<Option<Box<dyn ExternalPrinter + Send>>>>,
    at_prompt: Arc<AtomicBool>,
    color: bool,
) -> i32 {
    let config = Config::builder()
        .auto_add_history(false)
        .tab_stop(4)
        .indent_size(4)
        .build();
    let Ok(mut editor) = Editor::<Repl, DefaultHistory>::with_config(config) else {
        eprintln!("coro: cannot open the terminal");
        return 1;
    };
    if let Ok(p) = editor.create_external_printer()
        && let Ok(mut slot) = printer.lock()
    {
        *slot = Some(Box::new(p));
    }
    let history = history_file();
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    let link = std::rc::Rc::new(link);
    editor.set_helper(Some(Repl {
        link: link.clone(),
        color,
    }));
    eprintln!(
        "Coro {} (Python 3.11 subset) REPL: top-level await runs on a live event loop.\nType :help for commands, exit or Ctrl-D to leave.",
        env!("CARGO_PKG_VERSION")
    );
    let mut buffer = String::new();
    let status = loop {
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        at_prompt.store(true, Ordering::SeqCst);
        let line = editor.readline(prompt);
        at_prompt.store(false, Ordering::SeqCst);
        let line = match line {
            Ok(line) => line,
            Err(ReadlineError::Interrupted) => {
                buffer.clear();
                eprintln!("KeyboardInterrupt");
                continue;
            }
            Err(ReadlineError::Eof) => break 0,
            Err(e) => {
                eprintln!("coro: {e}");
                break 1;
            }
        };
        if buffer.is_empty() {
            match command(line.trim(), &link) {
                Some(Command::Exit) => break 0,
                Some(Command::Shown) => {
                    let _ = editor.add_history_entry(line.trim());
                    continue;
                }
                None => {}
            }
        }
        buffer.push_str(&line);
        buffer.push('\n');
        if !input_is_complete(&buffer, line.contains('\n')) {
            continue;
        }
        let src = std::mem::take(&mut buffer);
        if src.trim().is_empty() {
            continue;
        }
        let _ = editor.add_history_entry(src.trim_end());
        match link.ask(Request::Input(src), None) {
            Ok(Reply::Done(Outcome::Exit(n))) => break n,
            Ok(_) => {}
            Err(_) => break 1,
        }
    };
    if let Some(h) = &history {
        if let Some(dir) = h.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let _ = editor.save_history(h);
    }
    status
}

enum Command {
    Exit,
    /// A REPL command whose answer is already shown.
    Shown,
}

/// REPL commands: `:tasks`, `:help`, and `exit`/`quit` typed bare.
fn command(line: &str, link: &Link) -> Option<Command> {
    match line {
        "exit" | "quit" => Some(Command::Exit),
        ":help" | ":h" | "help" => {
            print!("{HELP}");
            Some(Command::Shown)
        }
        ":tasks" | ":t" => {
            match link.ask(Request::Tasks, Some(PATIENCE)) {
                Ok(Reply::Tasks(tasks)) => print!("{}", tasks_table(&tasks)),
                Err(NoReply::Busy) => eprintln!("{BUSY}"),
                _ => {}
            }
            Some(Command::Shown)
        }
        _ if line.starts_with(':') => {
            eprintln!("unknown command {line}; :help lists the commands");
            Some(Command::Shown)
        }
        _ => None,
    }
}

/// `:tasks`: one line per pending task.
fn tasks_table(tasks: &[TaskInfo]) -> String {
    if tasks.is_empty() {
        return "no pending tasks\n".to_string();
    }
    let mut out = String::new();
    for t in tasks {
        let place = match &t.place {
            Some((file, line)) => format!(" at {file}:{line}"),
            None => String::new(),
        };
        let on = if t.waits_on.is_empty() {
            String::new()
        } else {
            format!(" on {}", t.waits_on)
        };
        out.push_str(&format!("{} {}() {}{place}{on}\n", t.name, t.coro, t.state));
    }
    out
}

/// `$XDG_DATA_HOME/coro/history`, or `~/.local/share/coro/history`.
fn history_file() -> Option<std::path::PathBuf> {
    let data = std::env::var_os("XDG_DATA_HOME")
        .filter(|d| !d.is_empty())
        .map(std::path::PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".local/share"))
        })?;
    Some(data.join("coro").join("history"))
}

/// The editor's helper: completion through the session, highlighting by
/// Coro's own lexer.
struct Repl {
    link: std::rc::Rc<Link>,
    color: bool,
}

impl Helper for Repl {}
impl Hinter for Repl {
    type Hint = String;
}
impl Validator for Repl {}

impl Completer for Repl {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &rustyline::Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let before = &line[..pos];
        let start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric() || *c == '_' || *c == '.' || *c == ':')
            .last()
            .map_or(pos, |(i, _)| i);
        let word = &before[start..];
        if word.is_empty() {
            // Tab at the start of a line indents.
            return Ok(if before.trim().is_empty() {
                (pos, vec!["    ".to_string()])
            } else {
                (pos, Vec::new())
            });
        }
        if word.starts_with(':') {
            let cmds = [":help", ":tasks"];
            let found = cmds.iter().filter(|c| c.starts_with(word));
            return Ok((start, found.map(|c| c.to_string()).collect()));
        }
        match self
            .link
            .ask(Request::Complete(word.to_string()), Some(PATIENCE))
        {
            Ok(Reply::Words(words)) => Ok((start, words)),
            _ => Ok((start, Vec::new())),
        }
    }
}

impl Highlighter for Repl {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if !self.color || line.is_empty() {
            return Cow::Borrowed(line);
        }
        Cow::Owned(highlight(line))
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _kind: CmdKind) -> bool {
        self.color
    }
}

/// ANSI colours for keywords, strings, numbers and comments, from Coro's lexer.
fn highlight(line: &str) -> String {
    use coro::syntax::token::Token;
    let mut diags = Vec::new();
    let tokens = coro::syntax::lexer::lex(line, 0..line.len(), &mut diags);
    let mut out = String::with_capacity(line.len() * 2);
    let mut at = 0;
    let gap = |out: &mut String, text: &str| match text.find('#') {
        Some(i) => {
            out.push_str(&text[..i]);
            out.push_str("\x1b[90m");
            out.push_str(&text[i..]);
            out.push_str("\x1b[0m");
        }
        None => out.push_str(text),
    };
    for (tok, span) in tokens {
        let (s, e) = (span.start as usize, span.end as usize);
        if s < at || e > line.len() || s >= e {
            continue;
        }
        gap(&mut out, &line[at..s]);
        let text = &line[s..e];
        let colour = match tok {
            Token::RawStr(_) | Token::Str(_) => Some("32"),
            Token::Int(_) | Token::BigInt(_) | Token::Float(_) => Some("36"),
            Token::Name(_) => None,
            _ if coro::session::KEYWORDS.contains(&text) => Some("1;35"),
            _ => None,
        };
        match colour {
            Some(c) => out.push_str(&format!("\x1b[{c}m{text}\x1b[0m")),
            None => out.push_str(text),
        }
        at = e;
    }
    gap(&mut out, &line[at..]);
    out
}
