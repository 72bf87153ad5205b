//! What follows a cue and joins its attribution: the cue's object or
//! audience ("told *a briefing*"), a time or circumstance phrase ("said *on
//! Monday*"), "as saying", the outlet that carried the words ("*carried by
//! KCNA*") and an anonymity phrase.

use super::Suggester;
use crate::suggest::noun_phrase::is_year;

impl Suggester {
    /// After a cue and its object ("said", "told lawmakers"): the end of the
    /// time or circumstance phrase that follows it, which the analyst keeps in
    /// the attribution ("said *on Wednesday*", "told lawmakers *last week*",
    /// "said *in a statement on Tuesday*"): from a word of [`PHRASE_STARTS`] to a
    /// word of the claim rules' `adverbial_ends` within six words, never past a
    /// "that", a quote or punctuation; a weekday alone ("said *Wednesday*"); after
    /// a document or message, the participle that tells when or to whom it went
    /// ("in a report *released on Thursday*", "in a text message *sent to
    /// reporters*"). `end` when none follows.
    pub(super) fn circumstance_after(&self, sentence: &str, end: usize) -> usize {
        let mut end = end;
        for _ in 0..3 {
            let rest = &sentence[end..];
            let Some(body) = rest.strip_prefix(' ') else {
                return end;
            };
            let mut at = end + 1;
            let mut found = None;
            for (n, raw) in body.split_inclusive(' ').take(6).enumerate() {
                let word = raw.trim_end();
                let bare = word.trim_end_matches([',', '.', ';', ':']);
                let lower = bare.to_lowercase();
                let participle = n == 0
                    && PARTICIPLES.contains(&lower.as_str())
                    && self.ends_with_adverbial_end(&sentence[..end]);
                if n == 0 && !PHRASE_STARTS.contains(&lower.as_str()) && !participle {
                    break;
                }
                if lower == "that" || !bare.chars().all(|c| c.is_alphanumeric() || c == '-') {
                    break;
                }
                // "told a Lima audience *in 2010*": a year ends one too.
                let year = n == 1 && lower_is_in(body) && is_year(bare);
                if self.is_circumstance_end(&lower)
                    || year
                    || (n > 0
                        && participle_run(&body[..at - end - 1])
                        && self.audiences.contains(&lower))
                {
                    found = Some(at + bare.len());
                    break;
                }
                if bare.len() < word.len() {
                    break;
                }
                at += raw.len();
            }
            match found {
                // "in its September *report*": a medium right after a month.
                // "on November *28*": the day after a month.
                Some(f) => {
                    end = (self.next_circumstance_word(sentence, f))
                        .or_else(|| month_day_after(sentence, f))
                        .unwrap_or(f)
                }
                None => return end,
            }
        }
        end
    }

    /// True when `head` ends with a word of the claim rules' `adverbial_ends`
    /// ("in a *report*"): what a participle after it may tell more about.
    fn ends_with_adverbial_end(&self, head: &str) -> bool {
        let word = head[head.rfind(' ').map_or(0, |i| i + 1)..].to_lowercase();
        self.is_circumstance_end(&word)
    }

    /// After a circumstance phrase's end at byte `end`: the end of the next
    /// word when it too may end one ("in its September *report*").
    fn next_circumstance_word(&self, sentence: &str, end: usize) -> Option<usize> {
        let body = sentence[end..].strip_prefix(' ')?;
        let word = body.split(' ').next()?;
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        let plain = !bare.is_empty() && bare.chars().all(|c| c.is_lowercase() || c == '-');
        (plain && self.is_circumstance_end(bare)).then_some(end + 1 + bare.len())
    }

    /// True when another cue follows the cue ending at byte `end` ("the KCNA
    /// *report* said"): this one is a noun.
    pub(super) fn is_noun_before_cue(&self, sentence: &str, end: usize) -> bool {
        let next = sentence[end..].trim_start_matches(' ');
        let word = next
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        !word.is_empty()
            && NOUN_CUE_FOLLOWERS
                .iter()
                .any(|w| w.eq_ignore_ascii_case(word))
    }

    /// After a cue that takes an object ("told"): the end of its object, a
    /// name ("told *Daily NK*", "told *lawmakers*") or an audience ("told *a
    /// regular briefing*", "told *the troops*"), whichever is longer.
    pub(super) fn cue_object_end(&self, sentence: &str, end: usize) -> Option<usize> {
        let name = self.names.object_after(sentence, end);
        // "told public broadcaster *RTE*": the medium's name too.
        let audience = (self.audience_after(sentence, end))
            .map(|a| self.media_name_after(sentence, a).unwrap_or(a));
        name.max(audience).or_else(|| writer_after(sentence, end))
    }

    /// An audience after byte `end`: up to three words (a determiner, plain
    /// lower-case modifiers) ending with a head noun of the rules' `audiences`.
    pub(super) fn audience_after(&self, sentence: &str, end: usize) -> Option<usize> {
        let body = sentence[end..].strip_prefix(' ')?;
        let mut at = end + 1;
        for (n, raw) in body.split_inclusive(' ').take(4).enumerate() {
            let word = raw.trim_end();
            let bare = word.trim_end_matches([',', '.', ';', ':']);
            let lower = bare.to_lowercase();
            if lower == "that" || bare.is_empty() || !bare.chars().all(char::is_alphabetic) {
                return None;
            }
            if self.audiences.contains(&lower) {
                return Some(self.compound_audience_end(sentence, at + bare.len()));
            }
            // "told *a Seoul* audience": one place name after the article.
            let placed = n == 1 && ["a", "an", "the"].contains(&first_lower(body).as_str());
            if bare.len() < word.len() || (bare.starts_with(char::is_uppercase) && !placed) {
                return None;
            }
            at += raw.len();
        }
        None
    }

    /// After a cue's object ("told reporters", "told a briefing"): the end of
    /// the named place it was told in ("*in Washington*", "*at the Government
    /// Complex Seoul*"), a capitalised name after "in" or "at" and perhaps
    /// "the".
    pub(super) fn place_after(&self, sentence: &str, end: usize) -> Option<usize> {
        let rest = &sentence[end..];
        let joiner = [" in ", " at "].into_iter().find(|j| {
            rest.get(..j.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(j))
        })?;
        let at = end + joiner.len() - 1;
        let next = sentence[at..].trim_start();
        let next = next.strip_prefix("the ").unwrap_or(next);
        if !next.starts_with(char::is_uppercase) {
            return None;
        }
        self.names.after(sentence, at)
    }

    /// After "quoted Kim": the end of "as saying" ("KCNA quoted Kim *as
    /// saying*").
    pub(super) fn as_saying_after(&self, sentence: &str, end: usize) -> Option<usize> {
        let phrase = " as saying";
        let head = sentence[end..].get(..phrase.len())?;
        let whole =
            !(sentence[end + phrase.len()..].chars().next()).is_some_and(char::is_alphanumeric);
        (head.eq_ignore_ascii_case(phrase) && whole).then_some(end + phrase.len())
    }

    /// After an attribution: the end of "carried by KCNA", "released by the
    /// ministry" (the outlet that carried the source's words joins the span).
    pub(super) fn carried_by_after(&self, sentence: &str, end: usize) -> Option<usize> {
        let rest = &sentence[end..];
        let by = CARRIERS.iter().find_map(|c| {
            let head = rest.get(..c.len())?;
            head.eq_ignore_ascii_case(c).then_some(end + c.len())
        })?;
        self.names.after(sentence, by)
    }

    /// After a circumstance phrase that ends with a medium ("said in an
    /// interview", "wrote in a post"): the end of the outlet or platform that
    /// carried it ("in an interview *with KBS*", "in a post *on Telegram*").
    pub(super) fn venue_after(&self, sentence: &str, end: usize) -> Option<usize> {
        let head = &sentence[..end];
        let word = head[head.rfind(' ').map_or(0, |i| i + 1)..].to_lowercase();
        let joiner = VENUES.iter().find(|(w, _)| *w == word)?.1;
        let rest = sentence[end..].get(..joiner.len())?;
        if !rest.eq_ignore_ascii_case(joiner) {
            return None;
        }
        let at = end + joiner.len();
        // A capitalised name only: "in a post on *Telegram*", not "on the border".
        let next = sentence[at..].trim_start();
        let first = next.split_whitespace().next()?;
        let determiners = &self.rules.attribution.determiners;
        let named = first.starts_with(char::is_uppercase)
            || (determiners.iter().any(|d| d.eq_ignore_ascii_case(first))
                && (next[first.len()..].trim_start()).starts_with(char::is_uppercase));
        // "in a post on *its website*", "in an interview with *this newspaper*".
        let own = self.own_venue_after(sentence, at);
        named
            .then(|| self.names.after(sentence, at))
            .flatten()
            .or(own)
    }

    /// After an attribution's end: the end of an anonymity phrase that follows
    /// it ("…told reporters *on condition of anonymity*"), spaces and a comma
    /// before it allowed.
    pub(super) fn anonymity_after(&self, sentence: &str, end: usize) -> Option<usize> {
        let rest = &sentence[end..];
        let trimmed = rest.trim_start_matches([' ', ',']);
        let at = end + rest.len() - trimmed.len();
        self.rules.attribution.anonymity.iter().find_map(|phrase| {
            let head = trimmed.get(..phrase.len())?;
            let whole_word = !trimmed[phrase.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
            if !(head.eq_ignore_ascii_case(phrase) && whole_word) {
                return None;
            }
            let end = at + phrase.len();
            // A relative clause ("…, who requested anonymity *for security
            // reasons*") runs to its clause's end, and so does the reason
            // given ("on condition of anonymity *because they were not
            // authorised to speak*").
            let reason = (sentence[end..].get(..9)).is_some_and(|b| b == " because ");
            if !phrase.to_lowercase().starts_with("who ") && !reason {
                return Some(end);
            }
            let rest = &sentence[end..];
            let mut stop = rest
                .find(['.', ',', ';', ':', '”', '"', '—', '('])
                .unwrap_or(rest.len());
            // "…because he was not authorised to speak *that* the talks …":
            // the reported clause is not the reason's.
            if reason && let Some(that) = rest[..stop].find(" that ") {
                stop = that;
            }
            Some(end + rest[..stop].trim_end().len())
        })
    }
}

/// Verbs after which a cue word is a noun ("the report *said*").
const NOUN_CUE_FOLLOWERS: &[&str] = &[
    "said", "says", "showed", "shows", "added", "noted", "stated",
];

/// Participles that, after a document or message, open a phrase of when or to
/// whom it went ("released on Thursday", "sent to reporters").
const PARTICIPLES: &[&str] = &[
    "released",
    "published",
    "issued",
    "sent",
    "posted",
    "distributed",
    "broadcast",
    "aired",
    "televised",
    "delivered",
];

/// After a month ending at byte `end` ("said on November"): the end of the
/// day's number after it ("on November *28*"), one or two digits.
fn month_day_after(sentence: &str, end: usize) -> Option<usize> {
    let rest = sentence.get(end..)?.strip_prefix(' ')?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) || rest[digits..].starts_with(char::is_alphanumeric) {
        return None;
    }
    let head = &sentence[..end];
    let month = &head[head.rfind(' ').map_or(0, |i| i + 1)..];
    (crate::suggest::calendar::MONTHS.iter())
        .any(|m| m.eq_ignore_ascii_case(month))
        .then_some(end + 1 + digits)
}

/// True when `text` opens with "in " ("*in* 2010").
fn lower_is_in(text: &str) -> bool {
    text.starts_with("in ")
}

/// The first word of `text`, lower case.
fn first_lower(text: &str) -> String {
    text.split(' ').next().unwrap_or("").to_lowercase()
}

/// True when the words `run` (a phrase's start, up to the word being read)
/// open with a participle of [`PARTICIPLES`].
fn participle_run(run: &str) -> bool {
    let first = run.split_whitespace().next().unwrap_or("");
    PARTICIPLES.contains(&first.to_lowercase().as_str())
}

/// What joins an outlet that carried the source's words to an attribution.
const CARRIERS: &[&str] = &[
    " carried by",
    " released by",
    " published by",
    " run by",
    " released through",
    " issued through",
    " carried in",
    " published in",
];

/// The medium a circumstance phrase may end with and the word that joins
/// the outlet or platform after it ("in an interview *with* KBS").
const VENUES: &[(&str, &str)] = &[
    ("interview", " with"),
    ("post", " on"),
    ("posting", " on"),
    ("message", " on"),
    ("video", " on"),
    ("broadcast", " on"),
    ("column", " in"),
    ("article", " in"),
    ("editorial", " in"),
    // "per the tournament page *on Liquipedia*".
    ("page", " on"),
    ("site", " on"),
];

/// The first words of a time or circumstance phrase after a cue.
const PHRASE_STARTS: &[&str] = &[
    "after",
    "on",
    "in",
    "at",
    "last",
    "this",
    "earlier",
    "late",
    "early",
    "during",
    "yesterday",
    "today",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// True when `word` (lower case) may open a time or circumstance phrase
/// after a cue ("on", "last", "after").
pub(super) fn is_phrase_start(word: &str) -> bool {
    PHRASE_STARTS.contains(&word)
}

/// After "told" ending at byte `end`: the end of the writer as its object
/// ("told *me*", "told *us*"), a whole word.
fn writer_after(sentence: &str, end: usize) -> Option<usize> {
    let rest = sentence.get(end..)?.strip_prefix(' ')?;
    let word = ["me", "us"].into_iter().find(|w| {
        rest.starts_with(w) && !rest[w.len()..].starts_with(|c: char| c.is_alphanumeric())
    })?;
    Some(end + 1 + word.len())
}

/// Adverbs right after a cue that join it ("posted *again*", "has said
/// *publicly*", "said *privately*", "said *separately*"). Gold over the 32
/// sets: every "said publicly/privately/separately" span (4) holds the
/// adverb.
const CUE_ADVERBS: &[&str] = &[" again", " publicly", " privately", " separately"];

/// After a cue ending at byte `end`: the end of an adverb of
/// [`CUE_ADVERBS`] right after it ("posted *again*: …"), which joins the
/// attribution.
pub(super) fn again_after(sentence: &str, end: usize) -> Option<usize> {
    let tail = sentence.get(end..)?;
    CUE_ADVERBS.iter().find_map(|a| {
        let rest = tail.strip_prefix(a)?;
        (!rest.starts_with(char::is_alphanumeric)).then_some(end + a.len())
    })
}
