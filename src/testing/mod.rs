//! The golden-output runner: a case is `NAME.py` with its expected stdout in
//! `NAME.out` (and, for a case that fails on purpose, its expected stderr in
//! `NAME.err`). The cargo test harness and `coro test` both use it.

mod suite;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, mpsc};
use std::time::Duration;
pub use suite::{SuiteOptions, run_suite};

/// One golden case.
#[derive(Clone, Debug)]
pub struct Case {
    /// Path relative to the suite root, without `.py` (`asyncio/gather_order`).
    pub name: String,
    pub script: PathBuf,
    pub expected_out: PathBuf,
    pub expected_err: Option<PathBuf>,
    /// The first line says `# coro-only: why`: python3 cannot check it.
    pub coro_only: bool,
}

impl Case {
    /// How the case runs: on the virtual clock, unless one of its first lines
    /// is `# coro-test: real-time`.
    pub fn options(&self) -> crate::Options {
        let src = std::fs::read_to_string(&self.script).unwrap_or_default();
        let real_time = src
            .lines()
            .take(3)
            .any(|l| l.trim() == "# coro-test: real-time");
        // python3 runs the case as `python3 NAME.py` in its folder.
        let name = self
            .script
            .file_name()
            .map(|n| n.to_string_lossy().into_owned());
        crate::Options {
            virtual_time: !real_time,
            argv: vec![name.unwrap_or_default()],
            ..Default::default()
        }
    }
}

/// What a run printed and how it ended.
pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub status: i32,
}

/// Every case under `root`, sorted by name.
pub fn discover(root: &Path) -> Vec<Case> {
    let mut cases = Vec::new();
    walk(root, root, &mut cases);
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    cases
}

fn walk(root: &Path, dir: &Path, cases: &mut Vec<Case>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(root, &path, cases);
        } else if path.extension().is_some_and(|e| e == "py") {
            let out = path.with_extension("out");
            if !out.exists() {
                continue;
            }
            let err = path.with_extension("err");
            let rel = path.strip_prefix(root).unwrap_or(&path).with_extension("");
            let first = std::fs::read_to_string(&path).unwrap_or_default();
            cases.push(Case {
                name: rel.to_string_lossy().replace('\\', "/"),
                coro_only: first.starts_with("# coro-only"),
                script: path.clone(),
                expected_out: out,
                expected_err: err.exists().then_some(err),
            });
        }
    }
}

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .map_err(|_| std::io::Error::other("poisoned"))?
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Runs a case in this process, as `coro run` would from the case's folder
/// (the traceback shows the file name only). `None` when it exceeds `limit`.
pub fn run_case(case: &Case, options: &crate::Options, limit: Duration) -> Option<Outcome> {
    let file = case
        .script
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let src = match crate::source_text(
        &file,
        &std::fs::read(&case.script).unwrap_or_default(),
        false,
    ) {
        Ok(src) => src,
        Err(report) => {
            return Some(Outcome {
                stdout: Vec::new(),
                stderr: report.into_bytes(),
                status: 1,
            });
        }
    };
    let (out, err) = (Capture::default(), Capture::default());
    let (o, e) = (out.clone(), err.clone());
    let options = options.clone();
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let status = crate::run(&file, &src, &options, Box::new(o), Box::new(e), false);
            let _ = tx.send(status);
        });
    if spawned.is_err() {
        return None;
    }
    let status = match rx.recv_timeout(limit) {
        Ok(s) => s,
        Err(mpsc::RecvTimeoutError::Timeout) => return None,
        Err(mpsc::RecvTimeoutError::Disconnected) => 101,
    };
    let take = |c: Capture| c.0.lock().map(|v| v.clone()).unwrap_or_default();
    Some(Outcome {
        stdout: take(out),
        stderr: take(err),
        status,
    })
}

/// Compares an outcome with the case's expectations; the error is a readable report.
pub fn check(case: &Case, got: &Outcome) -> Result<(), String> {
    let mut report = String::new();
    let expected = std::fs::read(&case.expected_out).unwrap_or_default();
    if expected != got.stdout {
        report.push_str(&diff("stdout", &expected, &got.stdout));
    }
    match &case.expected_err {
        Some(err_path) => {
            let expected = std::fs::read(err_path).unwrap_or_default();
            if expected != got.stderr {
                report.push_str(&diff("stderr", &expected, &got.stderr));
            }
            if got.status == 0 {
                report.push_str("exit status 0, but the case expects a failure\n");
            }
        }
        None => {
            if got.status != 0 {
                report.push_str(&format!(
                    "exit status {}\nstderr:\n{}",
                    got.status,
                    String::from_utf8_lossy(&got.stderr)
                ));
            }
        }
    }
    if report.is_empty() {
        Ok(())
    } else {
        Err(report)
    }
}

/// A unified diff, `-` expected and `+` actual, with line numbers.
pub fn diff(what: &str, expected: &[u8], actual: &[u8]) -> String {
    let (e, a) = (
        String::from_utf8_lossy(expected),
        String::from_utf8_lossy(actual),
    );
    let d = similar::TextDiff::from_lines(&*e, &*a);
    let mut out = format!("--- expected {what}\n+++ actual {what}\n");
    for hunk in d.unified_diff().context_radius(3).iter_hunks() {
        out.push_str(&hunk.to_string());
    }
    if !e.ends_with('\n') || !a.ends_with('\n') {
        out.push_str("\\ (the last line of one side has no newline)\n");
    }
    out
}

/// Runs the case's script under python3 in its folder, if python3 exists.
pub fn run_python(case: &Case) -> Option<std::io::Result<std::process::Output>> {
    let dir = case.script.parent()?;
    let file = case.script.file_name()?;
    let python = which_python()?;
    Some(
        std::process::Command::new(python)
            .arg(file)
            .current_dir(dir)
            .output(),
    )
}

fn which_python() -> Option<&'static str> {
    static FOUND: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    let ok = *FOUND.get_or_init(|| {
        std::process::Command::new("python3")
            .arg("-c")
            .arg("pass")
            .output()
            .is_ok_and(|o| o.status.success())
    });
    ok.then_some("python3")
}
