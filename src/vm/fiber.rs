//! Fibers: a task's frames and value stack, on the heap and addressed by
//! index, so that any frame at any depth can park at an `await`.

use super::exception::Exception;
use super::heap::Ref;
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
    /// What a protocol that pushed this frame does with its result (`None`:
    /// the result is pushed for the caller, as for any call).
    pub then: Option<Box<super::protocol::Then>>,
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
            then: None,
        });
    }
}
