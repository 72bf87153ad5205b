//! `marginalia export PROJECT --format jsonl|csv|brat|w3c|conll [--out PATH]
//! [--doc ID]... [--label LABEL]... [--offsets chars|utf16|bytes] [--bom]`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::Args;
use marginalia::export::{
    ExportFormat, ExportOptions, ExportSummary, Selection, export_to_path, export_to_string,
    import::plural,
};
use marginalia::model::OffsetUnit;

/// Arguments of `marginalia export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The project file (.ron).
    pub project: PathBuf,
    /// jsonl, csv, brat, w3c, conll, qdpx or qdc (default: from the --out extension).
    #[arg(long, short = 'f')]
    pub format: Option<String>,
    /// Where to write (a file; a folder for brat). Standard output when absent.
    #[arg(long, short = 'o')]
    pub out: Option<PathBuf>,
    /// Only this document (repeatable).
    #[arg(long = "doc")]
    pub docs: Vec<String>,
    /// Only annotations with this label (repeatable).
    #[arg(long = "label")]
    pub labels: Vec<String>,
    /// Offset unit for jsonl, csv and conll: chars (default), utf16 or bytes.
    #[arg(long, default_value = "chars")]
    pub offsets: String,
    /// CSV for spreadsheet programs: start the file with a UTF-8 byte-order mark
    /// (Excel then reads Korean and curly quotes right). Same as --format csv-excel.
    #[arg(long)]
    pub bom: bool,
}

/// Runs `marginalia export`.
pub fn run(args: &ExportArgs) -> anyhow::Result<ExitCode> {
    let format: ExportFormat = match (&args.format, &args.out) {
        (Some(f), _) => f.parse()?,
        (None, Some(out)) => ExportFormat::from_extension(out).with_context(|| {
            format!(
                "cannot tell the format from {}: choose one with --format jsonl|csv|brat|w3c|conll|qdpx|qdc",
                out.display()
            )
        })?,
        (None, None) => bail!("choose a format with --format jsonl|csv|brat|w3c|conll|qdpx|qdc"),
    };
    let format = match (args.bom, format.with_bom()) {
        (false, _) => format,
        (true, Some(with_bom)) => with_bom,
        (true, None) => bail!("--bom is for CSV; {format} is written without a byte-order mark"),
    };
    let unit: OffsetUnit = args.offsets.parse().map_err(anyhow::Error::msg)?;
    if format == ExportFormat::Brat && args.out.is_none() {
        bail!("brat writes a folder of .txt/.ann files: give it one with --out DIR");
    }
    if format == ExportFormat::Qdpx && args.out.is_none() {
        bail!("qdpx is a zip archive: give it a file with --out FILE.qdpx");
    }
    if let Some(out) = &args.out {
        refuse_overwriting_input(&args.project, out)?;
    }
    let project = super::load(&args.project)?;
    let options = ExportOptions {
        unit,
        docs: (!args.docs.is_empty()).then(|| args.docs.clone()),
        labels: args.labels.clone(),
    };
    let selection = Selection::new(&project, &options)?;
    if unit != OffsetUnit::Chars && !format.honours_unit() {
        eprintln!(
            "marginalia: note: {format} always counts offsets in chars (code points); --offsets {} is ignored",
            unit.name()
        );
    }
    let (summary, destination) = match &args.out {
        Some(out) => (
            export_to_path(&selection, format, unit, out)?,
            out.display().to_string(),
        ),
        None => {
            let (text, summary) = export_to_string(&selection, format, unit)?;
            super::out::print(&text)?;
            (summary, "standard output".to_string())
        }
    };
    eprintln!("marginalia: {}", describe(&summary, format, &destination));
    Ok(ExitCode::SUCCESS)
}

/// "exported 42 spans from 3 documents to out.jsonl".
fn describe(summary: &ExportSummary, format: ExportFormat, destination: &str) -> String {
    let mut s = format!(
        "exported {} to {destination} ({format})",
        summary.what(format)
    );
    if summary.skipped > 0 {
        s.push_str(&format!(
            "; {} overlapping others left out (CoNLL gives a token one tag)",
            plural(summary.skipped, "span")
        ));
    }
    s.push_str(&summary.links_note(format));
    s
}

/// Refuses an export that would overwrite the project it reads.
fn refuse_overwriting_input(project: &Path, out: &Path) -> anyhow::Result<()> {
    if let (Ok(a), Ok(b)) = (project.canonicalize(), out.canonicalize())
        && a == b
    {
        bail!(
            "{} is the project being exported; choose another --out",
            out.display()
        );
    }
    Ok(())
}
