//! Fibers: a task's frames and value stack, on the heap and addressed by
//! index, so that any frame at any depth can park at an `await`.

use super::exception::Exception;
use super::heap::Ref;
use super::protocol::{Operator, Then};
use super::value::{Function, Value};

/// One activation of a function (or of the module's code).
pub struct Frame {
    pub func: Ref<Function>,
    /// Index of the next instruction.
    pub ip: usize,
    /// Index in the value stack of slot 0.
    pub base: usize,
    /// The fiber's handler stack height when the frame began.
    pub handler_base: usize,
    /// The fiber's handled-exception stack height when the frame began.
    pub handled_base: usize,
    /// What becomes of the frame's result when it returns.
    pub then: Resume,
}

/// What becomes of a frame's result. The common protocols keep what they
/// need in the stack slots below the frame, so that pushing their frame
/// allocates nothing.
pub enum Resume {
    /// It is pushed for the caller, as for any call (in place of the
    /// called function, which sits in the slot below `base`).
    Push,
    /// `C(args)` ran `__init__`: the result must be None, and the instance,
    /// which sits in the slot below `base`, is the call's result.
    Init,
    /// The first method an operator tried: its operands sit in the two slots
    /// below `base`; NotImplemented goes on to the next method
    /// (`Vm::operator_returned`).
    Operator { op: Operator, inplace: bool },
    /// A protocol finishes with the result (`Vm::resume`).
    Protocol(Box<Then>),
}

impl Frame {
    /// The caller's stack height before the call: where the stack is cut
    /// when the frame is unwound.
    pub fn caller_height(&self) -> usize {
        match self.then {
            Resume::Operator { .. } => self.base - 2,
            _ => self.base.saturating_sub(1),
        }
    }
    /// Where the stack is cut when the frame returns: what the caller still
    /// needs of the slots below `base` stays.
    pub fn return_height(&self) -> usize {
        match self.then {
            Resume::Init | Resume::Operator { .. } => self.base,
            _ => self.base.saturating_sub(1),
        }
    }
}

/// An active `try`: where to jump and what to cut the stacks back to.
#[derive(Clone, Copy)]
pub struct Handler {
    pub target: usize,
    pub stack: usize,
    pub handled: usize,
}

/// The frames and values of one task (or of the main program, or of a
/// callback a native function makes).
#[derive(Default)]
pub struct Fiber {
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    pub handlers: Vec<Handler>,
    /// Exceptions being handled (`except` bodies), innermost last.
    pub handled: Vec<Ref<Exception>>,
}

impl Fiber {
    pub fn new() -> Fiber {
        Fiber::default()
    }

    /// Pushes a frame for `func` whose slots are already the top of the stack
    /// from `base`; fills the remaining slots as unbound.
    #[inline]
    pub fn push_frame(&mut self, func: Ref<Function>, base: usize) {
        let code = &func.code;
        let locals_end = base + code.nslots() - code.nfree as usize;
        // Most calls pass exactly their parameters: nothing to fill.
        if self.stack.len() < locals_end {
            self.stack.resize(locals_end, Value::Undef);
        }
        if !func.closure.is_empty() {
            self.stack
                .extend(func.closure.iter().map(|cell| Value::Cell(cell.clone())));
        }
        self.frames.push(Frame {
            func,
            ip: 0,
            base,
            handler_base: self.handlers.len(),
            handled_base: self.handled.len(),
            then: Resume::Push,
        });
    }
}
