//! The source column of a Markdown table: a table whose header row names a
//! column "Source" ("Who", "Said by", "Speaker") lists in that column who
//! said what the row's other cells hold ("| 05:10 | Harbour Office (HO),
//! morning bulletin | Fog until noon |"). Each such cell is an attribution
//! to the body its first part names ("Harbour Office"), the way a sentence
//! would name it before "said"; the cell's other parts (the channel, "on
//! X", "morning bulletin") stay in the span, as analysts mark the cell.

use super::speaker_label::capitalised_run;
use super::{Found, Suggester};
use crate::suggest::ATTRIBUTION;

/// Header cells, lower case, that name the column of sources.
const SOURCE_HEADS: &[&str] = &[
    "source",
    "sources",
    "who",
    "speaker",
    "said by",
    "attributed to",
    "claimed by",
    "according to",
];

/// The rule id of these attributions.
const RULE: &str = "table-source";

/// The score of these attributions.
const SCORE: f32 = 0.8;

/// The byte spans of the cells of the table row `line` (which starts at
/// byte `at` of the text), trimmed of spaces, in order; a row opens and
/// closes with "|".
pub(super) fn cells(line: &str, at: usize) -> Vec<(usize, usize)> {
    let row = line.trim_end();
    if !(row.starts_with('|') && row.ends_with('|') && row.len() > 1) {
        return Vec::new();
    }
    let bars: Vec<usize> = row.match_indices('|').map(|(i, _)| i).collect();
    bars.windows(2)
        .map(|w| {
            let cell = &row[w[0] + 1..w[1]];
            let lead = cell.len() - cell.trim_start().len();
            let s = w[0] + 1 + lead;
            (at + s, at + s + cell.trim().len())
        })
        .collect()
}

/// Whether `cell` is a cell of a header's separator row ("---", ":--:").
fn separator(cell: &str) -> bool {
    !cell.is_empty() && cell.bytes().all(|b| matches!(b, b'-' | b':'))
}

/// The name a source cell gives: its first comma-separated part, or the
/// body that opens it when a role word and a person's name follow ("Harbour
/// Office pilot Ana Ruiz" → "Harbour Office").
fn cell_name(cell: &str) -> &str {
    let name = cell.split(',').next().unwrap_or(cell).trim();
    let body = capitalised_run(name);
    let rest = name[body.len()..].trim_start();
    let mut words = rest.split(' ');
    let role = words
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()));
    if !body.is_empty() && role && words.any(|w| w.starts_with(char::is_uppercase)) {
        body
    } else {
        name
    }
}

impl Suggester {
    /// Adds an attribution for each cell of a source column ([`SOURCE_HEADS`])
    /// of each Markdown table of `text`; a claim or speculation over such a
    /// cell gives way to it, and a cell over another attribution is left
    /// alone. `found` stays in text order.
    pub(super) fn table_sources(&self, text: &str, found: &mut Vec<Found>) {
        if !text.contains("\n|") && !text.starts_with('|') {
            return;
        }
        let mut state = Row::Outside;
        let mut added = Vec::new();
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            let start = at;
            at += line.len();
            let row = cells(line, start);
            state = match (state, row.is_empty()) {
                (_, true) => Row::Outside,
                (Row::Outside, false) => Row::Header(row.iter().position(|&(s, e)| {
                    SOURCE_HEADS
                        .iter()
                        .any(|h| text[s..e].eq_ignore_ascii_case(h))
                })),
                (Row::Header(col) | Row::Body(col), false) => Row::Body(col),
            };
            let Row::Body(Some(col)) = state else {
                continue;
            };
            let Some(&(s, e)) = row.get(col) else {
                continue;
            };
            let cell = &text[s..e];
            if separator(cell) || !cell.chars().any(char::is_alphabetic) {
                continue;
            }
            added.push(Found {
                start: s,
                end: e,
                label: ATTRIBUTION,
                why: format!("the source column of a table: “{cell}”"),
                source: Some(self.source_of(cell_name(cell))),
                rule: RULE.to_string(),
                score: SCORE,
                back_reference: false,
            });
        }
        for f in added {
            let from = found.partition_point(|g| g.end <= f.start);
            let to = from + found[from..].partition_point(|g| g.start < f.end);
            if found[from..to].iter().any(|g| g.label == ATTRIBUTION) {
                continue;
            }
            found.splice(from..to, std::iter::once(f));
        }
    }
}

/// Where a line stands in a table.
#[derive(Clone, Copy)]
enum Row {
    /// Not in a table.
    Outside,
    /// The header row, with its source column if it names one.
    Header(Option<usize>),
    /// A row under the header (the separator row among them).
    Body(Option<usize>),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_splits_into_trimmed_cells() {
        let line = "| 05:10 | Harbour Office, bulletin | Fog «até» noon |\n";
        let c = cells(line, 10);
        let texts: Vec<&str> = c.iter().map(|&(s, e)| &line[s - 10..e - 10]).collect();
        assert_eq!(
            texts,
            ["05:10", "Harbour Office, bulletin", "Fog «até» noon"]
        );
        assert!(cells("Fog | rain", 0).is_empty());
        assert!(cells("|", 0).is_empty());
        assert!(separator(":--:"));
        assert!(!separator(""));
        assert_eq!(
            cell_name("Harbour Office (HO), on X"),
            "Harbour Office (HO)"
        );
        assert_eq!(cell_name("HO pilot Ana Ruiz, on radio"), "HO");
        assert_eq!(
            cell_name("Posts shared on social media"),
            "Posts shared on social media"
        );
    }
}
