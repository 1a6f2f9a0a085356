//! Ctrl-C: the host sets a flag (from a signal handler); the interpreter
//! turns it into KeyboardInterrupt at the next backward jump or call, and
//! the clock stops waiting, so the program unwinds and its output is flushed.

use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Asks the running program to stop with KeyboardInterrupt. Safe to call
/// from a signal handler or another thread.
pub fn request() {
    INTERRUPTED.store(true, Ordering::Relaxed);
}

/// Whether an interrupt is waiting to be raised.
#[inline]
pub fn pending() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}

/// Takes the waiting interrupt, if any. Calls and loops ask on every
/// iteration, so the common answer is a plain load, not an atomic swap.
#[inline]
pub fn take() -> bool {
    pending() && INTERRUPTED.swap(false, Ordering::Relaxed)
}

/// The exception to raise for a taken interrupt.
pub fn keyboard_interrupt() -> super::heap::Ref<super::exception::Exception> {
    super::exception::Exception::new(
        super::types::builtin(super::types::Builtin::KeyboardInterrupt),
        Vec::new(),
    )
}
