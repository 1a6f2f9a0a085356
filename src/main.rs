//! The `coro` command: a thin CLI over the library.

use clap::{Parser, Subcommand};
use std::io::Write;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "coro",
    version,
    about = "Coro: a tiny scripting language with native async/await (a Python 3 subset)"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// A script to run (same as `coro run FILE`).
    file: Option<String>,
    /// Use the virtual clock: sleeps take no real time.
    #[arg(long, global = true)]
    virtual_time: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Run a script.
    Run { file: String },
    /// Parse and compile a script, reporting every error; run nothing.
    Check { file: String },
    /// Show the bytecode of a script.
    Dis { file: String },
}

fn read(path: &str) -> Result<String, ExitCode> {
    std::fs::read(path)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .map_err(|e| {
            eprintln!("coro: can't open file '{path}': {e}");
            ExitCode::from(2)
        })
}

fn main() -> ExitCode {
    // A panic is a bug in Coro: say so in one line instead of a Rust backtrace.
    std::panic::set_hook(Box::new(|info| {
        let _ = std::io::stdout().flush();
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!(
            "coro: internal error{place}: {info}\nThis is a bug in Coro; please report it with the script that caused it."
        );
    }));
    let cli = Cli::parse();
    let color = coro::diagnostics::want_color();
    let options = coro::Options {
        virtual_time: cli.virtual_time,
    };
    let result = match (cli.command, cli.file) {
        (Some(Command::Run { file }), _) | (None, Some(file)) => run(&file, &options, color),
        (Some(Command::Check { file }), _) => check(&file, color),
        (Some(Command::Dis { file }), _) => dis(&file, color),
        (None, None) => {
            eprintln!("coro: no script given (try `coro --help`)");
            Err(ExitCode::from(2))
        }
    };
    result.unwrap_or_else(|code| code)
}

fn run(file: &str, options: &coro::Options, color: bool) -> Result<ExitCode, ExitCode> {
    let src = read(file)?;
    // Deep recursion through natives runs on this thread's stack: give it room.
    let file = file.to_string();
    let options = options.clone();
    let handle = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || {
            let out = Box::new(std::io::BufWriter::with_capacity(
                1 << 16,
                std::io::stdout(),
            ));
            let err = Box::new(std::io::stderr());
            coro::run(&file, &src, &options, out, err, color)
        })
        .map_err(|_| ExitCode::from(1))?;
    let status = handle.join().unwrap_or(1);
    let _ = std::io::stdout().flush();
    Ok(ExitCode::from(status as u8))
}

fn check(file: &str, color: bool) -> Result<ExitCode, ExitCode> {
    let src = read(file)?;
    match coro::compile(file, &src) {
        Ok(_) => Ok(ExitCode::SUCCESS),
        Err(diags) => {
            eprint!("{}", coro::diagnostics::render(&diags, file, &src, color));
            Ok(ExitCode::from(1))
        }
    }
}

fn dis(file: &str, color: bool) -> Result<ExitCode, ExitCode> {
    let src = read(file)?;
    match coro::disassemble(file, &src) {
        Ok(text) => {
            print!("{text}");
            Ok(ExitCode::SUCCESS)
        }
        Err(diags) => {
            eprint!("{}", coro::diagnostics::render(&diags, file, &src, color));
            Ok(ExitCode::from(1))
        }
    }
}
