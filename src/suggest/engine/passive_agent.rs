//! The agent of an impersonal passive: "*It was stated by a Foreign Office
//! spokesperson later on Thursday* that …", "*It was stated by Ryu, an
//! opposition member of the committee,* that …". The speaker is the noun
//! phrase after "by" (with its appositive), not the source before: the
//! passive only moves it after the verb.

/// The most bytes between "by" and the reported clause's "that".
const MAX_AGENT_BYTES: usize = 200;

/// Words that end the agent's name and open a circumstance ("later on
/// Thursday", "on Monday", "at a briefing").
const CIRCUMSTANCE: &[&str] = &[
    "later",
    "earlier",
    "on",
    "at",
    "during",
    "after",
    "before",
    "yesterday",
    "today",
    "last",
    "this",
    "when",
    "while",
];

/// Determiners after "in" that open a circumstance ("in a notice", "in its
/// report"), not a place ("the consulate in Shenyang").
const IN_CIRCUMSTANCE: &[&str] = &["a", "an", "its", "his", "her", "their", "the"];

/// After a passive cue ending at byte `end` of `sentence` ("It was stated"),
/// when " by " follows: the end of the attribution (before the ", that" or
/// " that" of the reported clause) and the agent's name up to its first comma
/// or circumstance ("Ryu" of "Ryu, an opposition member of …").
pub(super) fn agent_before_that(sentence: &str, end: usize) -> Option<(usize, &str)> {
    let rest = sentence.get(end..)?.strip_prefix(" by ")?;
    let from = end + " by ".len();
    let mut limit = rest.len().min(MAX_AGENT_BYTES);
    while !rest.is_char_boundary(limit) {
        limit -= 1;
    }
    let stop = rest[..limit].find(" that ")?;
    let phrase = rest[..stop].trim_end_matches(',');
    // A quotation or a second sentence is no agent.
    if phrase.is_empty() || phrase.contains(['"', '“', '”', ';', ':']) {
        return None;
    }
    // "Ryu Ji-hoon, an opposition member of …": the name is the source; the
    // appositive after it stays in the span, where the person passes read it.
    let agent = cut_circumstance(phrase.split(", ").next()?);
    if agent.is_empty() {
        return None;
    }
    Some((from + phrase.len(), agent))
}

/// `phrase` up to its first circumstance word ([`CIRCUMSTANCE`], or "in" before
/// a determiner), after at least one word of the name.
fn cut_circumstance(phrase: &str) -> &str {
    let mut words = phrase.split(' ').peekable();
    let mut at = 0;
    let mut first = true;
    while let Some(word) = words.next() {
        let opens = CIRCUMSTANCE.contains(&word)
            || (word == "in" && words.peek().is_some_and(|w| IN_CIRCUMSTANCE.contains(w)));
        if !first && opens {
            return phrase[..at].trim_end();
        }
        first = false;
        at += word.len() + 1;
    }
    phrase
}

#[cfg(test)]
mod tests {
    use super::agent_before_that;

    fn agent(sentence: &str) -> Option<(String, String)> {
        let end = "It was stated".len();
        agent_before_that(sentence, end).map(|(e, a)| (sentence[..e].to_string(), a.to_string()))
    }

    #[test]
    fn the_agent_after_by_is_the_speaker() {
        let s =
            "It was stated by a harbour office spokesman later on Friday that the pier would shut.";
        assert_eq!(
            agent(s),
            Some((
                "It was stated by a harbour office spokesman later on Friday".into(),
                "a harbour office spokesman".into()
            ))
        );
        let s = "It was stated by Mira Holt, a member of the city’s budget panel, that fees would rise.";
        assert_eq!(
            agent(s),
            Some((
                "It was stated by Mira Holt, a member of the city’s budget panel".into(),
                "Mira Holt".into()
            ))
        );
        let s = "It was stated by the Danish embassy in Oslo, in a notice on its site, that visas were paused.";
        assert_eq!(
            agent(s),
            Some((
                "It was stated by the Danish embassy in Oslo, in a notice on its site".into(),
                "the Danish embassy in Oslo".into()
            ))
        );
    }

    #[test]
    fn no_by_or_no_reported_clause_is_no_agent() {
        assert_eq!(agent("It was stated that the pier would shut."), None);
        assert_eq!(
            agent("It was stated by the mayor and nobody objected."),
            None
        );
        assert_eq!(agent("It was stated by the mayor: “that is final”."), None);
    }
}
