//! The subject of a cue that stands before it in other shapes than a plain
//! name: a relative clause ("A defector *who left in 2019* said"), a pronoun
//! ("It also said"), an anonymity phrase, a document "by" or "from" its source
//! ("*Figures from* the ministry show"), an appositive; and the appositive that
//! closes a sentence after "said NAME".

use super::Suggester;
use super::subject_extent::plain_subject_start;

/// The most words an appositive between a source and its cue may have.
const MAX_APPOSITIVE_WORDS: usize = 12;
/// The most words of a relative clause with no commas between a name and its
/// cue ("A trader *who has sold oil to buyers across the river for ten years*
/// said").
const MAX_WHO_WORDS: usize = 14;
/// The most words of a relative clause between commas between a source and
/// its cue ("The agency, *which …*, said").
const MAX_RELATIVE_WORDS: usize = 24;
/// The most words an appositive that closes the sentence after "said NAME"
/// may have ("said Lee, a former trader from Hyesan who asked that only her
/// family name be used.").
const MAX_CLOSING_APPOSITIVE_WORDS: usize = 16;

impl Suggester {
    /// A relative clause of at most [`MAX_WHO_WORDS`] words between a name and the cue at
    /// byte `cue` ("A defector from Hyesan *who left the city in 2019* said"),
    /// with no punctuation inside: the byte where its "who" starts, when a name
    /// ends there.
    pub(super) fn who_clause_before(&self, sentence: &str, cue: usize) -> Option<usize> {
        let before = &sentence[..cue];
        // The clause has at most MAX_WHO_WORDS words, so its " who " stands
        // within the last few more: a long sentence is not searched to its
        // start for every cue.
        let window = last_words_start(before, MAX_WHO_WORDS + 2);
        let who = window + crate::suggest::finders::last_who(&before[window..])?;
        let clause = before[who + 5..].trim();
        let plain = !clause.is_empty()
            && clause.split_whitespace().count() <= MAX_WHO_WORDS
            && !clause.contains([',', ';', ':', '“', '”', '"', '(', ')', '—'])
            // "A man who lived there *said* the report …": the cue is the
            // clause's own verb's object, not a verb after the clause.
            && !clause.split(' ').any(|w| SPEECH_VERBS.contains(&w));
        // "Pedro Alves, 54, who …": the name ends before the age.
        let who = super::age_aside::age_aside_before(sentence, who).unwrap_or(who);
        (plain
            && (self.names.before(sentence, who).is_some()
                || self.plain_subject_before(sentence, who).is_some()))
        .then_some(who)
    }

    /// [`plain_subject_start`] with the rules' determiners and pronouns.
    pub(super) fn plain_subject_before(&self, sentence: &str, who: usize) -> Option<usize> {
        let rules = &self.rules.attribution;
        plain_subject_start(sentence, who, &rules.determiners, &rules.not_sources)
    }

    /// A pronoun or a back-reference that is the whole subject of the cue at
    /// byte `cue` ("He said", ", it added", "the report said"), at the
    /// sentence's start or after a comma or quote: the byte where it starts.
    /// Its source is the attribution's before it (see `resolve_back_references`).
    pub(super) fn pronoun_before(&self, sentence: &str, cue: usize) -> Option<usize> {
        // "It *also* said".
        let before = self.names.without_between(sentence[..cue].trim_end());
        // The back-references are ASCII: their case is compared in place,
        // with no lower-case copy of the sentence so far.
        let found = BACK_REFERENCES
            .iter()
            .find_map(|w| {
                let at = before.len().checked_sub(w.len())?;
                let tail = before.get(at..)?;
                (tail.eq_ignore_ascii_case(w) && is_word_start(before, at)).then_some(at)
            })
            // "One of the foremen added": one of a group named before.
            // Not across an aside ("One of the captains, speaking by
            // phone, said": see partitive.rs); before a described member
            // ("One of the three, a woman who left, said") it is.
            .or_else(|| {
                let after = &sentence[cue..];
                let described = after.starts_with(", a ") || after.starts_with(", an ");
                (!sentence[..cue].trim_end().ends_with(',')
                    && (described || !after.starts_with(',')))
                .then(|| super::partitive::partitive_start(before))
                .flatten()
            });
        let Some(start) = found else {
            // "Its survey found": the body before wrote it.
            return super::body_finding::owned_document_start(before);
        };
        let lead = sentence[..start].trim_end();
        // "*But* she said", "…, *but* he conceded".
        let lead = super::conjunction_lead::without_conjunction(lead).unwrap_or(lead);
        // "*In a statement* it calls …": a short lead phrase with no comma.
        let led = || {
            super::descriptor::lead_phrase_before(sentence, start, &self.adverbial_ends)
                .is_some_and(|l| l < start && !lead.ends_with(','))
        };
        (lead.is_empty() || lead.ends_with([',', '”', '"', '’']) || lead.ends_with(':') || led())
            .then_some(start)
    }

    /// A name, then an anonymity phrase of the rules, then the cue at byte
    /// `cue` ("A source *who asked not to be named* told Yonhap"): the byte
    /// where the name starts.
    pub(super) fn anonymous_name_before(&self, sentence: &str, cue: usize) -> Option<usize> {
        if self.rules.attribution.anonymous_source.is_empty() {
            return None;
        }
        let before = sentence[..cue].trim_end().trim_end_matches(',');
        let phrase = (self.rules.attribution.anonymity.iter()).find_map(|p| {
            let at = before.len().checked_sub(p.len())?;
            let tail = before.get(at..)?;
            (tail.eq_ignore_ascii_case(p) && is_word_start(before, at)).then_some(at)
        })?;
        let name_end = sentence[..phrase].trim_end().trim_end_matches(',').len();
        self.names.before(sentence, name_end)
    }

    /// Where the subject named at byte `n` (up to `anchor`) starts, and its
    /// source when not its own name: an unnamed speaker's ("*A money changer
    /// in Sinuiju* told RFA"), a document's author ("*a report by*
    /// Chainalysis said").
    pub(super) fn subject_speaker(
        &self,
        sentence: &str,
        n: usize,
        anchor: usize,
    ) -> (usize, Option<String>) {
        if let Some((speaker, source)) = self.unnamed_speaker_before(sentence, n) {
            return (speaker, Some(source));
        }
        match self.document_by_before(sentence, n) {
            Some(document) => (document, Some(self.source_of(&sentence[n..anchor]))),
            None => (n, None),
        }
    }

    /// A document and "by" before the name at byte `name` ("*a report by*
    /// Chainalysis said", "*a new study by* the institute found"): the byte
    /// where its determiner starts, when it opens the sentence or follows a
    /// comma or quote.
    pub(super) fn document_by_before<'s>(&self, sentence: &'s str, name: usize) -> Option<usize> {
        let before = sentence[..name].trim_end();
        // One plain modifier may stand between "by" and the name ("a report by
        // *blockchain* analysts").
        // "figures *compiled* by the bureau": a participle before "by".
        let by = |text: &'s str| {
            (text
                .strip_suffix(" by")
                .map(super::document_participle::without_participle))
            .or_else(|| text.strip_suffix(" from"))
        };
        let lead = by(before).or_else(|| {
            let (lead, word) = before.rsplit_once(' ')?;
            let plain = word.chars().all(|c| c.is_lowercase() || c == '-');
            by(plain.then_some(lead)?)
        })?;
        let mut start = lead.len();
        for (n, word) in lead.rsplit(' ').enumerate() {
            if n == 4 || word.is_empty() {
                return None;
            }
            start -= word.len();
            let lower = word.to_lowercase();
            if n == 0 && !DOCUMENTS_BY.contains(&lower.as_str()) {
                return None;
            }
            // "*Figures from* the ministry show": data with no determiner,
            // opening the sentence.
            if n == 0 && opens_clause(&sentence[..start]) {
                return Some(start);
            }
            if n > 0 && ["a", "an", "the"].contains(&lower.as_str()) {
                let opening = sentence[..start].trim_end();
                let opens = opening.is_empty() || opening.ends_with([',', '“', '"', '”', ':']);
                return opens.then_some(start);
            }
            // "*Price surveys by* Harvest Watch": a plain modifier opening
            // the sentence.
            if n == 1
                && sentence[..start].trim().is_empty()
                && word.chars().all(char::is_alphabetic)
            {
                return Some(start);
            }
            if n > 0 && !word.chars().all(|c| c.is_lowercase() || c == '-') {
                return None;
            }
            start = start.checked_sub(1)?;
        }
        None
    }

    /// After a speaker's name at a sentence's end ("said Col. Lee, a JCS
    /// spokesperson."): the end of the appositive that closes the sentence.
    pub(super) fn appositive_end(&self, sentence: &str, name_end: usize) -> Option<usize> {
        let rest = sentence[name_end..].strip_prefix(',')?;
        // "said Park, *45,* a former soldier": an age before the appositive.
        let rest = match rest.trim_start().split_once(',') {
            Some((age, after)) if !age.is_empty() && age.chars().all(|c| c.is_ascii_digit()) => {
                after
            }
            _ => rest,
        };
        let closes = |end: usize| {
            let after = sentence[end..].trim_start();
            after.is_empty() || after.starts_with(['.', '”', '"', '!'])
        };
        if let Some(end) = self.names.after(sentence, sentence.len() - rest.len())
            && closes(end)
        {
            return Some(end);
        }
        let sentence_end = sentence
            .trim_end()
            .trim_end_matches(['.', '!'])
            .trim_end()
            .len();
        // "said Jang, *who runs the programme*.": a relative clause up to the
        // sentence's end.
        let body = rest.trim_start();
        let body_at = sentence.len() - body.len();
        if body.starts_with("who ") && body_at < sentence_end {
            let clause = &sentence[body_at..sentence_end];
            // "…, who spoke on condition of anonymity": the anonymity phrase's
            // (see `anonymity_after`).
            let lower = clause.to_lowercase();
            if (self.rules.attribution.anonymity.iter())
                .any(|p| lower.starts_with(&p.to_lowercase()))
            {
                return None;
            }
            let plain = !clause.contains([',', ';', '“', '”', '"', '(']);
            return (plain
                && clause.split_whitespace().count() <= MAX_CLOSING_APPOSITIVE_WORDS
                && closes(sentence_end))
            .then_some(sentence_end);
        }
        // "said Kim Yo Jong, *the leader's powerful sister*.": a noun phrase
        // opened by a determiner, up to the sentence's end.
        let body = rest.trim_start();
        let first = body.split_whitespace().next()?;
        let determiners = &self.rules.attribution.determiners;
        if !determiners.iter().any(|d| d.eq_ignore_ascii_case(first)) {
            return None;
        }
        let end = sentence
            .trim_end()
            .trim_end_matches(['.', '!'])
            .trim_end()
            .len();
        let phrase = &sentence[sentence.len() - body.len()..end.max(sentence.len() - body.len())];
        // "said Yoon, a former colonel*, speaking on YTN*": one participle
        // phrase of how the words came after the appositive.
        let phrase = match phrase.split_once(", ") {
            Some((head, tail)) if is_venue_participle(tail) => head,
            _ => phrase,
        };
        let plain = !phrase.contains([',', ';', '“', '”', '"', '(']);
        (plain && phrase.split_whitespace().count() <= MAX_CLOSING_APPOSITIVE_WORDS && closes(end))
            .then_some(end)
    }

    /// The end of the source's words in an inverted attribution that runs
    /// from the name's end at byte `name_end` to byte `end` (see
    /// [`Suggester::appositive_end`]): the name alone before a relative clause
    /// ("said Jang*, who runs the programme*"), the appositive without the
    /// participle phrase after it ("said Yoon, a former colonel*, speaking on
    /// YTN*"), else `end`.
    pub(super) fn closing_source_end(&self, sentence: &str, name_end: usize, end: usize) -> usize {
        let tail = &sentence[name_end..end];
        if tail.trim_start_matches([',', ' ']).starts_with("who ") {
            return name_end;
        }
        match tail.rfind(", ") {
            Some(i) if i > 0 && is_venue_participle(&tail[i + 2..]) => name_end + i,
            _ => end,
        }
    }

    /// A source, an appositive, then the cue: "The United Nations Command,
    /// which oversees the armistice, said". Returns the bytes where the name
    /// starts, of the appositive's opening comma and of its closing one; `None`
    /// unless the cue follows a comma that closes an appositive of at most
    /// [`MAX_APPOSITIVE_WORDS`] words (no quotes) after a name.
    pub(super) fn appositive_before(
        &self,
        sentence: &str,
        cue: usize,
    ) -> Option<(usize, usize, usize)> {
        // "The FBI, in a notice, *had* warned": the perfect's auxiliary.
        let before = super::aside_verb::before_auxiliaries(sentence[..cue].trim_end());
        let close = before.strip_suffix(',')?.len();
        let open = super::subject_extent::last_clause_comma(&sentence[..close])?;
        // "Pedro Alves, 54, who …, said": the age joins the appositive.
        let open = super::age_aside::age_aside_before(sentence, open + 1).unwrap_or(open);
        let appositive = &sentence[open + 1..close];
        let words = appositive.split_whitespace().count();
        // "The agency, *which ran the inquiry until the police took it over
        // last year*, said": a relative clause may run longer.
        let first = appositive.split_whitespace().next().unwrap_or("");
        // "Ana Ruiz, a nurse *who has run the clinic …*, said": so may a
        // noun phrase with a relative clause.
        let relative = [" who ", " that ", " which "]
            .iter()
            .any(|r| appositive.contains(r));
        // "…, the General Association of … (Chongryon), said": a long name.
        let named = super::bracketed_name::closes_with_bracketed_name(appositive);
        let limit = if ["which", "who"].contains(&first) || relative || named {
            MAX_RELATIVE_WORDS
        } else {
            MAX_APPOSITIVE_WORDS
        };
        // "…, the Weather Service (NWS), said": a closing acronym only.
        let bracketed = named || super::appositive_acronym::ends_with_bracketed_acronym(appositive);
        if words == 0
            || words > limit
            || appositive.contains(['“', '”', '"'])
            || (appositive.contains(['(', ')']) && !bracketed)
        {
            return None;
        }
        // "One, who grows potatoes, said": one of a group named before.
        // "A cook, who …, said": a plain speaker.
        let n = (self.names.before(sentence, open))
            .or_else(|| self.pronoun_before(sentence, open))
            // Not "A blogger, cited by Kim, wrote": a person cites them.
            .or_else(|| {
                (!names_by(appositive))
                    .then(|| self.plain_speaker_before(sentence, open, cue))
                    .flatten()
            })?;
        Some((n, open, close))
    }
}

/// Speech verbs that end a subject's relative clause rather than stand
/// inside it.
const SPEECH_VERBS: &[&str] = &[
    "said", "says", "told", "tells", "added", "wrote", "reported",
];

/// Subjects that name no one but stand for the source of the attribution
/// before them, lower case.
pub(super) const BACK_REFERENCES: &[&str] = &[
    "he",
    "she",
    "it",
    "they",
    "the report",
    "the statement",
    "the spokesperson",
    "the spokesman",
    "the spokeswoman",
    "the data",
    "the figures",
    "its figures",
    "its own figures",
    "its data",
    "its own data",
    "one",
    "another",
    "one of them",
    // "A third wrote": one more of a group named before.
    "a second",
    "a third",
    "a fourth",
    "a fifth",
    "the survey",
    "the study",
    // "The new study assumes": the study named before.
    "the new study",
    "the new report",
    "the poll",
];

/// Documents a source publishes, before "by" and its name ("a report by").
pub(super) const DOCUMENTS_BY: &[&str] = &[
    "report",
    "study",
    "survey",
    "analysis",
    "assessment",
    "review",
    "investigation",
    "figures",
    "data",
    "statistics",
    "records",
    "surveys",
    "archive",
    "archives",
    "tally",
    "database",
];

/// True when `appositive` holds "by" before a capitalised word ("cited by
/// Kim").
fn names_by(appositive: &str) -> bool {
    appositive
        .match_indices(" by ")
        .any(|(i, _)| appositive[i + 4..].starts_with(char::is_uppercase))
}

/// True when `tail` is a short participle phrase of how words came out
/// ("speaking on YTN", "writing in a blog post"), with no punctuation.
fn is_venue_participle(tail: &str) -> bool {
    let first = tail.split_whitespace().next().unwrap_or("");
    ["speaking", "writing", "talking", "appearing", "posting"].contains(&first)
        && tail.split_whitespace().count() <= 8
        && !tail.contains([',', ';', '“', '”', '"', '('])
}

/// True when `before` (what precedes a phrase) is empty or ends with a comma,
/// a colon or a quote: the phrase opens a sentence or a clause.
fn opens_clause(before: &str) -> bool {
    let before = before.trim_end();
    before.is_empty() || before.ends_with([',', '“', '"', '”', ':'])
}

/// True when byte `at` of `text` starts a word (nothing alphanumeric before it).
fn is_word_start(text: &str, at: usize) -> bool {
    !text[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// The byte where the last `n` whitespace-separated words of `text` start,
/// less the one whitespace character before them (0 when `text` has fewer
/// words): read from the end, so its cost is that of the words read.
pub(super) fn last_words_start(text: &str, n: usize) -> usize {
    let mut words = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices().rev() {
        if c.is_whitespace() {
            if in_word && words == n {
                return i;
            }
            in_word = false;
        } else if !in_word {
            in_word = true;
            words += 1;
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::last_words_start;

    #[test]
    fn the_last_words_are_found_from_the_end() {
        let text = "A defector who left in 2019";
        assert_eq!(&text[last_words_start(text, 2)..], " in 2019");
        assert_eq!(&text[last_words_start(text, 4)..], " who left in 2019");
        assert_eq!(
            &text[last_words_start(text, 5)..],
            " defector who left in 2019"
        );
        assert_eq!(last_words_start(text, 6), 0);
        assert_eq!(last_words_start(text, 9), 0);
        let korean = "평양  주민  who 말했다";
        assert_eq!(&korean[last_words_start(korean, 2)..], " who 말했다");
    }
}
