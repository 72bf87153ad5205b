//! The first person inside a speaker's turn: in a transcript, "we" and
//! "our" are the body the speaker's label speaks for, not the paper. A
//! clause that opens with the first person and a verb of saying or finding
//! ("We say …", "We dispute that …", "Our inspectors found that …", "I
//! believe …") or a view phrase ("In our view …") is an attribution to the
//! turn's source.

/// Verbs of saying, holding or finding after a first-person subject, lower
/// case.
const VERBS: &[&str] = &[
    "say",
    "said",
    "believe",
    "believed",
    "think",
    "dispute",
    "disputed",
    "reject",
    "rejected",
    "deny",
    "denied",
    "maintain",
    "contend",
    "estimate",
    "estimated",
    "found",
    "find",
    "conclude",
    "concluded",
    "insist",
    "assess",
    "assessed",
];

/// Words that make the verb's object a plain one, not a reported clause
/// ("We said *hello*", "We say *nothing*"), lower case.
const PLAIN_OBJECTS: &[&str] = &[
    "hello", "goodbye", "nothing", "no", "yes", "so", "little", "much", "thanks", "sorry",
];

/// Subjects in the first person, as they open a clause.
const SUBJECTS: &[&str] = &["We", "I"];

/// Possessives that open a first-person subject noun phrase ("Our
/// inspectors").
const OWNERS: &[&str] = &["Our", "My"];

/// Nouns of a view after "In our"/"In my", lower case.
const VIEWS: &[&str] = &["view", "opinion", "assessment", "judgement", "judgment"];

/// Adverbs that may stand between the subject and its verb ("We also say").
const ADVERBS: &[&str] = &["also", "still", "firmly", "strongly", "respectfully"];

/// The most lower-case words between "Our" and its verb ("Our external
/// auditors found").
const MOST_NOUN_WORDS: usize = 2;

/// Where the clauses of `turn` start, in bytes: its start and after a
/// sentence's end or a semicolon.
fn clause_starts(turn: &str) -> impl Iterator<Item = usize> + '_ {
    std::iter::once(0).chain(
        turn.match_indices(['.', '?', '!', ';'])
            .map(|(i, _)| i + 1)
            .filter(move |i| turn[*i..].starts_with(' '))
            .map(move |i| i + 1),
    )
}

/// The byte spans, within `turn`, of its first-person cues: "We/I
/// (adverb) VERB", "Our/My noun (noun) VERB" and "In our/my VIEW", each
/// at a clause's start and followed by more of the clause.
pub(super) fn cues(turn: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for start in clause_starts(turn) {
        let rest = &turn[start..];
        if let Some(len) = cue_len(rest) {
            let after = rest[len..].trim_start();
            let more = after
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric() || "\"“'‘".contains(c));
            let next = after.split([' ', '.', ',', ';']).next().unwrap_or("");
            let plain = PLAIN_OBJECTS.iter().any(|w| next.eq_ignore_ascii_case(w));
            if more && !plain && !after.starts_with("that.") {
                out.push((start, start + len));
            }
        }
    }
    out
}

/// The length of the cue that opens `rest`, if one does.
fn cue_len(rest: &str) -> Option<usize> {
    let mut words = rest.split(' ');
    let first = words.next()?;
    let mut len = first.len();
    if let Some(view) = rest.strip_prefix("In ") {
        let owner = view.split(' ').next()?;
        if !(owner == "our" || owner == "my") {
            return None;
        }
        let noun = view[owner.len()..].trim_start().split([' ', ',']).next()?;
        return VIEWS
            .contains(&noun)
            .then_some(3 + owner.len() + 1 + noun.len());
    }
    let owned = OWNERS.contains(&first);
    if !owned && !SUBJECTS.contains(&first) {
        return None;
    }
    for (nouns, word) in words.enumerate() {
        let bare = word.trim_end_matches(',');
        if bare.len() != word.len() {
            return None;
        }
        if VERBS.contains(&word) && (!owned || nouns > 0) {
            return Some(len + 1 + word.len());
        }
        let lower = word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
        let fits = if owned {
            lower && nouns < MOST_NOUN_WORDS
        } else {
            ADVERBS.contains(&word)
        };
        if !fits || word.is_empty() {
            return None;
        }
        len += 1 + word.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(turn: &str) -> Vec<&str> {
        cues(turn).into_iter().map(|(s, e)| &turn[s..e]).collect()
    }

    #[test]
    fn first_person_cues_open_clauses() {
        assert_eq!(spans("We say the port was shut."), ["We say"]);
        assert_eq!(
            spans("Thanks. Our divers found that the hull was cut."),
            ["Our divers found"]
        );
        assert_eq!(
            spans("No. In our view the fee is too low; we also dispute the date."),
            ["In our view"]
        );
        assert_eq!(
            spans("We firmly reject “any” link. Our site engineers concluded it held."),
            ["We firmly reject", "Our site engineers concluded"]
        );
    }

    #[test]
    fn near_misses_are_not_cues() {
        assert!(spans("We do not say that.").is_empty());
        assert!(spans("We say that.").is_empty());
        assert!(spans("We said hello to them.").is_empty());
        assert!(spans("Our auditors, Baker Tilly, found it.").is_empty());
        assert!(spans("The ministry said so. We found.").is_empty());
        assert!(spans("Our found money is here").is_empty());
        assert!(spans("In their view the fee is low.").is_empty());
        assert!(spans("Where we say it, it stands.").is_empty());
    }
}
