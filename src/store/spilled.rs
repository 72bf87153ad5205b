//! Writing a project file whose documents and annotations were written ahead as
//! lines (a streamed import keeps them in spill files, not in memory): the file is
//! assembled piece by piece in the order a save writes it, with the same atomic
//! replacement and the same size limit as every save.

use std::io::{BufWriter, Write as _};
use std::path::Path;

use super::atomic::{Filled, replace_atomic};
use super::{DiskState, MAX_PROJECT_BYTES, StoreError, ron_writer};
use crate::model::{FORMAT_VERSION, Project};
use crate::task::Progress;

/// Where assembled text goes, piece by piece.
pub type LineSink<'s> = dyn FnMut(&str) -> Result<(), StoreError> + 's;

/// A list of items written ahead as file lines (each as
/// [`ron_writer::document_line`] / [`ron_writer::annotation_line`] gives it).
pub struct WrittenLines<'w> {
    /// How many lines there are.
    pub count: usize,
    /// Hands every line, in file order, to the sink.
    pub write: &'w mut dyn FnMut(&mut LineSink<'_>) -> Result<(), StoreError>,
}

/// Writes a new project file at `path`: everything of `shell` except its documents
/// and annotations (which it must not have), with `documents` and `annotations`
/// in their places. Refuses a path that exists now ([`StoreError::ChangedOnDisk`],
/// as a save of a new project does) and a file over [`MAX_PROJECT_BYTES`].
pub fn write_spilled_project(
    path: &Path,
    shell: &Project,
    documents: WrittenLines<'_>,
    annotations: WrittenLines<'_>,
    progress: &Progress,
) -> Result<(), StoreError> {
    if DiskState::of_file(path)?.is_some() {
        return Err(StoreError::ChangedOnDisk(path.to_path_buf()));
    }
    let limit = MAX_PROJECT_BYTES;
    let fill = |file: &mut std::fs::File| -> Result<Filled, StoreError> {
        let mut len = 0u64;
        let mut buffered = BufWriter::with_capacity(1 << 20, file);
        let err = |source| StoreError::Write {
            path: path.to_path_buf(),
            source,
        };
        let mut sink = |piece: &str| -> Result<(), StoreError> {
            len += piece.len() as u64;
            if len > limit {
                return Ok(());
            }
            buffered.write_all(piece.as_bytes()).map_err(err)
        };
        progress.start_phase("Writing RON", annotations.count as u64);
        let mut out = String::new();
        ron_writer::head(&mut out, shell, FORMAT_VERSION);
        ron_writer::list_start(&mut out, false, documents.count == 0);
        sink(&out)?;
        (documents.write)(&mut sink)?;
        out.clear();
        if documents.count > 0 {
            ron_writer::list_end(&mut out);
        }
        ron_writer::list_start(&mut out, true, annotations.count == 0);
        sink(&out)?;
        progress.check()?;
        (annotations.write)(&mut sink)?;
        out.clear();
        if annotations.count > 0 {
            ron_writer::list_end(&mut out);
        }
        ron_writer::tail(out, shell, &mut sink)?;
        sink("\n")?;
        if len > limit {
            return Err(StoreError::TooLargeToWrite {
                path: path.to_path_buf(),
                size: len,
                limit,
            });
        }
        buffered.flush().map_err(err)?;
        progress.start_phase("Writing to disk", len);
        progress.set_done(len);
        Ok(Filled::Replace)
    };
    replace_atomic(path, true, progress, fill)?;
    Ok(())
}
