//! Reading a brat folder or one `.ann` file back: text-bound annotations with their
//! Source, Author and AnnotatorNotes; relations, events and other attributes are
//! reported and skipped; only regular files inside the folder are read.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use super::super::ImportError;
use super::super::brat_names::NameMap;
use super::super::import::{ImportedDocument, ImportedSpan};
use super::super::text_map::IncomingText;
use crate::model::{OffsetUnit, quoted};
use crate::read::{FolderEntry, read_limited};

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
        let mut meta_path = stem.clone().into_os_string();
        meta_path.push(super::META_SUFFIX);
        let meta_path = PathBuf::from(meta_path);
        if FolderEntry::of(&meta_path, &folder) == FolderEntry::Regular {
            let meta_name = meta_path.display().to_string();
            let bytes = read_limited(&meta_path, 1 << 20)?;
            let text = String::from_utf8_lossy(&bytes);
            let (title, meta) =
                super::parse_meta_json(&text).map_err(|m| ImportError::file(&meta_name, m))?;
            doc.title = title;
            doc.meta = meta;
        }
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
    let (spans, links) = match ann {
        Some((ann_name, text)) => parse_ann_with_links(text, ann_name, &incoming, &mut warnings)?,
        None => (Vec::new(), Vec::new()),
    };
    let origin = ann.map_or(txt_name, |(n, _)| n).to_string();
    let doc = ImportedDocument {
        id: Some(id.to_string()),
        title: None,
        origin: Some(origin),
        meta: Default::default(),
        text: incoming.into_text(),
        spans,
        line: 0,
        links,
    };
    Ok((doc, warnings))
}

pub(super) fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Parses the lines of one `.ann` file against its text.
#[cfg(test)]
pub(super) fn parse_ann(
    input: &str,
    file: &str,
    text: &IncomingText,
    warnings: &mut Vec<String>,
) -> Result<Vec<ImportedSpan>, ImportError> {
    parse_ann_with_links(input, file, text, warnings).map(|(spans, _)| spans)
}

/// A file's spans and its links as (from, to) indices into them.
type SpansAndLinks = (Vec<ImportedSpan>, Vec<(usize, usize)>);

/// [`parse_ann`], with the `Attributes` relations (`R1⇥Attributes Arg1:T1 Arg2:T2`)
/// as (from, to) indices into the spans (issue 13).
pub(super) fn parse_ann_with_links(
    input: &str,
    file: &str,
    text: &IncomingText,
    warnings: &mut Vec<String>,
) -> Result<SpansAndLinks, ImportError> {
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let mut spans: Vec<ImportedSpan> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let mut pending_attrs: Vec<(usize, String, String, Option<String>)> = Vec::new();
    let mut pending_notes: Vec<(usize, String, String)> = Vec::new();
    let mut ignored = 0usize;
    let mut pending_links: Vec<(usize, String, String)> = Vec::new();
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
            Some('R') if is_attributes(body) => {
                let arg = |name: &str| {
                    body.split_whitespace()
                        .find_map(|a| a.strip_prefix(name))
                        .map(str::to_string)
                };
                let (Some(from), Some(to)) = (arg("Arg1:"), arg("Arg2:")) else {
                    return Err(at(format!("{id}: expected 'Attributes Arg1:T… Arg2:T…'")));
                };
                pending_links.push((n, from, to));
            }
            _ => ignored += 1,
        }
    }
    let mut links = Vec::with_capacity(pending_links.len());
    for (n, from, to) in pending_links {
        match (by_id.get(&from), by_id.get(&to)) {
            (Some(&f), Some(&t)) => links.push((f, t)),
            _ => {
                return Err(ImportError::at(
                    file,
                    n,
                    format!(
                        "relation Attributes {from} → {to} names an annotation not in this file"
                    ),
                ));
            }
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
    Ok((spans, links))
}

/// True when a relation line's body is an `Attributes` relation.
fn is_attributes(body: &str) -> bool {
    body.split_whitespace()
        .next()
        .is_some_and(|t| crate::model::LinkKind::parse(t).is_some())
}

/// Parses `TYPE s e[;s e]…` and checks the quoted text against the document. The
/// span runs from the first fragment to the last; the flag is true when the gaps
/// between fragments hold more than line breaks and spaces (a truly discontinuous
/// span, which Marginalia cannot represent).
pub(super) fn parse_text_bound(
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
