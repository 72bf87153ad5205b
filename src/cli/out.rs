//! Standard output for every subcommand, in one place: a reader that stops early
//! (`marginalia validate P | head -1`) is no error — what is left to print is
//! dropped and the command ends as it would have, quietly (`std`'s `println!`
//! panics there). Any other failure to write is kept and reported once, by
//! `main`, after the command (a one-line reason, exit code 2).
//!
//! [`outln!`] and [`out!`] print like `println!` and `print!`; [`print`] writes a
//! whole text made beforehand.

use std::fmt;
use std::io::{self, Write};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

/// The reader of standard output has gone: nothing more is written.
static READER_GONE: AtomicBool = AtomicBool::new(false);

/// The first failure to write other than a reader gone.
static FAILURE: Mutex<Option<String>> = Mutex::new(None);

/// Prints its arguments and a newline, as `println!`, through [`write_fmt`].
macro_rules! outln {
    ($($arg:tt)*) => {
        $crate::cli::out::write_fmt(format_args!("{}\n", format_args!($($arg)*)))
    };
}

/// Prints its arguments, as `print!`, through [`write_fmt`].
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::cli::out::write_fmt(format_args!($($arg)*))
    };
}

pub(crate) use {out, outln};

/// Writes `args` to standard output (flushed at each newline); see the module.
pub fn write_fmt(args: fmt::Arguments<'_>) {
    if READER_GONE.load(Ordering::Relaxed) {
        return;
    }
    let mut stdout = io::stdout().lock();
    if let Err(e) = stdout.write_fmt(args) {
        keep(&e);
    }
}

/// Writes `text` to standard output and flushes it. A reader gone is `Ok` (the
/// text is dropped); another failure is the error, said in one line.
pub fn print(text: &str) -> anyhow::Result<()> {
    if READER_GONE.load(Ordering::Relaxed) {
        return Ok(());
    }
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if !reader_gone(&e) => {
            Err(anyhow::Error::new(e).context("cannot write to standard output"))
        }
        _ => Ok(()),
    }
}

/// True (and nothing more is written) when `e` says the reader of standard
/// output has gone; for commands that write through their own buffered writer.
pub fn reader_gone(e: &io::Error) -> bool {
    let gone = e.kind() == io::ErrorKind::BrokenPipe;
    if gone {
        READER_GONE.store(true, Ordering::Relaxed);
    }
    gone
}

/// The first failure to write standard output other than a reader gone, if
/// any (taken: said once).
pub fn failure() -> Option<String> {
    FAILURE.lock().ok().and_then(|mut f| f.take())
}

fn keep(e: &io::Error) {
    if !reader_gone(e)
        && let Ok(mut f) = FAILURE.lock()
    {
        f.get_or_insert_with(|| format!("cannot write to standard output: {e}"));
    }
}
