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
//! Spaces in attribute values are written as `_` (brat values are single tokens) and
//! read back as spaces. A span that crosses a line break is written as fragments
//! (`0 5;6 11`, text joined by a space), as brat itself does; a line break at the
//! start or end of a span is left out of its fragments (brat's own rule: a
//! fragment's text never holds a line break, or brat refuses the line), so such a
//! span comes back from brat without that line break. Newlines in notes are written
//! as `\n`.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::brat_names::{NameMap, name_comments};
use super::import::{ImportedDocument, ImportedSpan};
use super::text_map::IncomingText;
use super::{ExportError, ImportError, Selection};
use crate::model::{Annotation, Document, OffsetUnit, quoted};
use crate::read::{FolderEntry, read_limited};
use crate::store::write_folder_atomic;
use crate::task::Progress;

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
            contents: ann_file(d.document, &d.annotations),
        });
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
fn ann_file(doc: &Document, annotations: &[&Annotation]) -> String {
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

/// Reads a brat folder (every `.ann` with its `.txt`, and `.txt` files without
/// annotations) or a single `.ann` file. Returns the documents (id = file name stem)
/// and warnings about what was not imported (relations, events, other attributes).
pub fn read_brat(path: &Path) -> Result<(Vec<ImportedDocument>, Vec<String>), ImportError> {
    let name = path.display().to_string();
    let mut warnings = Vec::new();
    let canonical = |dir: &Path| {
        dir.canonicalize()
            .map_err(|e| ImportError::file(&name, format!("cannot read the folder: {e}")))
    };
    // Only regular files that really lie in the folder are read: a link (to a file
    // anywhere on the machine) is skipped with a line naming it.
    let (stems, folder, explicit_ann): (Vec<PathBuf>, PathBuf, bool) = if path.is_dir() {
        let folder = canonical(path)?;
        let entries = std::fs::read_dir(path)
            .map_err(|e| ImportError::file(&name, format!("cannot read the folder: {e}")))?;
        let mut stems = BTreeSet::new();
        for e in entries.flatten() {
            let p = e.path();
            let ext = p
                .extension()
                .map(|x| x.to_string_lossy().to_ascii_lowercase());
            if !matches!(ext.as_deref(), Some("ann" | "txt")) {
                continue;
            }
            match FolderEntry::of(&p, &folder) {
                FolderEntry::Regular => {
                    stems.insert(p.with_extension(""));
                }
                kind @ (FolderEntry::Link | FolderEntry::Outside) => {
                    if let Some(reason) = kind.skip_reason() {
                        warnings.push(format!("{}: {reason}", p.display()));
                    }
                }
                FolderEntry::NotAFile | FolderEntry::Missing => {}
            }
        }
        if stems.is_empty() {
            let message = match warnings.len() {
                0 => "holds no brat .txt/.ann files".to_string(),
                n => format!(
                    "holds no brat .txt/.ann files it may read ({n} skipped: symbolic links or files outside the folder are never read)"
                ),
            };
            return Err(ImportError::file(&name, message));
        }
        (stems.into_iter().collect(), folder, false)
    } else if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ann"))
    {
        let parent = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        (vec![path.with_extension("")], canonical(parent)?, true)
    } else {
        return Err(ImportError::file(
            &name,
            "is neither a brat folder nor a .ann file",
        ));
    };
    // Exact label and attribute names from the folder's annotation.conf.
    let conf = folder.join("annotation.conf");
    let names = match FolderEntry::of(&conf, &folder) {
        FolderEntry::Regular => read_limited(&conf, crate::read::MAX_ARTICLE_BYTES)
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .map(|c| NameMap::parse(&c))
            .unwrap_or_default(),
        _ => NameMap::default(),
    };
    let mut docs = Vec::new();
    for stem in stems {
        let txt = stem.with_extension("txt");
        let ann = stem.with_extension("ann");
        let txt_name = txt.display().to_string();
        match FolderEntry::of(&txt, &folder) {
            FolderEntry::Regular => {}
            kind @ (FolderEntry::Link | FolderEntry::Outside) => {
                // Said once for the folder's listing; for a single .ann, here.
                if let (true, Some(reason)) = (explicit_ann, kind.skip_reason()) {
                    warnings.push(format!("{txt_name}: {reason}"));
                }
                if ann.exists() {
                    warnings.push(format!(
                        "{}: skipped: its text {} is not read",
                        ann.display(),
                        file_name(&txt)
                    ));
                }
                continue;
            }
            FolderEntry::NotAFile | FolderEntry::Missing => {
                return Err(ImportError::file(
                    &ann.display().to_string(),
                    format!("has no {} beside it", file_name(&txt)),
                ));
            }
        }
        let bytes = read_limited(&txt, crate::read::MAX_ARTICLE_BYTES)?;
        let raw = String::from_utf8(bytes).map_err(|e| {
            ImportError::file(
                &txt_name,
                format!(
                    "is not UTF-8 (invalid byte at offset {}); brat texts are UTF-8",
                    e.utf8_error().valid_up_to()
                ),
            )
        })?;
        let read_ann = explicit_ann || FolderEntry::of(&ann, &folder) == FolderEntry::Regular;
        let ann_text = if read_ann && ann.is_file() {
            let ann_name = ann.display().to_string();
            let bytes = read_limited(&ann, crate::read::MAX_ARTICLE_BYTES)?;
            let text = String::from_utf8(bytes).map_err(|e| {
                ImportError::file(
                    &ann_name,
                    format!(
                        "is not UTF-8 (invalid byte at offset {})",
                        e.utf8_error().valid_up_to()
                    ),
                )
            })?;
            Some((ann_name, text))
        } else {
            None
        };
        let id = stem
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "doc".into());
        let (doc, more) = parse_brat_document(
            &id,
            &txt_name,
            raw,
            ann_text.as_ref().map(|(n, t)| (n.as_str(), t.as_str())),
        )?;
        warnings.extend(more);
        let mut doc = doc;
        names.apply(&mut doc);
        docs.push(doc);
    }
    Ok((docs, warnings))
}

/// Parses one brat document held in memory: its text (`txt_name` names it in
/// messages) and, when there is one, its `.ann` file as `(name, contents)`. The
/// document gets `id` (in [`read_brat`], the file name stem). Returns the document
/// and warnings about what was not imported; an error names the `.ann` line.
/// [`read_brat`] reads the files and calls this, so there is one parser.
pub fn parse_brat_document(
    id: &str,
    txt_name: &str,
    txt: String,
    ann: Option<(&str, &str)>,
) -> Result<(ImportedDocument, Vec<String>), ImportError> {
    let mut warnings = Vec::new();
    let incoming = IncomingText::new(txt);
    if let Some(d) = incoming.changes().describe() {
        warnings.push(format!("{txt_name}: {d} (offsets adjusted)"));
    }
    let spans = match ann {
        Some((ann_name, text)) => parse_ann(text, ann_name, &incoming, &mut warnings)?,
        None => Vec::new(),
    };
    let origin = ann.map_or(txt_name, |(n, _)| n).to_string();
    let doc = ImportedDocument {
        id: Some(id.to_string()),
        title: None,
        origin: Some(origin),
        text: incoming.into_text(),
        spans,
        line: 0,
    };
    Ok((doc, warnings))
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Parses the lines of one `.ann` file against its text.
fn parse_ann(
    input: &str,
    file: &str,
    text: &IncomingText,
    warnings: &mut Vec<String>,
) -> Result<Vec<ImportedSpan>, ImportError> {
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let mut spans: Vec<ImportedSpan> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let mut pending_attrs: Vec<(usize, String, String, Option<String>)> = Vec::new();
    let mut pending_notes: Vec<(usize, String, String)> = Vec::new();
    let mut ignored = 0usize;
    for (i, line) in input.lines().enumerate() {
        let n = i + 1;
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let at = |m: String| ImportError::at(file, n, m);
        let mut fields = line.splitn(3, '\t');
        let id = fields.next().unwrap_or_default();
        let body = fields
            .next()
            .ok_or_else(|| at(format!("'{}' line has no tab-separated fields", quoted(id))))?;
        match id.chars().next() {
            Some('T') => {
                let quote = fields
                    .next()
                    .ok_or_else(|| at(format!("{id} has no text after its offsets")))?;
                let (span, bridged) =
                    parse_text_bound(body, quote, text).map_err(|m| at(format!("{id}: {m}")))?;
                if bridged {
                    warnings.push(format!(
                        "{file} line {n}: {id} is discontinuous; imported as one span from its first to its last fragment"
                    ));
                }
                if by_id.insert(id.to_string(), spans.len()).is_some() {
                    return Err(at(format!("{id} is defined twice")));
                }
                spans.push(span);
            }
            Some('A' | 'M') => {
                let mut parts = body.split_whitespace();
                let (Some(attr), Some(target)) = (parts.next(), parts.next()) else {
                    return Err(at(format!("{id}: expected 'NAME TARGET [VALUE]'")));
                };
                pending_attrs.push((
                    n,
                    attr.to_string(),
                    target.to_string(),
                    parts.next().map(str::to_string),
                ));
            }
            Some('#') => {
                let target = body
                    .split_whitespace()
                    .nth(1)
                    .unwrap_or_default()
                    .to_string();
                let note = fields.next().unwrap_or_default().replace("\\n", "\n");
                pending_notes.push((n, target, note));
            }
            _ => ignored += 1,
        }
    }
    for (n, attr, target, value) in pending_attrs {
        let Some(&k) = by_id.get(&target) else {
            return Err(ImportError::at(
                file,
                n,
                format!(
                    "attribute {attr} refers to {target}, which is not a text-bound annotation of this file"
                ),
            ));
        };
        let value = value.map(|v| v.replace('_', " "));
        let Some(span) = spans.get_mut(k) else {
            continue;
        };
        match (attr.to_ascii_lowercase().as_str(), value) {
            ("source", Some(v)) => span.source = Some(v),
            ("author", Some(v)) => span.author = Some(v),
            _ => warnings.push(format!(
                "{file} line {n}: attribute '{}' is not imported",
                quoted(&attr)
            )),
        }
    }
    for (n, target, note) in pending_notes {
        let Some(span) = by_id.get(&target).and_then(|&k| spans.get_mut(k)) else {
            warnings.push(format!("{file} line {n}: note on {target}, which is not a text-bound annotation, is not imported"));
            continue;
        };
        if !span.note.is_empty() {
            span.note.push('\n');
        }
        span.note.push_str(&note);
    }
    if ignored > 0 {
        warnings.push(format!(
            "{file}: {ignored} relation/event/normalisation line(s) not imported"
        ));
    }
    Ok(spans)
}

/// Parses `TYPE s e[;s e]…` and checks the quoted text against the document. The
/// span runs from the first fragment to the last; the flag is true when the gaps
/// between fragments hold more than line breaks and spaces (a truly discontinuous
/// span, which Marginalia cannot represent).
fn parse_text_bound(
    body: &str,
    quote: &str,
    text: &IncomingText,
) -> Result<(ImportedSpan, bool), String> {
    let (label, offsets) = body
        .split_once(' ')
        .ok_or_else(|| format!("expected 'TYPE START END', found '{}'", quoted(body)))?;
    let mut raw_parts = Vec::new();
    let mut ranges = Vec::new();
    let (mut lo, mut hi) = (usize::MAX, 0usize);
    for frag in offsets.split(';') {
        let mut nums = frag.split_whitespace().map(str::parse::<usize>);
        let (Some(Ok(s)), Some(Ok(e)), None) = (nums.next(), nums.next(), nums.next()) else {
            return Err(format!(
                "offsets '{}' are not 'START END' pairs",
                quoted(offsets)
            ));
        };
        // Checks order, bounds and emptiness of each fragment.
        text.span(s, e, OffsetUnit::Chars)?;
        raw_parts.push(text.raw_text_of(s, e));
        ranges.push((s, e));
        lo = lo.min(s);
        hi = hi.max(e);
    }
    let joined = raw_parts.join(" ");
    let whole = text.raw_text_of(lo, hi);
    if quote != joined && quote != whole && quote != whole.replace(['\r', '\n'], " ") {
        return Err(format!(
            "text {quote:?} differs from the .txt at {offsets} ({joined:?})"
        ));
    }
    ranges.sort_unstable();
    let bridged = ranges
        .windows(2)
        .any(|w| w[0].1 < w[1].0 && !text.raw_text_of(w[0].1, w[1].0).trim().is_empty());
    let (start, end) = text.span(lo, hi, OffsetUnit::Chars)?;
    Ok((ImportedSpan::new(start, end, label), bridged))
}

#[cfg(test)]
mod tests {
    use super::*;

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
