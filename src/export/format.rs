//! The export formats by name, and exporting a selection to a string or a path.

use std::path::Path;

use super::{ExportError, Selection, brat, conll, csv, jsonl, refi, w3c};
use crate::model::OffsetUnit;
use crate::model::text::plural;
use crate::store::{write_atomic_with_progress, write_target};
use crate::task::Progress;

/// A format Marginalia exports to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    /// One JSON object per document (doccano-compatible `label` triples + `spans`).
    Jsonl,
    /// One row per annotation, with a header.
    Csv,
    /// CSV for spreadsheet programs (Excel): the same rows, preceded by a UTF-8
    /// byte-order mark, without which they read Korean and curly quotes as
    /// another encoding. `marginalia export --format csv --bom`.
    CsvExcel,
    /// A brat standoff folder: `ID.txt` + `ID.ann` per document, plus configuration.
    Brat,
    /// A W3C Web Annotation `AnnotationCollection` (JSON-LD).
    W3c,
    /// Tokens with BIO tags, a blank line between sentences.
    Conll,
    /// A REFI-QDA project exchange archive (NVivo, ATLAS.ti, MAXQDA, QualCoder).
    Qdpx,
    /// A REFI-QDA codebook (`.qdc`): the labels as codes with their guidelines
    /// (codebook, issue 19).
    Qdc,
}

impl ExportFormat {
    /// Every format, in menu order.
    pub const ALL: [ExportFormat; 8] = [
        ExportFormat::Jsonl,
        ExportFormat::Csv,
        ExportFormat::CsvExcel,
        ExportFormat::Brat,
        ExportFormat::W3c,
        ExportFormat::Conll,
        ExportFormat::Qdpx,
        ExportFormat::Qdc,
    ];

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            ExportFormat::Jsonl => "jsonl",
            ExportFormat::Csv => "csv",
            ExportFormat::CsvExcel => "csv-excel",
            ExportFormat::Brat => "brat",
            ExportFormat::W3c => "w3c",
            ExportFormat::Conll => "conll",
            ExportFormat::Qdpx => "qdpx",
            ExportFormat::Qdc => "qdc",
        }
    }

    /// The usual file extension (brat writes a folder: none).
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Jsonl => "jsonl",
            ExportFormat::Csv | ExportFormat::CsvExcel => "csv",
            ExportFormat::Brat => "",
            ExportFormat::W3c => "jsonld",
            ExportFormat::Conll => "conll",
            ExportFormat::Qdpx => "qdpx",
            ExportFormat::Qdc => "qdc",
        }
    }

    /// True when `--offsets` changes the offsets this format writes. brat and W3C
    /// always count code points, as their specifications require (REFI-QDA too).
    pub fn honours_unit(self) -> bool {
        matches!(
            self,
            ExportFormat::Jsonl | ExportFormat::Csv | ExportFormat::CsvExcel | ExportFormat::Conll
        )
    }

    /// True when the format has a place for links between annotations (issue 13):
    /// jsonl `relations`, brat `R` lines, W3C `linking` annotations, CSV's
    /// `attributed_to` column. CoNLL and REFI-QDA have none; a codebook (`.qdc`)
    /// holds no annotations, so it leaves no link out.
    pub fn carries_links(self) -> bool {
        !matches!(self, ExportFormat::Conll | ExportFormat::Qdpx)
    }

    /// True when the format writes annotations (a codebook writes only the labels).
    pub fn writes_spans(self) -> bool {
        self != ExportFormat::Qdc
    }

    /// This format with a UTF-8 byte-order mark, where it has such a variant
    /// (`--bom`): CSV gives [`ExportFormat::CsvExcel`]; `None` for the others.
    pub fn with_bom(self) -> Option<ExportFormat> {
        match self {
            ExportFormat::Csv | ExportFormat::CsvExcel => Some(ExportFormat::CsvExcel),
            _ => None,
        }
    }

    /// The format a destination's extension suggests (`out.csv` → csv).
    pub fn from_extension(path: &Path) -> Option<ExportFormat> {
        let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
        match ext.as_str() {
            "jsonl" | "ndjson" => Some(ExportFormat::Jsonl),
            "csv" => Some(ExportFormat::Csv),
            "json" | "jsonld" => Some(ExportFormat::W3c),
            "conll" | "bio" | "iob" => Some(ExportFormat::Conll),
            "qdpx" => Some(ExportFormat::Qdpx),
            "qdc" => Some(ExportFormat::Qdc),
            _ => None,
        }
    }
}

impl std::str::FromStr for ExportFormat {
    type Err = ExportError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "jsonl" | "ndjson" | "doccano" => Ok(ExportFormat::Jsonl),
            "csv" => Ok(ExportFormat::Csv),
            "csv-excel" | "csv-bom" | "excel" => Ok(ExportFormat::CsvExcel),
            "brat" | "standoff" => Ok(ExportFormat::Brat),
            "w3c" | "jsonld" | "json-ld" => Ok(ExportFormat::W3c),
            "conll" | "bio" => Ok(ExportFormat::Conll),
            "qdpx" | "refi" | "refi-qda" => Ok(ExportFormat::Qdpx),
            "qdc" | "codebook" => Ok(ExportFormat::Qdc),
            _ => Err(ExportError::UnknownFormat(s.to_string())),
        }
    }
}

impl std::fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// What an export wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportSummary {
    /// Annotations written.
    pub spans: usize,
    /// Documents written.
    pub documents: usize,
    /// Annotations left out (CoNLL: overlapped by one that wins).
    pub skipped: usize,
    /// Files written (brat: every file of the folder).
    pub files: Vec<std::path::PathBuf>,
    /// Links between exported annotations the format has no place for (CoNLL,
    /// REFI-QDA); the REFI standard asks tools to warn of such loss.
    pub links_left_out: usize,
    /// Codes written to a codebook (`.qdc`: one per label and per source
    /// sub-code; codebook, issue 19).
    pub codes: usize,
}

impl ExportSummary {
    /// What `selection` gives before anything is written: its spans and documents,
    /// and the links `format` cannot carry.
    fn of(selection: &Selection<'_>, format: ExportFormat) -> Self {
        ExportSummary {
            spans: selection.span_count(),
            documents: selection.document_count(),
            links_left_out: if format.carries_links() {
                0
            } else {
                selection.link_count()
            },
            ..ExportSummary::default()
        }
    }

    /// What was written, for a confirmation line: "42 spans from 3 documents", or
    /// for a codebook "a codebook of 4 codes".
    pub fn what(&self, format: ExportFormat) -> String {
        if !format.writes_spans() {
            return format!("a codebook of {}", plural(self.codes, "code"));
        }
        format!(
            "{} from {}",
            plural(self.spans, "span"),
            plural(self.documents, "document")
        )
    }

    /// "; 3 links between annotations not exported: qdpx has no place for them",
    /// or nothing when no link was left out.
    pub fn links_note(&self, format: ExportFormat) -> String {
        if self.links_left_out == 0 {
            return String::new();
        }
        format!(
            "; {} between annotations not exported: {format} has no place for them",
            plural(self.links_left_out, "link")
        )
    }
}

/// The export of `selection` as text, for every format but brat (which is a folder).
pub fn export_to_string(
    selection: &Selection<'_>,
    format: ExportFormat,
    unit: OffsetUnit,
) -> Result<(String, ExportSummary), ExportError> {
    let mut summary = ExportSummary::of(selection, format);
    let text = match format {
        ExportFormat::Jsonl => jsonl::to_jsonl(selection, unit)?,
        ExportFormat::Csv => csv::to_csv(selection, unit)?,
        ExportFormat::CsvExcel => format!("\u{feff}{}", csv::to_csv(selection, unit)?),
        ExportFormat::W3c => w3c::to_w3c(selection)?,
        ExportFormat::Conll => {
            let out = conll::to_conll(selection, unit);
            summary.spans -= out.skipped;
            summary.skipped = out.skipped;
            out.text
        }
        ExportFormat::Brat => return Err(ExportError::BratNeedsFolder),
        ExportFormat::Qdpx => return Err(ExportError::QdpxNeedsFile),
        ExportFormat::Qdc => {
            let (text, codes) = refi::qdc::to_qdc(selection)?;
            summary.codes = codes;
            text
        }
    };
    Ok((text, summary))
}

/// The export of `selection` as the bytes of one file (every format but brat).
pub fn export_to_bytes(
    selection: &Selection<'_>,
    format: ExportFormat,
    unit: OffsetUnit,
) -> Result<(Vec<u8>, ExportSummary), ExportError> {
    if format == ExportFormat::Qdpx {
        let summary = ExportSummary::of(selection, format);
        return Ok((refi::to_qdpx(selection)?, summary));
    }
    let (text, summary) = export_to_string(selection, format, unit)?;
    Ok((text.into_bytes(), summary))
}

/// Exports `selection` to `path`: a file (replaced atomically), or for brat a folder
/// (created if missing).
pub fn export_to_path(
    selection: &Selection<'_>,
    format: ExportFormat,
    unit: OffsetUnit,
    path: &Path,
) -> Result<ExportSummary, ExportError> {
    export_to_path_with_progress(selection, format, unit, path, &Progress::new())
}

/// [`export_to_path`] reporting to `progress` ("Exporting": annotations, then
/// "Writing to disk": bytes) and stopping with [`ExportError::Cancelled`] when it is
/// cancelled: a file destination is then exactly as it was (the export is written to
/// a temporary file and renamed only at the end), and a brat folder is written whole
/// or not at all. A destination that is not a regular file or a new path (a pipe,
/// a device, a link to one) is refused before anything is exported.
pub fn export_to_path_with_progress(
    selection: &Selection<'_>,
    format: ExportFormat,
    unit: OffsetUnit,
    path: &Path,
    progress: &Progress,
) -> Result<ExportSummary, ExportError> {
    progress.check()?;
    progress.start_phase("Exporting", selection.span_count() as u64);
    if format == ExportFormat::Brat {
        let files = brat::write_folder(selection, path, progress)?;
        return Ok(ExportSummary {
            files,
            ..ExportSummary::of(selection, format)
        });
    }
    if path.is_dir() {
        return Err(ExportError::BadDestination {
            path: path.to_path_buf(),
            reason: format!("is a folder; {format} is written to a file"),
        });
    }
    write_target(path)?;
    let (bytes, mut summary) = export_to_bytes(selection, format, unit)?;
    progress.set_done(selection.span_count() as u64);
    progress.check()?;
    // No backup: an export can always be made again.
    write_atomic_with_progress(path, &bytes, false, progress)?;
    summary.files.push(path.to_path_buf());
    Ok(summary)
}
