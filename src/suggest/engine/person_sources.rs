//! Whom each attribution's person speaks for: the chain of readings that turn
//! a person's name into the source analysts file them under (a surname
//! introduced earlier, a title, staff of a body, a role's group, ordinary
//! people, a description, a doctor, an acronym's body), each reading
//! recorded in the suggestion's "why" and in the speakers a pronoun may
//! stand for.

use std::collections::HashSet;

use super::{Found, Suggester, person_role, person_source, person_staff, surname};

impl Suggester {
    /// Reads each person's name in `found` as the source analysts file them
    /// under, in order; returns each name read and its source (the speakers
    /// a later pronoun may stand for).
    pub(super) fn resolve_person_sources(
        &self,
        text: &str,
        found: &mut [Found],
    ) -> Vec<(String, String)> {
        // Each person's name read as a source, and that source: a pronoun
        // after a later mention of the name is that person's.
        let mut speakers: Vec<(String, String)> = Vec::new();
        let anonymous = self.anonymous_source();
        let surnames = surname::resolve_surnames(
            text,
            found,
            |s| self.index.canonical(s).is_some(),
            &anonymous,
        );
        adopt_sources(found, &mut speakers, surnames, "introduced earlier");
        let titled = person_source::resolve_titled(
            text,
            found,
            |s| self.index.canonical(s).is_some(),
            |before| self.titled_source(before),
        );
        adopt_sources(
            found,
            &mut speakers,
            titled,
            "the title the text gives them",
        );
        // Staff introduced with a post at a body speak for the body.
        let staff = self.resolve_staff(text, found);
        adopt_sources(
            found,
            &mut speakers,
            staff,
            "the body whose staff the text makes them",
        );
        // A person with a role: the group analysts file them under.
        let dateline = person_role::dateline_country(text, |p| self.nationality_of_place(p));
        // A city's dateline ("PAJU —"), else the city the opening places
        // things in.
        let country = dateline
            .clone()
            .or_else(|| self.dateline_nationality(text))
            .or_else(|| super::cities::opening_nationality(text));
        let roles = person_role::resolve_roles(
            found,
            |s| self.index.canonical(s).is_some(),
            |span, source| self.person_role_group(text, span, source, country.as_deref()),
        );
        let traders = person_role::resolve_traders(text, found, &anonymous, dateline.as_deref());
        for (i, source) in traders {
            let f = &mut found[i];
            f.why.push_str(&format!(
                ", “{anonymous}” read as {source} (traders where the dateline is)"
            ));
            f.source = Some(source);
        }
        // Ordinary people quoted: the article's country's citizens.
        for (i, source) in person_staff::resolve_citizens(found, dateline.as_deref()) {
            let f = &mut found[i];
            f.why.push_str(&format!(
                ", ordinary people read as {source} (where the dateline is)"
            ));
            for (_, spoken) in speakers
                .iter_mut()
                .filter(|(_, s)| s == person_staff::CITIZENS)
            {
                spoken.clone_from(&source);
            }
            f.source = Some(source);
        }
        // A group named from a role ("Green Party") is no person's name.
        let groups: HashSet<String> = roles.iter().map(|(_, g)| g.clone()).collect();
        adopt_sources(found, &mut speakers, roles, "the role the text gives them");
        let described = surname::resolve_described(
            text,
            found,
            |s| {
                self.index.canonical(s).is_some()
                    || groups.contains(s)
                    || super::named_staff::is_body_name(s)
            },
            // "X, told a briefing that …": a cue's clause, no description.
            |d| {
                let first = d.split_whitespace().next().unwrap_or_default();
                let verb = self.reporting_verbs.contains(&first.to_lowercase());
                (!verb).then(|| self.described_source(d)).flatten()
            },
        );
        adopt_sources(
            found,
            &mut speakers,
            described,
            "as the text describes them",
        );
        // A name introduced with a description outside any attribution.
        let introduced = super::introduced_person::resolve_introduced(text, found, |s| {
            self.index.canonical(s).is_some() || groups.contains(s)
        });
        adopt_sources(
            found,
            &mut speakers,
            introduced,
            "as the text introduced them",
        );
        let doctors = self.resolve_doctors(text, found);
        adopt_sources(
            found,
            &mut speakers,
            doctors,
            "a doctor introduced earlier, else a specialist",
        );
        let acronyms =
            surname::resolve_acronyms(text, found, |s| self.index.canonical(s).is_some());
        // A person described by the acronym's body speaks for the whole name.
        for (i, whole) in &acronyms {
            let short = found[*i].source.as_deref().unwrap_or_default();
            for (_, spoken) in speakers.iter_mut().filter(|(_, s)| s == short) {
                spoken.clone_from(whole);
            }
        }
        adopt_sources(
            found,
            &mut speakers,
            acronyms,
            "the body whose name opens with it",
        );
        speakers
    }
}

/// Gives each attribution `i` of `resolved` its `source` in place of the
/// person's name it had, saying `how` in its reason, and remembers the name as
/// a speaker of that source (for pronouns after a later mention).
fn adopt_sources(
    found: &mut [Found],
    speakers: &mut Vec<(String, String)>,
    resolved: Vec<(usize, String)>,
    how: &str,
) {
    for (i, source) in resolved {
        let f = &mut found[i];
        let name = f.source.replace(source.clone()).unwrap_or_default();
        f.why
            .push_str(&format!(", “{name}” read as {source} ({how})"));
        // "a Council official": a body's name read as a source is no
        // person a later "he" or "she" stands for.
        if !super::named_staff::ends_in_body_head(&name) {
            speakers.push((name, source));
        }
    }
}
