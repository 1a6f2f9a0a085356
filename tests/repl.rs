//! The REPL driven as a person drives it: `coro` on a pseudo-terminal, keys
//! sent one input at a time, the screen read back.

#![cfg(unix)]

use expectrl::{Expect, Session};
use std::time::Duration;

fn data_dir(name: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("coro-repl-{name}-{}", std::process::id()))
}

/// `coro` on a fresh pty, colours off, history in a scratch folder.
fn spawn(name: &str) -> expectrl::session::OsSession {
    let data = data_dir(name);
    let _ = std::fs::remove_dir_all(&data);
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_coro"));
    cmd.env("NO_COLOR", "1").env("XDG_DATA_HOME", &data);
    let mut p = Session::spawn(cmd).expect("coro starts on a pty");
    p.set_expect_timeout(Some(Duration::from_secs(30)));
    p.expect(">>> ").expect("first prompt");
    p
}

/// Types a line and presses Enter.
fn line(p: &mut expectrl::session::OsSession, text: &str) {
    p.send(format!("{text}\r")).expect("keys sent");
}

/// Waits for `text` on the screen, then for the next prompt.
fn shows(p: &mut expectrl::session::OsSession, text: &str) {
    if let Err(e) = p.expect(text) {
        panic!("expected {text:?} on the screen: {e}");
    }
}

fn exit_status(p: &expectrl::session::OsSession) -> String {
    format!("{:?}", p.get_process().wait().expect("coro exits"))
}

#[test]
fn awaits_blocks_errors_and_ctrl_d() {
    let mut p = spawn("basics");
    line(&mut p, "async def f(x):");
    shows(&mut p, "... ");
    line(&mut p, "    return x * 2");
    shows(&mut p, "... ");
    line(&mut p, "");
    shows(&mut p, ">>> ");
    line(&mut p, "await f(21)");
    shows(&mut p, "42");
    shows(&mut p, ">>> ");
    line(&mut p, "1/0");
    shows(&mut p, "ZeroDivisionError: division by zero");
    shows(&mut p, ">>> ");
    line(&mut p, "_ + 1, [i * i for i in range(3)]");
    shows(&mut p, "(43, [0, 1, 4])");
    shows(&mut p, ">>> ");
    line(&mut p, "x = (1 +");
    shows(&mut p, "... ");
    line(&mut p, "  2)");
    shows(&mut p, ">>> ");
    line(&mut p, "for i in range(2):");
    shows(&mut p, "... ");
    line(&mut p, "    print('row', x + i)");
    shows(&mut p, "... ");
    line(&mut p, "");
    shows(&mut p, "row 3");
    shows(&mut p, "row 4");
    shows(&mut p, ">>> ");
    line(&mut p, "match x:");
    shows(&mut p, "... ");
    line(&mut p, "    case 3 if x > 2:");
    shows(&mut p, "... ");
    line(&mut p, "        print('matched', x)");
    shows(&mut p, "... ");
    line(&mut p, "");
    shows(&mut p, "matched 3");
    shows(&mut p, ">>> ");
    line(&mut p, "x = = 1");
    shows(&mut p, "invalid syntax");
    shows(&mut p, ">>> ");
    line(&mut p, "print('still', x)");
    shows(&mut p, "still 3");
    shows(&mut p, ">>> ");
    p.send("\x04").expect("Ctrl-D");
    assert!(exit_status(&p).contains(", 0)"), "Ctrl-D exits 0");
    let history = std::fs::read_to_string(data_dir("basics").join("coro/history"))
        .expect("history is saved in the data directory");
    assert!(history.contains("await f(21)"), "{history}");
}

#[test]
fn tasks_run_between_inputs_and_ctrl_c_cancels_only_the_input() {
    let mut p = spawn("tasks");
    line(&mut p, "async def work(n, d):");
    shows(&mut p, "... ");
    line(&mut p, "    await asyncio.sleep(d)");
    shows(&mut p, "... ");
    line(&mut p, "    print('done', n)");
    shows(&mut p, "... ");
    line(&mut p, "");
    shows(&mut p, ">>> ");
    // Lines stay shorter than the pty's 80 columns: a wrapped line redraws
    // its prompt, which would look like the next one.
    line(&mut p, "a = asyncio.create_task(work(1, 0.2))");
    shows(&mut p, ">>> ");
    line(&mut p, "b = asyncio.create_task(work(2, 0.3))");
    shows(&mut p, ">>> ");
    line(
        &mut p,
        "slow = asyncio.create_task(work(3, 1000), name='slow')",
    );
    shows(&mut p, ">>> ");
    line(&mut p, ":tasks");
    shows(&mut p, "slow work() waiting at <input-1>:2 on sleep");
    shows(&mut p, ">>> ");
    line(&mut p, "await asyncio.sleep(0.5)");
    shows(&mut p, "done 1");
    shows(&mut p, "done 2");
    shows(&mut p, ">>> ");
    line(&mut p, "await asyncio.sleep(100)");
    std::thread::sleep(Duration::from_millis(500));
    p.send("\x03").expect("Ctrl-C");
    shows(&mut p, "KeyboardInterrupt");
    shows(&mut p, ">>> ");
    line(&mut p, "print(a.done(), b.done(), slow.done())");
    shows(&mut p, "True True False");
    shows(&mut p, ">>> ");
    // Nothing is typed: the task still runs, and its line shows at the prompt.
    line(&mut p, "c = asyncio.create_task(work(4, 0.2))");
    shows(&mut p, ">>> ");
    shows(&mut p, "done 4");
    line(&mut p, "c.done()");
    shows(&mut p, "True");
    shows(&mut p, ">>> ");
    line(&mut p, "exit");
    assert!(exit_status(&p).contains(", 0)"), "exit exits 0");
}

#[test]
fn tab_completes_and_a_pasted_block_runs_whole() {
    let mut p = spawn("complete");
    // A bracketed paste of a function and a call after a blank line, then Enter.
    p.send("\x1b[200~def g():\n    return 7\n\nprint(g() * 6)\n\x1b[201~\r")
        .expect("paste sent");
    shows(&mut p, "42");
    shows(&mut p, ">>> ");
    p.send("asyncio.cre\t").expect("keys sent");
    shows(&mut p, "asyncio.create_task");
    p.send("(asyncio.sleep(0))\r").expect("keys sent");
    shows(&mut p, "<Task pending");
    shows(&mut p, ">>> ");
    line(&mut p, "exit()");
    assert!(exit_status(&p).contains(", 0)"), "exit() exits 0");
}
