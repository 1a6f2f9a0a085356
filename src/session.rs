//! A live session: one VM, one `__main__` module and one event loop that last
//! across inputs. The REPL, `coro -i`, the tests and embedders drive it.
//!
//! Each input is compiled in interactive mode (top-level `await` allowed,
//! expression statements echoed through `sys.displayhook`). An input that
//! awaits runs as a task on the live loop, so tasks made by earlier inputs
//! run while it waits; one that does not await runs at once, as in CPython's
//! `python -m asyncio`. Between inputs the host calls [`Session::run_ready`]
//! whenever [`Session::next_wakeup`] says something is due: that is how tasks
//! keep running while the user types.

use crate::compiler::code::Op;
use crate::diagnostics;
use crate::runtime::future::{Future, FutureState};
use crate::vm::exception::Exception;
use crate::vm::heap::{Ref, alloc};
use crate::vm::types::Builtin;
use crate::vm::value::{Function, Module, Value};
use crate::vm::{Options, Vm};
use std::io::Write;
use std::time::Duration;

/// How an input (or a script) ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// It ran to the end.
    Ok,
    /// A syntax error or an exception, already shown on the error writer.
    Failed,
    /// `SystemExit` (`exit()`, `sys.exit(n)`): the host should exit with this status.
    Exit(i32),
}

/// A pending task as `:tasks` shows it.
#[derive(Debug, Clone)]
pub struct TaskInfo {
    pub name: String,
    /// The qualified name of its coroutine (`worker`).
    pub coro: String,
    /// `running`, `ready` (scheduled to run) or `waiting`.
    pub state: &'static str,
    /// Where it is parked: file and line of its innermost frame.
    pub place: Option<(String, usize)>,
    /// What it waits on (`sleep`, `<Task pending name='Task-2' ...>`), empty when ready.
    pub waits_on: String,
}

/// Python's keywords, for completion.
pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

pub struct Session {
    vm: Vm,
    module: Ref<Module>,
    color: bool,
    /// Inputs compiled so far: the next one is `<input-N>`.
    inputs: usize,
}

impl Session {
    /// A session whose loop is running: `asyncio.create_task` works at once,
    /// and `asyncio.run` is refused as it is inside a running loop.
    pub fn new(options: &Options, out: Box<dyn Write>, err: Box<dyn Write>, color: bool) -> Self {
        let mut vm = Vm::new(options, out, err);
        vm.event_loop.running = true;
        let module = alloc(crate::main_module(None, None));
        vm.imports
            .register("__main__", Value::Module(module.clone()));
        Session {
            vm,
            module,
            color,
            inputs: 0,
        }
    }

    /// Runs a whole script in the session's module, as `coro FILE` would
    /// (the loop is not running during it, so `asyncio.run` works); its
    /// globals stay for the inputs that follow (`coro -i FILE`).
    pub fn run_script(&mut self, path: &str, src: &str) -> Outcome {
        let code = match crate::compile(path, src) {
            Ok(code) => code,
            Err(diags) => return self.syntax_errors(&diags, path, src),
        };
        self.vm.event_loop.running = false;
        let result = self.vm.run_module(&code, self.module.clone());
        self.vm.event_loop.running = true;
        match result {
            Ok(_) => self.finish(Outcome::Ok),
            Err(e) => self.report(&e),
        }
    }

    /// Runs the Coro parts of the modules imported so far that have not run
    /// yet (see `Vm::load_coro_part`), so that completion lists their names.
    pub fn load_coro_parts(&mut self) {
        if let Err(e) = self.vm.load_coro_parts() {
            self.report(&e);
        }
    }

    /// Compiles and runs one input to its end (an awaiting input runs as a
    /// task on the live loop, with the tasks already there). Ctrl-C
    /// ([`Interrupt::request`](crate::vm::interrupt::Interrupt::request)) cancels that task and nothing else.
    pub fn run_input(&mut self, src: &str) -> Outcome {
        self.inputs += 1;
        let path = format!("<input-{}>", self.inputs);
        let (ast, mut errors) = crate::syntax::parse(src);
        let code = if errors.is_empty() {
            crate::compiler::compile_interactive(&ast, &path, src)
        } else {
            errors.sort_by_key(|d| (d.span.start, d.span.end));
            Err(errors)
        };
        let code = match code {
            Ok(code) => code,
            Err(diags) => return self.syntax_errors(&diags, &path, src),
        };
        // An interrupt that arrived while nothing ran is not this input's.
        self.vm.interrupt.take();
        if !code.ops.iter().any(|op| matches!(op, Op::Await)) {
            return match self.vm.run_module(&code, self.module.clone()) {
                Ok(_) => self.finish(Outcome::Ok),
                Err(e) => self.report(&e),
            };
        }
        let code = crate::vm::code::CodeObject::load(&code);
        let func = alloc(Function {
            qualname: code.qualname_str.clone(),
            code,
            module: self.module.clone(),
            defaults: Vec::new(),
            kwdefaults: Vec::new(),
            closure: Vec::new(),
            annotations: Value::None,
            dict: Default::default(),
        });
        let Value::Coroutine(coro) = crate::vm::make_coroutine(func, Vec::new()) else {
            return Outcome::Failed;
        };
        let task = match crate::runtime::create_task(&mut self.vm, coro, None) {
            Ok(t) => t,
            Err(e) => return self.report(&e),
        };
        let stop = self.drive(&task);
        // The task stays as it ended: a program may hold it (`current_task()`).
        task.log_traceback.set(false);
        let state = match &*task.state.borrow() {
            FutureState::Done(_) => FutureState::Done(Value::None),
            FutureState::Failed(e) => FutureState::Failed(e.clone()),
            FutureState::Cancelled(m) => FutureState::Cancelled(m.clone()),
            FutureState::Pending => FutureState::Pending,
        };
        match (state, stop) {
            (FutureState::Done(_), _) => self.finish(Outcome::Ok),
            (FutureState::Failed(e), _) => self.report(&e),
            (_, Stop::Interrupted) => {
                self.vm.flush();
                let _ = self.vm.err.write_all(b"KeyboardInterrupt\n");
                self.finish(Outcome::Failed)
            }
            (_, Stop::Deadlock(msg)) => {
                self.vm.flush();
                let _ = writeln!(self.vm.err, "RuntimeError: {msg}");
                self.finish(Outcome::Failed)
            }
            (FutureState::Cancelled(msg), Stop::Done) => {
                let e = task.cancelled_error(&msg);
                self.report(&e)
            }
            (FutureState::Pending, Stop::Done) => self.finish(Outcome::Failed),
        }
    }

    /// Runs the loop until `task` is done. Ctrl-C cancels it; so does a
    /// deadlock (nothing ready, no timer), which would otherwise hang.
    fn drive(&mut self, task: &Ref<Future>) -> Stop {
        let mut stop = Stop::Done;
        while !task.done() {
            if self.vm.interrupt.take() && matches!(stop, Stop::Done) {
                stop = Stop::Interrupted;
                // A RecursionError here (a cycle of awaiting tasks) leaves the
                // task as it was, which the loop below then reports.
                let _ = crate::runtime::task_cancel(&mut self.vm, task, None);
            }
            let Some(n) = self.vm.event_loop.prepare_iteration() else {
                if !matches!(stop, Stop::Done) {
                    // Cancelling woke nothing: the task can never finish.
                    break;
                }
                stop = Stop::Deadlock(crate::runtime::deadlock_report(&self.vm));
                // A RecursionError here (a cycle of awaiting tasks) leaves the
                // task as it was, which the loop below then reports.
                let _ = crate::runtime::task_cancel(&mut self.vm, task, None);
                continue;
            };
            if !self.vm.event_loop.clock.is_virtual() {
                self.vm.flush();
            }
            self.run_callbacks(n);
        }
        stop
    }

    fn run_callbacks(&mut self, n: usize) {
        for _ in 0..n {
            let Some(cb) = self.vm.event_loop.ready.pop_front() else {
                break;
            };
            crate::runtime::run_callback(&mut self.vm, cb);
        }
        self.vm.event_loop.stopping = false;
    }

    /// Runs one iteration of the loop if anything is ready or a timer is
    /// due, without waiting: what the host calls between inputs.
    pub fn run_ready(&mut self) {
        let lp = &self.vm.event_loop;
        let due = lp.next_deadline().is_some_and(|t| t <= lp.clock.now());
        if lp.ready.is_empty() && !due {
            return;
        }
        if let Some(n) = self.vm.event_loop.prepare_iteration() {
            self.run_callbacks(n);
        }
        self.vm.flush();
        let _ = self.vm.err.flush();
    }

    /// How long the host may wait before calling [`Session::run_ready`]:
    /// zero when callbacks are ready, the time to the next timer, or `None`
    /// when only an input can make anything happen.
    pub fn next_wakeup(&self) -> Option<Duration> {
        let lp = &self.vm.event_loop;
        if !lp.ready.is_empty() {
            return Some(Duration::ZERO);
        }
        if lp.clock.is_virtual() {
            return None;
        }
        let t = lp.next_deadline()?;
        Some(Duration::from_secs_f64((t - lp.clock.now()).max(0.0)))
    }

    /// The tasks that are not done yet, in creation order.
    pub fn tasks(&self) -> Vec<TaskInfo> {
        let current = self.vm.current_task.clone();
        let mut out = Vec::new();
        for f in self.vm.event_loop.pending_tasks() {
            let Some(t) = &f.task else { continue };
            let running = current
                .as_ref()
                .is_some_and(|c| crate::vm::heap::same(c, &f));
            let waiting = t.waiting_on.borrow().clone();
            let place = t.fiber.borrow().as_ref().and_then(|fiber| {
                let frame = fiber.frames.last()?;
                let code = &frame.func.code;
                let span = code.spans.get(frame.ip.saturating_sub(1)).copied()?;
                Some((code.filename.to_string(), code.line_of(span)))
            });
            let waits_on = match &waiting {
                None => String::new(),
                Some(_) if t.pending_timer.borrow().is_some() => "sleep".to_string(),
                Some(w) => awaited(w),
            };
            let state = if running {
                "running"
            } else if waiting.is_some() {
                "waiting"
            } else {
                "ready"
            };
            out.push(TaskInfo {
                name: t.name.borrow().clone(),
                coro: t.coro.qualname.as_str().to_string(),
                state,
                place,
                waits_on,
            });
        }
        out
    }

    /// Completions of `word`: a name (keywords, globals, builtins) or a
    /// dotted path whose last part is completed among the members of a
    /// module, or an object's attributes and its class's (and bases').
    /// Looking up the path runs no script code.
    pub fn completions(&self, word: &str) -> Vec<String> {
        let mut found: Vec<String> = match word.rsplit_once('.') {
            Some((path, prefix)) => {
                let members: Vec<String> = match self.lookup_path(path) {
                    Some(Value::Module(m)) => m
                        .names
                        .borrow()
                        .keys()
                        .filter(|n| m.get(n).is_some())
                        .map(|n| n.to_string())
                        .collect(),
                    Some(v) => attribute_names(&v),
                    None => Vec::new(),
                };
                members
                    .into_iter()
                    .filter(|n| n.starts_with(prefix))
                    .filter(|n| !n.starts_with('_') || prefix.starts_with('_'))
                    .map(|n| format!("{path}.{n}"))
                    .collect()
            }
            None => {
                let globals = self.module.names.borrow();
                KEYWORDS
                    .iter()
                    .copied()
                    .chain(self.vm.builtins.keys().copied())
                    .chain(
                        globals
                            .keys()
                            .map(|n| &**n)
                            .filter(|n| self.module.get(n).is_some()),
                    )
                    .filter(|n| n.starts_with(word))
                    .filter(|n| !n.starts_with('_') || word.starts_with('_'))
                    .map(str::to_string)
                    .collect()
            }
        };
        found.sort();
        found.dedup();
        found
    }

    /// The value a dotted name path (`asyncio`, `m.x`) names, looked up
    /// through globals, builtins and module members only.
    fn lookup_path(&self, path: &str) -> Option<Value> {
        let mut parts = path.split('.');
        let first = parts.next()?;
        let mut value = self
            .module
            .get(first)
            .or_else(|| self.vm.builtins.get(first).cloned())?;
        for part in parts {
            let Value::Module(m) = &value else {
                return None;
            };
            value = m.get(part)?;
        }
        Some(value)
    }

    /// The session's `__main__` module (its globals).
    pub fn module(&self) -> &Ref<Module> {
        &self.module
    }

    /// Flushes the output writers.
    pub fn flush(&mut self) {
        self.vm.flush();
        let _ = self.vm.err.flush();
    }

    fn syntax_errors(
        &mut self,
        diags: &[diagnostics::Diagnostic],
        path: &str,
        src: &str,
    ) -> Outcome {
        self.vm.flush();
        let text = diagnostics::render(diags, path, src, self.color);
        let _ = self.vm.err.write_all(text.as_bytes());
        let _ = self.vm.err.flush();
        Outcome::Failed
    }

    /// Shows an exception that ended an input; `SystemExit` asks to exit.
    fn report(&mut self, e: &Ref<Exception>) -> Outcome {
        self.vm.flush();
        if e.is(Builtin::SystemExit) {
            let (status, text) = crate::exit_status(e);
            if let Some(text) = text {
                let _ = writeln!(self.vm.err, "{text}");
            }
            return self.finish(Outcome::Exit(status));
        }
        let text = self.vm.render_traceback(e);
        let _ = self.vm.err.write_all(text.as_bytes());
        self.finish(Outcome::Failed)
    }

    fn finish(&mut self, outcome: Outcome) -> Outcome {
        self.flush();
        outcome
    }
}

/// The attribute names of a value: its own (an instance's dict, a class's
/// namespace) and those of its class and the class's bases.
fn attribute_names(v: &Value) -> Vec<String> {
    let mut names = Vec::new();
    if let Value::Instance(i) = v {
        names.extend(
            i.attrs
                .borrow()
                .names()
                .iter()
                .map(|k| k.as_str().to_string()),
        );
    }
    let class = match v {
        Value::Type(t) => t.clone(),
        _ => crate::vm::types::type_of(v),
    };
    for t in std::iter::once(&class).chain(&class.mro) {
        names.extend(t.dict.borrow().keys().map(|k| k.to_string()));
    }
    names
}

/// What a parked task waits on, in a few words: another task, a gather of
/// some (with how many are still pending), or a future.
fn awaited(f: &Future) -> String {
    if let Some(t) = &f.task {
        return format!("task '{}'", t.name.borrow());
    }
    if let Some(g) = &f.gather {
        let names: Vec<String> = g
            .children
            .iter()
            .filter(|c| !c.done())
            .map(|c| match &c.task {
                Some(t) => format!("'{}'", t.name.borrow()),
                None => "a future".to_string(),
            })
            .collect();
        return format!(
            "gather of {} (pending: {})",
            g.children.len(),
            names.join(", ")
        );
    }
    crate::runtime::future::future_repr(f)
}

enum Stop {
    Done,
    Interrupted,
    Deadlock(String),
}

/// Whether `src`, the lines typed so far, is a whole input that can run, or
/// needs more lines: an unclosed bracket or triple-quoted string, a trailing
/// backslash, or a compound statement (`def`, `if`, `async with`...) not yet
/// ended by a blank line. A pasted block (`pasted`) needs no blank line.
pub fn input_is_complete(src: &str, pasted: bool) -> bool {
    if src.trim().is_empty() {
        return true;
    }
    let body = src.trim_end_matches('\n');
    if body.ends_with('\\') {
        return false;
    }
    let mut diags = Vec::new();
    let tokens = crate::syntax::lexer::lex(src, 0..src.len(), &mut diags);
    if diags
        .iter()
        .any(|d| d.message.starts_with("unterminated triple-quoted"))
    {
        return false;
    }
    if crate::syntax::layout::layout(src, tokens, &mut diags)
        .unclosed
        .is_some()
    {
        return false;
    }
    let ends_blank = src.lines().last().is_some_and(|l| l.trim().is_empty());
    if pasted || ends_blank {
        return true;
    }
    const COMPOUND: &[&str] = &[
        "if", "for", "while", "def", "async", "try", "with", "class", "match",
    ];
    let first = src.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let word: String = first
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    let block = first.trim_start().starts_with('@')
        || (COMPOUND.contains(&word.as_str()) && body.trim_end().contains(':'));
    !block
}
