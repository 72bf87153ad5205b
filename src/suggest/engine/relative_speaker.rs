//! A reporting verb in a relative clause after a name: "It was published on
//! the website of the Harbour Club, *which said* it had …", "a comment from
//! Li Wen, a scholar at Renmin University, *who said* …". The relative
//! pronoun and the verb are the span; the name before the comma (or its
//! appositive's role) is the source.

use super::Suggester;
use crate::suggest::lower::lower_in;

/// Relative pronouns that stand for the name before them, lower case.
const RELATIVES: &[&str] = &["which", "who"];

impl Suggester {
    /// Before the cue at byte `cue`: ", which" or ", who" after a name that
    /// holds a capitalised word (perhaps with an appositive between: "Li Wen,
    /// a scholar at …, who"). The byte where the pronoun starts and the
    /// source.
    pub(super) fn relative_speaker_before(
        &self,
        sentence: &str,
        cue: usize,
    ) -> Option<(usize, String)> {
        let before = sentence.get(..cue)?.trim_end();
        let (lead, pronoun) = before.rsplit_once(' ')?;
        if !lower_in(pronoun, RELATIVES) || !lead.ends_with(',') {
            return None;
        }
        let at = lead.len() + 1;
        // "Li Wen, a scholar at Renmin University, who said": the role.
        if let Some((n, open, close)) = self.appositive_before(sentence, at) {
            let name = &sentence[n..open];
            let appositive = &sentence[open + 1..close];
            if name.contains(char::is_uppercase) && self.role_source(appositive).is_some() {
                return Some((at, self.appositive_source(name, appositive)));
            }
        }
        let comma = lead.len() - 1;
        let n = self.names.before(sentence, comma)?;
        let name = &sentence[n..comma];
        name.split_whitespace()
            .any(|w| w.starts_with(char::is_uppercase))
            .then(|| (at, self.source_of(name)))
    }
}
