//! The passes over a whole text after its sentences were read: sources named
//! from what the text says elsewhere (earlier names, datelines, tables,
//! back-references, persons and bodies introduced before), in the order each
//! depends on the one before it.

use super::{Found, Suggester};
use super::{definite_person, expectation_cue, numeric_source, participle_follow};

impl Suggester {
    /// Runs the text-wide passes on `found`, the sentences' suggestions of
    /// `text` (byte offsets); `parallel` lets the costliest one use threads.
    pub(super) fn text_wide_passes(&self, text: &str, found: &mut Vec<Found>, parallel: bool) {
        self.name_after_description(found);
        self.table_sources(text, found);
        self.name_local_owner_offices(text, found);
        self.resolve_named_earlier(text, found, parallel);
        self.name_digest_outlets(text, found);
        self.described_person_views(text, found);
        self.name_ministries_by_dateline(found, text);
        let mut speakers = self.resolve_person_sources(text, found);
        self.name_korean_lawmaker_surnames(text, found, &mut speakers);
        self.resolve_back_references(found, text, &speakers);
        self.court_pronouns(text, found);
        self.resolve_late_persons(text, found);
        self.name_possessive_staff(text, found);
        self.transcript_speakers(text, found);
        self.name_person_groups(text, found);
        self.name_unnamed_people(text, found);
        self.name_local_government(text, found);
        self.name_described_people(text, found);
        self.name_trading_people(text, found);
        self.name_research_scholars(found);
        self.name_spokesperson_bodies(text, found);
        self.name_lone_lawmakers(text, found);
        self.name_located_kinds(text, found);
        self.name_singular_kinds(text, found);
        self.lower_plural_kinds(text, found);
        self.name_bare_kinds(text, found);
        self.name_trade_people(text, found);
        definite_person::follow_definite_persons(text, found);
        self.name_prose_persons(text, found);
        self.name_unnamed_channel(text, found);
        if self.rules.attribution.name_by_bracketed_acronym {
            self.name_by_acronyms(found, text);
        }
        self.name_companies_read_back(text, found);
        self.name_short_companies(text, found);
        self.name_cited_staff(text, found);
        self.name_header_labels(text, found);
        self.name_official_bodies(found);
        self.name_state_units(text, found);
        self.name_local_units(text, found);
        self.name_apposed_sources(text, found);
        self.name_private_persons(text, found);
        self.name_descriptor_sources(text, found);
        self.guard_bare_sources(text, found);
        self.name_own_staff(text, found);
        self.name_own_units(text, found);
        participle_follow::follow_participles(text, found);
        numeric_source::drop_numeric_sources(found);
        expectation_cue::verb_to_attribution(text, found);
    }
}
