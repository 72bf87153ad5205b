//! Naming organisations (session 15): a body an article introduces as "Long
//! Name (ACR)" goes by the acronym there (the rules setting
//! `name_by_bracketed_acronym`, on by default; off keeps the registry's long
//! name); an acronym in capitals is not found in a lower-case word ("who");
//! a registry government's defence ministry speaks for its officials; a news
//! agency named with its country stays the agency; "the agency said" is the
//! latest body of that head noun, a registry outlet written "X news agency" or
//! a name right after "travel agency". Each on sentences written for this test,
//! with look-alikes that keep their source.

mod common;

use common::suggested::source_of;
use marginalia::model::SourceRegistry;
use marginalia::suggest::rules::RuleSet;
use marginalia::suggest::{ATTRIBUTION, Suggester};

/// The source of the first attribution of `text` whose quote holds `needle`.
fn source(text: &str, needle: &str) -> String {
    source_of(text, needle, 0)
}

/// The same with `name_by_bracketed_acronym` false.
fn long_name_source(text: &str, needle: &str) -> String {
    let mut rules = RuleSet::builtin();
    rules.attribution.name_by_bracketed_acronym = false;
    let suggester = Suggester::new(rules, SourceRegistry::builtin()).expect("rules");
    let found = suggester.suggest_text(text);
    let hit = found
        .iter()
        .find(|s| s.label == ATTRIBUTION && s.quote.contains(needle))
        .unwrap_or_else(|| panic!("no attribution holding {needle:?} in {found:#?}"));
    hit.source.clone().unwrap_or_default()
}

#[test]
fn a_registry_body_introduced_with_its_acronym_goes_by_it() {
    let text = "The shelling stopped at dawn, South Korea's Joint Chiefs of Staff (JCS) \
                said on Tuesday. A JCS officer told reporters that two shells fell \
                at sea. The JCS said patrols would continue.";
    assert_eq!(source(text, "Joint Chiefs"), "JCS");
    assert_eq!(source(text, "JCS officer"), "JCS");
    assert_eq!(source(text, "The JCS said"), "JCS");
    // Off: the registry's name, which for the JCS is its acronym too.
    assert_eq!(long_name_source(text, "Joint Chiefs"), "JCS");
    // Off, a body the registry names in full keeps that name, as the older
    // annotators wrote it.
    let text = "Rice prices doubled, the Korea Institute for National Unification \
                (KINU) said. The KINU said the survey covered 1,200 people.";
    assert_eq!(source(text, "The KINU said"), "KINU");
    assert_eq!(
        long_name_source(text, "The KINU said"),
        "Korea Institute for National Unification"
    );
}

#[test]
fn the_acronym_with_a_korean_name_beside_it_still_counts() {
    let text = "Rice prices doubled in a year, the Korea Institute for National \
                Unification (KINU, 통일연구원) said in a report. The institute said \
                the survey covered 1,200 people.";
    assert_eq!(source(text, "Institute for National"), "KINU");
}

#[test]
fn without_brackets_a_body_keeps_its_registry_name() {
    // No "(ACR)" in the article: the registry's name, as before.
    let text = "Three ships left the port, the NIS told lawmakers on Monday.";
    assert_eq!(source(text, "NIS told"), "NIS");
    let text = "Three ships left the port, the National Intelligence Service told lawmakers.";
    assert_eq!(source(text, "National Intelligence"), "NIS");
    let text = "The parade was cancelled, the Korean Central News Agency said.";
    assert_eq!(source(text, "Korean Central"), "KCNA");
    let text = "The parade was cancelled, KCNA said.";
    assert_eq!(source(text, "KCNA said"), "KCNA");
}

#[test]
fn an_acronym_the_registry_files_under_a_group_keeps_the_group() {
    // The EU's diplomatic service speaks for EU officials, its acronym or not.
    let text = "Talks would resume in March, the European External Action Service \
                (EEAS) said in a statement.";
    assert_eq!(source(text, "External Action"), "EU officials");
}

#[test]
fn an_unknown_body_goes_by_its_acronym_either_way() {
    let text = "Water levels rose by a metre, the Lakeland River Keepers Network \
                (LRKN) said. The LRKN said more rain was due.";
    assert_eq!(source(text, "Keepers"), "LRKN");
    assert_eq!(long_name_source(text, "Keepers"), "LRKN");
}

#[test]
fn a_lower_case_word_is_no_acronym_source() {
    // "who" is not WHO; "WHO" in capitals is.
    let text = "Vaccines arrived in April, the World Health Organization said. \
                A nurse who works at the clinic said supplies were short.";
    assert_eq!(source(text, "World Health"), "WHO");
    assert_ne!(source(text, "nurse who"), "WHO");
    let text = "Measles cases fell by half, WHO said on Friday.";
    assert_eq!(source(text, "WHO said"), "WHO");
}

#[test]
fn a_registry_governments_defence_ministry_is_its_officials() {
    let text = "Two bombers flew over the strait, Russia's Defence Ministry said. \
                The ministry said the flight lasted nine hours.";
    assert_eq!(source(text, "Defence Ministry"), "Russian officials");
    assert_eq!(source(text, "The ministry said"), "Russian officials");
    // A country the registry does not list: its nationality's officials.
    let text = "Two bombers flew over the strait, Norway's Defence Ministry said.";
    assert_eq!(source(text, "Defence Ministry"), "Norwegian officials");
}

#[test]
fn a_news_agency_named_with_its_country_stays_the_agency() {
    let text = "Six miners were rescued, China's Xinhua news agency reported.";
    assert_eq!(source(text, "Xinhua"), "Xinhua");
    // The country's own ministry is its officials.
    let text = "Six miners were rescued, China's foreign ministry said.";
    assert_eq!(source(text, "foreign ministry"), "Chinese officials");
    let text = "The deal was signed in May, Politico Europe reported.";
    assert_eq!(source(text, "Politico"), "Politico");
}

#[test]
fn the_agency_is_the_latest_body_of_that_head_noun() {
    // "KCNA news agency": an agency by the words after its name.
    let text = "Grain arrived by ship, the Interfax news agency reported. \
                North Korea's KCNA news agency said on Friday the harvest was good. \
                The agency said rain had helped.";
    assert_eq!(source(text, "The agency said"), "KCNA");
    // A UN body that goes by "the UN children's agency".
    let text = "Clinics reopened, the World Health Organization said. Schools \
                reopened too, UNICEF said in a separate statement. The agency said \
                200 teachers were back.";
    assert_eq!(source(text, "The agency said"), "UNICEF");
    // A company named right after "travel agency".
    let text = "Forty tourists flew in, the Lisbon-based travel agency Orchard Trips, \
                which runs the tours, said. Officials counted them at the airport, the \
                city government said. The agency said no one fell ill.";
    assert_eq!(source(text, "The agency said"), "Orchard Trips");
}

#[test]
fn a_day_after_the_head_noun_names_no_body() {
    let text = "Forty tourists flew in, the travel agency Monday said. \
                The agency said no one fell ill.";
    assert_ne!(source(text, "The agency said"), "Monday");
}
