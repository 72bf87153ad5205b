//! Shapes that make a clause verb report without "that" or a quote after it:
//! a question after "asked" ("asked *whether* the dam was safe") or a doubt
//! after "questioned" ("questioned *whether* …"), agreement
//! with what came before ("Three former mayors agree*,* though …"), a verb
//! that closes an inverted sentence ("…, Soto recalled."), a reply "by email:";
//! and the shapes that make a record verb no report ("the six *recorded in*
//! May").

use super::Suggester;

/// Words that open an indirect question after "asked".
const QUESTION_WORDS: &[&str] = &[
    "whether", "if", "why", "how", "what", "when", "who", "where", "which",
];

/// Words that open what a doubting verb questions ("questioned *whether*").
const DOUBT_WORDS: &[&str] = &["whether", "if"];

/// Media of a written reply after "by" ("responded *by email*").
const REPLY_MEDIA: &[&str] = &["email", "e-mail", "phone", "telephone", "text", "letter"];

/// Words after a record verb that make it a participle or a plain deed ("the
/// six *recorded in* May", "votes *counted on* Monday", "*counted as* lost").
const RECORD_FOLLOWERS: &[&str] = &[
    "in", "at", "on", "by", "during", "since", "from", "as", "over", "under", "with", "for", "to",
    "among", "so", "this", "last", "up", "out", "down", "only", "just",
];

/// Pronouns a naming verb may take before the quoted name ("called *them*
/// “…”").
const OBJECT_PRONOUNS: &[&str] = &["them", "him", "her", "it", "us"];

/// Determiners of a short object a quote names ("called *her* group “…”").
/// "The statement called *the activists* “…”" stays a claim: a plain "the"
/// object is what the words are about, not the source's label for them.
const LABEL_DETERMINERS: &[&str] = &["her", "his", "its", "their"];

/// Record verbs whose subject tells a body's own count ("The coast guard
/// *recorded* six landings").
const RECORD_VERBS: &[&str] = &[
    "recorded", "counted", "counts", "tallied", "tallies", "logged",
];

impl Suggester {
    /// True when the clause verb at `start..end` reports in one of the shapes
    /// of this module (see the module's doc).
    pub(super) fn reports_without_that(&self, sentence: &str, start: usize, end: usize) -> bool {
        let cue = sentence[start..end].to_ascii_lowercase();
        let rest = sentence[end..].trim_start_matches(' ');
        let next = first_word(rest).to_ascii_lowercase();
        if cue.starts_with("ask") {
            return QUESTION_WORDS.contains(&next.as_str());
        }
        // "have questioned *whether* the tunnel was sealed": doubt voiced.
        if cue.starts_with("question") {
            return DOUBT_WORDS.contains(&next.as_str());
        }
        if cue.starts_with("agree") && rest.starts_with([',', '.', ';']) {
            return true;
        }
        // "responded by email:".
        if next == "by" {
            let medium = first_word(rest[2..].trim_start()).to_ascii_lowercase();
            let after = rest[2..].trim_start()[medium.len()..].trim_start();
            if REPLY_MEDIA.contains(&medium.as_str()) && after.starts_with([':', '“', '"']) {
                return true;
            }
        }
        // "writes on X that".
        if let Some(venue) = self.platform_after(sentence, end) {
            let after = sentence[venue..].trim_start_matches([' ', ',']);
            if first_word(after).eq_ignore_ascii_case("that") || after.starts_with(['“', '"', ':'])
            {
                return true;
            }
        }
        self.closes_inverted(sentence, start, end)
    }

    /// After a naming verb ending at byte `end` ("called"): the end of a short
    /// object that a quote names at once ("called *them* “traitors”", "called
    /// *her group* “a nuisance”"): a pronoun, or a possessive and one or two
    /// plain words.
    pub(super) fn quoted_label_object(&self, sentence: &str, end: usize) -> Option<usize> {
        let body = sentence[end..].strip_prefix(' ')?;
        let mut at = end + 1;
        for (n, raw) in body.split_inclusive(' ').take(3).enumerate() {
            let word = raw.trim_end();
            let lower = word.to_ascii_lowercase();
            let plain = !word.is_empty() && word.chars().all(|c| c.is_lowercase() || c == '-');
            let object_end = at + word.len();
            let quoted = sentence[object_end..]
                .trim_start_matches(' ')
                .starts_with(['“', '"']);
            if n == 0 && OBJECT_PRONOUNS.contains(&lower.as_str()) && quoted {
                return Some(object_end);
            }
            if n == 0 && !LABEL_DETERMINERS.contains(&lower.as_str()) {
                return None;
            }
            if n > 0 && !plain {
                return None;
            }
            if n > 0 && quoted {
                return Some(object_end);
            }
            at += raw.len();
        }
        None
    }

    /// True when the cue at `start..end` and its subject close a sentence
    /// whose reported clause stands before them, after a comma ("…, Soto
    /// recalled.", "…, the minister answered on Friday.").
    fn closes_inverted(&self, sentence: &str, start: usize, end: usize) -> bool {
        let after = self.circumstance_after(sentence, end);
        let tail = sentence[after..].trim();
        if !(tail.is_empty() || [".", "!", ".”", ".\""].contains(&tail)) {
            return false;
        }
        let Some(subject) = self.names.before(sentence, start) else {
            return false;
        };
        let lead = sentence[..subject].trim_end();
        lead.ends_with(',') && lead.len() > 1
    }

    /// After a cue ending at byte `end`: the end of "by" and a medium of
    /// [`REPLY_MEDIA`] ("responded *by email*").
    pub(super) fn reply_medium_after(&self, sentence: &str, end: usize) -> Option<usize> {
        let rest = sentence[end..].strip_prefix(" by ")?;
        let medium = first_word(rest);
        REPLY_MEDIA
            .contains(&medium.to_ascii_lowercase().as_str())
            .then_some(end + 4 + medium.len())
    }

    /// After a writing verb ending at byte `end`: the end of "on" and a
    /// capitalised platform ("writes *on X*", "wrote *on Telegram*").
    pub(super) fn platform_after(&self, sentence: &str, end: usize) -> Option<usize> {
        let cue = sentence[..end].rsplit(' ').next()?.to_ascii_lowercase();
        if !["write", "writes", "wrote", "posted", "posts"].contains(&cue.as_str()) {
            return None;
        }
        let rest = sentence[end..].strip_prefix(" on ")?;
        let word = first_word(rest);
        let capital = word.starts_with(|c: char| c.is_uppercase());
        capital
            .then(|| self.names.after(sentence, end + 3))
            .flatten()
    }
}

/// True when the record verb at `start..end` is no report here: a participle
/// or a deed with a phrase after it ("the six recorded *in* May", "counted
/// *on* Monday"), or the word is no record verb.
pub(super) fn is_plain_record(sentence: &str, start: usize, end: usize) -> bool {
    let cue = sentence[start..end].to_ascii_lowercase();
    if !RECORD_VERBS.contains(&cue.as_str()) {
        return false;
    }
    let rest = sentence[end..].trim_start_matches(' ');
    let next = first_word(rest).to_ascii_lowercase();
    let media = (rest.split_whitespace().take(6))
        .any(|w| RECORDED_MEDIA.contains(&w.trim_end_matches([',', '.']).to_lowercase().as_str()));
    next.is_empty()
        || media
        || RECORD_FOLLOWERS.contains(&next.as_str())
        || rest.starts_with([',', '.'])
}

/// Words of a record that names no one by itself ("the data", "figures").
const DATA_WORDS: &[&str] = &["the", "data", "figures", "records", "statistics", "numbers"];

/// True when `subject` is data with no owner ("the data", "figures"): with no
/// source named before it, it names no one.
pub(super) fn is_bare_data(subject: &str) -> bool {
    let mut words = subject.split_whitespace().map(str::to_lowercase);
    words.all(|w| DATA_WORDS.contains(&w.as_str())) && !subject.trim().eq_ignore_ascii_case("the")
}

/// Things one records on tape or film, not in a count ("recorded an
/// *album*", "has recorded 9,000 *videos*").
const RECORDED_MEDIA: &[&str] = &[
    "video",
    "videos",
    "album",
    "albums",
    "song",
    "songs",
    "message",
    "messages",
    "interview",
    "interviews",
    "footage",
    "film",
    "films",
    "podcast",
    "podcasts",
    "testimony",
    "testimonies",
];

/// The letters (and hyphens) that open `text`.
fn first_word(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '-'))
        .unwrap_or(text.len());
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::is_plain_record;

    fn plain(sentence: &str, cue: &str) -> bool {
        let start = sentence.find(cue).expect("cue");
        is_plain_record(sentence, start, start + cue.len())
    }

    #[test]
    fn data_alone_names_no_one() {
        assert!(super::is_bare_data("the data"));
        assert!(super::is_bare_data("figures"));
        assert!(!super::is_bare_data("Chilean customs"));
        assert!(!super::is_bare_data("the"));
    }

    #[test]
    fn record_verbs_with_a_phrase_after_them_are_no_reports() {
        assert!(plain("The 14 recorded in June were the most.", "recorded"));
        assert!(plain("Votes counted on Monday gave her a lead.", "counted"));
        assert!(plain("Nine were counted as missing.", "counted"));
        assert!(!plain("The navy recorded six landings.", "recorded"));
        assert!(!plain("The tracker counts 12 outings.", "counts"));
        assert!(!plain("The navy said six landings.", "said"));
        assert!(plain(
            "The club has recorded 900 videos since 2001.",
            "recorded"
        ));
        assert!(plain(
            "The monitors counted only ships they saw.",
            "counted"
        ));
    }
}
