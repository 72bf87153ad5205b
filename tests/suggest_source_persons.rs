//! Whom a person speaks for (issues 11 and 20): no private person is a source
//! an analyst records. A title, a court role, a post held before, the body
//! a description ties them to, or the document a back-reference names gives
//! the source. Each construction on sentences written for the test, with a
//! look-alike that must keep its own source.
//!
//! Spans are found by a word they hold (`needle`), not by their whole quote,
//! so that these tests check the source whatever the span's extent.

mod common;

use common::suggested::{builtin_on, source_of};
use marginalia::suggest::ATTRIBUTION;

/// The source of the first attribution of `text` whose quote holds `needle`.
fn source(text: &str, needle: &str) -> String {
    source_of(text, needle, 0)
}

#[test]
fn a_us_cabinet_title_speaks_for_us_officials() {
    let text = "Rocket stages fell near the coast, Under Secretary of the Treasury \
                Maria Olsen told reporters. She said the buyers were known.";
    assert_eq!(source(text, "Olsen"), "US officials");
    assert_eq!(source(text, "She said"), "US officials");
    let text = "Exports doubled, Assistant Secretary of State Paul Haines wrote. \
                Haines added that talks were stalled.";
    assert_eq!(source(text, "Paul Haines"), "US officials");
    assert_eq!(source(text, "Haines added"), "US officials");
    // A secretary of no U.S. department keeps their name.
    let text = "The talks failed, Party Secretary Ri Song Chol said.";
    assert_ne!(source(text, "Ri Song Chol"), "US officials");
}

#[test]
fn a_member_of_congress_speaks_for_us_lawmakers() {
    let text = "The sanctions have failed, Sen. Karen Mills told reporters.";
    assert_eq!(source(text, "Mills"), "US lawmakers");
    // A titled subject before a quote: the pronoun after it is theirs, not
    // the official's before.
    let text = "Aid shipments were cut, Assistant Secretary of State Paul Haines said. \
                Rep. Dana Cruz, a Republican, objected: \"The cuts came too late,\" \
                she said.";
    assert_eq!(source(text, "she said"), "US lawmakers");
    // A senator named after "by" is not the subject: the pronoun stays the
    // official's.
    let text = "Aid shipments were cut, Assistant Secretary of State Laura Haines said. \
                Asked by Sen. Karen Mills about food aid, she replied that it continued.";
    assert_eq!(source(text, "she replied"), "US officials");
    // A South Korean "Rep." of a party speaks for the party.
    let text = "The tests will go on, Rep. Yoon Ha-na of the People Power Party said.";
    assert_ne!(source(text, "Yoon Ha-na"), "US lawmakers");
}

#[test]
fn court_roles_speak_for_defence_lawyers_and_prosecutors() {
    let text = "The files were planted, defence attorney Oh Min-jae told reporters.";
    assert_eq!(source(text, "told"), "defence lawyers");
    let text = "Prosecutors said the warrant was valid. The defence said the \
                search was illegal.";
    assert_eq!(source(text, "Prosecutors"), "prosecutors");
    assert_eq!(source(text, "The defence said"), "defence lawyers");
    // A defence ministry or defence officials are no court.
    let text = "Two shells landed at sea, the Defence Ministry said.";
    assert_ne!(source(text, "Defence"), "defence lawyers");
    let text = "Drills will resume in spring, defence officials said.";
    assert_ne!(source(text, "defence officials"), "defence lawyers");
}

#[test]
fn a_post_held_before_speaks_as_an_expert() {
    let text = "The radar could not track them, said Choi Dae-ho, a former navy \
                captain, speaking on a radio show.";
    assert_eq!(source(text, "Choi"), "experts");
    let text = "Gen. (ret.) Mark Ellis, who commanded U.S. Forces Korea until 2023, \
                warned that the drills were needed.";
    assert_eq!(source(text, "warned"), "experts");
    // A serving commander speaks for the command.
    let text = "Gen. Mark Ellis, the commander of U.S. Forces Korea, warned that the \
                drills were needed.";
    assert_eq!(source(text, "warned"), "US Forces Korea");
}

#[test]
fn a_university_and_its_scholars_are_experts() {
    let text = "Trade will recover slowly, said Han Ji-woo, who teaches economics at \
                Pusan National University.";
    assert_eq!(source(text, "Han Ji-woo"), "experts");
    let text = "Fuel is scarce, said Ola Berg, a shipping consultant in Oslo.";
    assert_eq!(source(text, "Ola Berg"), "experts");
}

#[test]
fn an_employee_speaks_for_their_company() {
    let text = "The wallets were emptied overnight, the crypto exchange Bitnara said. \
                \"We froze the accounts,\" said Lee Soo-min, a senior engineer at the \
                company. The company said it would repay users.";
    assert_eq!(source(text, "Lee Soo-min"), "Bitnara");
    assert_eq!(source(text, "The company said"), "Bitnara");
    let text = "Ships were spoofing their positions, according to Greywater, a \
                maritime data firm. \"The signals were faked,\" said Ana Ruiz, \
                Greywater's head of research.";
    assert_eq!(source(text, "Ana Ruiz"), "Greywater");
    // With no company introduced, "the company" names no body.
    let text = "The company said it would repay users.";
    assert_ne!(source(text, "company"), "Bitnara");
}

#[test]
fn the_report_is_the_source_that_issued_it() {
    let text = "The fleet doubled, the monitoring group Sea Watch wrote in a report \
                on Monday. Tokyo and Seoul officials say the ships were Chinese. \
                The report said three ships had been renamed.";
    assert_eq!(source(text, "The report said"), "Sea Watch");
    // With no report named before, the source before stays.
    let text = "The fleet doubled, Sea Watch said. The report said three ships had \
                been renamed.";
    assert_eq!(source(text, "The report said"), "Sea Watch");
}

#[test]
fn officials_of_two_countries_speak_for_the_first() {
    let text = "The unit is run by the army, a group that Japanese and South Korean \
                officials say has stolen billions.";
    assert_eq!(source(text, "officials say"), "Japanese officials");
    let text = "The unit is run by the army, South Korean officials say.";
    assert_eq!(source(text, "officials say"), "South Korean officials");
}

#[test]
fn the_agency_after_a_body_known_as_an_agency() {
    let text = "Hackers hit 12 banks, South Korea's National Intelligence Service \
                said. The agency has estimated that attacks doubled.";
    assert_eq!(source(text, "The agency"), "NIS");
}

#[test]
fn a_surname_in_the_possessive_is_the_person_introduced() {
    let text = "Assistant Secretary of State Paul Haines told the panel that aid was \
                cut. Food shipments stopped in May, per Haines's written statement.";
    let found = builtin_on(text);
    let per = (found.iter())
        .find(|s| s.label == ATTRIBUTION && s.quote.contains("per Haines"))
        .expect("the per attribution");
    assert_eq!(per.source.as_deref(), Some("US officials"));
}

#[test]
fn a_body_word_official_speaks_for_the_body_named_before() {
    let text = "Exchanges stopped in 2018, the Unification Ministry said. Food aid \
                will resume in spring, a ministry official said.";
    assert_eq!(source(text, "ministry official"), "Unification Ministry");
    // With anonymity the official stays unnamed.
    let text = "Exchanges stopped in 2018, the Unification Ministry said. Food aid \
                will resume in spring, a ministry official said on condition of \
                anonymity.";
    assert_eq!(source(text, "ministry official"), "unnamed sources");
}

#[test]
fn a_body_in_the_possessive_speaks_through_its_people() {
    let text = "The budget is fair, the ruling Green Party's floor spokesperson said.";
    assert_eq!(source(text, "spokesperson"), "Green Party");
    // The possessive of a pronoun names no one.
    let text = "The budget is fair, the Green Party said. Its floor spokesperson \
                said the vote would pass.";
    assert_eq!(source(text, "Its floor"), "Green Party");
}

#[test]
fn a_former_informant_is_a_defector() {
    let text = "Rice cost twice as much in May, said Kang, 38, a former merchant from \
                Musan who asked to be named only by her surname. Kang said prices fell.";
    assert_eq!(source(text, "Musan"), "defectors");
    assert_eq!(source(text, "Kang said"), "defectors");
    // A merchant there now is an unnamed source.
    let text = "Rice cost twice as much in May, a merchant in Musan told the website.";
    assert_eq!(source(text, "merchant"), "unnamed sources");
}

#[test]
fn a_un_office_holder_speaks_for_the_office() {
    let text = "Forced labour is widespread, Anna Pauls, the U.N. special rapporteur on \
                human rights in North Korea, told the council. Pauls added that camps \
                had grown.";
    assert_eq!(source(text, "Anna Pauls"), "UN special rapporteur");
    assert_eq!(source(text, "Pauls added"), "UN special rapporteur");
}
