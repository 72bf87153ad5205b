//! What stands before a source's name and joins its attribution: a
//! description of the source ("*the ruling* party newspaper Rodong Sinmun",
//! "*Blockchain analytics firm* Chainalysis", "*Japan’s chief cabinet*
//! secretary", ", *sanctions* experts say") and a circumstance phrase that opens
//! the sentence ("*In a statement,* the ministry said").

use foldhash::HashSet;

use super::Suggester;

/// The most plain words a description before a name may have.
const MAX_DESCRIPTION_WORDS: usize = 3;

/// Words a leading circumstance phrase opens with ("*In* a statement, the
/// ministry said", "*On* Wednesday, Kim warned").
const LEAD_WORDS: &[&str] = &["In", "On", "At", "During", "Earlier", "Later", "Last"];

/// Past participles that open a phrase of the speaker's before the name
/// ("*Asked* about the talks, the minister said").
const LEAD_PARTICIPLES: &[&str] = &["Asked", "Pressed", "Questioned", "Interviewed", "Contacted"];

/// Words right after a leading participle ("Reading *out*", "Speaking *to*",
/// "Addressing *the*"), which tell it from a name ending in "-ing" ("Beijing
/// responded").
const PARTICIPLE_LINKS: &[&str] = &[
    "out",
    "to",
    "on",
    "at",
    "in",
    "about",
    "from",
    "with",
    "after",
    "before",
    "the",
    "a",
    "an",
    "his",
    "her",
    "its",
    "their",
    "by",
    "for",
    "over",
    "during",
    "reporters",
    "lawmakers",
];

/// The most words of a leading circumstance phrase.
const MAX_LEAD_WORDS: usize = 10;

/// The most words of a leading reporter's question ("Asked whether …").
const MAX_QUESTION_WORDS: usize = 18;

/// Whether `lead` opens with a participle of asking and a question word
/// ("Asked whether the dam would hold").
fn asks_question(lead: &str) -> bool {
    let mut words = lead.split_whitespace();
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    LEAD_PARTICIPLES.contains(&first) && super::hedge_skip::QUESTION_WORDS.contains(&second)
}

/// Head nouns of a description that may open a sentence without a determiner
/// ("Blockchain analytics *firm* Chainalysis").
pub(super) const DESCRIPTION_HEADS: &[&str] = &[
    "firm",
    "company",
    "group",
    "website",
    "site",
    "outlet",
    "newspaper",
    "daily",
    "startup",
    "agency",
    "institute",
    "tank",
    "broadcaster",
    "network",
    "platform",
    "monitor",
];

/// Small words that never describe a source: a description stops before them
/// ("prices fell *as* officials said").
const NOT_DESCRIPTIVE: &[&str] = &[
    "as", "after", "before", "than", "then", "near", "over", "under", "into", "onto", "about",
    "against", "between", "until", "since", "via", "not", "no", "nor", "or", "and", "but", "so",
    "if", "when", "while", "where", "whom", "whose", "to", "of", "for", "by", "from", "with", "at",
    "in", "on", "up", "out", "said", "says", "say", "told",
];

impl Suggester {
    /// Plain lower-case words before the name at byte `name` that describe it,
    /// back to a determiner ("*the ruling* party newspaper"), a capitalised
    /// possessive ("*Japan’s chief cabinet* secretary", the owner's whole
    /// name) or the opening of the clause ("*Blockchain analytics firm*
    /// Chainalysis", ", *sanctions* experts say"): the byte where the
    /// description starts, and whether it ends at a possessive owner. `None`
    /// when the name opens with a determiner or nothing describes it.
    pub(super) fn descriptor_before(&self, sentence: &str, name: usize) -> Option<(usize, bool)> {
        let first = sentence[name..].split_whitespace().next()?;
        let determiners = &self.rules.attribution.determiners;
        if determiners.iter().any(|d| d.eq_ignore_ascii_case(first)) {
            return None;
        }
        let name_is_plain = first.starts_with(char::is_lowercase);
        let mut at = name;
        let mut walked = 0;
        let mut adjacent_head = false;
        loop {
            let before = sentence[..at].trim_end_matches(' ');
            if before.len() == at {
                return None;
            }
            let word_start = before.rfind(' ').map_or(0, |i| i + 1);
            let word = &before[word_start..];
            let lower = word.to_lowercase();
            if walked > 0 && determiners.iter().any(|d| d.eq_ignore_ascii_case(&lower)) {
                // "Rep. Bae *of* the main opposition party": the name the
                // described body belongs to.
                let owner = self.owner_before(sentence, word_start);
                return Some((owner.unwrap_or(word_start), false));
            }
            // "*State Department* deputy spokesperson Mark Ellison": a name
            // before a role.
            if walked > 0 && name_is_plain && word.starts_with(char::is_uppercase) {
                let owner = self.names.before(sentence, word_start + word.len())?;
                return Some((owner, true));
            }
            if walked > 0 && is_possessive_owner(word) {
                let owner_end = word_start + word.len();
                let owner = self.names.before(sentence, owner_end).unwrap_or(word_start);
                return Some((owner.min(word_start), true));
            }
            // "stalled", "reportedly": a verb or an adverb, not a description.
            let verb_like =
                (lower.ends_with("ed") && !lower.contains('-')) || lower.ends_with("ly");
            let plain = !word.is_empty()
                && word.chars().all(|c| c.is_lowercase() || c == '-')
                && !NOT_DESCRIPTIVE.contains(&lower.as_str())
                && !self.adverbial_ends.contains(&lower)
                && !self.not_first_words.contains(&lower)
                && !verb_like;
            // The sentence's first word, capitalised ("*Blockchain* analytics").
            let opening = word.chars().all(|c| c.is_alphabetic() || c == '-')
                && word.starts_with(char::is_uppercase)
                && opens(&sentence[..word_start])
                && !NOT_DESCRIPTIVE.contains(&lower.as_str());
            if walked == 0 {
                adjacent_head = DESCRIPTION_HEADS.contains(&lower.as_str());
            }
            if !(plain || opening) || walked == MAX_DESCRIPTION_WORDS {
                return None;
            }
            walked += 1;
            if (opening || opens(&sentence[..word_start])) && (name_is_plain || adjacent_head) {
                return Some((word_start, false));
            }
            if opening {
                return None;
            }
            at = word_start;
        }
    }
}

impl Suggester {
    /// A name and a connector ("of", "at", "for") just before byte `at` ("Rep.
    /// Bae Jin-woo *of* the …"): the byte where the name starts.
    fn owner_before(&self, sentence: &str, at: usize) -> Option<usize> {
        let before = sentence[..at].trim_end();
        let joined = ["of", "at", "for"].iter().find_map(|c| {
            before
                .strip_suffix(c)
                .filter(|b| b.ends_with(' '))
                .map(str::trim_end)
        })?;
        self.names.before(sentence, joined.len())
    }
}

/// True when `before` (what precedes a word) is empty or ends with a comma, a
/// colon or a quote: the word opens a sentence or a clause.
fn opens(before: &str) -> bool {
    let before = before.trim_end();
    before.is_empty() || before.ends_with([',', '“', '"', '”', ':'])
}

/// True for a capitalised possessive ("Japan’s", "Seoul's").
fn is_possessive_owner(word: &str) -> bool {
    let owner = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"));
    owner.is_some_and(|o| o.starts_with(char::is_uppercase))
}

/// A circumstance phrase that opens the sentence and ends with the comma just
/// before the name at byte `name` ("*In a notice to customers,* the company
/// said"): the byte where it starts.
///
/// Without a comma, a short time phrase ending with a word of `time_ends`
/// ("*Last week* the Rodong Sinmun wrote").
pub(super) fn lead_phrase_before(
    sentence: &str,
    name: usize,
    time_ends: &HashSet<String>,
) -> Option<usize> {
    let before = sentence[..name].trim_end();
    let Some(lead) = before.strip_suffix(',') else {
        let start = before.len() - before.trim_start().len();
        // At most four words: reading a fifth is enough to say no (a long
        // sentence is not read to its start for every cue).
        let words: Vec<&str> = super::ascii_words::words(before).take(5).collect();
        if words.len() > 4 {
            return None;
        }
        let last = words.last()?.to_lowercase();
        let timed = LEAD_WORDS.contains(words.first()?)
            && words.len() <= 4
            && (time_ends.contains(&last) || crate::suggest::noun_phrase::is_year(&last))
            && words.iter().all(|w| w.chars().all(char::is_alphanumeric));
        return timed.then_some(start);
    };
    // Bounded first: a lead phrase longer than its limit is not read through.
    let count = super::ascii_words::words(lead)
        .take(MAX_QUESTION_WORDS + 1)
        .count();
    if count > MAX_LEAD_WORDS && !(count <= MAX_QUESTION_WORDS && asks_question(lead)) {
        return None;
    }
    let start = lead.len() - lead.trim_start().len();
    let lead = lead.trim_start();
    // "*In March 1998 the coast saw nine storms*, the archive shows": a
    // clause after a date, not a circumstance of the cue.
    if super::subject_extent::is_dated_clause(lead) {
        return None;
    }
    let first = lead.split_whitespace().next()?;
    let plain = !lead.contains([',', ';', ':', '“', '”', '"', '(', '—']);
    // "*Reading out the statement,* a spokesman said", "*Asked about the
    // talks,* the minister said": a participle phrase of the speaker's.
    let second = lead.split_whitespace().nth(1).unwrap_or("");
    let participle = (first.ends_with("ing") || LEAD_PARTICIPLES.contains(&first))
        // "*Citing a police source,* the paper reported": an attribution of
        // its own.
        && first != "According"
        && first != "Citing"
        && first.starts_with(char::is_uppercase)
        && first.chars().all(char::is_alphabetic)
        && (PARTICIPLE_LINKS.contains(&second)
            // "*Asked where the crates went,* Kim said": the question.
            || (LEAD_PARTICIPLES.contains(&first)
                && super::hedge_skip::QUESTION_WORDS.contains(&second)));
    ((LEAD_WORDS.contains(&first) || participle) && plain).then_some(start)
}

/// `name` past a lower-case description before a capitalised name ("state
/// news agency *TASS*", "Osaka-based outlet *Asia Press*"): leading words in
/// lower case or ending in "-based", when every word after them is
/// capitalised. Otherwise `name` itself ("U.N. human rights office", "the
/// ruling party newspaper").
pub(super) fn descriptor_stripped(name: &str) -> &str {
    let words: Vec<&str> = name.split_whitespace().collect();
    let described =
        |w: &&&str| w.chars().all(|c| c.is_lowercase() || c == '-') || w.ends_with("-based");
    let mut lead = words.iter().take_while(described).count();
    // "Mongolia's state news agency Montsame": a country's possessive before
    // an outlet's or a group's description is part of it (not "Acme's chief
    // executive Jo Lee").
    if lead == 0 && words.len() > 2 && is_possessive_owner(words[0]) {
        let after = words[1..].iter().take_while(described).count();
        let head = words[after].to_lowercase();
        if after > 0 && (MEDIA_NOUNS.contains(&head.as_str()) || head == "group") {
            lead = 1 + after;
        }
    }
    // "Public broadcaster NHK" opening a sentence: a capitalised first word
    // before a media noun is still the description.
    if lead == 0 && words.len() > 2 {
        let media = (words[1..].iter())
            .take_while(described)
            .count()
            .checked_sub(1)
            .is_some_and(|last| MEDIA_NOUNS.contains(&words[1 + last]));
        let first_plain = words[0].chars().skip(1).all(|c| c.is_lowercase());
        if media && first_plain {
            lead = 1 + words[1..].iter().take_while(described).count();
        }
    }
    // "diplomats in Geneva": people in a place are the people.
    if (2..=3).contains(&lead)
        && lead < words.len()
        && ["in", "at", "from"].contains(&words[lead - 1])
        && !["a", "an", "the"].contains(&words[0])
    {
        let end =
            words[lead - 2].as_ptr() as usize - name.as_ptr() as usize + words[lead - 2].len();
        return name.get(..end).unwrap_or(name);
    }
    let rest = &words[lead..];
    let proper = !rest.is_empty() && rest.iter().all(|w| w.starts_with(char::is_uppercase));
    if lead == 0 || !proper {
        return name;
    }
    // `rest[0]` is a slice of `name`: its offset is where it starts.
    let at = rest[0].as_ptr() as usize - name.as_ptr() as usize;
    name.get(at..).unwrap_or(name)
}

/// Head nouns of a description of an outlet ("public *broadcaster* X").
const MEDIA_NOUNS: &[&str] = &[
    "broadcaster",
    "newspaper",
    "daily",
    "weekly",
    "agency",
    "outlet",
    "magazine",
    "website",
    "channel",
    "network",
    "station",
    "tabloid",
];
