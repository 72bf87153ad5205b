//! Links from a CSV's `attributed_to` column (issue 13). The export writes, on the
//! row of a claim or speculation, the canonical sources of the attributions linked
//! to it (joined by `; `), not the attributions themselves: the import links each
//! row to the attribution of the same document whose source is that name. When
//! several attributions of the document have it, the nearest one in the text is
//! taken (the one before on a tie) and a warning says so; when none has it, a
//! warning says no link was made.

use std::collections::HashMap;

use crate::export::import::ImportedSpan;
use crate::model::{SourceRegistry, quoted};

/// What a row says about its links: its line in the file and its `attributed_to`.
pub(super) struct AttributedRow {
    /// The row's line (1-based).
    pub line: usize,
    /// The `attributed_to` field, trimmed ("" when none).
    pub attributed_to: String,
}

/// The links of one document's rows, as (from, to) indices into `spans`, and
/// warnings ("line N: …") for names no attribution has or several have. `rows`
/// is parallel to `spans`.
pub(super) fn resolve_links(
    spans: &[ImportedSpan],
    rows: &[AttributedRow],
    registry: &SourceRegistry,
) -> (Vec<(usize, usize)>, Vec<String>) {
    let mut links = Vec::new();
    let mut warnings = Vec::new();
    if rows.iter().all(|r| r.attributed_to.is_empty()) {
        return (links, warnings);
    }
    // Normalised source → the spans that have it.
    let mut by_source: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, span) in spans.iter().enumerate() {
        if let Some(source) = span.source.as_deref().filter(|s| !s.trim().is_empty()) {
            by_source
                .entry(registry.normalise(source))
                .or_default()
                .push(i);
        }
    }
    for (to, row) in rows.iter().enumerate() {
        if row.attributed_to.is_empty() {
            continue;
        }
        let Some(target) = spans.get(to) else {
            continue;
        };
        let candidates = |name: &str| -> Vec<usize> {
            (by_source.get(&registry.normalise(name)))
                .map(|v| v.iter().copied().filter(|&i| i != to).collect())
                .unwrap_or_default()
        };
        // The whole field first: a source may itself hold "; ".
        let whole = candidates(&row.attributed_to);
        let names: Vec<(&str, Vec<usize>)> = if whole.is_empty() {
            (row.attributed_to.split(';'))
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(|n| (n, candidates(n)))
                .collect()
        } else {
            vec![(row.attributed_to.as_str(), whole)]
        };
        for (name, found) in names {
            match nearest(spans, target, &found) {
                None => warnings.push(format!(
                    "line {}: attributed to '{}', but no attribution of this document has \
                     that source; no link made",
                    row.line,
                    quoted(name)
                )),
                Some(from) => {
                    if found.len() > 1 {
                        let line = rows.get(from).map_or(0, |r| r.line);
                        warnings.push(format!(
                            "line {}: {} attributions of this document have the source '{}'; \
                             linked to the nearest (line {line})",
                            row.line,
                            found.len(),
                            quoted(name)
                        ));
                    }
                    if !links.contains(&(from, to)) {
                        links.push((from, to));
                    }
                }
            }
        }
    }
    (links, warnings)
}

/// Of `candidates`, the span nearest to `target` in the text (chars between them;
/// 0 when they overlap), the one before it on a tie, then the first listed.
fn nearest(spans: &[ImportedSpan], target: &ImportedSpan, candidates: &[usize]) -> Option<usize> {
    candidates.iter().copied().min_by_key(|&i| {
        let Some(c) = spans.get(i) else {
            return (usize::MAX, true, i);
        };
        // Chars between them: before, after, or 0 when they overlap.
        let gap = (target.start.saturating_sub(c.end)).max(c.start.saturating_sub(target.end));
        (gap, c.start > target.start, i)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize, label: &str, source: Option<&str>) -> ImportedSpan {
        let mut s = ImportedSpan::new(start, end, label);
        s.source = source.map(str::to_string);
        s
    }

    fn row(line: usize, to: &str) -> AttributedRow {
        AttributedRow {
            line,
            attributed_to: to.into(),
        }
    }

    #[test]
    fn each_claim_links_to_the_nearest_attribution_with_its_source() {
        // KCNA … claim A … KCNA … claim B: each claim gets its own KCNA.
        let spans = [
            span(0, 4, "attribution", Some("KCNA")),
            span(10, 20, "claim", None),
            span(30, 34, "attribution", Some("조선중앙통신")),
            span(40, 50, "claim", None),
        ];
        let rows = [row(2, ""), row(3, "KCNA"), row(4, ""), row(5, "KCNA")];
        let registry = SourceRegistry::builtin_ref();
        let (links, warnings) = resolve_links(&spans, &rows, registry);
        assert_eq!(links, vec![(0, 1), (2, 3)]);
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(
            warnings[0].starts_with("line 3: 2 attributions"),
            "{warnings:?}"
        );
    }

    #[test]
    fn several_sources_and_an_unknown_one() {
        let spans = [
            span(0, 4, "attribution", Some("KCNA")),
            span(5, 9, "attribution", Some("Yonhap")),
            span(10, 20, "claim", None),
        ];
        let rows = [row(2, ""), row(3, ""), row(4, "KCNA; Yonhap; Nobody")];
        let (links, warnings) = resolve_links(&spans, &rows, SourceRegistry::builtin_ref());
        assert_eq!(links, vec![(0, 2), (1, 2)]);
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("'Nobody'"), "{warnings:?}");
    }
}
