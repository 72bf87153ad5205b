//! Writes a project as RON, byte for byte what `ron`'s pretty printer gives with the
//! project file's settings (struct names, 4-space indent, one line per document and
//! per annotation), several times faster: strings are copied in runs and only the
//! chars that need it go through `char::escape_debug`, the escaping `ron` uses.
//!
//! Keep it in step with the model (every serialized field, in declaration order, with
//! the same `skip_serializing_if`); the tests compare it with `ron` on projects that
//! set every field.

use std::fmt::Write as _;

use crate::model::{
    Annotation, Comment, Document, DocumentMeta, Label, Link, LinkKind, MergeNote, NoteVersion,
    Project, RejectedSpan, SourceRegistry, TagSchema, Verdict,
};
use crate::task::{Cancelled, Progress};

/// Annotations written between two progress reports and cancel checks.
const CHECK_EVERY: usize = 4096;

/// Text gathered before it is handed to the sink: a save writes the file in pieces
/// of about this size instead of holding all of its text at once.
const FLUSH_AT: usize = 4 << 20;

const INDENT: &str = "    ";

/// The project file text for `project` with `annotations` in the order given, in
/// one string (see [`write_project`]).
pub(crate) fn project_text(
    project: &Project,
    annotations: &[&Annotation],
    format: u32,
    progress: &Progress,
) -> Result<String, Cancelled> {
    let mut text = String::new();
    write_project(
        project,
        annotations,
        format,
        progress,
        &mut |piece: &str| {
            text.push_str(piece);
            Ok::<(), Cancelled>(())
        },
    )?;
    Ok(text)
}

/// Writes the project file text for `project` with `annotations` in the order
/// given to `sink`, in pieces of about [`FLUSH_AT`] bytes (the whole text is never
/// held at once), reporting the annotations written to `progress` (phase "Writing
/// RON") and stopping when it is cancelled or `sink` fails.
pub(crate) fn write_project<E: From<Cancelled>>(
    project: &Project,
    annotations: &[&Annotation],
    format: u32,
    progress: &Progress,
    sink: &mut dyn FnMut(&str) -> Result<(), E>,
) -> Result<(), E> {
    progress.check()?;
    progress.start_phase("Writing RON", annotations.len() as u64);
    // Close to the size written (escapes aside), so that neither a 2.5× guess nor
    // a regrowth doubles the memory a save of many small documents needs.
    let documents: usize = project
        .documents
        .iter()
        .map(|d| {
            d.text.len()
                + d.text.len() / 16
                + d.title.len()
                + d.id.len()
                + 96
                + d.origin.as_ref().map_or(0, String::len)
                + meta_len(&d.meta)
                + d.done_by.iter().map(|n| n.len() + 4).sum::<usize>()
        })
        .sum();
    let spans: usize = annotations
        .iter()
        .map(|a| {
            a.quote.len()
                + a.note.len()
                + a.id.len()
                + a.doc.len()
                + a.label.len()
                + a.author.len()
                + a.created.len()
                + 160
                + a.source.as_ref().map_or(0, String::len)
        })
        .sum();
    let mut out = String::with_capacity((documents + spans + 4096).min(FLUSH_AT + (1 << 16)));
    head(&mut out, project, format);
    out.push_str(INDENT);
    out.push_str("documents: ");
    block(&mut out, &project.documents, document, sink)?;
    out.push_str(INDENT);
    out.push_str("annotations: ");
    for (k, chunk) in annotations.chunks(CHECK_EVERY).enumerate() {
        progress.check()?;
        progress.set_done((k * CHECK_EVERY) as u64);
        if k == 0 {
            out.push_str("[\n");
        }
        for a in chunk {
            annotation_line(&mut out, a);
            flush_full(&mut out, sink)?;
        }
    }
    if annotations.is_empty() {
        out.push_str("[],\n");
    } else {
        out.push_str(INDENT);
        out.push_str("],\n");
    }
    progress.set_done(annotations.len() as u64);
    tail(out, project, sink)
}

/// The start of a project file: `Project(`, the format, the name and the schema.
pub(crate) fn head(out: &mut String, project: &Project, format: u32) {
    out.push_str("Project(\n");
    let _ = writeln!(out, "{INDENT}format: {format},");
    out.push_str(INDENT);
    out.push_str("name: ");
    string(out, &project.name);
    out.push_str(",\n");
    schema(out, &project.schema);
}

/// The start of the `documents` (`annotations: true`: the `annotations`) list of
/// a project file whose items are written one by one with [`document_line`] /
/// [`annotation_line`]: `empty` lists are written `[]` and need no [`list_end`].
pub(crate) fn list_start(out: &mut String, annotations: bool, empty: bool) {
    out.push_str(INDENT);
    out.push_str(if annotations {
        "annotations: "
    } else {
        "documents: "
    });
    out.push_str(if empty { "[],\n" } else { "[\n" });
}

/// The end of a list that [`list_start`] opened, not empty.
pub(crate) fn list_end(out: &mut String) {
    out.push_str(INDENT);
    out.push_str("],\n");
}

/// One document's line of the `documents` list, as a save writes it.
pub(crate) fn document_line(out: &mut String, d: &Document) {
    out.push_str(INDENT);
    out.push_str(INDENT);
    document(out, d);
    out.push_str(",\n");
}

/// One annotation's line of the `annotations` list, as a save writes it.
pub(crate) fn annotation_line(out: &mut String, a: &Annotation) {
    out.push_str(INDENT);
    out.push_str(INDENT);
    annotation(out, a);
    out.push_str(",\n");
}

/// What follows the annotations in a project file (links, registry, rejected
/// suggestions, merge notes, memo) and the closing `)`; `out` (what is gathered
/// so far) and the rest go to `sink`.
pub(crate) fn tail<E>(
    mut out: String,
    project: &Project,
    sink: &mut dyn FnMut(&str) -> Result<(), E>,
) -> Result<(), E> {
    // --- sources (issue 13): links and the registry, only when not empty ---
    if !project.links.is_empty() {
        out.push_str(INDENT);
        out.push_str("links: ");
        block(&mut out, &project.links, link, sink)?;
    }
    if !project.registry.is_empty() {
        registry(&mut out, &project.registry);
    }
    // --- end sources ---
    // --- suggestions (format 4): written only when there are some ---
    if !project.rejected.is_empty() {
        out.push_str(INDENT);
        out.push_str("rejected: ");
        block(&mut out, &project.rejected, rejected, sink)?;
    }
    // --- conflicts (issue 14, format 5): merge notes, only when there are some ---
    if !project.merge_notes.is_empty() {
        out.push_str(INDENT);
        out.push_str("merge_notes: ");
        block(&mut out, &project.merge_notes, merge_note, sink)?;
    }
    // --- end conflicts ---
    // --- codebook (issue 19, format 5): the project memo, only when set ---
    if !project.memo.is_empty() {
        out.push_str(INDENT);
        out.push_str("memo: ");
        string(&mut out, &project.memo);
        out.push_str(",\n");
    }
    // --- end codebook ---
    out.push(')');
    sink(&out)
}

/// Hands `out` to `sink` and empties it once it holds [`FLUSH_AT`] bytes or more.
fn flush_full<E>(out: &mut String, sink: &mut dyn FnMut(&str) -> Result<(), E>) -> Result<(), E> {
    if out.len() >= FLUSH_AT {
        sink(out)?;
        out.clear();
    }
    Ok(())
}

/// A list at the second level: one item per line, or `[]`, then `,\n`; full
/// pieces go to `sink` as the items are written.
fn block<T, E>(
    out: &mut String,
    items: &[T],
    mut item: impl FnMut(&mut String, &T),
    sink: &mut dyn FnMut(&str) -> Result<(), E>,
) -> Result<(), E> {
    if items.is_empty() {
        out.push_str("[],\n");
        return Ok(());
    }
    out.push_str("[\n");
    for it in items {
        out.push_str(INDENT);
        out.push_str(INDENT);
        item(out, it);
        out.push_str(",\n");
        flush_full(out, sink)?;
    }
    out.push_str(INDENT);
    out.push_str("],\n");
    Ok(())
}

/// A list deeper down: `[a, b]` on one line.
fn inline<T>(out: &mut String, items: &[T], mut item: impl FnMut(&mut String, &T)) {
    out.push('[');
    for (k, it) in items.iter().enumerate() {
        if k > 0 {
            out.push_str(", ");
        }
        item(out, it);
    }
    out.push(']');
}

fn schema(out: &mut String, schema: &TagSchema) {
    out.push_str(INDENT);
    out.push_str("schema: TagSchema(\n");
    out.push_str(INDENT);
    out.push_str(INDENT);
    out.push_str("labels: ");
    inline(out, &schema.labels, label);
    out.push_str(",\n");
    out.push_str(INDENT);
    out.push_str(INDENT);
    out.push_str("sources: ");
    inline(out, &schema.sources, |out, s| string(out, s));
    out.push_str(",\n");
    out.push_str(INDENT);
    out.push_str("),\n");
}

// --- sources (issue 13) ---
fn link(out: &mut String, l: &Link) {
    out.push_str("Link(from: ");
    string(out, &l.from);
    out.push_str(", to: ");
    string(out, &l.to);
    out.push_str(", kind: ");
    out.push_str(match l.kind {
        LinkKind::Attributes => "Attributes",
    });
    out.push(')');
}

fn registry(out: &mut String, r: &SourceRegistry) {
    out.push_str(INDENT);
    out.push_str("registry: SourceRegistry(\n");
    out.push_str(INDENT);
    out.push_str(INDENT);
    out.push_str("sources: ");
    inline(out, &r.sources, |out, s| {
        out.push_str("Source(name: ");
        string(out, &s.name);
        out.push_str(", kind: ");
        string(out, &s.kind);
        out.push_str(", aliases: ");
        inline(out, &s.aliases, |out, a| string(out, a));
        out.push(')');
    });
    out.push_str(",\n");
    out.push_str(INDENT);
    out.push_str("),\n");
}
// --- end sources ---

fn label(out: &mut String, l: &Label) {
    out.push_str("Label(id: ");
    string(out, &l.id);
    out.push_str(", name: ");
    string(out, &l.name);
    out.push_str(", color: ");
    string(out, &l.color);
    out.push_str(", key: ");
    option(out, l.key.as_deref());
    out.push_str(", needs_source: ");
    out.push_str(if l.needs_source { "true" } else { "false" });
    // --- codebook (issue 19, format 5): the guideline, only when set ---
    if !l.description.is_empty() {
        out.push_str(", description: ");
        string(out, &l.description);
    }
    if !l.example.is_empty() {
        out.push_str(", example: ");
        string(out, &l.example);
    }
    // --- end codebook ---
    out.push(')');
}

fn document(out: &mut String, d: &Document) {
    out.push_str("Document(id: ");
    string(out, &d.id);
    out.push_str(", title: ");
    string(out, &d.title);
    out.push_str(", origin: ");
    option(out, d.origin.as_deref());
    if !d.meta.is_empty() {
        out.push_str(", meta: ");
        meta(out, &d.meta);
    }
    // format 4 (corpus): who marked the document done.
    if !d.done_by.is_empty() {
        out.push_str(", done_by: [");
        for (i, name) in d.done_by.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            string(out, name);
        }
        out.push(']');
    }
    // issue 19 (format 4): the document memo, only when set.
    if !d.memo.is_empty() {
        out.push_str(", memo: ");
        string(out, &d.memo);
    }
    out.push_str(", text: ");
    string(out, &d.text);
    out.push(')');
}

/// `RejectedSpan(doc: "…", start: 1, end: 2, label: …, rule: …)`.
fn rejected(out: &mut String, r: &RejectedSpan) {
    out.push_str("RejectedSpan(doc: ");
    string(out, &r.doc);
    let _ = write!(out, ", start: {}, end: {}, label: ", r.start, r.end);
    option(out, r.label.as_deref());
    out.push_str(", rule: ");
    option(out, r.rule.as_deref());
    out.push(')');
}

// --- conflicts (issue 14, format 5) ---
/// `MergeNote(item: "…", fields: [...], other: Label(Label(…)))`: the other
/// version written by the same functions as the schema's labels and the documents,
/// so that fields added to them later are written here too.
fn merge_note(out: &mut String, n: &MergeNote) {
    out.push_str("MergeNote(item: ");
    string(out, &n.item);
    out.push_str(", fields: ");
    inline(out, &n.fields, |out, s| string(out, s));
    out.push_str(", other: ");
    match &n.other {
        NoteVersion::Document(d) => {
            out.push_str("Document(");
            document(out, d);
        }
        NoteVersion::Label(l) => {
            out.push_str("Label(");
            label(out, l);
        }
        NoteVersion::Name(name) => {
            out.push_str("Name(");
            string(out, name);
        }
    }
    out.push_str("))");
}
// --- end conflicts ---

/// `DocumentMeta(outlet: Some("…"), …)` with only the fields set.
fn meta(out: &mut String, m: &DocumentMeta) {
    out.push_str("DocumentMeta(");
    let mut first = true;
    for (name, value) in m.fields() {
        if let Some(v) = value {
            if !first {
                out.push_str(", ");
            }
            first = false;
            out.push_str(name);
            out.push_str(": ");
            option(out, Some(v));
        }
    }
    out.push(')');
}

/// Bytes the metadata takes in the file, about.
fn meta_len(m: &DocumentMeta) -> usize {
    m.fields()
        .iter()
        .filter_map(|(name, v)| v.map(|v| v.len() + name.len() + 12))
        .sum()
}

fn annotation(out: &mut String, a: &Annotation) {
    out.push_str("Annotation(id: ");
    string(out, &a.id);
    out.push_str(", doc: ");
    string(out, &a.doc);
    let _ = write!(out, ", start: {}, end: {}, quote: ", a.start, a.end);
    string(out, &a.quote);
    out.push_str(", label: ");
    string(out, &a.label);
    out.push_str(", source: ");
    option(out, a.source.as_deref());
    out.push_str(", note: ");
    string(out, &a.note);
    out.push_str(", author: ");
    string(out, &a.author);
    out.push_str(", created: ");
    string(out, &a.created);
    for (name, value) in [
        ("edited_by", &a.edited_by),
        ("modified", &a.modified),
        ("previous_label", &a.previous_label),
    ] {
        if let Some(v) = value {
            out.push_str(", ");
            out.push_str(name);
            out.push_str(": ");
            option(out, Some(v));
        }
    }
    if !a.curated_from.is_empty() {
        out.push_str(", curated_from: ");
        inline(out, &a.curated_from, |out, s| string(out, s));
    }
    if let Some(d) = &a.decided_by {
        out.push_str(", decided_by: ");
        option(out, Some(d));
    }
    if !a.comments.is_empty() {
        out.push_str(", comments: ");
        inline(out, &a.comments, comment);
    }
    if a.orphaned {
        out.push_str(", orphaned: true");
    }
    if let Some(c) = &a.conflict {
        out.push_str(", conflict: Some(MergeConflict(other: ");
        string(out, &c.other);
        out.push_str(", reason: ");
        string(out, &c.reason);
        out.push_str("))");
    }
    out.push(')');
}

fn comment(out: &mut String, c: &Comment) {
    out.push_str("Comment(author: ");
    string(out, &c.author);
    out.push_str(", verdict: ");
    out.push_str(match c.verdict {
        Verdict::Agree => "Agree",
        Verdict::Dispute => "Dispute",
    });
    out.push_str(", note: ");
    string(out, &c.note);
    out.push_str(", created: ");
    string(out, &c.created);
    out.push(')');
}

fn option(out: &mut String, value: Option<&str>) {
    match value {
        Some(s) => {
            out.push_str("Some(");
            string(out, s);
            out.push(')');
        }
        None => out.push_str("None"),
    }
}

/// Ranges of chars that `char::escape_debug` leaves as they are (printable, not a
/// combining mark): Latin letters with accents, general punctuation (curly quotes,
/// dashes), CJK ideographs and Hangul syllables. Checked without the Unicode
/// tables `escape_debug` consults, which were a seventh of writing a 160 MB
/// project (perf); a test checks every char of these ranges against it.
const COMMON_PRINTABLE: [(char, char); 4] = [
    ('\u{00C0}', '\u{024F}'),
    ('\u{2010}', '\u{2027}'),
    ('\u{4E00}', '\u{9FFF}'),
    ('\u{AC00}', '\u{D7A3}'),
];

/// True when `c` is in [`COMMON_PRINTABLE`].
fn is_common_printable(c: char) -> bool {
    (COMMON_PRINTABLE.iter()).any(|&(lo, hi)| (lo..=hi).contains(&c))
}

/// `"…"` with every char escaped as `char::escape_debug` does (what `ron` writes).
fn string(out: &mut String, s: &str) {
    out.push('"');
    let mut run_start = 0;
    for (at, c) in s.char_indices() {
        let plain = if c.is_ascii() {
            matches!(c, ' '..='~') && !matches!(c, '"' | '\'' | '\\')
        } else {
            is_common_printable(c) || c.escape_debug().len() == 1
        };
        if !plain {
            out.push_str(s.get(run_start..at).unwrap_or(""));
            out.extend(c.escape_debug());
            run_start = at + c.len_utf8();
        }
    }
    out.push_str(s.get(run_start..).unwrap_or(""));
    out.push('"');
}

#[cfg(test)]
mod tests {
    /// The ranges taken as printable without the Unicode tables are exactly what
    /// `escape_debug` leaves alone, char for char.
    #[test]
    fn every_common_printable_char_is_left_as_escape_debug_leaves_it() {
        for &(lo, hi) in &super::COMMON_PRINTABLE {
            for c in lo..=hi {
                assert_eq!(c.escape_debug().len(), 1, "{c:?}");
            }
        }
    }
}
