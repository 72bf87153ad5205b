//! A document or data a named owner keeps, as the subject of a finding
//! verb: "*FIDE's results show*, …", "*OFAC's notice listed* the firm",
//! "but *NHR's tests found* that …", "…, *KOFIC's ticketing network
//! showed*.".
//! The owner is a capitalised name before "'s" (perhaps after "the") or a
//! plain noun after a determiner ("*the owners'*", "*the board's*"); then at
//! most two plain modifiers, a document or data head and the verb. Before,
//! the cue rules read a finding verb only after a document noun with no
//! owner before it, and took the possessive for a noun's ("Its report").
//! Over the 26 sets (fresh24 204–207 only) every such phrase opening a
//! clause is an attribution in gold: 10 of 10 (fresh9, fresh10, fresh14 ×3,
//! fresh16, fresh20, fresh21, fresh24); "Last year's count found" (a time,
//! no determiner) is not read. A plain owner's list is a fact
//! (tests/suggest_cues5.rs: "The agency's report listed eleven ships"), so
//! "lists" goes with a named owner only: fresh24's "The owners' cargo
//! manifest lists" (gold: an attribution) stays unread, a conflict.

use super::{Found, Suggester};
use crate::suggest::ATTRIBUTION;
use crate::suggest::lower::lower_in;

/// Head nouns of a document or data an owner keeps.
const HEADS: &[&str] = &[
    "report",
    "reports",
    "data",
    "results",
    "figures",
    "records",
    "record",
    "tests",
    "test",
    "notice",
    "manifest",
    "analysis",
    "network",
    "list",
    "register",
    "statistics",
    "count",
    "tally",
    "survey",
    "study",
    "filing",
    "filings",
    "log",
    "logs",
    "ledger",
    "footage",
    "images",
    "photos",
    "database",
    "tracker",
    "chart",
    "map",
    "maps",
    "timetable",
    "schedule",
    "minutes",
    "documents",
    "files",
    "estimate",
    "estimates",
    "numbers",
    "calculations",
    "review",
    "audit",
    "readings",
];

/// The finding verbs such a subject takes.
const VERBS: &[&str] = &[
    "show",
    "shows",
    "showed",
    "found",
    "finds",
    "list",
    "lists",
    "listed",
    "indicate",
    "indicates",
    "indicated",
];

/// Verbs that need an object after them ("lists *the containers*"); the
/// others may close the sentence ("…, KOFIC's network *showed*.").
const OBJECT_VERBS: &[&str] = &["list", "lists", "listed"];

/// Determiners before a plain owner ("*the* owners'").
const DETERMINERS: &[&str] = &["the", "its", "their", "his", "her", "our"];

/// Words before the phrase that open a clause ("*but* NHR's tests found").
const OPENERS: &[&str] = &["but", "and", "while", "yet", "though", "although"];

/// Rule id of these attributions.
const RULE: &str = "owned-document";

/// Score of these attributions.
const SCORE: f32 = 0.8;

/// True when `word` is a possessive ("owners'", "archive's", "FIDE's").
fn possessive_base(word: &str) -> Option<&str> {
    let base = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .or_else(|| word.strip_suffix("s'").map(|b| &word[..b.len() + 1]))
        .or_else(|| word.strip_suffix("s’").map(|b| &word[..b.len() + 1]))?;
    (!base.is_empty() && base.chars().all(|c| c.is_alphanumeric() || c == '-')).then_some(base)
}

/// True when `word` is a plain lower-case possessive ("owners'",
/// "archive's").
pub(super) fn is_plain_possessive(word: &str) -> bool {
    possessive_base(word).is_some_and(|b| b.chars().all(|c| c.is_lowercase() || c == '-'))
}

/// The words of `sentence` with their byte starts.
pub(super) fn words(sentence: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut at = 0;
    for raw in sentence.split([' ', '\n', '\t']) {
        if !raw.is_empty() {
            out.push((at, raw));
        }
        at += raw.len() + 1;
    }
    out
}

/// The phrase ending with the finding verb at word `v` of `ws`: its start,
/// its end, the owner's name (capitalised) or `None` (a plain owner after a
/// determiner, read as a back-reference).
fn owned_phrase(
    sentence: &str,
    ws: &[(usize, &str)],
    v: usize,
) -> Option<(usize, usize, Option<String>)> {
    let (verb_at, verb_raw) = ws[v];
    let verb = verb_raw.trim_end_matches([',', '.', ';', ':']);
    let closed = verb.len() < verb_raw.len();
    if OBJECT_VERBS.contains(&verb) && (closed || v + 1 == ws.len()) {
        return None;
    }
    let head = ws.get(v.checked_sub(1)?)?.1;
    if !HEADS.contains(&head) {
        return None;
    }
    // At most two plain modifiers, then the possessive.
    let mut k = v - 1;
    let owner = loop {
        k = k.checked_sub(1)?;
        let w = ws[k].1;
        if possessive_base(w).is_some() {
            break k;
        }
        if v - 1 - k > 2 || !w.chars().all(|c| c.is_lowercase() || c == '-') {
            return None;
        }
    };
    let base = possessive_base(ws[owner].1)?;
    let (start, name) = if base.starts_with(char::is_uppercase) {
        // The capitalised run ending at the possessive ("Japan Coast Guard's").
        let mut first = owner;
        while first > 0
            && owner - first < 4
            && ws[first - 1].1.starts_with(char::is_uppercase)
            && ws[first - 1]
                .1
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-')
            && !lower_in(ws[first - 1].1, DETERMINERS)
        {
            first -= 1;
        }
        let name_start = ws[first].0;
        let name = format!("{}{base}", &sentence[name_start..ws[owner].0]);
        let start = match first.checked_sub(1) {
            Some(d) if lower_in(ws[d].1, &["the"]) => d,
            _ => first,
        };
        (start, Some(name))
    } else {
        // A plain owner ("the agency's report") lists as a fact ("listed
        // eleven ships": tests/suggest_cues5.rs); it shows or finds.
        let d = owner.checked_sub(1)?;
        if !lower_in(ws[d].1, DETERMINERS) || OBJECT_VERBS.contains(&verb) {
            return None;
        }
        (d, None)
    };
    // The phrase opens a clause: the sentence's start, punctuation or a
    // conjunction before it.
    let opens = match start.checked_sub(1) {
        None => true,
        Some(p) => {
            let w = ws[p].1;
            w.ends_with([',', ';', ':'])
                || lower_in(w, OPENERS)
                || !w.contains(char::is_alphanumeric)
        }
    };
    opens.then_some((ws[start].0, verb_at + verb.len(), name))
}

/// The finding verbs' letters of the cheap first test, one search.
static FINDING_LETTERS: std::sync::LazyLock<crate::suggest::finders::AnyOf> =
    std::sync::LazyLock::new(|| {
        crate::suggest::finders::AnyOf::new(&[" show", " found", " finds", " list", " indicate"])
    });

impl Suggester {
    /// Adds to `out` each owned document or data phrase with its finding verb
    /// in `sentence` ("FIDE's results show"), when it overlaps none of its
    /// attributions.
    pub(super) fn push_owned_documents(&self, sentence: &str, out: &mut Vec<Found>) {
        // Cheap first: a possessive mark and a finding verb's letters.
        if !sentence.contains(['\'', '’']) || !FINDING_LETTERS.in_text(sentence) {
            return;
        }
        let ws = words(sentence);
        for v in 2..ws.len() {
            let verb = ws[v].1.trim_end_matches([',', '.', ';', ':']);
            if !VERBS.contains(&verb) {
                continue;
            }
            let Some((start, end, name)) = owned_phrase(sentence, &ws, v) else {
                continue;
            };
            if out.iter().any(|f| f.start < end && start < f.end) {
                continue;
            }
            let subject = sentence[start..ws[v].0].trim();
            let back_reference = name.is_none();
            let source = match &name {
                Some(n) => self.source_of(n),
                None => subject.to_string(),
            };
            out.push(Found {
                start,
                end,
                label: ATTRIBUTION,
                why: format!("“{subject}”, an owner's document, with “{verb}”"),
                source: Some(source),
                rule: RULE.to_string(),
                score: SCORE,
                back_reference,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrase(s: &str, verb: &str) -> Option<String> {
        let ws = words(s);
        let v = ws
            .iter()
            .position(|(_, w)| w.trim_end_matches([',', '.']) == verb)?;
        owned_phrase(s, &ws, v).map(|(a, b, _)| s[a..b].to_string())
    }

    #[test]
    fn owned_documents_with_finding_verbs() {
        assert_eq!(
            phrase(
                "He scored 6 points, FIDE's results show, with a win.",
                "show"
            )
            .as_deref(),
            Some("FIDE's results show")
        );
        assert_eq!(
            phrase("OFAC's notice listed the Shenyang firm.", "listed").as_deref(),
            Some("OFAC's notice listed")
        );
        assert_eq!(
            phrase("The agency's report listed eleven ships.", "listed"),
            None
        );
        assert_eq!(
            phrase(
                "It was shown on 40 screens, KOFIC's ticketing network showed.",
                "showed"
            )
            .as_deref(),
            Some("KOFIC's ticketing network showed")
        );
        assert_eq!(
            phrase("Last year's count found 1,102 cranes.", "found"),
            None
        );
        assert_eq!(phrase("The ministry's notice lists.", "lists"), None);
        assert!(is_plain_possessive("owners'"));
        assert!(!is_plain_possessive("FIDE's"));
    }
}
