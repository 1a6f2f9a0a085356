//! Ctrl-C: the host sets a VM's interrupt flag (from a signal handler or
//! another thread); the interpreter turns it into KeyboardInterrupt at the
//! next backward jump or call, and the clock stops waiting, so the program
//! unwinds and its output is flushed. Each VM has its own flag, so an
//! interrupt meant for one never stops another.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// A VM's interrupt flag, shared with its host: clones are the same flag.
#[derive(Clone, Debug, Default)]
pub struct Interrupt(Arc<AtomicBool>);

impl Interrupt {
    /// Asks the VM to stop with KeyboardInterrupt. Safe to call from a
    /// signal handler or another thread.
    pub fn request(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    /// Whether an interrupt is waiting to be raised.
    #[inline]
    pub fn pending(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }

    /// Takes the waiting interrupt, if any. Calls and loops ask on every
    /// iteration, so the common answer is a plain load, not an atomic swap.
    #[inline]
    pub fn take(&self) -> bool {
        self.pending() && self.0.swap(false, Ordering::Relaxed)
    }
}

/// The exception to raise for a taken interrupt.
pub fn keyboard_interrupt() -> super::heap::Ref<super::exception::Exception> {
    super::exception::Exception::new(
        super::types::builtin(super::types::Builtin::KeyboardInterrupt),
        Vec::new(),
    )
}

#[cfg(test)]
mod tests {
    use super::Interrupt;

    #[test]
    fn clones_share_one_flag_and_other_flags_are_apart() {
        let (a, b) = (Interrupt::default(), Interrupt::default());
        let host = a.clone();
        host.request();
        assert!(a.pending() && !b.pending());
        assert!(a.take());
        assert!(!a.take() && !host.pending());
    }
}
