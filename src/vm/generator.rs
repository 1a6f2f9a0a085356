//! Generators: a generator owns a fiber holding its frame. `next()`,
//! `send()` and `throw()` run that fiber until it yields (`Halt::Yield`),
//! returns or raises; between those calls the fiber waits inside the
//! generator object.

use super::exception::*;
use super::fiber::Fiber;
use super::heap::{Ref, alloc};
use super::types::Builtin;
use super::value::*;
use super::{Halt, Vm, stack_left};
use std::cell::{Cell, RefCell};

/// Where a generator is in its life.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum GenState {
    /// Made by the call, its body not started.
    Created,
    /// Stopped at a `yield`.
    Suspended,
    /// Running now (a `next()` from inside itself is an error).
    Running,
    /// Returned or raised: every further `next()` stops at once.
    Finished,
}

/// The object a generator function call or a generator expression returns.
pub struct Generator {
    /// The generator's frame and values; out of the object while it runs.
    pub fiber: RefCell<Option<Fiber>>,
    pub state: Cell<GenState>,
    pub qualname: Ref<Str>,
    /// Where it goes if dropped while suspended: its VM's queue.
    drops: Ref<DropQueue>,
}

/// The suspended generators of one VM that were dropped and wait to be
/// closed. Each generator holds its VM's queue, so that VMs never close (or
/// miss) each other's.
#[derive(Default)]
pub struct DropQueue {
    /// Whether any wait (asked on hot paths, so a plain flag).
    pending: Cell<bool>,
    fibers: RefCell<Vec<(Fiber, Ref<Str>)>>,
}

impl DropQueue {
    #[inline]
    pub fn pending(&self) -> bool {
        self.pending.get()
    }

    fn pop(&self) -> Option<(Fiber, Ref<Str>)> {
        let next = self.fibers.borrow_mut().pop();
        if next.is_none() {
            self.pending.set(false);
        }
        next
    }
}

/// A suspended generator that is dropped is closed, as CPython closes it
/// when its last reference goes: `finally` blocks run. `Drop` has no VM to
/// run them on, so it queues the fiber, and the dispatch loop closes queued
/// fibers at the instructions that release values (`Vm::close_dropped`).
impl Drop for Generator {
    fn drop(&mut self) {
        if self.state.get() != GenState::Suspended {
            return;
        }
        let Some(fiber) = self.fiber.get_mut().take() else {
            return;
        };
        // Without a handler nothing would run: unwinding is silent.
        if fiber.handlers.is_empty() {
            return;
        }
        // The queue is never borrowed while a value drops; were it, the
        // generator would go unclosed rather than panic.
        if let Ok(mut fibers) = self.drops.fibers.try_borrow_mut() {
            fibers.push((fiber, self.qualname.clone()));
            self.drops.pending.set(true);
        }
    }
}

/// How a generator is resumed.
pub enum Resume {
    /// `send(v)`; `next()` sends None.
    Send(Value),
    /// `throw(exc)`: raised at the `yield` where it stopped.
    Throw(Ref<Exception>),
}

/// What one resumption produced.
pub enum Step {
    Yielded(Value),
    /// The body returned this value (`StopIteration.value`).
    Returned(Value),
}

/// The generator a call of a generator function makes: its frame is ready
/// with the bound arguments, its body not started; `drops` is its VM's queue.
pub fn make_generator(func: Ref<Function>, slots: Vec<Value>, drops: Ref<DropQueue>) -> Value {
    let qualname = func.qualname.clone();
    let mut fiber = Fiber::new();
    fiber.stack.push(Value::Function(func.clone()));
    fiber.stack.extend(slots);
    fiber.push_frame(func, 1);
    Value::Generator(alloc(Generator {
        fiber: RefCell::new(Some(fiber)),
        state: Cell::new(GenState::Created),
        qualname,
        drops,
    }))
}

impl Vm {
    /// Runs a generator until its next `yield`, its return or its exception.
    pub fn resume_generator(&mut self, g: &Generator, how: Resume) -> PyResult<Step> {
        match (g.state.get(), &how) {
            (GenState::Running, _) => return value_error("generator already executing"),
            (GenState::Finished, Resume::Send(_)) => return Ok(Step::Returned(Value::None)),
            (GenState::Finished, Resume::Throw(e)) => return Err(e.clone()),
            (GenState::Created, Resume::Send(v)) if !v.is_none() => {
                return type_error("can't send non-None value to a just-started generator");
            }
            (GenState::Created, Resume::Throw(e)) => {
                // It never started, so nothing in it can catch the exception.
                self.finish_generator(g);
                return Err(e.clone());
            }
            _ => {}
        }
        stack_left()?;
        // Its frame counts toward the recursion limit while it runs, as
        // the frames of the fibers it runs under do.
        if self.outer_frames + 1 > self.recursion_limit.min(super::interp::MAX_FRAMES) {
            return err(Builtin::RecursionError, "maximum recursion depth exceeded");
        }
        let Some(mut fiber) = g.fiber.borrow_mut().take() else {
            return value_error("generator already executing");
        };
        let started = g.state.get() == GenState::Suspended;
        g.state.set(GenState::Running);
        self.outer_frames += 1;
        let halt = match how {
            Resume::Send(v) => {
                // The value of the `yield` expression it stopped at.
                if started {
                    fiber.stack.push(v);
                }
                self.run(&mut fiber)
            }
            Resume::Throw(e) => match self.throw_into_delegate(&mut fiber, &e) {
                // Still inside `yield from`: it stays suspended there.
                Delegated::Yielded(v) => Halt::Yield(v),
                Delegated::Returned(r) => {
                    // The `yield from` is over: its value replaces the subiterator.
                    fiber.stack.pop();
                    fiber.stack.push(r);
                    if let Some(frame) = fiber.frames.last_mut() {
                        frame.ip += 1;
                    }
                    self.run(&mut fiber)
                }
                Delegated::Raise(e) => self.throw_into(&mut fiber, e),
            },
        };
        self.outer_frames -= 1;
        match halt {
            Halt::Yield(v) => {
                *g.fiber.borrow_mut() = Some(fiber);
                g.state.set(GenState::Suspended);
                Ok(Step::Yielded(v))
            }
            Halt::Returned(v) => {
                g.state.set(GenState::Finished);
                Ok(Step::Returned(v))
            }
            Halt::Raised(e) => {
                g.state.set(GenState::Finished);
                if e.is(Builtin::StopIteration) {
                    // PEP 479: a StopIteration must not end the caller's loop silently.
                    let r = Exception::new(
                        super::types::builtin(Builtin::RuntimeError),
                        vec![Value::str("generator raised StopIteration")],
                    );
                    *r.cause.borrow_mut() = Some(e.clone());
                    *r.context.borrow_mut() = Some(e);
                    r.suppress_context.set(true);
                    return Err(r);
                }
                Err(e)
            }
            Halt::Await { .. } => {
                g.state.set(GenState::Finished);
                runtime_error("a generator cannot await")
            }
        }
    }

    /// A generator stopped inside `yield from` passes a thrown exception to
    /// its subgenerator first (GeneratorExit closes the subgenerator, then
    /// goes on to the generator itself).
    fn throw_into_delegate(&mut self, fiber: &mut Fiber, e: &Ref<Exception>) -> Delegated {
        let sub = match (fiber.frames.last(), fiber.stack.last()) {
            (Some(frame), Some(Value::Generator(sub)))
                if matches!(
                    frame.func.code.ops.get(frame.ip),
                    Some(crate::compiler::code::Op::YieldFrom)
                ) =>
            {
                sub.clone()
            }
            _ => return Delegated::Raise(e.clone()),
        };
        if e.is(Builtin::GeneratorExit) {
            return match self.close_generator(&sub) {
                Ok(()) => Delegated::Raise(e.clone()),
                Err(e2) => Delegated::Raise(e2),
            };
        }
        match self.resume_generator(&sub, Resume::Throw(e.clone())) {
            Ok(Step::Yielded(v)) => Delegated::Yielded(v),
            Ok(Step::Returned(r)) => Delegated::Returned(r),
            Err(e2) => Delegated::Raise(e2),
        }
    }

    /// Closes the generators dropped while suspended (see `Drop for
    /// Generator`). What goes wrong is reported on stderr, as CPython's
    /// "Exception ignored in" does, and the program goes on.
    pub fn close_dropped(&mut self) {
        loop {
            let Some((mut fiber, qualname)) = self.generator_drops.pop() else {
                return;
            };
            let exit = Exception::new(super::types::builtin(Builtin::GeneratorExit), vec![]);
            let halt = self.throw_into(&mut fiber, exit);
            let problem = match halt {
                Halt::Yield(_) => Some(Exception::new(
                    super::types::builtin(Builtin::RuntimeError),
                    vec![Value::str("generator ignored GeneratorExit")],
                )),
                Halt::Raised(e) if !e.is(Builtin::GeneratorExit) => Some(e),
                _ => None,
            };
            if let Some(e) = problem {
                self.flush();
                let text = self.render_traceback(&e);
                let _ = std::io::Write::write_all(
                    &mut self.err,
                    format!(
                        "Exception ignored in: <generator object {}>\n{text}",
                        qualname.text
                    )
                    .as_bytes(),
                );
            }
        }
    }

    fn finish_generator(&mut self, g: &Generator) {
        g.state.set(GenState::Finished);
        g.fiber.borrow_mut().take();
    }

    /// `g.close()`: GeneratorExit at the `yield` it stopped at.
    pub fn close_generator(&mut self, g: &Generator) -> PyResult<()> {
        if g.state.get() == GenState::Running {
            return value_error("generator already executing");
        }
        if g.state.get() != GenState::Suspended {
            if g.state.get() == GenState::Created {
                self.finish_generator(g);
            }
            return Ok(());
        }
        let exit = Exception::new(super::types::builtin(Builtin::GeneratorExit), vec![]);
        match self.resume_generator(g, Resume::Throw(exit)) {
            Ok(Step::Yielded(_)) => runtime_error("generator ignored GeneratorExit"),
            Ok(Step::Returned(_)) => Ok(()),
            Err(e) if e.is(Builtin::GeneratorExit) => Ok(()),
            Err(e) => Err(e),
        }
    }
}

/// What throwing into a generator stopped at `yield from` came to.
enum Delegated {
    /// The subgenerator caught it and yielded again.
    Yielded(Value),
    /// The subgenerator caught it and returned.
    Returned(Value),
    /// This exception goes on into the generator itself.
    Raise(Ref<Exception>),
}

/// The StopIteration that ends a generator which returned `v`.
pub fn stop_iteration(v: Value) -> Ref<Exception> {
    let args = if v.is_none() { vec![] } else { vec![v] };
    Exception::new(super::types::builtin(Builtin::StopIteration), args)
}
