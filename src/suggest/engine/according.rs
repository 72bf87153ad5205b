//! What "according to" and "per" take besides a plain name: a document whose
//! author the text gave before ("according to *the statement*", "per *the
//! indictment*"), the name's document ("per *Whitcomb's written statement*",
//! "according to *ministry data released in May*") and an appositive that
//! closes the clause ("according to *Lumen, a shipping data firm that tracks
//! tankers*") or a participle of how its words were had ("according to five
//! defectors *interviewed for this article*").

use super::Suggester;

/// Documents a source is cited through, lower case.
const DOCUMENTS: &[&str] = &[
    "statement",
    "statements",
    "report",
    "reports",
    "editorial",
    "readout",
    "transcript",
    "filing",
    "filings",
    "document",
    "documents",
    "data",
    "figures",
    "records",
    "statistics",
    "estimate",
    "estimates",
    "survey",
    "study",
    "analysis",
    "assessment",
    "letter",
    "notice",
    "release",
    "announcement",
    "testimony",
    "complaint",
    "lawsuit",
    "ruling",
    "verdict",
    "judgment",
    "indictment",
    "minutes",
    "memo",
    "note",
    "briefing",
    "briefings",
    "website",
    "account",
    "tracker",
    "tally",
    "database",
    "archive",
    "archives",
    "post",
    "blog",
    // "per the petition site", "according to the petition".
    "petition",
    "site",
    "page",
    "register",
];

/// Documents whose author is known by what they are, and that author.
const AUTHORED: &[(&str, &str)] = &[
    ("indictment", "prosecutors"),
    ("indictments", "prosecutors"),
    ("charge sheet", "prosecutors"),
    ("charges", "prosecutors"),
];

/// Determiners before a document cited on its own ("per *the* statement").
const DOCUMENT_DETERMINERS: &[&str] = &["the", "its", "their", "this", "that", "his", "her"];

/// Participles after a source's document that tell when or how it came out
/// ("data *released in May*").
const DOCUMENT_PARTICIPLES: &[&str] = &[
    "released",
    "published",
    "issued",
    "compiled",
    "seen",
    "obtained",
    "reviewed",
    "filed",
    "posted",
    "dated",
    "submitted",
];

/// Head nouns of an appositive after a cited source ("Lumen, a shipping data
/// *firm*").
const APPOSITIVE_HEADS: &[&str] = &[
    "firm",
    "company",
    "consultancy",
    "group",
    "agency",
    "institute",
    "organisation",
    "organization",
    "monitor",
    "website",
    "site",
    "outlet",
    "newspaper",
    "publication",
    "tank",
    "broadcaster",
    "network",
    "platform",
    "watchdog",
    "charity",
    "body",
    "service",
    "researcher",
    "analyst",
    "expert",
    "professor",
    "official",
    "spokesperson",
    "spokesman",
    "spokeswoman",
];

/// The most plain words in a document's or appositive's description.
const MAX_MODIFIERS: usize = 4;
/// The most bytes of a relative clause closing an appositive.
const MAX_CLAUSE_BYTES: usize = 200;
/// The most words of a relative clause closing an appositive.
const MAX_CLAUSE_WORDS: usize = 14;

impl Suggester {
    /// After "according to"/"per" ending at byte `end`: a document cited on
    /// its own ("the statement", "the charge sheet"), as the byte where it
    /// ends, its words, and its author when the document tells it
    /// ("prosecutors" for an indictment).
    pub(super) fn cited_document_after<'s>(
        &self,
        sentence: &'s str,
        end: usize,
    ) -> Option<(usize, &'s str, Option<&'static str>)> {
        let body = sentence[end..].strip_prefix(' ')?;
        let first = body.split(' ').next()?;
        if !DOCUMENT_DETERMINERS.contains(&first.to_lowercase().as_str()) {
            return None;
        }
        let at = end + 1 + first.len();
        let noun_end = document_noun_end(sentence, at)?;
        let words = &sentence[end + 1..noun_end];
        let lower = words.to_lowercase();
        let author = (AUTHORED.iter())
            .find(|(d, _)| lower.ends_with(d))
            .map(|(_, a)| *a);
        Some((noun_end, words, author))
    }

    /// After a cited source's name ending at byte `name_end`: the end of its
    /// document ("Whitcomb's *written statement*", "ministry *data*"), with a
    /// participle phrase after it ("data *released in May*"), or of an
    /// appositive closing the clause ("Lumen*, a shipping data firm that
    /// tracks tankers*"). `name_end` when neither follows.
    pub(super) fn cited_name_tail(&self, sentence: &str, name_end: usize) -> usize {
        if let Some(end) = document_noun_end(sentence, name_end) {
            return participle_tail(sentence, end).unwrap_or(end);
        }
        appositive_closing(sentence, name_end, &self.rules.attribution.determiners)
            .unwrap_or(name_end)
    }
}

/// Participles after a source's name that say how its words were had
/// ("according to five defectors *interviewed for this article*").
const SOURCE_PARTICIPLES: &[&str] = &[
    "interviewed",
    "surveyed",
    "polled",
    "contacted",
    "questioned",
];

/// After a source's name ending at byte `name_end`: the end of a participle of
/// [`SOURCE_PARTICIPLES`] and the plain words after it, up to the clause's end
/// (at most six words, no punctuation inside).
pub(super) fn participle_after_name(sentence: &str, name_end: usize) -> Option<usize> {
    let rest = sentence[name_end..].strip_prefix(' ')?;
    let first = rest.split(' ').next()?;
    if !SOURCE_PARTICIPLES.contains(&first) {
        return None;
    }
    let stop = rest
        .find(|c: char| !(c.is_alphanumeric() || c == ' ' || c == '-'))
        .unwrap_or(rest.len());
    let phrase = rest[..stop].trim_end();
    (phrase.split_whitespace().count() <= 6).then_some(name_end + 1 + phrase.len())
}

/// After byte `at`: at most [`MAX_MODIFIERS`] plain lower-case words ending
/// with a word of [`DOCUMENTS`] or a two-word document of [`AUTHORED`] ("
/// *written statement*", "* charge sheet*"), as the byte where it ends.
pub(super) fn document_noun_end(sentence: &str, at: usize) -> Option<usize> {
    let body = sentence[at..].strip_prefix(' ')?;
    // "the agency's *annual Water Survey*": after a possessive, the
    // document's own capitalised name.
    let mut owner = sentence[..at].ends_with("'s") || sentence[..at].ends_with("’s");
    let mut end = at + 1;
    for (n, raw) in body
        .split_inclusive(' ')
        .take(MAX_MODIFIERS + 1)
        .enumerate()
    {
        let word = raw.trim_end();
        let bare = word.trim_end_matches([',', '.', ';', ':', '”', '"']);
        let lower = bare.to_lowercase();
        let titled = owner
            && bare.starts_with(char::is_uppercase)
            && bare.chars().all(|c| c.is_alphabetic() || c == '-');
        // "the *owners'* written statement", "the *archive's* release
        // note": the document's owner, a plain possessive, first.
        if n == 0 && !owner && super::owned_document::is_plain_possessive(bare) && bare == word {
            owner = true;
            end += raw.len();
            continue;
        }
        if bare.is_empty() || !(titled || bare.chars().all(|c| c.is_lowercase() || c == '-')) {
            return None;
        }
        let two = format!("{} {lower}", sentence[..end].trim_end().rsplit(' ').next()?);
        if DOCUMENTS.contains(&lower.as_str())
            || AUTHORED.iter().any(|(d, _)| *d == lower || *d == two)
        {
            // "the petition *site*": a second document noun ends it.
            let stop = end + bare.len();
            let next = (bare.len() == word.len())
                .then(|| sentence[stop..].strip_prefix(' '))
                .flatten()
                .and_then(|r| r.split(' ').next())
                .map(|w| w.trim_end_matches([',', '.', ';', ':', '”', '"']));
            return Some(match next {
                Some(w) if DOCUMENTS.contains(&w) => stop + 1 + w.len(),
                _ => stop,
            });
        }
        if bare.len() < word.len() || lower == "that" {
            return None;
        }
        end += raw.len();
    }
    None
}

/// After a document ending at byte `end`: the end of a participle phrase of
/// [`DOCUMENT_PARTICIPLES`] and at most five plain words, up to punctuation
/// ("data *released in November*").
fn participle_tail(sentence: &str, end: usize) -> Option<usize> {
    let rest = sentence[end..].strip_prefix(' ')?;
    let first = rest.split(' ').next()?;
    if !DOCUMENT_PARTICIPLES.contains(&first) {
        return None;
    }
    let stop = rest
        .find(|c: char| !(c.is_alphanumeric() || c == ' ' || c == '-'))
        .unwrap_or(rest.len());
    let phrase = rest[..stop].trim_end();
    let words = phrase.split_whitespace().count();
    (words <= 6 && !phrase.contains(" that ")).then_some(end + 1 + phrase.len())
}

/// After a cited name ending at byte `name_end`: a comma and an appositive
/// that closes the clause ("Lumen*, a shipping data firm*", "*, a firm that
/// tracks tankers*"): a determiner, at most [`MAX_MODIFIERS`] plain words, a
/// head of [`APPOSITIVE_HEADS`], perhaps a relative clause, then the
/// sentence's or clause's end. The byte where it ends.
fn appositive_closing(sentence: &str, name_end: usize, determiners: &[String]) -> Option<usize> {
    let rest = sentence[name_end..].strip_prefix(", ")?;
    let mut at = name_end + 2;
    let mut head = None;
    for (n, raw) in rest
        .split_inclusive(' ')
        .take(MAX_MODIFIERS + 2)
        .enumerate()
    {
        let word = raw.trim_end();
        let bare = word.trim_end_matches([',', '.', ';', ':', '”', '"']);
        let lower = bare.to_lowercase();
        if n == 0 {
            if !determiners.iter().any(|d| d.eq_ignore_ascii_case(bare)) || bare != word {
                return None;
            }
        } else if APPOSITIVE_HEADS.contains(&lower.as_str()) {
            head = Some(at + bare.len());
            break;
        } else if !bare.chars().all(|c| c.is_lowercase() || c == '-') || bare != word {
            return None;
        }
        at += raw.len();
    }
    let head = head?;
    let after = &sentence[head..];
    if closes(after) {
        return Some(head);
    }
    let clause = ["that ", "which ", "who "]
        .iter()
        .find_map(|r| after.strip_prefix(' ')?.strip_prefix(r))?;
    let stop = clause
        .find(['.', ',', ';', ':', '”', '"', '—', '(', '?', '!'])
        .unwrap_or(clause.len());
    if stop > MAX_CLAUSE_BYTES {
        return None;
    }
    let body = clause[..stop].trim_end();
    let end = sentence.len() - clause.len() + body.len();
    (body.split_whitespace().count() <= MAX_CLAUSE_WORDS && closes(&sentence[end..])).then_some(end)
}

/// True when `after` (what follows a phrase) is empty or opens with a
/// sentence's or clause's closing punctuation.
fn closes(after: &str) -> bool {
    let after = after.trim_start();
    after.is_empty() || after.starts_with(['.', ',', ';', '”', '"', '!', '?', '—'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_participles_and_closing_appositives() {
        let s = "The fleet grew, per the carrier's annual statement released in March.";
        let name_end = s.find(" annual").expect("name");
        assert_eq!(
            &s[..document_noun_end(s, name_end).expect("document")],
            "The fleet grew, per the carrier's annual statement"
        );
        let end = s.find(" in March").expect("phrase") + " in March".len();
        let doc = s.find(" released").expect("participle");
        assert_eq!(participle_tail(s, doc), Some(end));
        let d = ["a".to_string(), "an".to_string(), "the".to_string()];
        let s = "Costs rose, according to Lumen, a freight data firm that tracks tankers.";
        let n = s.find(", a freight").expect("name");
        assert_eq!(
            &s[n..appositive_closing(s, n, &d).expect("appositive")],
            ", a freight data firm that tracks tankers"
        );
        let s = "According to Lumen, the ship sank on Monday.";
        let n = s.find(", the ship").expect("name");
        assert_eq!(appositive_closing(s, n, &d), None);
    }
}
