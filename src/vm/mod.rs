//! The virtual machine: values, heap objects, fibers and frames, the
//! interpreter loop and exceptions.

pub mod alias;
pub mod async_protocol;
pub mod attr;
pub mod call;
pub mod class;
pub mod code;
pub mod exception;
pub mod fiber;
pub mod generator;
pub mod hash;
pub mod heap;
mod interp;
pub mod interrupt;
pub mod memory;
pub mod ops;
pub mod pattern;
pub mod protocol;
pub mod repr;
pub mod shape;
pub mod types;
pub mod value;

use crate::runtime::event_loop::EventLoop;
use crate::runtime::future::Future;
use exception::*;
use fiber::Fiber;
use heap::{Ref, alloc};
use std::collections::HashMap;
use std::io::Write;
use types::{Builtin, TypeObj, type_name};
use value::*;

pub use interp::{ascii, exception_matches};

/// Why the interpreter stopped running a fiber: the whole contract between
/// the VM and the event loop.
pub enum Halt {
    /// The fiber's last frame returned.
    Returned(Value),
    /// An exception escaped the fiber's last frame.
    Raised(Ref<Exception>),
    /// Parked on a pending future; `timer` is a timer to cancel when it resumes.
    Await {
        future: Ref<Future>,
        timer: Option<Ref<std::cell::Cell<bool>>>,
    },
    /// A bare yield (`sleep(0)`): resume with this value on the next iteration.
    Yield(Value),
}

/// Settings of one VM.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Use the virtual clock.
    pub virtual_time: bool,
    /// `sys.argv`: the script's name (or `-c`, or empty) and its arguments.
    pub argv: Vec<String>,
    /// The folder `sys.path` starts with: the script's, absolute. None for
    /// `-c`, stdin and the REPL, whose `sys.path[0]` is `''` (the current folder).
    pub script_dir: Option<std::path::PathBuf>,
    /// What `sys.stdin` and `input()` read: these bytes, or the process's
    /// stdin when None.
    pub stdin: Option<std::sync::Arc<[u8]>>,
    /// The flag the host sets to interrupt this VM (Ctrl-C); a new one by default.
    pub interrupt: interrupt::Interrupt,
}

/// One interpreter: its builtins, modules, event loop and output.
pub struct Vm {
    pub event_loop: EventLoop,
    /// Set by the host to stop the program with KeyboardInterrupt.
    pub interrupt: interrupt::Interrupt,
    /// This VM's suspended generators that were dropped, to be closed.
    generator_drops: Ref<generator::DropQueue>,
    pub out: Box<dyn Write>,
    pub err: Box<dyn Write>,
    /// The program's input (`sys.stdin`, `input()`).
    pub input: Box<dyn std::io::BufRead>,
    pub builtins: HashMap<&'static str, Value>,
    modules: HashMap<String, Value>,
    /// `sys.modules` and `sys.path` (`crate::importer`).
    pub imports: crate::importer::Imports,
    /// Imported modules whose Coro part (`stdlib::in_coro`) has not run yet.
    coro_pending: Vec<String>,
    pub recursion_limit: usize,
    /// Frames of fibers suspended under the running one (nested runs).
    pub(super) outer_frames: usize,
    pub current_task: Option<Ref<Future>>,
    /// Process-wide task numbering (`Task-N`).
    pub task_counter: u64,
    /// Set while an exception is re-raised, so that no new traceback line is added.
    reraising: bool,
    /// The generator behind the `random` module's functions.
    pub random: crate::stdlib::random::Shared,
    /// Warnings already shown (each is shown once).
    warned: std::collections::HashSet<String>,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// The `NotImplemented` singleton.
    pub not_implemented: Value,
    /// The containers whose repr is being written (see `Vm::repr`).
    repr_seen: repr::Seen,
    /// How deep protocols of nested values recurse on the Rust stack
    /// (comparing or printing containers of containers).
    native_depth: usize,
}

/// An output error as the exception a program sees: only a closed pipe is one.
fn output_result(r: std::io::Result<()>) -> PyResult<()> {
    match r {
        // The message is CPython's `str()` of the error; its args are not
        // `(errno, strerror)` as CPython's are.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            err(Builtin::BrokenPipeError, "[Errno 32] Broken pipe")
        }
        _ => Ok(()),
    }
}

/// How many items iterating `v` will give, when that is known without
/// iterating and may be more than memory holds: a range, or an iterator over
/// one (CPython's `__length_hint__`, which lets `list(range(10**12))` fail at
/// once with MemoryError instead of filling memory first).
fn length_hint(v: &Value) -> Option<usize> {
    let n = match v {
        Value::Range(r) => r.len(),
        Value::Iterator(it) => match &*it.borrow() {
            Iter::Range { left, .. } => *left,
            _ => return None,
        },
        _ => return None,
    };
    // A count past usize is refused by the allocator all the same.
    Some(usize::try_from(n).unwrap_or(usize::MAX))
}

/// How deep protocols of nested values (comparison, repr) may recurse on the
/// Rust stack, however high the recursion limit is set: far below what the
/// command's 512 MiB stack (and `coro test`'s 256 MiB) holds.
pub(crate) const MAX_NATIVE_DEPTH: usize = 20_000;

/// How deep natives may nest calls back into script code.
/// The Rust stack a nested run must find left (it raises RecursionError
/// otherwise): enough for the deepest Rust recursion between two runs.
const STACK_RESERVE: usize = 512 << 10;

/// Whether the thread's stack has room for one more nested run.
pub(crate) fn stack_left() -> PyResult<()> {
    match stacker::remaining_stack() {
        Some(left) if left < STACK_RESERVE => {
            err(Builtin::RecursionError, "maximum recursion depth exceeded")
        }
        _ => Ok(()),
    }
}

impl Vm {
    /// How many levels of the recursion limit are in use where a native
    /// runs: the frames of the fibers below it and the nested protocol calls.
    pub(crate) fn call_depth(&self) -> usize {
        self.outer_frames + self.native_depth
    }

    /// The recursion limit as frames obey it (capped at `MAX_FRAMES`).
    pub(crate) fn frame_limit(&self) -> usize {
        self.recursion_limit.min(interp::MAX_FRAMES)
    }

    pub fn new(options: &Options, out: Box<dyn Write>, err: Box<dyn Write>) -> Vm {
        let mut vm = Vm {
            event_loop: EventLoop::new(crate::runtime::clock::Clock::new(
                options.virtual_time,
                options.interrupt.clone(),
            )),
            interrupt: options.interrupt.clone(),
            generator_drops: Default::default(),
            out,
            err,
            input: match &options.stdin {
                Some(bytes) => Box::new(std::io::Cursor::new(bytes.clone())),
                None => Box::new(std::io::BufReader::new(std::io::stdin())),
            },
            builtins: HashMap::new(),
            modules: HashMap::new(),
            imports: crate::importer::Imports::new(options.script_dir.as_deref()),
            coro_pending: Vec::new(),
            recursion_limit: 1000,
            outer_frames: 0,
            current_task: None,
            task_counter: 0,
            reraising: false,
            random: alloc(std::cell::RefCell::new(crate::stdlib::random::Random::new(
                None,
            ))),
            warned: std::collections::HashSet::new(),
            argv: options.argv.clone(),
            not_implemented: Value::Opaque(alloc(Opaque {
                type_name: "NotImplementedType",
                data: Box::new(()),
            })),
            native_depth: 0,
            repr_seen: Default::default(),
        };
        crate::stdlib::install(&mut vm);
        vm
    }

    /// Calls the callee below `argc` arguments on the stack. Returns true when
    /// it pushed a frame for the interpreter to run.
    fn call(&mut self, fiber: &mut Fiber, argc: usize) -> PyResult<bool> {
        let at = fiber.stack.len() - argc - 1;
        if let Value::Function(f) = &fiber.stack[at]
            && f.code.binds_exactly(argc)
        {
            self.check_depth(fiber)?;
            let f = f.clone();
            fiber.push_frame(f, at + 1);
            return Ok(true);
        }
        if let Value::Function(f) = &fiber.stack[at] {
            let f = f.clone();
            self.check_depth(fiber)?;
            if call::bind_in_place(&f, &mut fiber.stack, at + 1, &[]) {
                fiber.push_frame(f, at + 1);
                return Ok(true);
            }
        }
        if let Value::Type(class) = &fiber.stack[at]
            && let Some(init) = plain_init(class, argc)
        {
            // `C(args)` of a plain class: its `__init__` runs on this fiber
            // with the new instance put in front of the arguments.
            self.check_depth(fiber)?;
            let inst = Value::Instance(alloc(Instance::new(class.clone(), Value::Undef)));
            fiber.stack[at] = inst.clone();
            fiber.stack.insert(at + 1, inst);
            fiber.push_frame(init, at + 1);
            let frame = fiber.frames.last_mut().expect("frame just pushed");
            frame.then = fiber::Resume::Init;
            return Ok(true);
        }
        let args = fiber.stack.split_off(at + 1);
        let callee = fiber.stack.pop().unwrap_or_default();
        self.call_general(fiber, callee, args, Vec::new())
    }

    /// Calls any callable with positional and keyword arguments; pushes a
    /// frame (returning true) or the result.
    fn call_general(
        &mut self,
        fiber: &mut Fiber,
        callee: Value,
        mut pos: Vec<Value>,
        kw: Vec<(Ref<Str>, Value)>,
    ) -> PyResult<bool> {
        match callee {
            Value::Function(f) => {
                let slots = call::bind(&f, &pos, &kw)?;
                match f.code.kind {
                    crate::compiler::code::CodeKind::Coroutine => {
                        fiber.stack.push(make_coroutine(f, slots));
                        return Ok(false);
                    }
                    crate::compiler::code::CodeKind::Generator => {
                        let drops = self.generator_drops.clone();
                        fiber.stack.push(generator::make_generator(f, slots, drops));
                        return Ok(false);
                    }
                    _ => {}
                }
                self.check_depth(fiber)?;
                fiber.stack.push(Value::Function(f.clone()));
                let base = fiber.stack.len();
                fiber.stack.extend(slots);
                fiber.push_frame(f, base);
                Ok(true)
            }
            Value::BoundMethod(b) => {
                pos.insert(0, b.receiver.clone());
                self.call_general(fiber, b.func.clone(), pos, kw)
            }
            Value::Native(n) if crate::stdlib::namespace::reads_frame(&n, pos.len()) => {
                let r = crate::stdlib::namespace::call(fiber, n.name, &pos, &kw);
                fiber.stack.push(r?);
                Ok(false)
            }
            Value::Type(t) if t.is_user => {
                let step = self.class_call_step(&t, pos, kw)?;
                self.push_step(fiber, step)
            }
            Value::Instance(_) => match protocol::user_method(&callee, "__call__") {
                Some(m) => {
                    pos.insert(0, callee);
                    self.call_general(fiber, m, pos, kw)
                }
                None => type_error(format!("'{}' object is not callable", type_name(&callee))),
            },
            other => {
                self.outer_frames += fiber.frames.len();
                let r = self.call_native(&other, &pos, &kw);
                self.outer_frames -= fiber.frames.len();
                fiber.stack.push(r?);
                Ok(false)
            }
        }
    }

    fn call_native(
        &mut self,
        callee: &Value,
        pos: &[Value],
        kw: &[(Ref<Str>, Value)],
    ) -> PyResult<Value> {
        match callee {
            Value::Native(n) => {
                if let Some(class) = n.receiver {
                    check_receiver(n, class, pos)?;
                    // A method of a built-in class works on the built-in part
                    // of an instance of a subclass (in-place operators return
                    // the instance itself, so they get it; so does `__repr__`,
                    // as a set subclass's repr names the subclass).
                    if let Some(Value::Instance(i)) = pos.first()
                        && !matches!(i.payload, Value::Undef)
                        && !matches!(n.name, "__iadd__" | "__imul__" | "__repr__")
                    {
                        let mut args = pos.to_vec();
                        args[0] = i.payload.clone();
                        return (n.func)(self, &args, kw);
                    }
                }
                (n.func)(self, pos, kw)
            }
            Value::Type(t) if t.is_user => {
                let step = self.class_call_step(t, pos.to_vec(), kw.to_vec())?;
                self.drive(step)
            }
            Value::Type(t) => crate::stdlib::builtins::construct(self, t, pos, kw),
            Value::Instance(_) => match protocol::user_method(callee, "__call__") {
                Some(m) => {
                    let mut args = vec![callee.clone()];
                    args.extend(pos.iter().cloned());
                    self.call_value_kw(&m, args, kw.to_vec())
                }
                None => type_error(format!("'{}' object is not callable", type_name(callee))),
            },
            Value::Opaque(_) if let Some(a) = alias::as_alias(callee) => {
                let origin = a.origin.clone();
                self.call_value_kw(&origin, pos.to_vec(), kw.to_vec())
            }
            Value::Opaque(_) if class::opaque::<class::StaticMethod>(callee).is_some() => {
                let f = class::unwrap_staticmethod(callee);
                self.call_value_kw(&f, pos.to_vec(), kw.to_vec())
            }
            other => type_error(format!("'{}' object is not callable", type_name(other))),
        }
    }

    /// Calls a callable from native code and runs it to completion (a nested
    /// run on a fresh fiber; such a call can never await).
    pub fn call_value(&mut self, callee: &Value, args: Vec<Value>) -> PyResult<Value> {
        self.call_value_kw(callee, args, Vec::new())
    }

    pub fn call_value_kw(
        &mut self,
        callee: &Value,
        args: Vec<Value>,
        kw: Vec<(Ref<Str>, Value)>,
    ) -> PyResult<Value> {
        match callee {
            Value::Function(_) | Value::BoundMethod(_) => {
                stack_left()?;
                let mut fiber = Fiber::new();
                if !self.call_general(&mut fiber, callee.clone(), args, kw)? {
                    return Ok(fiber.stack.pop().unwrap_or_default());
                }
                let halt = self.run(&mut fiber);
                match halt {
                    Halt::Returned(v) => Ok(v),
                    Halt::Raised(e) => Err(e),
                    Halt::Await { .. } | Halt::Yield(_) => {
                        runtime_error("cannot await inside a synchronous callback")
                    }
                }
            }
            other => self.call_native(other, &args, &kw),
        }
    }

    /// Runs a module's code object on a new fiber.
    pub fn run_module(
        &mut self,
        code: &std::rc::Rc<crate::compiler::code::Code>,
        module: Ref<Module>,
    ) -> PyResult<Value> {
        let code = code::CodeObject::load(code);
        let func = alloc(Function {
            qualname: code.qualname_str.clone(),
            code,
            module,
            defaults: Vec::new(),
            kwdefaults: Vec::new(),
            closure: Vec::new(),
            annotations: Value::None,
            dict: Default::default(),
        });
        let mut fiber = Fiber::new();
        fiber.stack.push(Value::Function(func.clone()));
        fiber.push_frame(func, 1);
        match self.run(&mut fiber) {
            Halt::Returned(v) => Ok(v),
            Halt::Raised(e) => Err(e),
            Halt::Await { .. } | Halt::Yield(_) => runtime_error("module code cannot await"),
        }
    }

    // ---- protocols shared by instructions and natives ----------------------

    /// `obj[key]` from native code.
    pub fn subscript(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        let step = self.getitem_step(obj.clone(), key.clone())?;
        self.drive(step)
    }

    /// `obj[key] = value`; a list slice takes the items of any iterable.
    pub fn store_subscript(&mut self, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
        let (Value::List(l), Value::Slice(s)) = (obj, key) else {
            return ops::store_subscript(obj, key, value);
        };
        if self.get_iter(&value).is_err() {
            let simple = matches!(s.step, Value::None | Value::Int(1));
            return type_error(if simple {
                "can only assign an iterable"
            } else {
                "must assign iterable to extended slice"
            });
        }
        let items = self.iterate(&value)?;
        ops::store_list_slice(l, s, items)
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        let state = match v {
            _ if protocol::user_class(v).is_some() => {
                let step = self.iter_step(v.clone())?;
                return self.drive(step);
            }
            Value::Iterator(_) | Value::Generator(_) => return Ok(v.clone()),
            Value::List(_) | Value::Tuple(_) | Value::Bytes(_) => Iter::Seq {
                seq: v.clone(),
                index: 0,
            },
            Value::Range(r) => Iter::Range {
                next: r.start,
                step: r.step,
                left: r.len(),
            },
            Value::Str(s) => Iter::Str {
                text: s.clone(),
                byte: 0,
            },
            Value::Dict(d) => Iter::Dict {
                dict: d.clone(),
                index: 0,
                kind: DictView::Keys,
                len: d.borrow().len(),
            },
            Value::Set(s) => Iter::Set {
                items: ops::set_items(s),
                index: 0,
                set: s.clone(),
            },
            Value::View(v) => Iter::Dict {
                dict: v.0.clone(),
                index: 0,
                kind: v.1,
                len: v.0.borrow().len(),
            },
            _ => return type_error(format!("'{}' object is not iterable", type_name(v))),
        };
        Ok(Value::iter(state))
    }

    /// `next(it)`, with `None` at the end.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iterator(cell) => crate::stdlib::iterators::next(self, cell),
            Value::Generator(g) => {
                match self.resume_generator(g, generator::Resume::Send(Value::None))? {
                    generator::Step::Yielded(v) => Ok(Some(v)),
                    generator::Step::Returned(_) => Ok(None),
                }
            }
            Value::Instance(_) => self.next_of_instance(it),
            _ => type_error(format!("'{}' object is not an iterator", type_name(it))),
        }
    }

    /// `list.extend(iterable)` and `list += iterable`: items are appended as
    /// they come, so those before an exception stay.
    pub fn extend_list(&mut self, l: &List, items: &Value) -> PyResult<()> {
        if let Value::List(_) | Value::Tuple(_) = items {
            let items = self.iterate(items)?;
            l.borrow_mut().extend(items);
            return Ok(());
        }
        if let Some(n) = length_hint(items) {
            memory::reserve(&mut l.borrow_mut(), n)?;
        }
        let it = self.get_iter(items)?;
        while let Some(x) = self.next(&it)? {
            l.borrow_mut().push(x);
        }
        Ok(())
    }

    /// All items of an iterable.
    pub fn iterate(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.borrow().clone()),
            Value::Tuple(t) => return Ok(t.to_vec()),
            _ => {}
        }
        let mut out = memory::vec_for(length_hint(v).unwrap_or(0))?;
        let it = self.get_iter(v)?;
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    fn unpack(&mut self, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match seq {
            Value::Tuple(t) if t.len() == n => return Ok(t.to_vec()),
            Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Range(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::Iterator(_)
            | Value::Generator(_)
            | Value::View(_) => self.iterate(seq)?,
            _ if protocol::user_class(seq).is_some() => match self.get_iter(seq) {
                Ok(_) => self.iterate(seq)?,
                Err(_) => {
                    return type_error(format!(
                        "cannot unpack non-iterable {} object",
                        type_name(seq)
                    ));
                }
            },
            other => {
                return type_error(format!(
                    "cannot unpack non-iterable {} object",
                    type_name(other)
                ));
            }
        };
        if items.len() > n {
            return value_error(format!("too many values to unpack (expected {n})"));
        }
        if items.len() < n {
            return value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            ));
        }
        Ok(items)
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: &Value) -> PyResult<String> {
        if let Some(m) = protocol::user_method(v, "__str__") {
            let r = self.drive(protocol::Step::call(
                m,
                vec![v.clone()],
                protocol::Then::Str("__str__"),
            ))?;
            return Ok(r.as_str().unwrap_or_default().to_string());
        }
        match v {
            Value::Str(s) => Ok(s.text.to_string()),
            Value::Exception(e) => self.exception_str(e),
            // `str.__str__`: a str subclass is its text, whatever its repr.
            Value::Instance(i) if let Value::Str(s) = &i.payload => Ok(s.text.to_string()),
            Value::Instance(i)
                if !matches!(i.payload, Value::Undef)
                    && !is_set_like(i)
                    && i.class().is_user
                    && protocol::user_method(v, "__repr__").is_none() =>
            {
                let p = i.payload.clone();
                self.to_str(&p)
            }
            _ => self.repr(v),
        }
    }

    /// The traceback text of an uncaught exception, with messages from the
    /// exceptions' own `__str__`.
    pub fn render_traceback(&mut self, e: &Ref<exception::Exception>) -> String {
        crate::traceback::render(e, &mut |x| {
            self.to_str(&Value::Exception(x.clone()))
                .unwrap_or_else(|_| "<exception str() failed>".into())
        })
    }

    /// `str(e)` of an exception: its message, or its args.
    pub fn exception_str(&mut self, e: &exception::Exception) -> PyResult<String> {
        let args = e.args.borrow().clone();
        match args.as_slice() {
            [] => Ok(String::new()),
            [one] if e.is(Builtin::KeyError) => self.repr(one),
            [one] => self.to_str(one),
            many => self.repr(&Value::tuple(many.to_vec())),
        }
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        let mut error = None;
        // The containers being written are the VM's, as CPython's guard is
        // the thread's: a `__repr__` that shows a list holding its object
        // gets `[...]` for it.
        let mut seen = std::mem::take(&mut self.repr_seen);
        let text = {
            let mut hook = |x: &Value, seen: &mut repr::Seen| -> Option<String> {
                // Each container being written is a level of CPython's
                // recursion guard, as are the value asked about and each frame;
                // past the limit nothing more is written.
                let native = self.native_depth + seen.len() + 1;
                let depth = self.outer_frames + native;
                if error.is_some() || depth >= self.recursion_limit || native >= MAX_NATIVE_DEPTH {
                    error.get_or_insert_with(|| {
                        new_error(
                            Builtin::RecursionError,
                            "maximum recursion depth exceeded while getting the repr of an object",
                        )
                    });
                    return Some(String::new());
                }
                protocol::user_class(x)?;
                std::mem::swap(&mut self.repr_seen, seen);
                let r = self.nested("", |vm| vm.user_repr(x));
                std::mem::swap(&mut self.repr_seen, seen);
                match r {
                    Ok(s) => Some(s),
                    Err(e) => {
                        error.get_or_insert(e);
                        Some(String::new())
                    }
                }
            };
            repr::repr_with(v, &mut seen, &mut hook)
        };
        self.repr_seen = seen;
        match error {
            Some(e) => Err(e),
            None => Ok(text),
        }
    }

    /// `set.__repr__` of a frozenset or of an instance of a set subclass:
    /// `frozenset({1})`, `MySet()`, named after the instance's class.
    pub fn set_instance_repr(&mut self, i: &Ref<Instance>) -> PyResult<String> {
        // A frozenset subclass's built-in part is a frozenset.
        let p = match &i.payload {
            Value::Instance(inner) => inner.payload.clone(),
            p => p.clone(),
        };
        let empty = matches!(&p, Value::Set(s) if s.borrow().is_empty());
        let inner = if empty { String::new() } else { self.repr(&p)? };
        Ok(format!("{}({inner})", i.class().name))
    }

    /// `repr` of an instance of a class a program defined.
    fn user_repr(&mut self, v: &Value) -> PyResult<String> {
        if let Some(m) = protocol::user_method(v, "__repr__") {
            let r = self.drive(protocol::Step::call(
                m,
                vec![v.clone()],
                protocol::Then::Str("__repr__"),
            ))?;
            return Ok(r.as_str().unwrap_or_default().to_string());
        }
        match v {
            Value::Instance(i) if is_set_like(i) => self.set_instance_repr(i),
            Value::Instance(i) if !matches!(i.payload, Value::Undef) => {
                let p = i.payload.clone();
                self.repr(&p)
            }
            Value::Exception(e) => {
                let args = e.args.borrow().clone();
                let inner = if args.len() == 1 {
                    self.repr(&args[0])?
                } else {
                    let t = self.repr(&Value::tuple(args))?;
                    t[1..t.len() - 1].trim_end_matches(',').to_string()
                };
                Ok(format!("{}({inner})", e.class.name))
            }
            // A class whose metaclass has no `__repr__` of its own: type's.
            Value::Type(_) => Ok(repr::repr_plain(v)),
            _ => Ok(repr::default_repr(v)),
        }
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if let Some(m) = protocol::user_method(v, "__format__") {
            let r = self.drive(protocol::Step::call(
                m,
                vec![v.clone(), Value::str(spec)],
                protocol::Then::Str("__format__"),
            ))?;
            return Ok(r.as_str().unwrap_or_default().to_string());
        }
        if protocol::user_class(v).is_some() {
            let payload = protocol::unwrap_payload(v);
            let user = protocol::user_class(v).is_some_and(|c| c.is_user);
            let set_like = matches!(v, Value::Instance(i) if is_set_like(i));
            if user && !payload.is(v) && !set_like && protocol::user_method(v, "__str__").is_none()
            {
                let p = payload.clone();
                return crate::stdlib::format::format_value(&p, spec);
            }
            if !spec.is_empty() {
                return type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    type_name(v)
                ));
            }
            return self.to_str(v);
        }
        crate::stdlib::format::format_value(v, spec)
    }

    /// The module `name` if the program has imported it.
    pub fn module(&self, name: &str) -> Option<&Value> {
        self.modules.get(name)
    }

    /// Coro's standard module `name`, made (and put in `sys.modules`) on
    /// first use; None if Coro has no such module.
    pub(crate) fn stdlib_module(&mut self, name: &str) -> Option<Value> {
        if let Some(m) = self.modules.get(name) {
            return Some(m.clone());
        }
        let m = crate::stdlib::make_module(self, name)?;
        self.modules.insert(name.to_string(), m.clone());
        self.imports.register(name, m.clone());
        if crate::stdlib::in_coro::has_part(name) {
            self.coro_pending.push(name.to_string());
        }
        Some(m)
    }

    /// Runs the Coro part of an imported module if it has not run yet (it
    /// runs on the first look-up of a name the native part lacks, so that
    /// programs using only native names never compile it). True if it ran.
    pub fn load_coro_part(&mut self, m: &Ref<Module>) -> PyResult<bool> {
        let Some(i) = self
            .coro_pending
            .iter()
            .position(|n| n.as_str() == m.name.as_str())
        else {
            return Ok(false);
        };
        let name = self.coro_pending.remove(i);
        crate::stdlib::in_coro::complete(self, &name, m)?;
        Ok(true)
    }

    /// Runs every pending Coro part (a REPL does, so that completion sees all names).
    pub fn load_coro_parts(&mut self) -> PyResult<()> {
        while let Some(name) = self.coro_pending.first().cloned() {
            match self.modules.get(&name).cloned() {
                Some(Value::Module(m)) => {
                    self.load_coro_part(&m)?;
                }
                _ => {
                    self.coro_pending.remove(0);
                }
            }
        }
        Ok(())
    }

    /// Writes program output. A reader that went away (`coro prog.py | head
    /// -1`) is CPython's BrokenPipeError, so the program stops; other output
    /// errors are ignored.
    pub fn write_out(&mut self, s: &str) -> PyResult<()> {
        let r = self.out.write_all(s.as_bytes());
        output_result(r)
    }

    /// Flushes program output, as `print(..., flush=True)` does.
    pub fn flush_out(&mut self) -> PyResult<()> {
        let r = self.out.flush();
        output_result(r)
    }

    /// Flushes program output before something else is shown or at exit;
    /// errors are ignored, as Python ignores them at exit.
    pub fn flush(&mut self) {
        let _ = self.out.flush();
    }
}

/// A method of a built-in class called through the class (`bytes.upper(x)`)
/// needs an instance of that class first.
fn check_receiver(n: &Native, class: Builtin, pos: &[Value]) -> PyResult<()> {
    let owner = class.name();
    match pos.first() {
        None => type_error(format!(
            "unbound method {owner}.{}() needs an argument",
            n.name
        )),
        Some(v)
            if types::builtin_of(v) != class
                && !types::type_of(v).is_subclass(&types::builtin(class)) =>
        {
            // Operator methods (slot wrappers) word it differently.
            if n.name.starts_with("__") && n.name.ends_with("__") {
                return type_error(format!(
                    "descriptor '{}' requires a '{owner}' object but received a '{}'",
                    n.name,
                    type_name(v)
                ));
            }
            type_error(format!(
                "descriptor '{}' for '{owner}' objects doesn't apply to a '{}' object",
                n.name,
                type_name(v)
            ))
        }
        Some(_) => Ok(()),
    }
}

/// The coroutine object an `async def` call returns.
pub fn make_coroutine(f: Ref<Function>, slots: Vec<Value>) -> Value {
    let name = alloc(Str::new(&*f.code.name));
    let qualname = f.qualname.clone();
    Value::Coroutine(alloc(Coroutine {
        body: std::cell::RefCell::new(Some(CoroBody::Script { func: f, slots })),
        name,
        qualname,
        started: std::cell::Cell::new(false),
    }))
}

/// The `__init__` that `class(argc arguments)` runs when that is all it
/// does: a class a program defined, laid out as `object`, without its own
/// `__new__`, whose `__init__` is a plain function taking self and exactly
/// those arguments.
fn plain_init(class: &TypeObj, argc: usize) -> Option<Ref<Function>> {
    // A metaclass can change what calling the class does without touching
    // the class: its answer is not memoised.
    let init = if class.has_metaclass() {
        init_alone(class)?
    } else {
        class.plain_init(init_alone)?
    };
    init.code.binds_exactly(argc + 1).then_some(init)
}

/// The `__init__` of a class whose call does nothing else, if it is a plain
/// function.
fn init_alone(class: &TypeObj) -> Option<Ref<Function>> {
    if !class.is_user || class.builtin != Builtin::Object || class.lookup_user("__new__").is_some()
    {
        return None;
    }
    if class.has_hook(types::HOOK_ABSTRACT)
        || class
            .metaclass()
            .is_some_and(|m| m.lookup_user("__call__").is_some())
    {
        return None;
    }
    match class.lookup_user("__init__")? {
        Value::Function(init) => Some(init),
        _ => None,
    }
}

/// Whether an instance is a frozenset or of a subclass of set or frozenset.
pub fn is_set_like(i: &Instance) -> bool {
    match &i.payload {
        Value::Set(_) => true,
        Value::Instance(inner) => matches!(inner.payload, Value::Set(_)),
        _ => false,
    }
}
