//! Suggestions as JSONL, in the shape of `export --format jsonl` (one document per
//! line: `id`, `title`, `origin`, `text`, `label` triples, `spans`), each span with
//! `rule`, `score` and `why` besides the export's fields. Offsets are chars.

use serde::Serialize;

use super::Suggestion;
use crate::model::Project;

/// The author written on suggested spans (nobody has accepted them yet).
pub const SUGGESTION_AUTHOR: &str = "marginalia-suggest";

#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    origin: Option<&'a str>,
    text: &'a str,
    label: Vec<(usize, usize, &'a str)>,
    spans: Vec<Span<'a>>,
}

#[derive(Serialize)]
struct Span<'a> {
    start: usize,
    end: usize,
    label: &'a str,
    source: Option<&'a str>,
    note: &'a str,
    author: &'a str,
    text: &'a str,
    id: String,
    created: &'a str,
    rule: &'a str,
    score: f32,
    why: &'a str,
}

/// One JSON line per document of `suggested` (documents of `project`, in that
/// order), each ending in a newline.
pub fn to_jsonl(
    project: &Project,
    suggested: &[(String, Vec<Suggestion>)],
) -> Result<String, serde_json::Error> {
    let mut out = String::new();
    for (doc_id, found) in suggested {
        let Some(doc) = project.document(doc_id) else {
            continue;
        };
        let line = Line {
            id: &doc.id,
            title: &doc.title,
            origin: doc.origin.as_deref(),
            text: &doc.text,
            label: found
                .iter()
                .map(|s| (s.start, s.end, s.label.as_str()))
                .collect(),
            spans: found
                .iter()
                .map(|s| Span {
                    start: s.start,
                    end: s.end,
                    label: &s.label,
                    source: s.source.as_deref(),
                    note: "",
                    author: SUGGESTION_AUTHOR,
                    text: &s.quote,
                    id: format!("suggest-{}-{}-{}", s.label, s.start, s.end),
                    created: "",
                    rule: &s.rule,
                    score: s.score,
                    why: &s.why,
                })
                .collect(),
        };
        out.push_str(&serde_json::to_string(&line)?);
        out.push('\n');
    }
    Ok(out)
}
