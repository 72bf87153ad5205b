//! Whom a person speaks for (session 18, the eleventh fresh set released):
//! a lawyer by the side they argue for, unnamed lawyers, brokers and
//! scholars as analysts, an actor as the actors, a titled judge as the court
//! the article names, a person who left the North as a defector, staff named
//! with a body's acronym as that body, and a cue's clause after a name that
//! is no description of them. Each construction on sentences written for the
//! test, with look-alikes that keep their source.

mod common;

use common::suggested::source_of;

/// The source of the `nth` attribution of `text` whose quote holds `needle`.
fn source(text: &str, needle: &str, nth: usize) -> String {
    source_of(text, needle, nth)
}

#[test]
fn lawyers_by_the_side_they_argue_for() {
    let text = "A dairy co-operative sued a bottler over late payments. The claimants' \
                head of delegation was absent. The plaintiffs' chief lawyer, Aris Tomaz, \
                said the bottler owed three months of fees. Tomaz said the co-operative \
                would not settle. He told reporters the hearing went well.";
    assert_eq!(source(text, "Aris Tomaz", 0), "plaintiffs' lawyers");
    assert_eq!(source(text, "Tomaz said", 0), "plaintiffs' lawyers");
    assert_eq!(source(text, "He told", 0), "plaintiffs' lawyers");
    // Lawyers of no side, commenting on a case, are analysts.
    let text = "The export ban widened on Monday. Customs lawyers said the rule would \
                be hard to enforce.";
    assert_eq!(source(text, "lawyers said", 0), "some analysts");
    // A defendant's own lawyers stay defence lawyers.
    let text = "Two clerks were charged with theft. Their lawyers argue that the files \
                were public.";
    assert_eq!(source(text, "lawyers argue", 0), "defence lawyers");
}

#[test]
fn brokers_and_scholars_are_analysts() {
    let text = "Freight rates rose for a third week. One broker said owners were holding back ships. Constitutional scholars said \
                the law would be challenged.";
    assert_eq!(source(text, "One broker", 0), "some analysts");
    assert_eq!(source(text, "scholars said", 0), "some analysts");
    // A named scholar at a university stays one of the experts.
    let text = "Ji-ho Park, a scholar at Yonsei University, said the vote was close.";
    assert_eq!(source(text, "Ji-ho Park", 0), "experts");
}

#[test]
fn a_lead_actor_speaks_as_the_actors() {
    let text = "The film opened in 300 cinemas. The lead actor, Ma Dong-hyun, wrote on \
                his blog that the shoot took a year.";
    assert_eq!(source(text, "lead actor", 0), "actors");
}

#[test]
fn a_titled_judge_speaks_for_the_court_named_before() {
    let text = "DAEJEON — The Daejeon District Court on Friday fined a builder. \
                Presiding Judge Nam Ki-sun said the walls had been poorly built. She said \
                the fine was the largest allowed.";
    assert_eq!(source(text, "Presiding Judge", 0), "Daejeon District Court");
    assert_eq!(source(text, "She said", 0), "Daejeon District Court");
    // No court named: the judge keeps their name.
    let text = "A builder was fined. Presiding Judge Nam Ki-sun said the walls were weak.";
    assert_ne!(source(text, "Presiding Judge", 0), "Daejeon District Court");
}

#[test]
fn a_person_who_left_the_north_is_a_defector() {
    let text = "A new cookbook sold out. Ri Song-mi, who ran a canteen in Wonsan before \
                leaving the North in 2012, told the paper the recipes were her mother's.";
    assert_eq!(source(text, "Ri Song-mi", 0), "defectors");
    // A post held before, elsewhere, stays a former official's.
    let text = "A new trade rule passed. Ann Dale, who led the trade office until 2020, \
                said the rule was overdue.";
    assert_eq!(source(text, "Ann Dale", 0), "former officials");
}

#[test]
fn staff_named_with_a_body_acronym_speak_for_it() {
    let text = "The Korea Forest Service (KFS) said the fires were out. Oh Min-a, the KFS \
                ranger who led the crews, told reporters the wind had dropped. Oh said \
                rain was due.";
    assert_eq!(source(text, "Oh Min-a", 0), "KFS");
    assert_eq!(source(text, "Oh said", 0), "KFS");
}

#[test]
fn a_cue_clause_after_a_name_is_no_description() {
    // The clause after "Seo Yu-na," is what she told, not who she is: the
    // defectors it mentions are not her source.
    let text = "The show's writer, Seo Yu-na, told a forum that the team had hired two \
                defectors as advisers. Seo said the scripts were rewritten twice.";
    assert_ne!(source(text, "Seo said", 0), "defectors");
}
