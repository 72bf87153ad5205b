//! REFI-QDA Project Exchange (`.qdpx`), the format NVivo, ATLAS.ti, MAXQDA and
//! QualCoder share: a zip archive holding `project.qde` (XML, [`qde`]) and each
//! document's text as `sources/GUID.txt`. GUIDs are derived from the ids
//! ([`guid`]), and the archive's entries carry a fixed date, so exporting the same
//! project twice gives the same bytes. [`read`] imports such an archive (or a
//! `.qdc` codebook) back.

pub mod codes;
pub mod guid;
pub mod guide; // codebook (issue 19)
pub mod notes;
pub mod qdc; // codebook (issue 19)
pub mod qde;
pub mod qde_model;
pub mod qde_read;
pub mod read;
pub mod variables;

use std::io::{Cursor, Write};

use zip::write::{SimpleFileOptions, ZipWriter};
use zip::{CompressionMethod, ZipArchive};

use super::{ExportError, Selection};

/// The `.qdpx` archive of `selection`.
///
/// `project.qde` and the documents' texts are compressed on two threads: the XML on
/// this one, the texts into a second archive that is then merged in without being
/// compressed again (deflate is most of an export's time). Deflate runs at level 1:
/// at the default level 6 it took twice the CPU time for an archive 20 % smaller
/// (`cargo bench --bench qdpx`, README). The entries keep their
/// order — `project.qde`, then the sources in document order — so the bytes are the
/// same on every export.
pub fn to_qdpx(selection: &Selection<'_>) -> Result<Vec<u8>, ExportError> {
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(1));
    std::thread::scope(|scope| {
        let sources = scope.spawn(|| sources_archive(selection, options));
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        zip.start_file("project.qde", options)
            .map_err(|e| encode(&e))?;
        // The XML streams into the archive's deflater: no whole-XML copy in memory.
        let buffered = std::io::BufWriter::with_capacity(1 << 16, zip);
        let buffered = qde::write_project(buffered, selection).map_err(|e| encode(&e))?;
        let mut zip = buffered.into_inner().map_err(|e| encode(&e.error()))?;
        let sources = sources
            .join()
            .map_err(|_| encode(&"the thread compressing the texts stopped"))??;
        let sources = ZipArchive::new(Cursor::new(sources)).map_err(|e| encode(&e))?;
        zip.merge_archive(sources).map_err(|e| encode(&e))?;
        let cursor = zip.finish().map_err(|e| encode(&e))?;
        Ok(cursor.into_inner())
    })
}

/// An archive of the selected documents' texts alone, as `sources/GUID.txt`.
fn sources_archive(
    selection: &Selection<'_>,
    options: SimpleFileOptions,
) -> Result<Vec<u8>, ExportError> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for d in &selection.documents {
        let (path, _) = qde::source_paths(&d.document.id);
        zip.start_file(path, options).map_err(|e| encode(&e))?;
        zip.write_all(d.document.text.as_bytes())
            .map_err(|e| encode(&e))?;
    }
    let cursor = zip.finish().map_err(|e| encode(&e))?;
    Ok(cursor.into_inner())
}

/// An export error naming the format.
fn encode(e: &dyn std::fmt::Display) -> ExportError {
    ExportError::Encode(format!("qdpx: {e}"))
}
