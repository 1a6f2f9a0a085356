//! The `coro` command end to end: exit statuses, `coro test` with its diff,
//! summary line and `--bless`.

use std::path::Path;
use std::process::Command;

fn coro(args: &[&str], dir: &Path) -> (String, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_coro"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("coro runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("coro-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

#[test]
fn test_command_reports_diff_then_bless_fixes_it() {
    let dir = scratch("bless");
    std::fs::write(dir.join("good.py"), "print('hi')\n").unwrap();
    std::fs::write(dir.join("good.out"), "hi\n").unwrap();
    std::fs::write(dir.join("bad.py"), "print('actual')\n").unwrap();
    std::fs::write(dir.join("bad.out"), "expected\n").unwrap();
    let (out, _, status) = coro(&["test", "."], &dir);
    assert_eq!(status, 1);
    assert!(out.contains("FAIL bad"), "{out}");
    assert!(out.contains("-expected\n+actual\n"), "{out}");
    assert!(out.ends_with("1 passed, 1 failed\n"), "{out}");
    let (out, _, status) = coro(&["test", ".", "--bless"], &dir);
    assert_eq!(status, 0, "{out}");
    assert_eq!(
        std::fs::read_to_string(dir.join("bad.out")).unwrap(),
        "actual\n"
    );
    let (out, _, status) = coro(&["test", ".", "-k", "bad"], &dir);
    assert_eq!((out.as_str(), status), ("1 passed, 0 failed\n", 0));
}

#[test]
fn exit_statuses_follow_python() {
    let dir = scratch("status");
    std::fs::write(dir.join("ok.py"), "print(1)\n").unwrap();
    std::fs::write(
        dir.join("raises.py"),
        "print('before')\nraise ValueError('boom')\n",
    )
    .unwrap();
    std::fs::write(dir.join("syntax.py"), "x = = 1\n").unwrap();
    assert_eq!(
        coro(&["run", "ok.py"], &dir),
        ("1\n".into(), String::new(), 0)
    );
    let (out, err, status) = coro(&["raises.py"], &dir);
    assert_eq!((out.as_str(), status), ("before\n", 1));
    assert!(err.ends_with("ValueError: boom\n"), "{err}");
    let (_, err, status) = coro(&["check", "syntax.py"], &dir);
    assert_eq!(status, 1);
    assert!(err.contains("SyntaxError"), "{err}");
    assert!(
        !err.contains('\u{1b}'),
        "no colour when stderr is not a terminal"
    );
    assert_eq!(coro(&["missing.py"], &dir).2, 2);
    assert_eq!(coro(&["--no-such-flag"], &dir).2, 2);
}

#[test]
fn ctrl_c_raises_keyboard_interrupt_and_keeps_output() {
    let dir = scratch("sigint");
    std::fs::write(
        dir.join("spin.py"),
        "print('started')\nwhile True:\n    pass\n",
    )
    .unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_coro"))
        .arg("spin.py")
        .current_dir(&dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("coro starts");
    std::thread::sleep(std::time::Duration::from_millis(300));
    let _ = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let out = child.wait_with_output().expect("coro ends");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "started\n");
    assert!(String::from_utf8_lossy(&out.stderr).ends_with("KeyboardInterrupt\n"));
    assert_eq!(out.status.code(), Some(130));
}

#[test]
fn never_awaited_coroutine_warns_once_per_line() {
    let dir = scratch("never-awaited");
    let src = "import asyncio\n\nasync def work():\n    print('never')\n\nasync def main():\n    for i in range(3):\n        work()\n    print('done')\n\nasyncio.run(main())\n";
    std::fs::write(dir.join("w.py"), src).unwrap();
    let (out, err, status) = coro(&["w.py"], &dir);
    assert_eq!((out.as_str(), status), ("done\n", 0));
    assert_eq!(
        err,
        "w.py:8: RuntimeWarning: coroutine 'work' was never awaited\n  work()\n\
         RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
    );
}
