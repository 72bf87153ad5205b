//! A source left as "the <noun>" ("the county wrote", "The clinic said",
//! "the federation said") stands for the nearest body named before it whose
//! name ends in that noun ("Harbour County", "St Anne's Clinic", "Pacific
//! Rowing Federation (PRF)"), read as the text files it (its bracketed
//! acronym, the registry's name, a local government's country officials).
//! A document noun ("the report says", "according to the statement") stands
//! for the body that wrote it: "a report by X", "X's report", or the named
//! subject of the sentence that introduced it ("X released a report").
//! Written from the shape of the name (capitalised words ending in the
//! noun), not from a list of nouns.

use super::Suggester;

/// Nouns of documents a body issues, read back as their author.
const DOCUMENT_NOUNS: &[&str] = &[
    "report",
    "statement",
    "notice",
    "advisory",
    "filing",
    "release",
    "bulletin",
    "evaluation",
    "assessment",
    "audit",
];

/// Participles between a document's noun and its author ("an evaluation
/// *published on Wednesday* by X").
const AUTHORED: &[&str] = &[
    "published",
    "issued",
    "released",
    "prepared",
    "compiled",
    "written",
    "produced",
    "commissioned",
    "conducted",
];

/// Most bytes between such a participle and its " by ".
const AUTHORED_REACH: usize = 40;

/// Lower-case nouns for a person or a title, never a body's head.
pub(super) const PERSON_NOUNS: &[&str] = &[
    "man",
    "woman",
    "person",
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "source",
    "minister",
    "president",
    "director",
    "chairman",
    "chair",
    "head",
    "chief",
    "leader",
    "secretary",
    "governor",
    "mayor",
    "ambassador",
    "envoy",
    "general",
    "commander",
    "member",
    "resident",
    "witness",
    "expert",
    "analyst",
    "researcher",
    "author",
    "writer",
    "editor",
    "reporter",
    "correspondent",
    "lawyer",
    "judge",
    "prosecutor",
    "doctor",
    "officer",
    "agent",
    "daughter",
    "son",
    "mother",
    "father",
    "wife",
    "husband",
    "government",
    "north",
    "south",
];

/// How far back, in bytes, a name or a document is looked for.
const REACH: usize = 6_000;

/// How far back, in bytes, a name's bracketed acronym is looked for.
const ACRONYM_REACH: usize = 60_000;

/// Most words of a name before its head noun.
const NAME_WORDS: usize = 6;

impl Suggester {
    /// The body a bare "the <noun>" source of `span` (at byte `start` of
    /// `text`) stands for, as the module's doc says, or `None`.
    pub(super) fn head_noun_body(
        &self,
        text: &str,
        source: &str,
        span: &str,
        start: usize,
    ) -> Option<String> {
        if self.index.canonical(source).is_some() {
            return None;
        }
        // "The agency" kept with its article: the same bare noun.
        let source = (source
            .strip_prefix("The ")
            .or_else(|| source.strip_prefix("the ")))
        .unwrap_or(source);
        let noun = bare_noun(source, span)?;
        let name = if DOCUMENT_NOUNS.contains(&noun) {
            document_author(text, noun, start)?
        } else if let Some(name) = self.described_nearest(text, source, noun, start) {
            name
        } else {
            let name = head_named_before(text, noun, start)?;
            // "the education ministry" after "the Unification Ministry": a
            // word before the head that the name lacks names another body.
            let other = (source.split_once(' '))
                .is_some_and(|(word, _)| !name.split(' ').any(|w| w.eq_ignore_ascii_case(word)));
            if other {
                return None;
            }
            name
        };
        Some(self.read_name(text, &name, start))
    }

    /// The body a bare "the <noun>" source of `span` (at byte `start` of
    /// `text`) stands for when the text last described a body by that noun
    /// ([`Suggester::described_nearest`]), read as the text files it.
    pub(super) fn described_body(
        &self,
        text: &str,
        source: &str,
        span: &str,
        start: usize,
    ) -> Option<String> {
        let core = (source
            .strip_prefix("The ")
            .or_else(|| source.strip_prefix("the ")))
        .unwrap_or(source);
        let noun = bare_noun(core, span)?;
        if DOCUMENT_NOUNS.contains(&noun) || self.index.canonical(source).is_some() {
            return None;
        }
        let name = self.described_nearest(text, core, noun, start)?;
        Some(self.read_name(text, &name, start))
    }

    /// The body the text last described by `noun` before `start`
    /// ([`super::described_body`]), or a registry body the bare `source`
    /// stands for mentioned after the description; `None` when there is no
    /// description or a name ending in the noun follows it.
    fn described_nearest(
        &self,
        text: &str,
        source: &str,
        noun: &str,
        start: usize,
    ) -> Option<String> {
        let from = text.floor_char_boundary(start.saturating_sub(REACH));
        let window = text.get(from..start)?;
        let (at, name) = super::described_body::described_before(window, noun)?;
        let since = window.get(at..)?;
        let named_since = head_named_before(since, noun, since.len()).is_some();
        if named_since {
            return None;
        }
        // A registry body the noun fits, mentioned since: that body.
        let registry_since = super::super::coreference::resolve(
            source,
            since,
            &self.registry,
            &self.index,
            &self.source_names,
        );
        Some(registry_since.unwrap_or(name))
    }

    /// A body's staff noun after its acronym ("an IMO inspector said",
    /// "FAA engineers found"): the body, as the registry names it; `None`
    /// for any other source or a document ("UN report").
    pub(super) fn acronym_staff(&self, source: &str) -> Option<String> {
        let (acronym, noun) = source.split_once(' ')?;
        let is_acronym = (2..=6).contains(&acronym.len())
            && acronym.bytes().all(|b| b.is_ascii_uppercase() || b == b'&')
            && acronym.bytes().filter(u8::is_ascii_uppercase).count() >= 2;
        let is_noun = noun.len() >= 3 && noun.bytes().all(|b| b.is_ascii_lowercase());
        let document = DOCUMENT_NOUNS.iter().any(|d| noun.starts_with(d))
            || ["study", "survey", "data", "figures", "analysis"].contains(&noun);
        // "US lawmakers": a country's short name, not a body's acronym.
        let country = || {
            self.nationality_of_place(acronym).is_some()
                || (self.index.canonical(&format!("{acronym} officials"))).is_some()
        };
        if !is_acronym
            || !is_noun
            || document
            || self.index.canonical(source).is_some()
            || country()
        {
            return None;
        }
        Some(self.index.normalise(acronym))
    }

    /// `name` as the sets file it: its bracketed acronym, a local
    /// government's country officials (the dateline's country), else the
    /// registry's name.
    pub(super) fn read_name(&self, text: &str, name: &str, start: usize) -> String {
        // The acronym is looked for in the text before the source only, at
        // most [`ACRONYM_REACH`] bytes of it: not a whole long text per source.
        let from = text.floor_char_boundary(start.saturating_sub(ACRONYM_REACH));
        let before = text.get(from..start).unwrap_or(text);
        if let Some(acronym) = acronym_after(before, name) {
            return acronym;
        }
        if is_local_name(name)
            && self.index.canonical(name).is_none()
            && let Some(nationality) = self.dateline_nationality(text)
        {
            return self.index.normalise(&format!("{nationality} officials"));
        }
        self.index.normalise(name)
    }
}

/// True when `noun` is a document's a body issues ([`DOCUMENT_NOUNS`]).
pub(super) fn is_document_noun(noun: &str) -> bool {
    DOCUMENT_NOUNS.contains(&noun)
}

/// True when `noun` (lower case, singular) is a person's or a title's, not
/// a body's ([`PERSON_NOUNS`], or a word ending in "man", "woman",
/// "person").
pub(super) fn is_person_noun(noun: &str) -> bool {
    PERSON_NOUNS.contains(&noun)
        || ["man", "woman", "person", "people"]
            .iter()
            .any(|end| noun.ends_with(end))
}

/// The head noun of a bare singular source `source` written "the <noun>"
/// (or "the <adjective> <noun>") in `span`, or `None`.
fn bare_noun<'a>(source: &'a str, span: &str) -> Option<&'a str> {
    let words = source.split(' ').count();
    if !(1..=2).contains(&words) || !source.bytes().all(|b| b.is_ascii_lowercase() || b == b' ') {
        return None;
    }
    let noun = source.rsplit(' ').next()?;
    let plural = noun.ends_with('s') && !noun.ends_with("ss");
    if noun.len() < 4 || plural || PERSON_NOUNS.contains(&noun) {
        return None;
    }
    let at = span.find(source)?;
    let before = span.get(..at)?;
    (before.ends_with("the ") || before.ends_with("The ")).then_some(noun)
}

/// True when `name` is a local government's ("Harbour County", "Riverton
/// City", "Lakes Province").
fn is_local_name(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or_default();
    name.contains(' ')
        && ["County", "City", "Province", "Prefecture", "Municipality"].contains(&last)
}

/// The nearest name in the [`REACH`] bytes of `text` before `start` whose
/// head is `noun` capitalised: at least one more capitalised word before
/// it ("Harbour County"), or "of" and a name after it ("Union of Rail
/// Workers"); the head may be the noun's plural ("National Archives of
/// Korea" for "the archive").
pub(super) fn head_named_before(text: &str, noun: &str, start: usize) -> Option<String> {
    let from = text.floor_char_boundary(start.saturating_sub(REACH));
    let window = text.get(from..start)?;
    let mut head = String::with_capacity(noun.len());
    head.extend(noun.chars().next().map(|c| c.to_ascii_uppercase()));
    head.push_str(noun.get(1..)?);
    // `memchr`'s search: a 6 kB look-back per bare noun.
    memchr::memmem::rfind_iter(window.as_bytes(), head.as_bytes()).find_map(|at| {
        let after = &window[at + head.len()..];
        let before = &window[..at];
        if before.ends_with(char::is_alphanumeric) {
            return None;
        }
        // "the archive says" after "the National Archives of Korea": a name
        // whose head is the noun's plural.
        let plural = after
            .strip_prefix('s')
            .filter(|rest| !rest.starts_with(char::is_alphanumeric));
        let after = plural.unwrap_or(after);
        let after = after
            .strip_prefix("'s")
            .or_else(|| after.strip_prefix("’s"))
            .unwrap_or(after);
        if after.starts_with(char::is_alphanumeric) {
            return None;
        }
        let mut words = name_back(before);
        if words.first() == Some(&"The") {
            words.remove(0);
        }
        let tail = after
            .strip_prefix(" of ")
            .map(name_forward)
            .unwrap_or_default();
        let next_capital = after
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(char::is_uppercase));
        if next_capital || (words.is_empty() && tail.is_empty()) {
            return None;
        }
        let mut name = words.join(" ");
        if !name.is_empty() {
            name.push(' ');
        }
        name.push_str(&head);
        if plural.is_some() {
            name.push('s');
        }
        if !tail.is_empty() {
            name.push_str(" of ");
            name.push_str(&tail.join(" "));
        }
        Some(name)
    })
}

/// The author of the document `noun` nearest before `start` in `text`: "a
/// <noun> by X", "X's <noun>", else the capitalised name opening its
/// sentence ("X released a report").
fn document_author(text: &str, noun: &str, start: usize) -> Option<String> {
    let from = text.floor_char_boundary(start.saturating_sub(REACH));
    let window = text.get(from..start)?;
    memchr::memmem::rfind_iter(window.as_bytes(), noun.as_bytes()).find_map(|at| {
        let before = &window[..at];
        let after = &window[at + noun.len()..];
        if before.ends_with(char::is_alphanumeric) || after.starts_with(char::is_alphanumeric) {
            return None;
        }
        if let Some(rest) = after.strip_prefix(" by ").or_else(|| authored_by(after)) {
            let rest = rest.strip_prefix("the ").unwrap_or(rest);
            let words = name_forward(rest);
            return (!words.is_empty()).then(|| words.join(" "));
        }
        if let Some(author) = super::said_in::said_in_author(text, before, from) {
            return Some(author);
        }
        let sentence_at = before
            .rfind(['.', '!', '?', '\n', ';', ':', '—'])
            .map_or(0, |i| crate::suggest::char_end::past_char(before, i));
        let sentence = before.get(sentence_at..)?.trim_start();
        // "X's annual report": the owner.
        if let Some(owner) = sentence
            .split(' ')
            .rev()
            .take(3)
            .find_map(|w| w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")))
            .filter(|w| w.starts_with(char::is_uppercase))
        {
            let at = sentence
                .rfind(&format!("{owner}'s"))
                .or_else(|| sentence.rfind(&format!("{owner}’s")))?;
            let mut words = name_back(&sentence[..at]);
            if words.first() == Some(&"The") {
                words.remove(0);
            }
            words.push(owner);
            return Some(words.join(" "));
        }
        let sentence = sentence.strip_prefix("The ").unwrap_or(sentence);
        let words = name_forward(sentence);
        let acronym = words.len() == 1
            && words[0].len() >= 2
            && words[0].bytes().all(|b| b.is_ascii_uppercase());
        let verb_follows = sentence
            .get(words.iter().map(|w| w.len() + 1).sum::<usize>()..)
            .is_some_and(|r| r.starts_with(char::is_lowercase) || r.starts_with("("));
        ((words.len() >= 2 || acronym) && verb_follows).then(|| words.join(" "))
    })
}

/// The capitalised words (with "of", "and", "&" between them) that end
/// `before` right before a space, at most [`NAME_WORDS`].
fn name_back(before: &str) -> Vec<&str> {
    let Some(before) = before.strip_suffix(' ') else {
        return Vec::new();
    };
    let mut taken: Vec<&str> = Vec::new();
    for w in before.rsplit(' ') {
        let line = w.rfind('\n').map(|i| i + 1);
        let w = &w[line.unwrap_or(0)..];
        let capital = w.starts_with(char::is_uppercase)
            && !w.ends_with([',', '.', ';', ':', ')', '"', '”', '—'])
            && !w.contains("'s")
            && !w.contains("’s");
        let joiner = ["of", "and", "&", "for"].contains(&w) && !taken.is_empty();
        if capital || joiner {
            taken.push(w);
        } else {
            break;
        }
        if line.is_some() || taken.len() >= NAME_WORDS {
            break;
        }
    }
    while taken
        .last()
        .is_some_and(|w| w.starts_with(char::is_lowercase) || *w == "&")
    {
        taken.pop();
    }
    taken.reverse();
    taken
}

/// What follows " by " when `after` (the text after a document's noun)
/// opens with a participle of [`AUTHORED`] and its author comes within
/// [`AUTHORED_REACH`] bytes, in the same clause ("published on Wednesday by
/// the Council …" → "the Council …"), or `None`.
fn authored_by(after: &str) -> Option<&str> {
    let rest = after
        .strip_prefix(", ")
        .or_else(|| after.strip_prefix(' '))?;
    let word = rest.split(' ').next()?;
    if !AUTHORED.contains(&word) {
        return None;
    }
    let rest = &rest[word.len()..];
    let reach = rest.floor_char_boundary(rest.len().min(AUTHORED_REACH + 4));
    let by = rest[..reach].find(" by ")?;
    if rest[..by].contains(['.', ',', ';', ':', '\n']) {
        return None;
    }
    rest.get(by + 4..)
}

/// The capitalised name opening `rest` (joiners inside), up to
/// [`NAME_WORDS`] words, stopping at punctuation that ends a word.
fn name_forward(rest: &str) -> Vec<&str> {
    let mut taken: Vec<&str> = Vec::new();
    for w in rest.split(' ') {
        let bare = w.trim_end_matches([',', '.', ';', ':', ')', '”', '"']);
        let bare = (bare.strip_suffix("'s"))
            .or_else(|| bare.strip_suffix("’s"))
            .unwrap_or(bare);
        if bare.starts_with(char::is_uppercase)
            && bare
                .chars()
                .all(|c| c.is_alphanumeric() || "-&.'’".contains(c))
        {
            taken.push(bare);
        } else if ["of", "and", "for", "&"].contains(&bare) && bare == w && !taken.is_empty() {
            taken.push(bare);
            continue;
        } else {
            break;
        }
        if bare.len() != w.len() || taken.len() >= NAME_WORDS {
            break;
        }
    }
    while taken
        .last()
        .is_some_and(|w| ["of", "and", "for", "&"].contains(w))
    {
        taken.pop();
    }
    taken
}

/// The acronym `text` gives `name` in brackets right after it: "Name (ACR)".
fn acronym_after(text: &str, name: &str) -> Option<String> {
    // memmem's vector search: the text may be tens of kilobytes.
    let needle = format!("{name} (");
    let at = match memchr::memmem::find(text.as_bytes(), needle.as_bytes()) {
        Some(at) => at + name.len() + 2,
        None => name_goes_on_to_bracket(text, name)?,
    };
    let rest = text.get(at..)?;
    let end = rest.bytes().take(10).position(|b| b == b')')?;
    let acronym = &rest[..end];
    let fits = (2..=8).contains(&acronym.len())
        && acronym
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'&' || b == b'-')
        && acronym.bytes().filter(u8::is_ascii_uppercase).count() >= 2;
    fits.then(|| acronym.to_string())
}

/// Joining words inside a body's name ("Council *on* Monuments *and* Sites").
const JOINERS: &[&str] = &["of", "on", "for", "and", "the", "&"];

/// Byte after " (" when `name` stands in `text` as the opening of a longer
/// name that runs on, by capitalised words and [`JOINERS`] (at most six),
/// to a bracket ("International Council" in "International Council on
/// Monuments and Sites (ICOMOS)"), or `None`.
fn name_goes_on_to_bracket(text: &str, name: &str) -> Option<usize> {
    let needle = format!("{name} ");
    memchr::memmem::find_iter(text.as_bytes(), needle.as_bytes()).find_map(|at| {
        let mut pos = at + needle.len();
        let mut capital_last = false;
        for _ in 0..6 {
            let rest = text.get(pos..)?;
            if rest.starts_with('(') && capital_last {
                return Some(pos + 1);
            }
            let word = rest.split(' ').next()?;
            capital_last = word.starts_with(char::is_uppercase)
                && word.chars().all(|c| c.is_alphanumeric() || c == '-');
            if !capital_last && !JOINERS.contains(&word) {
                return None;
            }
            pos += word.len() + 1;
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_noun_written_with_the() {
        assert_eq!(
            bare_noun("clinic", "the clinic, in Lima, said"),
            Some("clinic")
        );
        assert_eq!(bare_noun("clinic", "The clinic said"), Some("clinic"));
        assert_eq!(
            bare_noun("rowing federation", "the rowing federation said"),
            Some("federation")
        );
        assert_eq!(bare_noun("clinic", "A clinic said"), None);
        assert_eq!(bare_noun("experts", "the experts said"), None);
        assert_eq!(bare_noun("spokesman", "the spokesman said"), None);
        assert_eq!(bare_noun("Harbour Clinic", "the Harbour Clinic said"), None);
    }

    #[test]
    fn a_name_ending_in_the_noun() {
        let text = "The Lakeside Rowing Federation (LRF) met. Later the federation said";
        let at = text.rfind("the federation").unwrap_or(0);
        assert_eq!(
            head_named_before(text, "federation", at).as_deref(),
            Some("Lakeside Rowing Federation")
        );
        let text = "Staff of Federation Square said no. Then the federation said";
        let at = text.rfind("the federation").unwrap_or(0);
        assert_eq!(head_named_before(text, "federation", at), None);
        let text = "The Union of Dock Workers voted. The union said";
        let at = text.rfind("The union").unwrap_or(0);
        assert_eq!(
            head_named_before(text, "union", at).as_deref(),
            Some("Union of Dock Workers")
        );
    }

    #[test]
    fn a_document_by_its_author() {
        let text = "Harbour Water Board published an audit report on Monday. The report says";
        let at = text.rfind("The report").unwrap_or(0);
        assert_eq!(
            document_author(text, "report", at).as_deref(),
            Some("Harbour Water Board")
        );
        let text = "It cited a report by the Tide Institute last year. The report says";
        let at = text.rfind("The report").unwrap_or(0);
        assert_eq!(
            document_author(text, "report", at).as_deref(),
            Some("Tide Institute")
        );
        let text = "A report appeared in May. The report says";
        let at = text.rfind("The report").unwrap_or(0);
        assert_eq!(document_author(text, "report", at), None);
        assert_eq!(
            acronym_after("the Lake Board (LB) said", "Lake Board").as_deref(),
            Some("LB")
        );
    }
}
