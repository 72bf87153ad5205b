//! Naming an attribution's source: the registry source a name, an appositive
//! or a role word stands for ("a professor at …" → experts, "a trader in
//! Hyesan" → unnamed sources).

use crate::suggest::lower::{lower, lower_in};
use std::borrow::Cow;

use super::Suggester;
use super::body_naming;
use super::descriptor::descriptor_stripped;
use crate::suggest::lexicon::Hit;

impl Suggester {
    /// The source of "NAME, APPOSITIVE, said": a registry source named in the
    /// name, else one named in the appositive (not a one-word government alias,
    /// which is a place there: "a think tank in Seoul"), else the source a role
    /// word of the appositive stands for ("a professor at …" → experts), else
    /// the name's.
    pub(super) fn appositive_source(&self, name: &str, appositive: &str) -> String {
        if let Some(source) = self.registry_name_in(name) {
            return source;
        }
        if let Some(source) = self.person_appositive_source(name, appositive) {
            return source;
        }
        let organisation = self
            .source_names
            .find_all(appositive)
            .into_iter()
            .find(|h| {
                let matched = &appositive[h.start..h.end];
                matched.chars().any(char::is_uppercase) && !self.is_place(appositive, h)
            });
        if organisation.is_some()
            && let Some(source) = self.registry_name_in(appositive)
        {
            return source;
        }
        // A named analyst is one of the experts.
        let named = super::person_source::is_name(name);
        self.role_source(appositive)
            .map(|r| {
                if named {
                    super::person_staff::named_role(r)
                } else {
                    r
                }
            })
            .unwrap_or_else(|| self.source_of(name))
    }

    /// The source a description of a named person stands for ("Kim, 31, *fled
    /// the border city*", "*A senior fellow at the Sejong Institute*, she …"):
    /// a registry body named in it (not a place), else the source of a role
    /// word in it.
    pub(super) fn described_source(&self, description: &str) -> Option<String> {
        if super::person_kinds::left_the_north(description) {
            return Some(self.index.normalise("defectors"));
        }
        if super::person_source::held_before(description) {
            let group = super::person_source::former_group(description);
            return Some(self.index.normalise(group));
        }
        // "X, who studies export controls at the Vienna Centre …", "X, head
        // of property research at Haneul Securities".
        if super::person_staff::studies_at(description.trim_start())
            || super::person_post::covers_at_house(description.trim_start())
            || super::person_post::research_at_house(description.trim_start())
        {
            return Some(self.index.normalise("experts"));
        }
        // "X, who represents one of the guards": a defendant's lawyer.
        if super::person_post::represents_client(description.trim_start()) {
            return Some(self.index.normalise("defence lawyers"));
        }
        // "Ana Ruiz, *Greywater's head of research*".
        if let Some(owner) = super::person_source::possessive_owner(description) {
            return Some(self.source_of(owner));
        }
        // "a caseworker at the Riverside Shelter": staff speak for the body.
        if let Some(body) = self.staff_body_source(description) {
            return Some(body);
        }
        // "the KMA forecaster who …": staff of the acronym's body.
        if let Some(acronym) = super::person_kinds::acronym_staff(description) {
            return Some(self.index.normalise(acronym));
        }
        // Only an appositive's noun phrase ("a fellow at …"), not a clause
        // ("who briefed …, quoted the NIS").
        let first = description.split_whitespace().next().unwrap_or_default();
        let phrase = ["a", "an", "the"]
            .iter()
            .any(|d| d.eq_ignore_ascii_case(first));
        let body = (self.source_names.find_all(description).into_iter())
            .filter(|h| {
                let matched = &description[h.start..h.end];
                matched.chars().any(char::is_uppercase) && !self.is_place(description, h)
            })
            .max_by_key(|h| h.end - h.start);
        body.filter(|_| phrase)
            .map(|h| self.registry.sources[h.value].name.clone())
            .or_else(|| {
                self.role_source(description)
                    .map(super::person_staff::named_role)
            })
    }

    /// The rules' `anonymous_source` as the registry names it ("unnamed
    /// sources").
    pub(super) fn anonymous_source(&self) -> String {
        self.index
            .normalise(&self.rules.attribution.anonymous_source)
    }

    /// True when `text` is one of the rules' anonymity phrases, whole
    /// ("speaking on condition of anonymity"), and the rules name an anonymous
    /// source.
    pub(super) fn is_anonymity(&self, text: &str) -> bool {
        let text = text.trim();
        !self.rules.attribution.anonymous_source.is_empty()
            && (self.rules.attribution.anonymity.iter()).any(|p| p.eq_ignore_ascii_case(text))
    }

    /// A person described, not named, before a place that `names` found as
    /// the source ("*A money changer in* Sinuiju told RFA", "*a teacher from*
    /// Kaesong said"): an indefinite determiner and at most four plain
    /// lower-case words, then "in", "at" or "from", opening the sentence or
    /// after a comma or quote. The byte where the description starts and its
    /// source: the source of a role word in it, else the anonymous source.
    pub(super) fn unnamed_speaker_before(
        &self,
        sentence: &str,
        name: usize,
    ) -> Option<(usize, String)> {
        if self.rules.attribution.anonymous_source.is_empty() {
            return None;
        }
        let before = sentence[..name].trim_end();
        let (lead, preposition) = before.rsplit_once(' ')?;
        if !["in", "at", "from"].contains(&preposition) {
            return self.described_with_relative(sentence, name);
        }
        let lead = lead.trim_end();
        let mut start = lead.len();
        let mut words = 0;
        for word in lead.rsplit(' ') {
            if words == 5 || word.is_empty() {
                return None;
            }
            words += 1;
            start -= word.len();
            if lower_in(word, INDEFINITE) {
                let opening = sentence[..start].trim_end();
                let opens =
                    opening.is_empty() || opening.ends_with([',', '“', '"', ':', '”', '’', '‘']);
                return (opens && words > 1).then(|| {
                    let phrase = &sentence[start..name];
                    let source =
                        (self.role_source(phrase)).unwrap_or_else(|| self.anonymous_source());
                    (start, source)
                });
            }
            if !word.chars().all(|c| c.is_lowercase() || c == '-') {
                return None;
            }
            start -= 1;
        }
        None
    }

    /// "*A defector from Hyesan who left* the city in 2019 said": a person
    /// described before a place (see [`Suggester::unnamed_speaker_before`]),
    /// then a short relative clause ("who …", at most eight words, no comma)
    /// that holds the name `names` found. The byte where the description
    /// starts and its source.
    fn described_with_relative(&self, sentence: &str, name: usize) -> Option<(usize, String)> {
        let before = &sentence[..name];
        let who = crate::suggest::finders::last_who(before)?;
        let clause = &before[who + 5..];
        if clause.contains([',', ';', '“', '”', '"']) || clause.split_whitespace().count() > 8 {
            return None;
        }
        // The place: one or two capitalised words before "who".
        let head = &before[..who];
        let mut place = head.len();
        for _ in 0..2 {
            let word_at = head[..place].trim_end().rfind(' ').map_or(0, |i| i + 1);
            let word = head[word_at..place].trim();
            if !word.starts_with(char::is_uppercase) {
                break;
            }
            place = word_at;
            if ["in", "at", "from"].contains(&head[..place].trim_end().rsplit(' ').next()?) {
                break;
            }
        }
        if place == head.len() {
            return None;
        }
        self.unnamed_speaker_before(sentence, place)
    }

    /// The source the first role word of `text` stands for ("a professor at …",
    /// "Security researchers" → experts), from the rules' `appositive_roles`.
    pub(super) fn role_source(&self, text: &str) -> Option<String> {
        let roles = &self.rules.attribution.appositive_roles;
        let source = text
            .split(|c: char| !c.is_alphanumeric())
            .find_map(|word| {
                let lower = lower(word);
                (roles.iter())
                    .find(|(w, _)| *w == lower)
                    .map(|(_, source)| self.index.normalise(source))
            })?;
        // "a *former* trader from Hyesan": no longer inside, a defector.
        let former = (text.split_whitespace()).any(|w| w.eq_ignore_ascii_case("former"));
        if former && source == self.anonymous_source() {
            return Some(self.index.normalise("defectors"));
        }
        Some(source)
    }

    /// The best registry name inside `name` (a capitalised one before a generic
    /// one, then the longest), as the registry names it.
    pub(super) fn registry_name_in(&self, name: &str) -> Option<String> {
        self.registry_hit_in(name)
            .map(|h| self.registry.sources[h.value].name.clone())
    }

    /// The best registry name inside `name` as a lexicon hit (see
    /// [`Suggester::registry_name_in`]).
    fn registry_hit_in(&self, name: &str) -> Option<Hit> {
        self.source_names
            .find_all(name)
            .into_iter()
            // "the *Washington*-based website 38 North": an adjective, not the
            // source.
            .filter(|h| !name[h.end..].starts_with('-') && !name[..h.start].ends_with('-'))
            .max_by_key(|h| {
                let matched = &name[h.start..h.end];
                let proper = matched
                    .chars()
                    .any(|c| !c.is_lowercase() && c.is_alphabetic());
                (proper, matched.chars().count(), std::cmp::Reverse(h.start))
            })
    }

    /// True when `name` holds a registry source of one of `kinds`.
    pub(super) fn is_source_of_kinds(&self, name: &str, kinds: &[String]) -> bool {
        self.registry_hit_in(name)
            .is_some_and(|h| kinds.contains(&self.registry.sources[h.value].kind))
    }

    /// "analysts at the Stimson Center", "experts from KINU": a generic
    /// registry name opening `name` (after determiners) before "at", "from" or
    /// "with" is the speaker, not the body they work at (a *named* person's
    /// affiliation, in an appositive, is the body).
    fn group_at_body(&self, name: &str) -> Option<String> {
        let mut rest = name;
        while let Some((first, tail)) = rest.split_once(' ') {
            if !(self.rules.attribution.determiners.iter()).any(|d| d.eq_ignore_ascii_case(first)) {
                break;
            }
            rest = tail;
        }
        let (head, tail) = rest.split_once(' ')?;
        let preposition = tail.split_whitespace().next()?;
        if !["at", "from", "with"].contains(&preposition) {
            return None;
        }
        let source = self.index.canonical(head)?;
        let kind = &self
            .registry
            .sources
            .iter()
            .find(|s| s.name == source)?
            .kind;
        ["analysts", "anonymous"]
            .contains(&kind.as_str())
            .then(|| source.to_string())
    }

    /// True when `hit` in `text` is a one-word government alias ("Seoul",
    /// "Japan"): a place when a role word names the speaker ("an analyst at a
    /// *Seoul* think tank", "a trader in *Hyesan*").
    fn is_place(&self, text: &str, hit: &Hit) -> bool {
        let matched = &text[hit.start..hit.end];
        self.registry.sources[hit.value].kind == "government"
            && matched.split_whitespace().count() <= 2
            && matched.split_whitespace().all(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().any(char::is_lowercase)
                    && !lower_in(w, ORGANISATION_WORDS)
            })
    }

    /// The registry's name for a source as written: the best registry name inside
    /// it (a capitalised one before a generic one, then the longest) unless it
    /// is a place and a role word names the speaker ("a trader in Hyesan" →
    /// unnamed sources); a minister's ministry ("Unification Minister Kim" →
    /// Unification Ministry); the source of a role word; else the name itself
    /// without its leading determiner.
    pub(super) fn read_source(&self, name: &str) -> String {
        // "the Harbour Courier has (found)": the auxiliary is the cue's.
        let name = super::auxiliary_tail::without_auxiliary(name);
        // "Nuri Research for the Kyunghyang-Busan Daily": the body that did
        // the work, not its client.
        // A name the registry knows whole keeps its "for".
        if let Some(body) = super::commission_tail::without_client(name.trim())
            && self.index.canonical(name.trim()).is_none()
        {
            return self.source_of(body);
        }
        // "The government of Dandong": read as "Dandong government" is.
        if let Some(place) = government_of_place(name.trim()) {
            return self.source_of(&format!("{place} government"));
        }
        // "Primorye's regional government", "the customs office in Hunchun":
        // the officials (or police) of the place's country.
        if let Some(group) = super::place_office::place_office_group(name) {
            return self.index.normalise(&group);
        }
        // "The CITES Secretariat": the body it serves.
        if let Some(body) = body_naming::secretariat_owner(name) {
            return self.source_of(body);
        }
        // "Korea Exchange data": the body that keeps them.
        if let Some(body) = super::body_data::data_owner(name) {
            return self.source_of(body);
        }
        let source = self.source_as_written(name);
        // "China's General Administration of Customs": the country's customs.
        if body_naming::is_customs_administration(name)
            && let Some(nationality) = source.strip_suffix(" officials")
        {
            return self.index.normalise(&format!("{nationality} customs"));
        }
        source
    }

    /// [`Suggester::source_of`] for a name that is no local office, no
    /// secretariat and no customs administration.
    fn source_as_written(&self, name: &str) -> String {
        let owned = the_north_as_country(name.trim());
        let name = owned.as_ref();
        // "The Norway Coast Guard (NCG)": the body, not the country.
        if let Some(body) = body_naming::long_named_body(name, &self.rules.attribution.determiners)
        {
            return self.index.normalise(&body);
        }
        let role = self.role_source(name);
        // "defence attorney X", "Assistant Secretary of State X", "Sen. X".
        if let Some(titled) = self.titled_source(name) {
            return titled;
        }
        if let Some(officials) = self.paired_officials(name) {
            return officials;
        }
        // "said Maya Cole, a senior analyst at the company".
        if let Some(source) = self.named_with_appositive(name) {
            return source;
        }
        if let Some(group) = self.group_at_body(name) {
            return group;
        }
        // "a South Korean government source": whoever the source works for,
        // an unnamed one.
        let last = name.split_whitespace().last().unwrap_or_default();
        if lower_in(last, &["source", "sources"])
            && !self.rules.attribution.anonymous_source.is_empty()
        {
            return self.anonymous_source();
        }
        if let Some(hit) = self.registry_hit_in(name) {
            if !self.is_place(name, &hit) {
                return self.registry.sources[hit.value].name.clone();
            }
            // A place: the speaker is the role or the name before it
            // ("*sources* in South Korea", "*an analyst* at a Seoul think tank").
            let head = (self.source_names.find_first(&name[..hit.start]))
                .map(|h| self.registry.sources[h.value].name.clone());
            // "North Korea's embassy in Moscow": the country owning the body.
            let owner = head.or_else(|| self.officials_of_nationality(&name[..hit.start]));
            if let Some(speaker) = role.clone().or(owner) {
                return speaker;
            }
            return self.registry.sources[hit.value].name.clone();
        }
        // "Kestrel's head of threat research said": the owner.
        if let Some(owner) = super::person_source::possessive_subject_owner(name) {
            return self.source_of(owner);
        }
        // "an unnamed NMS officer", "Forecasters at the NMS": the body.
        let determiners = &self.rules.attribution.determiners;
        if role.is_none()
            && let Some(body) = (body_naming::acronym_staff(name, determiners))
                .or_else(|| body_naming::people_at_body(name, determiners))
        {
            return self.source_of(body);
        }
        if let Some(role) = role {
            return role;
        }
        // "A Brightwell spokesperson": the body, not a nationality.
        if let Some(body) = super::named_staff::body_of_staff(name, determiners)
            && self.officials_of_nationality(name).is_none()
        {
            return self.source_of(body);
        }
        if let Some(officials) = self.officials_of_nationality(name) {
            // "A Russian visitor": the country's tourists.
            if super::person_visitor::is_visitor(name)
                && let Some(tourists) = super::person_visitor::tourists_of(&officials)
            {
                return self.index.normalise(&tourists);
            }
            return officials;
        }
        if let Some(ministry) = ministry_of(name)
            && let Some(source) = self.registry_name_in(&ministry)
        {
            return source;
        }
        let mut words: Vec<&str> = name.split_whitespace().collect();
        while words.len() > 1
            && self
                .rules
                .attribution
                .determiners
                .iter()
                .any(|d| d.eq_ignore_ascii_case(words[0]))
        {
            words.remove(0);
        }
        let name = words.join(" ");
        // "according to the WHO's tally": the owner, not its possessive.
        let name = body_naming::without_possessive(&name);
        // "Norway said", "Norway's foreign ministry said" (through its owner).
        if let Some(officials) = super::nationality::country_officials(name) {
            return self.index.normalise(&officials);
        }
        if let Some(acronym) = parenthesised_acronym(name) {
            return self.index.normalise(acronym);
        }
        self.index
            .normalise(descriptor_stripped(&without_parentheses(name)))
    }
}

/// "the North’s Defence Ministry" as "North Korea’s Defence Ministry" (and
/// "the South’s" as "South Korea’s"): the peninsula's usual short names, so
/// that the registry's names for the country's bodies match. This runs once
/// per attribution: a name without them (nearly every one) is not copied.
fn the_north_as_country(name: &str) -> Cow<'_, str> {
    // Every short name holds "he North" or "he South": most names hold
    // neither, and are not searched eight times.
    if !name.contains("he North") && !name.contains("he South") {
        return Cow::Borrowed(name);
    }
    let mut out = Cow::Borrowed(name);
    for (written, plain) in SHORT_COUNTRY_NAMES {
        if out.contains(written) {
            out = Cow::Owned(out.replace(written, plain));
        }
    }
    out
}

/// The peninsula's short names as written and as the registry names the
/// country, in the order [`the_north_as_country`] replaces them.
const SHORT_COUNTRY_NAMES: [(&str, &str); 8] = [
    ("the North's ", "North Korea's "),
    ("The North's ", "North Korea's "),
    ("the North’s ", "North Korea’s "),
    ("The North’s ", "North Korea’s "),
    ("the South's ", "South Korea's "),
    ("The South's ", "South Korea's "),
    ("the South’s ", "South Korea’s "),
    ("The South’s ", "South Korea’s "),
];

/// The acronym an unknown body's name gives in parentheses ("the Transitional
/// Justice Working Group (*TJWG*)", "the U.N. human rights office (*OHCHR*)"):
/// two to eight capital letters (a digit or "&" allowed after the first), the
/// name an analyst then writes. `None` when the parentheses hold anything else
/// ("(in Seoul)", "(2024)").
fn parenthesised_acronym(name: &str) -> Option<&str> {
    let open = name.find('(')?;
    let inner = &name[open + 1..];
    let inner = &inner[..inner.find(')')?];
    let first = inner.split([',', ';']).next()?.trim();
    let fits = (2..=8).contains(&first.chars().count())
        && first.starts_with(|c: char| c.is_ascii_uppercase())
        && first
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '&');
    (fits && open > 0).then_some(first)
}

/// `name` without its parenthesised parts ("the Multilateral Sanctions
/// Monitoring Team (MSMT)" → "… Team"), unless nothing would be left.
fn without_parentheses(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut depth = 0usize;
    for c in name.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    if out.is_empty() {
        name.to_string()
    } else {
        out
    }
}

/// Determiners that open a description of an unnamed person ("*a* trader in
/// Hyesan").
const INDEFINITE: &[&str] = &["a", "an", "one", "two", "three", "several", "some"];

/// Words that make a capitalised government name a body, not a place ("White
/// *House*", "State *Department*").
pub(super) const ORGANISATION_WORDS: &[&str] = &[
    "house",
    "department",
    "ministry",
    "bureau",
    "office",
    "agency",
    "service",
    "government",
    "command",
    "council",
    "pentagon",
    "kremlin",
    "officials",
];

/// Last words of a name that make it a company, outlet or school rather than
/// a government's speaker ("Danish shipping *company*", "a Swiss *bank*").
pub(super) const NOT_GOVERNMENT_WORDS: &[&str] = &[
    "company",
    "firm",
    "group",
    "bank",
    "newspaper",
    "daily",
    "outlet",
    "broadcaster",
    "network",
    "magazine",
    "university",
    "institute",
    "media",
    "press",
];

/// "Unification Minister Kim" as "Unification Ministry Kim", when `name` holds
/// the word "Minister".
fn ministry_of(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.contains(&"Minister").then(|| {
        let renamed: Vec<&str> = words
            .iter()
            .map(|w| if *w == "Minister" { "Ministry" } else { w })
            .collect();
        renamed.join(" ")
    })
}

/// The place of "the government of <Place>" ("The government of Dandong" →
/// "Dandong"): one or two capitalised words after "government of", and
/// nothing else in `name`.
fn government_of_place(name: &str) -> Option<&str> {
    let rest = name
        .strip_prefix("The ")
        .or_else(|| name.strip_prefix("the "))
        .unwrap_or(name);
    let place = rest.strip_prefix("government of ")?;
    let words = place.split_whitespace().count();
    let capitalised = place
        .split_whitespace()
        .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic));
    ((1..=2).contains(&words) && capitalised).then_some(place)
}
