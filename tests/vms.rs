//! Several VMs in one process, as an embedder runs them: on two threads side
//! by side, each with its own state (interrupt flag, generators to close),
//! neither disturbs the other.

use std::io::Write;
use std::sync::{Arc, Mutex};

/// A writer whose bytes the test reads once the VM's thread is done.
#[derive(Clone, Default)]
struct Shared(Arc<Mutex<Vec<u8>>>);

impl Write for Shared {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Shared {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

/// Runs `src` on a thread of its own; its status, stdout and stderr.
fn spawn_vm(
    src: &'static str,
    options: coro::Options,
) -> std::thread::JoinHandle<(i32, String, String)> {
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            let (out, err) = (Shared::default(), Shared::default());
            let status = coro::run(
                "vm.py",
                src,
                &options,
                Box::new(out.clone()),
                Box::new(err.clone()),
                false,
            );
            (status, out.text(), err.text())
        })
        .expect("a thread")
}

/// Suspended generators dropped in a loop: each `finally` must run right
/// when its generator goes, whatever the other VM does meanwhile.
const GENERATORS: &str = "
def gen(i):
    try:
        yield i
    finally:
        closed.append(i)

closed = []
for i in range(20000):
    g = gen(i)
    next(g)
    g = None
    if closed[-1] != i:
        print('not closed at once:', i, closed[-1:])
        break
print(len(closed))
";

#[test]
fn two_vms_on_two_threads_close_their_own_generators() {
    let options = coro::Options {
        virtual_time: true,
        ..Default::default()
    };
    let a = spawn_vm(GENERATORS, options.clone());
    let b = spawn_vm(GENERATORS, options);
    for vm in [a, b] {
        let (status, out, err) = vm.join().expect("the VM's thread");
        assert_eq!((status, out.as_str(), err.as_str()), (0, "20000\n", ""));
    }
}

#[test]
fn an_interrupt_stops_only_the_vm_it_was_sent_to() {
    let spinning = coro::Options::default();
    let interrupt = spinning.interrupt.clone();
    // Busy for about a second, through both interrupts below.
    let b = spawn_vm(
        "n = 0\nfor i in range(20000000):\n    n += i\nprint(n)\n",
        coro::Options::default(),
    );
    let a = spawn_vm("print('spinning')\nwhile True:\n    pass\n", spinning);
    std::thread::sleep(std::time::Duration::from_millis(50));
    interrupt.request();
    let (status, out, err) = a.join().expect("the spinning VM's thread");
    assert_eq!((status, out.as_str()), (130, "spinning\n"));
    assert!(err.ends_with("KeyboardInterrupt\n"), "{err}");
    // Meant for a VM that is gone: no other VM takes it.
    interrupt.request();
    let (status, out, err) = b.join().expect("the other VM's thread");
    assert_eq!(
        (status, out.as_str(), err.as_str()),
        (0, "199999990000000\n", "")
    );
}
