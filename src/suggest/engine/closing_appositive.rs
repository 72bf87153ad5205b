//! The appositive after an inverted cue's speaker that does not close the
//! sentence, or has no determiner: "…, said Lee, *a professor at Yonsei
//! University*, but probably …", "…, said Kim, *head of research at Hana
//! Bank*.", "…, said Aditi Rao, *TRM's head of investigations*.", "…," said
//! Jang, *who keeps 3,000 pigs*." The analyst keeps the first element after
//! the name in the attribution and ends it at the next comma, whatever
//! follows ("…, *since* much trade is smuggled", "…, *who* has studied the
//! site", "…, *a charity that* …"). Gold, 27 sets: 13 spans end there (fresh4,
//! 6, 10, 11, 20, 21, 22, 23, 24, 25), none ends at the name when such an
//! element follows; `appositive_end` reads only determiner-led ones that close
//! the sentence.

use super::Suggester;

/// The longest element read.
const MAX_WORDS: usize = 16;

/// Lower-case words that open no role phrase after a name: conjunctions,
/// prepositions, adverbs and pronouns ("…, said Kim, *adding* that …",
/// "…, said Kim, *in* a phone interview").
const NOT_ROLE_OPENERS: &[&str] = &[
    "and", "but", "or", "nor", "so", "yet", "for", "as", "if", "when", "while", "though",
    "although", "because", "since", "after", "before", "until", "unless", "where", "whereas",
    "which", "that", "then", "in", "on", "at", "by", "to", "from", "with", "without", "of",
    "about", "over", "under", "into", "through", "during", "per", "via", "also", "too", "however",
    "though", "not", "now", "only", "still", "again", "later", "earlier", "he", "she", "they",
    "it", "we", "i", "you", "his", "her", "their", "its", "our", "my", "your", "speaking",
];

impl Suggester {
    /// The end of what follows an inverted speaker's name ending at `n`: an
    /// appositive ([`Suggester::appositive_end`]), else the closing element
    /// ("said Lee*, a professor at Y*, but"); and whether that element was a
    /// bare role or a who-clause, so that the name alone tells the source.
    pub(super) fn after_speaker_end(&self, sentence: &str, n: usize) -> (usize, bool) {
        if let Some(e) = self.appositive_end(sentence, n) {
            return (e, false);
        }
        match self.closing_appositive_end(sentence, n) {
            Some((e, whole)) => (e, !whole),
            None => (n, false),
        }
    }

    /// After an inverted cue's speaker ending at byte `name_end` ("said
    /// Lee"): the end of the element after ", " — a noun phrase opened by a
    /// determiner, a bare role ("head of research at Hana Bank", with "of",
    /// "at" or "for"), a possessive name's role ("TRM's head of
    /// investigations") or a "who"/"whose" clause — when a comma, the
    /// sentence's end or a closing quote follows it, and whether the
    /// element tells the source (a determiner-led one, "a professor at …";
    /// a role or a clause leaves it to the name); `None` else.
    pub(super) fn closing_appositive_end(
        &self,
        sentence: &str,
        name_end: usize,
    ) -> Option<(usize, bool)> {
        let rest = sentence.get(name_end..)?.strip_prefix(", ")?;
        let at = sentence.len() - rest.len();
        // The element: up to a comma (not one inside a number, "3,000"), a
        // full stop, a quote or a bracket.
        let bytes = rest.as_bytes();
        let mut stop = rest.len();
        for (i, c) in rest.char_indices() {
            let inside_number = c == ','
                && i > 0
                && bytes[i - 1].is_ascii_digit()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
            if matches!(
                c,
                ',' | ';' | ':' | '!' | '?' | '"' | '“' | '”' | '(' | ')' | '—'
            ) && !inside_number
            {
                stop = i;
                break;
            }
            // A full stop not inside an abbreviation or a number ("U.S.",
            // "3.5"): a space or the text's end after it.
            if c == '.' && rest[i + 1..].chars().next().is_none_or(char::is_whitespace) {
                stop = i;
                break;
            }
        }
        let element = rest[..stop].trim_end();
        let after = &rest[stop..];
        if !(after.is_empty() || after.starts_with([',', '.', ';', '!', '”', '"'])) {
            return None;
        }
        let words: Vec<&str> = element.split_whitespace().collect();
        let first = *words.first()?;
        if words.len() < 2 || words.len() > MAX_WORDS {
            return None;
        }
        let lower = first.to_lowercase();
        let determiners = &self.rules.attribution.determiners;
        let determined = determiners.iter().any(|d| d.eq_ignore_ascii_case(first));
        let opened = if determined {
            true
        } else if lower == "who" || lower == "whose" {
            // "…, who spoke on condition of anonymity": the anonymity
            // phrase's (`anonymity_after`).
            let clause = element.to_lowercase();
            !(self.rules.attribution.anonymity.iter())
                .any(|p| clause.starts_with(&p.to_lowercase()))
        } else if first.ends_with("'s") || first.ends_with("’s") {
            // "TRM's head of investigations": a name's possessive, then a
            // lower-case role.
            first.starts_with(char::is_uppercase)
                && words[1].starts_with(|c: char| c.is_lowercase())
        } else {
            // "head of research at Hana Bank", "chief equity strategist at
            // Sakuragawa Securities": a lower-case role word, a preposition
            // after it.
            first.chars().all(|c| c.is_lowercase() || c == '-')
                && !first.ends_with("ing")
                && !NOT_ROLE_OPENERS.contains(&lower.as_str())
                && words[1..].iter().any(|w| matches!(*w, "of" | "at" | "for"))
        };
        opened.then_some((at + element.len(), determined))
    }
}

#[cfg(test)]
mod tests {
    use crate::suggest::engine::Suggester;

    fn end(sentence: &str, name: &str) -> Option<String> {
        let s = Suggester::builtin().expect("rules");
        let name_end = sentence.find(name)? + name.len();
        s.closing_appositive_end(sentence, name_end)
            .map(|(e, _)| sentence[name_end..e].to_string())
    }

    #[test]
    fn the_first_element_after_the_name() {
        let t = "Prices fell, said Lee Min, a professor of economics at Seoul University, but may rise.";
        assert_eq!(
            end(t, "Lee Min").as_deref(),
            Some(", a professor of economics at Seoul University")
        );
        let t = "Prices fell, said Kim Bo, head of research at Hana Bank.";
        assert_eq!(
            end(t, "Kim Bo").as_deref(),
            Some(", head of research at Hana Bank")
        );
        let t = "Prices fell, said Ann Roe, Tarn's head of sales.";
        assert_eq!(end(t, "Ann Roe").as_deref(), Some(", Tarn's head of sales"));
        let t = "\"We lost,\" said Jo Park, who keeps 3,000 pigs in Hoeryong.";
        assert_eq!(
            end(t, "Jo Park").as_deref(),
            Some(", who keeps 3,000 pigs in Hoeryong")
        );
    }

    #[test]
    fn no_element_no_end() {
        for (t, name) in [
            (
                "Prices fell, said Kim Bo, adding that rents rose.",
                "Kim Bo",
            ),
            ("Prices fell, said Kim Bo, in a phone interview.", "Kim Bo"),
            (
                "Prices fell, said Kim Bo, who spoke on condition of anonymity.",
                "Kim Bo",
            ),
            ("Prices fell, said Kim Bo, a farmer (retired).", "Kim Bo"),
            ("Prices fell, said Kim Bo, shortly.", "Kim Bo"),
        ] {
            assert_eq!(end(t, name), None, "{t}");
        }
    }
}
