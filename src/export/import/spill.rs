//! What a streamed import ([`super::stream`]) keeps instead of documents and
//! annotations: strings packed in one buffer ([`Strings`]) and lines written to a
//! temporary file beside the output ([`Spill`]), removed when dropped.

use std::fs::{File, OpenOptions};
use std::io::{BufRead as _, BufReader, BufWriter, Read as _, Seek as _, SeekFrom, Write as _};
use std::path::{Path, PathBuf};

use crate::store::{LineSink, StoreError};

/// Strings packed end to end in one buffer, by index: 8 bytes of overhead each
/// instead of a heap allocation each (100,000 ids in one allocation).
#[derive(Debug, Default)]
pub(super) struct Strings {
    text: String,
    ends: Vec<usize>,
}

impl Strings {
    /// Adds `s`; returns its index.
    pub(super) fn push(&mut self, s: &str) -> usize {
        self.text.push_str(s);
        self.ends.push(self.text.len());
        self.ends.len() - 1
    }

    /// How many strings there are.
    pub(super) fn len(&self) -> usize {
        self.ends.len()
    }

    /// The string at `index`.
    pub(super) fn get(&self, index: usize) -> Option<&str> {
        let end = *self.ends.get(index)?;
        let start = match index.checked_sub(1) {
            Some(before) => *self.ends.get(before)?,
            None => 0,
        };
        self.text.get(start..end)
    }
}

/// A temporary file of lines, beside the output: appended to while an import
/// reads, then read back (in order, or line by line anywhere). Removed on drop.
pub(super) struct Spill {
    path: PathBuf,
    writer: BufWriter<File>,
    len: u64,
}

impl Spill {
    /// A new, empty spill file in `dir`, named after `output` and `what`.
    pub(super) fn create(dir: &Path, output: &Path, what: &str) -> Result<Spill, StoreError> {
        let name = output.file_name().unwrap_or_default().to_string_lossy();
        let path = dir.join(format!(".{name}.{}.{what}.spill", std::process::id()));
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(|source| StoreError::Write {
                path: path.clone(),
                source,
            })?;
        Ok(Spill {
            path,
            writer: BufWriter::with_capacity(1 << 16, file),
            len: 0,
        })
    }

    fn error(&self, source: std::io::Error) -> StoreError {
        StoreError::Write {
            path: self.path.clone(),
            source,
        }
    }

    /// Appends `text`; returns where it starts.
    pub(super) fn append(&mut self, text: &str) -> Result<u64, StoreError> {
        self.append_bytes(text.as_bytes())
    }

    /// Appends `bytes`; returns where they start.
    pub(super) fn append_bytes(&mut self, bytes: &[u8]) -> Result<u64, StoreError> {
        let at = self.len;
        self.writer.write_all(bytes).map_err(|e| self.error(e))?;
        self.len += bytes.len() as u64;
        Ok(at)
    }

    /// The `len` bytes appended at `at`, into `buf`.
    pub(super) fn read_at(
        &mut self,
        at: u64,
        len: usize,
        buf: &mut Vec<u8>,
    ) -> Result<(), StoreError> {
        let result = (|| {
            self.writer.flush()?;
            let file = self.writer.get_mut();
            file.seek(SeekFrom::Start(at))?;
            buf.resize(len, 0);
            file.read_exact(buf)?;
            file.seek(SeekFrom::End(0)).map(|_| ())
        })();
        result.map_err(|e| self.error(e))
    }

    /// Hands every line appended, in order, to `sink`.
    pub(super) fn each_line(&mut self, sink: &mut LineSink<'_>) -> Result<(), StoreError> {
        let rewound = (|| {
            self.writer.flush()?;
            self.writer.get_mut().seek(SeekFrom::Start(0)).map(|_| ())
        })();
        rewound.map_err(|e| self.error(e))?;
        let mut reader = BufReader::with_capacity(1 << 16, self.writer.get_ref());
        let mut line = String::new();
        loop {
            line.clear();
            let read = reader.read_line(&mut line).map_err(|e| StoreError::Write {
                path: self.path.clone(),
                source: e,
            })?;
            if read == 0 {
                return Ok(());
            }
            sink(&line)?;
        }
    }
}

impl Drop for Spill {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_come_back_by_index_exactly() {
        let mut s = Strings::default();
        let texts = ["조선", "", "👋🏽", "e\u{301}\r\n", "a"];
        for (i, t) in texts.iter().enumerate() {
            assert_eq!(s.push(t), i);
        }
        for (i, t) in texts.iter().enumerate() {
            assert_eq!(s.get(i), Some(*t));
        }
        assert_eq!(s.get(texts.len()), None);
    }

    #[test]
    fn a_spill_gives_back_its_lines_and_is_removed() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("p.ron");
        let mut spill = Spill::create(dir.path(), &out, "t").unwrap();
        let a = spill.append("조선 one\n").unwrap();
        let b = spill.append("two 👋\n").unwrap();
        let mut buf = Vec::new();
        spill.read_at(b, "two 👋\n".len(), &mut buf).unwrap();
        assert_eq!(buf, "two 👋\n".as_bytes());
        let c = spill.append("three\n").unwrap();
        spill.read_at(a, "조선 one\n".len(), &mut buf).unwrap();
        assert_eq!(buf, "조선 one\n".as_bytes());
        assert_eq!(c, a + "조선 one\ntwo 👋\n".len() as u64);
        let mut lines = Vec::new();
        spill
            .each_line(&mut |l: &str| {
                lines.push(l.to_string());
                Ok(())
            })
            .unwrap();
        assert_eq!(lines, ["조선 one\n", "two 👋\n", "three\n"]);
        drop(spill);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
