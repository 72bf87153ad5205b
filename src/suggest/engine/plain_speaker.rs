//! A speaker named by a plain noun phrase that opens its clause, with no
//! capitalised name or source word at its head: "*Several visiting cyclists*
//! said", "*A clerk at a Lima bank* told me", "*A cook*, who asked …, said".
//! Only before a speech verb, and only a phrase of a determiner, plain words
//! and a few prepositions, so that a clause with a verb of its own ("The
//! price rose and the …") is never taken for a subject.

use super::Suggester;
use super::person_role::{Role, role_in};
use crate::suggest::rules::AttributionRules;

/// The most words of the two relative clauses of a subject ("A nurse *who
/// …, and who …,* said").
const MAX_TWO_CLAUSE_WORDS: usize = 32;

/// The most bytes of the two relative clauses of a subject.
const MAX_TWO_CLAUSE_BYTES: usize = 240;

/// The most words of a plain speaker's phrase.
const MAX_WORDS: usize = 8;

/// Speech verbs a plain speaker may take (the words of reporting, not of
/// finding or recording, which a thing may do: "the tests showed").
const SPEECH_CUES: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "wrote",
    "writes",
    "added",
    "argued",
    "warned",
    "explained",
    "insisted",
    "recalled",
    "replied",
    "complained",
    "admitted",
    "attributed",
    "noted",
    "stressed",
    "cautioned",
    "conceded",
    "acknowledged",
];

/// Report verbs a plain speaker takes only after the clause it reports
/// ("…, the team reported."): "the sensors reported a fault" is no source.
const REPORT_CUES: &[&str] = &["reported", "reports"];

/// Verbs of a finding a document's plain name may take at a headline's end
/// ("…, state survey finds").
const HEADLINE_FINDINGS: &[&str] = &["finds", "shows"];

/// Prepositions a plain speaker's phrase may hold after its head ("a clerk
/// *at* a bank", "a nurse *from* the north").
pub(super) const LINKS: &[&str] = &["at", "in", "of", "from", "for", "with", "on"];

/// Words that end a plain speaker's phrase: a verb or a conjunction shows a
/// clause of its own ("The price *rose* and …").
pub(super) const NOT_IN_SPEAKER: &[&str] = &[
    "and", "or", "but", "that", "than", "as", "is", "are", "was", "were", "be", "been", "has",
    "have", "had", "do", "does", "did", "not", "no", "will", "would", "can", "could", "may",
    "might", "should", "must", "when", "where", "while", "if", "because", "so", "then", "also",
    "this", "these", "those", "there", "what", "which", "who", "whom", "whose", "how", "why", "to",
    "by", "about", "after", "before", "into", "them", "us", "him", "me", "it",
];

impl Suggester {
    /// The owner of a plain speaker named by a possessive ("Lima Tours'
    /// manager", "the trust's medical director"): `Some(Some(source))` for a
    /// capitalised owner, `Some(None)` for a plain one ("the trust's"), which
    /// stands for the source named before; `None` when `subject` is no such
    /// phrase (a pronoun's, "Her son", is not read here).
    pub(super) fn owner_source(&self, subject: &str) -> Option<Option<String>> {
        if !subject.contains(['\'', '’']) {
            return None;
        }
        let words: Vec<&str> = subject.split_whitespace().collect();
        let head = words.last()?;
        if words.len() < 2 || !head.chars().all(|c| c.is_lowercase() || c == '-') {
            return None;
        }
        let at = words.iter().position(|w| is_possessive(w))?;
        let first = words.first()?;
        if at == 0 && ["its", "their", "his", "her"].contains(&first.to_lowercase().as_str()) {
            return None;
        }
        let owner: Vec<&str> = words[..=at].to_vec();
        let last = owner.last()?;
        let bare = last
            .strip_suffix("'s")
            .or_else(|| last.strip_suffix("’s"))
            .or_else(|| last.strip_suffix('\''))
            .or_else(|| last.strip_suffix('’'))?;
        let mut name: Vec<&str> = owner[..owner.len() - 1].to_vec();
        name.push(bare);
        let capital = name.iter().any(|w| w.starts_with(char::is_uppercase))
            && !(name.len() == 2 && ["The", "A", "An"].contains(&name[0]));
        if capital {
            let name = name.join(" ");
            let name = name.strip_prefix("the ").unwrap_or(&name);
            return Some(Some(self.source_of(name)));
        }
        // "the trust's": a plain body, the one named before.
        (name.len() == 2 && name[0].eq_ignore_ascii_case("the")).then_some(None)
    }

    /// The source of a relative named by a possessive pronoun ("Her son",
    /// "their family"): the rules' family group, as the registry names it.
    pub(super) fn kin_source(&self, subject: &str) -> Option<String> {
        let mut words = subject.split_whitespace();
        let (owner, head) = (words.next()?, words.next()?);
        let pronoun = ["her", "his", "their"]
            .iter()
            .any(|p| owner.eq_ignore_ascii_case(p));
        if !pronoun || words.next().is_some() {
            return None;
        }
        let kin = head.eq_ignore_ascii_case("family") || role_in(subject) == Some(Role::Family);
        kin.then(|| self.index.normalise("family members"))
    }

    /// Two relative clauses joined by "and" between a subject and the cue at
    /// byte `cue` ("A nurse *who said she had worked in Tacna until 2020, and
    /// who now lives in Lima,* told"): the byte of the first one's "who",
    /// when a name or a plain subject ends there. The first clause may hold a
    /// speech verb of its own, the second a comma (a name given).
    pub(super) fn two_who_clauses_before(&self, sentence: &str, cue: usize) -> Option<usize> {
        let before = sentence.get(..cue)?.trim_end().strip_suffix(',')?;
        // A bounded stretch, searched for its literal first (most cues have
        // no such clauses before them).
        let mut from = before.len().saturating_sub(MAX_TWO_CLAUSE_BYTES);
        while !before.is_char_boundary(from) {
            from += 1;
        }
        let and = from + before[from..].rfind(", and who ")?;
        let window = super::subject::last_words_start(before, MAX_TWO_CLAUSE_WORDS).max(from);
        if and < window {
            return None;
        }
        let first = &before[window..and];
        let who = window + first.rfind(" who ")?;
        let clause = &sentence[who + 5..and];
        if clause.contains([',', ';', ':', '“', '”', '"', '(', ')', '—']) {
            return None;
        }
        (self.names.before(sentence, who).is_some()
            || self.plain_subject_before(sentence, who).is_some())
        .then_some(who)
    }

    /// Before byte `edge` of `sentence` (the speech cue at byte `cue`, or
    /// the comma that opens an appositive before it): the byte where a plain
    /// speaker's phrase starts ("*A clerk at a Lima bank* said", "*A cook*,
    /// who …, said"). The phrase opens the sentence or follows a comma, colon
    /// or quote, its first word is one of the rules' determiners, it has at
    /// most [`MAX_WORDS`] words, none of them a pronoun, a verb or a
    /// conjunction, and it ends with a lower-case head noun.
    pub(super) fn plain_speaker_before(
        &self,
        sentence: &str,
        edge: usize,
        cue: usize,
    ) -> Option<usize> {
        let after = sentence.get(cue..)?;
        let word = &after[..after
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(after.len())];
        // "…, security firm says" ending a headline (no full stop): no
        // determiner needed.
        let headline = edge == cue && after[word.len()..].trim().is_empty();
        let finding = headline && HEADLINE_FINDINGS.contains(&word);
        // "…, the agency's investigation team reported, both men …": a
        // report trailing the clause it reports (gold 9 of 9 such tails).
        let trailing = REPORT_CUES.contains(&word)
            && edge == cue
            && sentence[..edge].contains(',')
            && (after[word.len()..].trim_start())
                .chars()
                .next()
                .is_none_or(|c| matches!(c, ',' | '.' | ';'));
        if !SPEECH_CUES.contains(&word) && !finding && !trailing {
            return None;
        }
        let rules = &self.rules.attribution;
        let before = sentence.get(..edge)?.trim_end();
        // Where the phrase read so far starts, and where the next word ends.
        let mut start = before.len();
        let mut at = before.len();
        for (n, word) in before.rsplit(' ').enumerate() {
            let plain = !word.is_empty()
                && word
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
            if !plain {
                // The phrase's edge: punctuation that opens a clause.
                let opens = word.ends_with([',', ':', ';', '“', '"', '”']);
                return (opens && n > 0 && is_plain_speaker(&before[start..], rules, headline))
                    .then_some(start);
            }
            if n == MAX_WORDS {
                return None;
            }
            start = at - word.len();
            if start == 0 {
                return is_plain_speaker(before, rules, headline).then_some(0);
            }
            at = start - 1;
        }
        None
    }
}

/// True when `phrase` (a run of plain words) is a plain speaker: one of the
/// rules' determiners first, a lower-case head last, and no word of
/// [`NOT_IN_SPEAKER`] or of the rules' `not_sources` (pronouns) inside; a
/// preposition of [`LINKS`] only after a noun ("a clerk *at* a bank").
/// In a headline (`headline`), the determiner may be left out ("security
/// firm says").
pub(super) fn is_plain_speaker(phrase: &str, rules: &AttributionRules, headline: bool) -> bool {
    let (determiners, not_sources) = (&rules.determiners, &rules.not_sources);
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    let is_determiner = |w: &str| {
        determiners.iter().any(|d| d.eq_ignore_ascii_case(w))
            || super::plain_lead::EXTRA_LEADS.contains(&w.to_lowercase().as_str())
    };
    // "Its director", "the firm's founder", "Lima Tours' manager": a
    // possessive before the head leads as a determiner does.
    let possessive = words[..words.len() - 1].iter().any(|w| is_possessive(w));
    // "Farmers from the valley": a bare plural head before a preposition.
    let bare = super::plain_lead::is_bare_plural_lead(&words);
    let led = (is_determiner(first) || possessive || bare) && words.len() >= 2;
    if !(led || (headline && words.len() <= 3)) || is_determiner(last) {
        return false;
    }
    // The head: a plain lower-case noun, not a possessive ("a rival's").
    if !last.chars().all(|c| c.is_lowercase() || c == '-')
        || LINKS.contains(last)
        || NOT_IN_SPEAKER.contains(last)
    {
        return false;
    }
    // No preposition right after the determiner ("A *at* …").
    if led && !bare && words.get(1).is_some_and(|w| LINKS.contains(w)) {
        return false;
    }
    words.iter().all(|w| {
        let lower = w.to_lowercase();
        !NOT_IN_SPEAKER.contains(&lower.as_str()) && !not_sources.contains(&lower)
    })
}

/// True when `word` is a possessive: "its", "their", "his", "her", or a noun
/// with "'s" or a plural's apostrophe ("the firm's", "Lima Tours'").
fn is_possessive(word: &str) -> bool {
    ["its", "their", "his", "her"]
        .iter()
        .any(|p| word.eq_ignore_ascii_case(p))
        || ["'s", "’s", "s'", "s’"].iter().any(|e| word.ends_with(e))
}

/// Documents an author named before issues, lower case ("a second *post*").
const AUTHORED_DOCUMENTS: &[&str] = &[
    "post",
    "posts",
    "statement",
    "message",
    "letter",
    "notice",
    "video",
    "editorial",
    "commentary",
];

/// True when `subject` is a plain document of the author named before: "a",
/// "an" or "another", perhaps an ordinal or "new", then a document noun of
/// [`AUTHORED_DOCUMENTS`] ("A second post", "another statement").
pub(super) fn is_plain_document(subject: &str) -> bool {
    // Most subjects are names: a cheap look at the first letter first.
    if !subject.starts_with(['a', 'A']) {
        return false;
    }
    let words: Vec<&str> = subject.split_whitespace().collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    let led = ["a", "an", "another"]
        .iter()
        .any(|d| first.eq_ignore_ascii_case(d));
    if !(2..=3).contains(&words.len()) {
        return false;
    }
    let middle_plain = words[1..words.len() - 1]
        .iter()
        .all(|w| ["second", "third", "new", "later", "separate", "further"].contains(w));
    led && middle_plain && AUTHORED_DOCUMENTS.contains(last)
}

#[cfg(test)]
mod tests {
    use super::{is_plain_document, is_possessive};

    #[test]
    fn a_plain_document_of_the_author_before() {
        assert!(is_plain_document("A second post"));
        assert!(is_plain_document("another statement"));
        assert!(!is_plain_document("post"));
        assert!(!is_plain_document(""));
        assert!(!is_plain_document("The second post"));
        assert!(!is_plain_document("A long and angry letter"));
    }

    #[test]
    fn possessives() {
        assert!(is_possessive("Its"));
        assert!(is_possessive("Tours'"));
        assert!(is_possessive("the firm's"));
        assert!(!is_possessive("firms"));
    }
}
