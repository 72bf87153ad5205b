//! Definite descriptions that name no one but stand for a source named before
//! ("the official added", "The group said", "The monitors wrote", "The 96-page
//! report found"): their source is the attribution's before them. And the
//! person an outlet quotes by name ("KCNA quoted Kim as saying").

use super::Suggester;
use crate::suggest::coreference;

/// The head nouns of a description that stands for a source named before
/// (a person, a group or a document it issued); a body's own word ("the
/// police", "the government") names that body instead.
const DESCRIBED_HEADS: &[&str] = &[
    "official",
    "officials",
    "group",
    "team",
    "monitors",
    "investigators",
    "researchers",
    "auditors",
    "inspectors",
    "engineers",
    "organisation",
    "organization",
    "watchdog",
    "report",
    "statement",
    "study",
    "survey",
    "analysis",
    "document",
    "letter",
    "notice",
    "advisory",
    "circular",
    "ruling",
    "verdict",
    "article",
    "brochure",
];

impl Suggester {
    /// True when `subject` is "the" and one to three plain words (lower case,
    /// or a number such as "96-page") ending in one of [`DESCRIBED_HEADS`],
    /// not a registry name and not a generic word that
    /// [`coreference::resolve`] reads as a body named before ("the ministry",
    /// "the agency"): a description of someone named before.
    pub(super) fn is_definite_back_reference(&self, subject: &str) -> bool {
        // "Some analysts say …. *Others* suspect …": more of the group before.
        if subject.trim().eq_ignore_ascii_case("others") {
            return true;
        }
        let mut words = subject.split_whitespace();
        if !words.next().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
            return false;
        }
        let rest: Vec<&str> = words.collect();
        let plain = |w: &&str| {
            w.chars()
                .all(|c| c.is_lowercase() || c.is_ascii_digit() || c == '-')
                && w.chars().any(char::is_alphabetic)
        };
        if rest.is_empty() || rest.len() > 3 || !rest.iter().all(plain) {
            return false;
        }
        let description = rest.join(" ");
        let head = rest.last().copied().unwrap_or_default();
        // "The 96-page [report]": a measure whose noun the rules read as the cue.
        (DESCRIBED_HEADS.contains(&head) || head.starts_with(|c: char| c.is_ascii_digit()))
            && self.index.canonical(&description).is_none()
            && !coreference::is_generic(head)
    }

    /// The object of "quoted … as saying" when it is a person's name (one to
    /// four capitalised words, not a registry body): "KCNA quoted *Kim* as
    /// saying" is Kim's word (read as the person the article named, see
    /// [`coreference::resolve`]); "the agency quoted *a senior officer* as
    /// saying" stays the outlet's.
    pub(super) fn quoted_person(&self, object: &str) -> Option<String> {
        let object = object.trim();
        let words: Vec<&str> = object.split_whitespace().collect();
        let named = (1..=4).contains(&words.len())
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase)
            });
        let body = self
            .index
            .canonical(object)
            .and_then(|c| self.registry.sources.iter().find(|s| s.name == c))
            .is_some_and(|s| s.kind != "person");
        (named && !body).then(|| object.to_string())
    }
}

/// The person of `speakers` (names read as sources, and their sources) whose
/// name `between` mentions last, as a whole word: where, the name and their
/// source.
pub(super) fn latest_mention<'a>(
    between: &str,
    speakers: &'a [(String, String)],
) -> Option<(usize, &'a str, &'a str)> {
    speakers
        .iter()
        .filter_map(|(name, source)| {
            // Not a possessive ("the point *Park's* column made"): an
            // owner, not a speaker.
            let (at, _) = between.rmatch_indices(name.as_str()).find(|(at, _)| {
                let after = &between[at + name.len()..];
                !between[..*at].ends_with(char::is_alphanumeric)
                    && !after.starts_with(char::is_alphanumeric)
                    && !after.starts_with("'s")
                    && !after.starts_with("’s")
            })?;
            Some((at, name.as_str(), source.as_str()))
        })
        .max_by_key(|(at, _, _)| *at)
}

/// Documents a body issues: "the report said" stands for whoever's report
/// the text named, not merely the source before it.
const DOCUMENTS: &[&str] = &[
    "report", "study", "survey", "analysis", "circular", "ruling", "verdict", "article", "brochure",
];

/// How far back, in bytes, a document's source is looked for.
const DOCUMENT_LOOK_BACK: usize = 6_000;

/// For a description whose head is a document ("The report", "the 40-page
/// study"): the source of the latest attribution in `history` (span start,
/// end and source, in text order) within [`DOCUMENT_LOOK_BACK`] bytes before
/// `start` whose span of `text` names that document ("Orbis wrote *in a
/// report*", "*The report* found").
pub(super) fn document_source(
    description: &str,
    text: &str,
    history: &[(usize, usize, String)],
    start: usize,
) -> Option<String> {
    let head = description.split_whitespace().last()?.to_lowercase();
    if !DOCUMENTS.contains(&head.as_str()) {
        return None;
    }
    let from = start.saturating_sub(DOCUMENT_LOOK_BACK);
    (history.iter().rev())
        .take_while(|(s, _, _)| *s >= from)
        .find(|(s, e, _)| {
            text.get(*s..*e).is_some_and(|span| {
                span.split(|c: char| !c.is_alphanumeric())
                    .any(|w| w.eq_ignore_ascii_case(&head))
            })
        })
        .map(|(_, _, source)| source.clone())
}
