//! brat standoff: per document `ID.txt` (the text) and `ID.ann` (the annotations),
//! plus `annotation.conf` and `visual.conf` so that the folder opens in brat as it
//! is. Offsets are chars (code points), as brat counts them.
//!
//! ```text
//! T1⇥attribution 0 6⇥조선중앙통신
//! A1⇥Source T1 KCNA
//! A2⇥Author T1 alice
//! #1⇥AnnotatorNotes T1⇥state agency
//! ```
//!
//! (`⇥` is a tab.)
//!
//! A document with metadata also gets `ID.meta.json` (title, outlet, date, URL,
//! byline, language: see [`meta_file`]), which import reads back.
//!
//! Spaces in attribute values are written as `_` (brat values are single tokens) and
//! read back as spaces. A span that crosses a line break is written as fragments
//! (`0 5;6 11`, text joined by a space), as brat itself does; a line break at the
//! start or end of a span is left out of its fragments (brat's own rule: a
//! fragment's text never holds a line break, or brat refuses the line), so such a
//! span comes back from brat without that line break. Newlines in notes are written
//! as `\n`.

use std::collections::{BTreeSet, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::brat_names::name_comments;
use super::{ExportError, Selection};
use crate::model::{Annotation, Document, Link};
use crate::store::write_folder_atomic;
use crate::task::Progress;

mod meta_file;
mod read;
pub use meta_file::{META_SUFFIX, meta_json, parse_meta_json};
pub use read::{parse_brat_document, read_brat};

/// One file of a brat folder: its name and contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BratFile {
    /// File name inside the folder.
    pub name: String,
    /// Contents.
    pub contents: String,
}

/// The files of the brat folder for `selection`: `annotation.conf`, `visual.conf`,
/// then `ID.txt` and `ID.ann` per document.
pub fn to_brat(selection: &Selection<'_>) -> Vec<BratFile> {
    let mut files = vec![
        BratFile {
            name: "annotation.conf".into(),
            contents: annotation_conf(selection),
        },
        BratFile {
            name: "visual.conf".into(),
            contents: visual_conf(selection),
        },
    ];
    let mut used = HashSet::new();
    for d in &selection.documents {
        let stem = unique_stem(&d.document.id, &mut used);
        files.push(BratFile {
            name: format!("{stem}.txt"),
            contents: d.document.text.clone(),
        });
        files.push(BratFile {
            name: format!("{stem}.ann"),
            contents: ann_file(d.document, &d.annotations, &selection.project.links),
        });
        if let Some(contents) = meta_json(d.document) {
            files.push(BratFile {
                name: format!("{stem}{META_SUFFIX}"),
                contents,
            });
        }
    }
    files
}

/// Writes the brat folder for `selection` into `dir` (created if missing) and
/// returns the paths written. All files are written into a temporary folder beside
/// `dir` and synced once, then moved into place
/// ([`crate::store::write_folder_atomic`]): an export that fails midway (a file
/// name too long for the file system, a full disk, a cancel) leaves `dir` as it was.
pub fn write_folder(
    selection: &Selection<'_>,
    dir: &Path,
    progress: &Progress,
) -> Result<Vec<PathBuf>, ExportError> {
    let files: Vec<(String, Vec<u8>)> = to_brat(selection)
        .into_iter()
        .map(|f| (f.name, f.contents.into_bytes()))
        .collect();
    Ok(write_folder_atomic(dir, &files, progress)?)
}

/// A file name stem for a document id: characters that cannot be in a file name
/// become `_`; a stem already used gets `-2`, `-3`…
fn unique_stem(id: &str, used: &mut HashSet<String>) -> String {
    let mut base: String = id
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                '_'
            } else {
                c
            }
        })
        .collect();
    if base.is_empty() || base.starts_with('.') {
        base.insert_str(0, "doc");
    }
    let mut stem = base.clone();
    let mut n = 2;
    while !used.insert(stem.to_lowercase()) || reserved(&stem) {
        stem = format!("{base}-{n}");
        n += 1;
    }
    stem
}

/// Names the folder's own files use.
fn reserved(stem: &str) -> bool {
    matches!(stem, "annotation" | "visual" | "tools" | "kb_shortcuts")
}

/// A brat token: whitespace becomes `_`.
fn token(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_whitespace() { '_' } else { c })
        .collect()
}

/// The `.ann` file of one document.
fn ann_file(doc: &Document, annotations: &[&Annotation], links: &[Link]) -> String {
    let mut out = String::new();
    let (mut attr, mut note) = (0, 0);
    for (k, a) in annotations.iter().enumerate() {
        let t = k + 1;
        let (spans, text) = fragments(doc, a);
        let _ = writeln!(out, "T{t}\t{} {spans}\t{text}", token(&a.label));
        if let Some(source) = a.source.as_deref().filter(|s| !s.is_empty()) {
            attr += 1;
            let _ = writeln!(out, "A{attr}\tSource T{t} {}", token(source));
        }
        if !a.author.is_empty() {
            attr += 1;
            let _ = writeln!(out, "A{attr}\tAuthor T{t} {}", token(&a.author));
        }
        if !a.note.is_empty() {
            note += 1;
            let escaped = a.note.replace('\r', "").replace('\n', "\\n");
            let _ = writeln!(out, "#{note}\tAnnotatorNotes T{t}\t{escaped}");
        }
    }
    // --- sources (issue 13): links between this file's annotations ---
    if !links.is_empty() {
        let t_of: std::collections::HashMap<&str, usize> = (annotations.iter().enumerate())
            .map(|(k, a)| (a.id.as_str(), k + 1))
            .collect();
        let mut r = 0;
        for l in links {
            if let (Some(from), Some(to)) = (t_of.get(l.from.as_str()), t_of.get(l.to.as_str())) {
                r += 1;
                let _ = writeln!(out, "R{r}\tAttributes Arg1:T{from} Arg2:T{to}");
            }
        }
    }
    // --- end sources ---
    out
}

/// The brat offsets of `a` (fragments split at line breaks, `s e;s e`) and its text
/// (fragment texts joined by a space).
fn fragments(doc: &Document, a: &Annotation) -> (String, String) {
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut run: Option<usize> = None;
    for (i, c) in a.quote.chars().enumerate() {
        let pos = a.start + i;
        if c == '\n' {
            if let Some(s) = run.take() {
                parts.push((s, pos));
            }
        } else if run.is_none() {
            run = Some(pos);
        }
    }
    if let Some(s) = run {
        parts.push((s, a.end));
    }
    if parts.is_empty() {
        // Only line breaks: no fragment can hold it; the exact bounds, the breaks
        // as spaces (brat will refuse this one line, nothing else).
        return (format!("{} {}", a.start, a.end), a.quote.replace('\n', " "));
    }
    let spans: Vec<String> = parts.iter().map(|(s, e)| format!("{s} {e}")).collect();
    let texts: Vec<&str> = parts.iter().map(|&(s, e)| doc.slice(s, e)).collect();
    (spans.join(";"), texts.join(" "))
}

/// Entity types: the schema's labels, then any other label used.
fn entity_types(selection: &Selection<'_>) -> Vec<(String, String, String)> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for l in &selection.project.schema.labels {
        if seen.insert(token(&l.id)) {
            out.push((token(&l.id), l.name.clone(), l.color.clone()));
        }
    }
    for d in &selection.documents {
        for a in &d.annotations {
            if seen.insert(token(&a.label)) {
                out.push((token(&a.label), a.label.clone(), "#888888".into()));
            }
        }
    }
    out
}

fn annotation_conf(selection: &Selection<'_>) -> String {
    let mut sources = BTreeSet::new();
    let mut authors = BTreeSet::new();
    // Exact names, for those whose token would not read back as themselves.
    let mut exact_values = BTreeSet::new();
    for a in selection.documents.iter().flat_map(|d| &d.annotations) {
        if let Some(s) = a.source.as_deref().filter(|s| !s.is_empty()) {
            sources.insert(token(s));
            exact_values.insert(("Source", token(s), s));
        }
        if !a.author.is_empty() {
            authors.insert(token(&a.author));
            exact_values.insert(("Author", token(&a.author), a.author.as_str()));
        }
    }
    sources.extend(selection.project.schema.sources.iter().map(|s| token(s)));
    let mut out = String::from(
        "# Written by Marginalia: labels as entity types, source and author as attributes.\n[entities]\n",
    );
    let types = entity_types(selection);
    for (id, _, _) in &types {
        let _ = writeln!(out, "{id}");
    }
    let exact_labels = selection
        .project
        .schema
        .labels
        .iter()
        .map(|l| l.id.as_str())
        .chain(
            selection
                .documents
                .iter()
                .flat_map(|d| d.annotations.iter().map(|a| a.label.as_str())),
        )
        .collect::<BTreeSet<_>>();
    let labels: Vec<(String, &str)> = exact_labels.into_iter().map(|l| (token(l), l)).collect();
    out.push_str(&name_comments(
        labels.iter().map(|(t, l)| (t.as_str(), *l)),
        exact_values.iter().map(|(a, t, v)| (*a, t.as_str(), *v)),
    ));
    out.push_str("\n[relations]\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n");
    if !selection.project.links.is_empty() {
        // Issue 13: an attribution linked to what it attributes.
        out.push_str("Attributes\tArg1:<ENTITY>, Arg2:<ENTITY>\n");
    }
    out.push_str("\n[events]\n\n[attributes]\n");
    let values = |set: &BTreeSet<String>| set.iter().cloned().collect::<Vec<_>>().join("|");
    if !sources.is_empty() {
        let _ = writeln!(out, "Source\tArg:<ENTITY>, Value:{}", values(&sources));
    }
    if !authors.is_empty() {
        let _ = writeln!(out, "Author\tArg:<ENTITY>, Value:{}", values(&authors));
    }
    out
}

fn visual_conf(selection: &Selection<'_>) -> String {
    let types = entity_types(selection);
    let mut out = String::from("[labels]\n");
    for (id, name, _) in &types {
        let _ = writeln!(out, "{id} | {name}");
    }
    out.push_str("Source | Source\nAuthor | Author\n\n[drawing]\n");
    for (id, _, color) in &types {
        let _ = writeln!(out, "{id}\tbgColor:{color}");
    }
    out.push_str("SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken\n");
    out.push_str("ARC_DEFAULT\tcolor:black, arrowHead:triangle-5\n");
    out.push_str("ATTRIBUTE_DEFAULT\tglyph:*\n");
    out
}

#[cfg(test)]
mod tests {
    use super::read::*;
    use super::*;
    use crate::export::text_map::IncomingText;

    #[test]
    fn stems_are_safe_and_unique() {
        let mut used = HashSet::new();
        assert_eq!(unique_stem("a/b", &mut used), "a_b");
        assert_eq!(unique_stem("A_b", &mut used), "A_b-2");
        assert_eq!(unique_stem(".hidden", &mut used), "doc.hidden");
        assert_eq!(unique_stem("annotation", &mut used), "annotation-2");
    }

    #[test]
    fn ann_lines_parse_with_attributes_notes_and_fragments() {
        let text = IncomingText::new("KCNA said\nthe test 조선 ok".into());
        let ann = "T1\tattribution 0 9;10 13\tKCNA said the\nA1\tSource T1 NK_News\nA2\tAuthor T1 al\n#1\tAnnotatorNotes T1\tline\\nnext\nR1\tRel Arg1:T1 Arg2:T1\nT2\tclaim 19 21\t조선\n";
        let mut w = Vec::new();
        let spans = parse_ann(ann, "x.ann", &text, &mut w).unwrap();
        assert_eq!(spans.len(), 2);
        assert_eq!((spans[0].start, spans[0].end), (0, 13));
        assert_eq!(spans[0].source.as_deref(), Some("NK News"));
        assert_eq!(spans[0].author.as_deref(), Some("al"));
        assert_eq!(spans[0].note, "line\nnext");
        assert_eq!((spans[1].start, spans[1].end), (19, 21));
        assert!(w.iter().any(|x| x.contains("1 relation")), "{w:?}");
        assert!(!w.iter().any(|x| x.contains("discontinuous")), "{w:?}");
        // Fragments with words between them are joined, with a warning.
        let spans = parse_ann("T1\tclaim 0 4;14 18\tKCNA test\n", "y.ann", &text, &mut w).unwrap();
        assert_eq!((spans[0].start, spans[0].end), (0, 18));
        assert!(
            w.iter()
                .any(|x| x.contains("y.ann line 1: T1 is discontinuous")),
            "{w:?}"
        );
    }

    #[test]
    fn bad_ann_lines_name_the_line() {
        let text = IncomingText::new("short text".into());
        let mut w = Vec::new();
        let e = parse_ann(
            "T1\tclaim 0 5\tshort\nT2\tclaim 6 40\tx\n",
            "d.ann",
            &text,
            &mut w,
        )
        .unwrap_err()
        .to_string();
        assert!(
            e.starts_with("d.ann line 2: T2: span 6..40 runs past the end"),
            "{e}"
        );
        let e = parse_ann("T1\tclaim 0 5\tshorx\n", "d.ann", &text, &mut w)
            .unwrap_err()
            .to_string();
        assert!(e.contains("differs"), "{e}");
        let e = parse_ann("T1\tclaim 5 2\tx\n", "d.ann", &text, &mut w)
            .unwrap_err()
            .to_string();
        assert!(e.contains("start > end"), "{e}");
    }
}
