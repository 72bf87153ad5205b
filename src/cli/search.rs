//! `marginalia search PROJECT QUERY [--regex] [--word] [--case-sensitive]
//! [--label L] [--source S] [--author A] [--doc ID]... [--limit N] [--context N]
//! [--json | --format text|jsonl|csv]`: every hit of a query across a project's
//! documents, one per line, in document order.
//!
//! Exit code 0 when something was found, 1 when nothing was (like grep), 2 when the
//! search could not run (unreadable project, bad regex, unknown document or label).

use std::io::Write;
use std::ops::ControlFlow;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::Args;
use marginalia::model::{json_for_terminal, printable_line};
use marginalia::search::{CONTEXT_CHARS, CorpusIndex, Query, ResultLine, Within};
use marginalia::task::Progress;

/// Arguments of `marginalia search`.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The project file (.ron).
    pub project: PathBuf,
    /// What to find: plain text (or a regex with --regex). Case-insensitive unless
    /// --case-sensitive. Put `--` before a query that starts with `-`.
    pub query: String,
    /// The query is a regular expression (Rust regex syntax; ^ and $ match at line
    /// starts and ends).
    #[arg(long)]
    pub regex: bool,
    /// Only matches that do not cut a word (letters, digits and accents on both
    /// sides of an edge).
    #[arg(long)]
    pub word: bool,
    /// Upper and lower case differ.
    #[arg(long)]
    pub case_sensitive: bool,
    /// Only hits inside an annotation with this label id.
    #[arg(long)]
    pub label: Option<String>,
    /// Only hits inside an annotation naming this source (case ignored).
    #[arg(long)]
    pub source: Option<String>,
    /// Only hits inside an annotation made or last changed by this analyst.
    #[arg(long)]
    pub author: Option<String>,
    /// Only this document (repeatable).
    #[arg(long = "doc")]
    pub docs: Vec<String>,
    /// Stop after this many hits.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Chars of context on each side of a hit.
    #[arg(long, default_value_t = CONTEXT_CHARS)]
    pub context: usize,
    /// One JSON object per hit: {"doc","start","end","text","context","labels"}
    /// (same as --format jsonl).
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
    /// text (default), jsonl or csv.
    #[arg(long, short = 'f')]
    pub format: Option<String>,
}

/// How hits are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Jsonl,
    Csv,
}

/// Runs `marginalia search`.
pub fn run(args: &SearchArgs) -> anyhow::Result<ExitCode> {
    let format = match (args.json, args.format.as_deref()) {
        (true, _) | (false, Some("jsonl" | "json")) => Format::Jsonl,
        (false, None | Some("text")) => Format::Text,
        (false, Some("csv")) => Format::Csv,
        (false, Some(other)) => bail!(
            "unknown format '{}' (expected text, jsonl or csv)",
            marginalia::model::quoted(other)
        ),
    };
    let query = Query {
        text: args.query.clone(),
        regex: args.regex,
        whole_word: args.word,
        case_sensitive: args.case_sensitive,
        within: Within {
            label: args.label.clone(),
            source: args.source.clone(),
            author: args.author.clone(),
        },
        documents: args.docs.clone(),
    };
    // A bad query is refused before the project is read.
    let compiled = query.compile()?;
    let project = super::load(&args.project)?;
    let index = CorpusIndex::new(&project);
    let mut out = Output::new(format)?;
    let mut found = 0usize;
    let mut failure: Option<std::io::Error> = None;
    if args.limit != Some(0) {
        compiled.run(&project, &index, &Progress::new(), |hit| {
            let Some(line) = ResultLine::of(&project, &index, hit, args.context) else {
                return ControlFlow::Continue(());
            };
            if let Err(e) = out.write(&line) {
                failure = Some(e);
                return ControlFlow::Break(());
            }
            found += 1;
            if args.limit.is_some_and(|n| found >= n) {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        })?;
    }
    match failure.map_or_else(|| out.finish(), Err) {
        Ok(()) => {}
        // The reader stopped early (`| head`): not an error, nothing to say.
        Err(e) if super::out::reader_gone(&e) => return Ok(ExitCode::SUCCESS),
        Err(e) => return Err(e).context("cannot write to standard output"),
    }
    Ok(if found > 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Standard output in the chosen format, buffered.
enum Output {
    /// Text or JSON lines.
    Lines(Format, std::io::BufWriter<std::io::StdoutLock<'static>>),
    /// CSV records (the writer buffers).
    Csv(Box<csv::Writer<std::io::StdoutLock<'static>>>),
}

impl Output {
    fn new(format: Format) -> std::io::Result<Self> {
        let stdout = std::io::stdout().lock();
        if format != Format::Csv {
            return Ok(Output::Lines(format, std::io::BufWriter::new(stdout)));
        }
        let mut w = csv::Writer::from_writer(stdout);
        w.write_record(["doc", "start", "end", "text", "context", "labels"])
            .map_err(csv_io)?;
        Ok(Output::Csv(Box::new(w)))
    }

    /// Writes one hit: `doc:start-end  context  [labels]` (escaped for the
    /// terminal), a JSON object, or a CSV record (labels joined by `;`).
    fn write(&mut self, line: &ResultLine) -> std::io::Result<()> {
        match self {
            Output::Lines(Format::Jsonl, out) => {
                let json = serde_json::to_string(line).map_err(std::io::Error::other)?;
                writeln!(out, "{}", json_for_terminal(&json))
            }
            Output::Lines(_, out) => {
                let labels = if line.labels.is_empty() {
                    String::new()
                } else {
                    format!("  [{}]", line.labels.join(", "))
                };
                let text = format!(
                    "{}:{}-{}  {}{labels}",
                    line.doc, line.start, line.end, line.context
                );
                writeln!(out, "{}", printable_line(&text))
            }
            Output::Csv(w) => {
                let (start, end) = (line.start.to_string(), line.end.to_string());
                w.write_record([
                    line.doc.as_str(),
                    &start,
                    &end,
                    &line.text,
                    &line.context,
                    &line.labels.join(";"),
                ])
                .map_err(csv_io)
            }
        }
    }

    fn finish(&mut self) -> std::io::Result<()> {
        match self {
            Output::Lines(_, out) => out.flush(),
            Output::Csv(w) => w.flush(),
        }
    }
}

/// The I/O error inside a CSV error (so a closed pipe is still seen as one).
fn csv_io(e: csv::Error) -> std::io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => std::io::Error::other(format!("{other:?}")),
    }
}
