//! The loop's clock: the real monotonic clock, or a virtual one that jumps
//! to the next timer instead of waiting for it.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub struct Clock {
    start: Instant,
    /// Wall-clock seconds at start, for `time.time()`.
    epoch: f64,
    /// Seconds since start when virtual; `None` for the real clock.
    virtual_now: Option<f64>,
    /// The VM's interrupt flag, which ends a real sleep early.
    interrupt: crate::vm::interrupt::Interrupt,
}

impl Clock {
    pub fn new(virtual_time: bool, interrupt: crate::vm::interrupt::Interrupt) -> Clock {
        let epoch = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64());
        Clock {
            start: Instant::now(),
            epoch,
            virtual_now: virtual_time.then_some(0.0),
            interrupt,
        }
    }

    pub fn is_virtual(&self) -> bool {
        self.virtual_now.is_some()
    }

    /// Monotonic seconds (the loop's `time()`, `time.monotonic()`, `time.perf_counter()`).
    pub fn now(&self) -> f64 {
        match self.virtual_now {
            Some(t) => t + MONOTONIC_BASE,
            None => self.start.elapsed().as_secs_f64() + MONOTONIC_BASE,
        }
    }

    /// Seconds since the Unix epoch (`time.time()`).
    pub fn wall(&self) -> f64 {
        self.epoch + self.now() - MONOTONIC_BASE
    }

    /// Blocks (or, when virtual, jumps) until the monotonic time `when`.
    pub fn wait_until(&mut self, when: f64) {
        let now = self.now();
        if when <= now {
            return;
        }
        self.advance(when - now);
    }

    /// `time.sleep(d)`: blocks the whole program for `d` seconds.
    pub fn advance(&mut self, seconds: f64) {
        if seconds <= 0.0 || !seconds.is_finite() {
            return;
        }
        match &mut self.virtual_now {
            Some(t) => *t += seconds,
            None => {
                // Sleep in slices so that Ctrl-C is noticed promptly.
                let end = Instant::now() + Duration::from_secs_f64(seconds.min(1e9));
                while !self.interrupt.pending() {
                    let left = end.saturating_duration_since(Instant::now());
                    if left.is_zero() {
                        break;
                    }
                    std::thread::sleep(left.min(Duration::from_millis(20)));
                }
            }
        }
    }
}

/// An arbitrary origin for monotonic time, so that programs never see 0.0.
const MONOTONIC_BASE: f64 = 1000.0;
