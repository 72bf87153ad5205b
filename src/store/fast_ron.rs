//! A fast reader for project files in the shape Marginalia writes them.
//!
//! The general RON parser spends most of a large project's load on per-token
//! overhead (100,000 annotation lines of a dozen fields each). This reader accepts the
//! subset of RON that [`super::project_to_ron`] produces — struct names, plain `"…"`
//! strings with the escapes Rust's `escape_debug` emits, unsigned integers, `true` /
//! `false`, `Some(…)` / `None`, lists, trailing commas, ASCII whitespace — and
//! returns `None` at the first thing outside it (comments, raw strings, extensions,
//! unknown or repeated fields, missing required fields, a number out of range…). The
//! caller then parses the text with `ron`, which gives the same project or the
//! precise error, so this reader never changes what a file means: it only makes the
//! common case fast.
//!
//! Keep it in step with the model: every field of `Project`, `TagSchema`, `Label`,
//! `Document`, `Annotation` and `Comment` must be read here with the same default as
//! its serde attribute. The tests compare it with `ron` on projects that set every
//! field.

use crate::model::Project;
use crate::task::{Cancelled, Progress};

mod items;

/// Annotations read between two progress reports and cancel checks.
const CHECK_EVERY: u32 = 1024;

/// Parses `text` if it is in the written subset; `None` means "ask ron".
#[cfg(test)]
pub(crate) fn parse_fast(text: &str) -> Option<Project> {
    parse_fast_with(text, &Progress::new()).ok().flatten()
}

/// [`parse_fast`] reporting the bytes read to `progress` (in the phase the caller
/// started, of `text.len()` units) and stopping when it is cancelled.
pub(crate) fn parse_fast_with(
    text: &str,
    progress: &Progress,
) -> Result<Option<Project>, Cancelled> {
    let mut p = Reader {
        s: text.as_bytes(),
        text,
        pos: 0,
        progress,
        items: 0,
        cancelled: false,
    };
    let project = p.project();
    if p.cancelled {
        return Err(Cancelled);
    }
    progress.set_done(text.len() as u64);
    let Some(project) = project else {
        return Ok(None);
    };
    if p.ws().is_none() {
        return Ok(None);
    }
    Ok((p.pos == p.s.len()).then_some(project))
}

struct Reader<'a> {
    s: &'a [u8],
    text: &'a str,
    pos: usize,
    progress: &'a Progress,
    /// Documents and annotations read so far.
    items: u32,
    /// Set when the progress was cancelled (the reader then returns `None`).
    cancelled: bool,
}

/// Stores a field's value, refusing a field given twice.
fn set<T>(slot: &mut Option<T>, value: T) -> Option<()> {
    if slot.is_some() {
        return None;
    }
    *slot = Some(value);
    Some(())
}

impl<'a> Reader<'a> {
    /// Counts one item; every [`CHECK_EVERY`] items (or every item when `always`:
    /// documents, few and long) reports the position and stops (`None`, with
    /// `cancelled` set) when the work was cancelled.
    fn tick(&mut self, always: bool) -> Option<()> {
        self.items = self.items.wrapping_add(1);
        if always || self.items.is_multiple_of(CHECK_EVERY) {
            self.progress.set_done(self.pos as u64);
            if self.progress.is_cancelled() {
                self.cancelled = true;
                return None;
            }
        }
        Some(())
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    /// Skips ASCII whitespace; a comment (or anything starting with `/`) is left to
    /// ron.
    fn ws(&mut self) -> Option<()> {
        while let Some(b) = self.peek() {
            match b {
                b' ' | b'\n' | b'\r' | b'\t' => self.pos += 1,
                b'/' => return None,
                _ => break,
            }
        }
        Some(())
    }

    fn eat(&mut self, b: u8) -> Option<()> {
        self.ws()?;
        if self.peek() == Some(b) {
            self.pos += 1;
            Some(())
        } else {
            None
        }
    }

    /// True (and consumed) when the next token is `b`.
    fn eat_if(&mut self, b: u8) -> Option<bool> {
        self.ws()?;
        if self.peek() == Some(b) {
            self.pos += 1;
            Some(true)
        } else {
            Some(false)
        }
    }

    fn ident(&mut self) -> Option<&'a str> {
        self.ws()?;
        let start = self.pos;
        while let Some(b) = self.peek() {
            if b.is_ascii_alphanumeric() || b == b'_' {
                self.pos += 1;
            } else {
                break;
            }
        }
        let ident = self.text.get(start..self.pos)?;
        let first = ident.as_bytes().first()?;
        (first.is_ascii_alphabetic() || *first == b'_').then_some(ident)
    }

    /// The opening of a struct: its optional name (which must be `name`) and `(`.
    fn open_struct(&mut self, name: &str) -> Option<()> {
        self.ws()?;
        if self.peek() != Some(b'(') && self.ident()? != name {
            return None;
        }
        self.eat(b'(')
    }

    /// Calls `field` for each `name: value` of a struct body up to its `)`.
    fn fields(&mut self, mut field: impl FnMut(&mut Self, &'a str) -> Option<()>) -> Option<()> {
        loop {
            if self.eat_if(b')')? {
                return Some(());
            }
            let name = self.ident()?;
            self.eat(b':')?;
            field(self, name)?;
            if !self.eat_if(b',')? {
                return self.eat(b')');
            }
        }
    }

    /// A list `[a, b, …]` of items read by `item`.
    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        self.eat(b'[')?;
        let mut out = Vec::new();
        loop {
            if self.eat_if(b']')? {
                return Some(out);
            }
            out.push(item(self)?);
            if !self.eat_if(b',')? {
                self.eat(b']')?;
                return Some(out);
            }
        }
    }

    fn string(&mut self) -> Option<String> {
        self.eat(b'"')?;
        let start = self.pos;
        let rest = self.s.get(start..)?;
        // The common case: no escape before the closing quote.
        let end = rest.iter().position(|&b| b == b'"' || b == b'\\')?;
        if rest.get(end) == Some(&b'"') {
            self.pos = start + end + 1;
            return self.text.get(start..start + end).map(str::to_string);
        }
        let mut out = String::with_capacity(end + 16);
        out.push_str(self.text.get(start..start + end)?);
        self.pos = start + end;
        loop {
            let rest = self.s.get(self.pos..)?;
            let next = rest.iter().position(|&b| b == b'"' || b == b'\\')?;
            out.push_str(self.text.get(self.pos..self.pos + next)?);
            self.pos += next;
            if self.peek()? == b'"' {
                self.pos += 1;
                return Some(out);
            }
            self.pos += 1; // the backslash
            let c = self.peek()?;
            self.pos += 1;
            match c {
                b'"' => out.push('"'),
                b'\'' => out.push('\''),
                b'\\' => out.push('\\'),
                b'n' => out.push('\n'),
                b'r' => out.push('\r'),
                b't' => out.push('\t'),
                b'0' => out.push('\0'),
                b'u' => out.push(self.unicode_escape()?),
                _ => return None,
            }
        }
    }

    /// The `{XXXX}` of a `\u{XXXX}` escape.
    fn unicode_escape(&mut self) -> Option<char> {
        if self.peek()? != b'{' {
            return None;
        }
        self.pos += 1;
        let start = self.pos;
        while self.peek()?.is_ascii_hexdigit() {
            self.pos += 1;
        }
        let digits = self.text.get(start..self.pos)?;
        if digits.is_empty() || digits.len() > 6 || self.peek()? != b'}' {
            return None;
        }
        self.pos += 1;
        char::from_u32(u32::from_str_radix(digits, 16).ok()?)
    }

    fn unsigned(&mut self) -> Option<u64> {
        self.ws()?;
        let start = self.pos;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.pos += 1;
        }
        let digits = self.text.get(start..self.pos)?;
        // Leave signs, hex, underscores, floats and leading zeros to ron.
        if digits.is_empty() || (digits.len() > 1 && digits.starts_with('0')) {
            return None;
        }
        match self.peek() {
            Some(b) if b.is_ascii_alphanumeric() || b == b'_' || b == b'.' => None,
            _ => digits.parse().ok(),
        }
    }

    fn usize(&mut self) -> Option<usize> {
        usize::try_from(self.unsigned()?).ok()
    }

    fn bool(&mut self) -> Option<bool> {
        match self.ident()? {
            "true" => Some(true),
            "false" => Some(false),
            _ => None,
        }
    }

    fn option_string(&mut self) -> Option<Option<String>> {
        match self.ident()? {
            "None" => Some(None),
            "Some" => {
                self.eat(b'(')?;
                let s = self.string()?;
                self.eat(b')')?;
                Some(Some(s))
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests;
