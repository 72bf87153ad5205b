//! Sources of attributions (session 29): a bare police subject in an
//! article with no dateline ("Police said" in a county's police log) is the
//! police of the country of the place named before it; a police station
//! ("the station said") once the text has named one; a negated naming of any
//! wording ("who agreed to talk only if neither he nor his stall was named")
//! makes an unnamed person an unnamed source; a person introduced by a
//! plain noun with a relative clause saying they left a city of the North is
//! one of the defectors. Each on sentences written for the test, with
//! look-alikes that keep their reading.

mod common;

use common::suggested::source_of;

#[test]
fn police_in_a_log_with_no_dateline_are_the_places_country() {
    let text = "CRIME LOG 🚔 Yeoncheon County, Jan. 3 - Jan. 9\n\nCompiled from the \
                county police station's daily sheets.\n\nMONDAY\n\n08:10 -- Jeongok-eup. \
                A van hit a pole near the market. Police said the driver had fallen \
                asleep. Officers said nobody was hurt.\n\nTUESDAY\n\n14:00 -- Baekhak-myeon. \
                A dog was found on the road. It was returned to its owner, the station \
                said.\n\nNOTE: The county police said traffic checks would continue.";
    assert_eq!(source_of(text, "Police said", 0), "South Korean police");
    assert_eq!(source_of(text, "Officers said", 0), "South Korean police");
    assert_eq!(source_of(text, "the station", 0), "South Korean police");
    assert_eq!(
        source_of(text, "The county police said", 0),
        "South Korean police"
    );
}

#[test]
fn a_station_with_no_police_named_is_not_the_police() {
    // A broadcaster's station: no police station named before.
    let text = "Radio 9 cut its evening news on Friday.\n\nListeners complained \
                for hours. The station said the cut was temporary.";
    assert_ne!(
        source_of(text, "The station said", 0),
        "South Korean police"
    );
}

#[test]
fn a_negated_naming_of_any_wording_is_anonymity() {
    let text = "Busan fish markets sell North Korean crab\n\nBUSAN, March 4 — \
                One Busan trader, who agreed to talk only if neither he nor his stall \
                was named, said the crab came through Dalian. “It’s cheaper,” he \
                said.";
    assert_eq!(source_of(text, "One Busan trader", 0), "unnamed sources");
    assert_eq!(source_of(text, "he said", 0), "unnamed sources");
}

#[test]
fn a_naming_in_part_is_no_anonymity() {
    // Named, and of a body the text names: not an unnamed source.
    let text = "Busan fish markets sell North Korean crab\n\nBUSAN, March 4 — \
                A Busan Customs official, who was named in the filing, said the \
                crab came through Dalian.";
    assert_ne!(source_of(text, "Customs official", 0), "unnamed sources");
}

#[test]
fn a_person_who_left_a_northern_city_is_a_defector() {
    let text = "Rice prices in the North\n\nSEOUL, May 2 — Prices rose again.\n\nA man who left \
                Chongjin in 2021 told the Busan Ilbo that rice had doubled in price. “We ate corn,” he recalled.";
    assert_eq!(source_of(text, "A man who left", 0), "defectors");
    assert_eq!(source_of(text, "he recalled", 0), "defectors");
}

#[test]
fn a_person_who_left_a_southern_city_is_not() {
    let text = "Rice prices\n\nSEOUL, May 2 — Prices rose again.\n\nA man who left Busan in 2021 \
                told the Busan Ilbo that rice had \
                doubled in price.";
    assert_ne!(source_of(text, "A man who left", 0), "defectors");
}
