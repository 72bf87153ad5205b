//! How a person's source follows from the role a text gives them (session
//! 20, the thirteenth fresh set released): a named person described by a
//! field of study speaks as one of the experts, a spokesperson of no named
//! body speaks for the body named just before, an unnamed lawmaker for the
//! dateline country's lawmakers, and a plural kind of people opening a
//! sentence is filed in lower case. Each on sentences written for the test,
//! with look-alikes that keep their source.

mod common;

use common::suggested::source_of;

#[test]
fn a_named_specialist_of_a_field_is_an_expert() {
    let text = "The volcano erupted again on Sunday. Ana Ruiz, a Chilean volcanologist \
                who flew over the crater, said the ash plume was thinning. Ruiz said \
                flights could resume.";
    assert_eq!(source_of(text, "Ana Ruiz, a Chilean", 0), "experts");
    assert_eq!(source_of(text, "Ruiz said", 0), "experts");
    let text = "Coin prices doubled this year. Tomas Berg, a numismatist in Uppsala, \
                told the paper that fakes were rising.";
    assert_eq!(source_of(text, "Tomas Berg", 0), "experts");
    let text = "The census was delayed. Priya Nair, a statistician, said the count \
                would be late.";
    assert_eq!(source_of(text, "Priya Nair", 0), "experts");
    // A journalist or a named firm's chemist is no field's expert.
    let text = "The strike went on. Omar Haddad, a journalist in Amman, said the talks \
                had failed.";
    assert_ne!(source_of(text, "Omar Haddad", 0), "experts");
    let text = "The spill spread. Lee Jae-sung, a Hanwha chemist in Yeosu, said the \
                tanks were safe.";
    assert_ne!(source_of(text, "Lee Jae-sung", 0), "experts");
}

#[test]
fn a_bare_spokesperson_speaks_for_the_body_before() {
    let text = "The payments app PayWave said on Monday that it had frozen 40 accounts. \
                A spokesman said the freeze would last a week.";
    assert_eq!(source_of(text, "A spokesman said", 0), "PayWave");
    let text = "Digest of replies\n\n• The Unification Ministry: A spokeswoman said the \
                talks were postponed.";
    assert_eq!(
        source_of(text, "A spokeswoman said", 0),
        "Unification Ministry"
    );
    let text = "Hallim Folk Museum said the vase was a copy. Reporters gathered outside \
                on Friday. A museum spokesman, Kang Ho, told them the original was lost. \
                Kang said a search had begun.";
    assert_eq!(source_of(text, "museum spokesman", 0), "Hallim Folk Museum");
    assert_eq!(source_of(text, "Kang said", 0), "Hallim Folk Museum");
    // After a news agency, a spokesperson is no agency's voice.
    let text = "Reuters reported the deal on Monday. A spokesperson said talks were \
                continuing.";
    assert_ne!(source_of(text, "A spokesperson said", 0), "Reuters");
}

#[test]
fn an_unnamed_lawmaker_takes_the_dateline_country() {
    let text = "TOKYO, May 2 — The budget passed the lower house on Friday. A ruling-bloc \
                legislator, Ito Ken, told reporters the vote was close. Ito said more \
                debate was needed.";
    assert_eq!(
        source_of(text, "legislator, Ito Ken", 0),
        "Japanese lawmakers"
    );
    assert_eq!(source_of(text, "Ito said", 0), "Japanese lawmakers");
    // A lawmaker of a named party keeps the party reading.
    let text = "TOKYO, May 2 — The budget passed. A Liberal Democratic Party lawmaker \
                said the vote was close.";
    assert_ne!(source_of(text, "lawmaker", 0), "Japanese lawmakers");
}

#[test]
fn a_plural_kind_opening_a_sentence_is_lower_case() {
    let text = "The ferry sank on Friday. Aid groups say hundreds are missing.";
    assert_eq!(source_of(text, "Aid groups say", 0), "aid groups");
    let text = "Cattle prices fell. Ranchers said feed was scarce, and two ranchers in \
                Salta agreed.";
    assert_eq!(source_of(text, "Ranchers said", 0), "ranchers");
    // A nationality, a possessive or a name that ends in "-s" keeps its case.
    let text = "Coal imports fell. Indian traders said demand was weak.";
    assert_ne!(source_of(text, "Indian traders", 0), "indian traders");
    let text = "Orders slowed in March. Siemens said demand was weak.";
    assert_eq!(source_of(text, "Siemens said", 0), "Siemens");
}

#[test]
fn one_person_of_a_kind_speaks_as_that_kind() {
    let text = "Grain barges were stuck at the lock. A barge skipper who works \
                the Rhine told me the delay cost millions. He said rates had \
                doubled.";
    assert_eq!(source_of(text, "A barge skipper", 0), "barge skippers");
    assert_eq!(source_of(text, "He said", 0), "barge skippers");
    let text = "Gold sold out in Portugal. The Lisbon jeweller said stocks were gone.";
    assert_eq!(source_of(text, "Lisbon jeweller", 0), "jewellers");
    // A body named "the …" after it was introduced keeps its reading.
    let text = "Novela Books said sales had doubled. According to the publisher, the \
                print run was sold out.";
    assert_ne!(source_of(text, "the publisher", 0), "publishers");
}

#[test]
fn with_no_dateline_the_opening_city_places_a_legislator() {
    let text = "Port strike ends after a week\n\nDock cranes stood idle in Busan for \
                seven days. Rep. Yoon Ji-ho, who sits on the transport committee, said \
                the deal was fair. Yoon said more talks would follow.";
    assert_eq!(
        source_of(text, "Rep. Yoon Ji-ho", 0),
        "South Korean lawmakers"
    );
    assert_eq!(source_of(text, "Yoon said", 0), "South Korean lawmakers");
    // An opening that places nothing in a known city: since session 32 a
    // "Rep." with a Korean (hyphenated) name is a South Korean lawmaker all
    // the same (sources32: gold 2 of 2, fresh10 and fresh25); before, it got
    // no country.
    let text = "Port strike ends after a week\n\nDock cranes stood idle for seven days. \
                Rep. Yoon Ji-ho, who sits on the transport committee, said the deal was \
                fair.";
    assert_eq!(
        source_of(text, "Rep. Yoon Ji-ho", 0),
        "South Korean lawmakers"
    );
}
