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

#[test]
fn a_ranked_or_modified_ministry_speaker_is_the_ministry_named_before() {
    let text = "Won slips\n\nSEOUL, Feb. 3 -- The won fell 0.4 percent on Tuesday. \
                The Unification Ministry said talks were off.\n\nA senior ministry \
                official said the decision was final.";
    assert_eq!(
        source_of(text, "The Unification Ministry said", 0),
        source_of(text, "A senior ministry official", 0)
    );
}

#[test]
fn a_mission_official_speaks_for_the_missions_country() {
    let text = "Noodle houses in Phnom Penh\n\nPHNOM PENH — The Japanese embassy in \
                Phnom Penh said it had warned tour firms in 2019. An embassy official \
                said the warning still stood. “Nothing changed,” the waiter said 🍜.";
    assert_eq!(
        source_of(text, "An embassy official", 0),
        "Japanese officials"
    );
    // A consular speaker after a consulate named by its country.
    let text = "Visas\n\nSHENYANG — Queues grew.\n\nThe Polish consulate said visas would \
                be slower. A consular official reached by \
                phone said the delay was short.";
    assert_eq!(
        source_of(text, "A consular official", 0),
        "Polish officials"
    );
}

#[test]
fn an_official_with_no_mission_named_is_left() {
    // No embassy named before: the mission reading does not fire.
    let text = "Noodle houses\n\nThe noodles were cold. An embassy official said the \
                warning still stood.";
    assert_ne!(
        source_of(text, "An embassy official", 0),
        "Japanese officials"
    );
}

#[test]
fn a_group_introduced_by_a_count_is_followed_by_the_plural() {
    let text = "Won slips\n\nSEOUL, Feb. 3 -- The won fell.\n\nTwo currency traders at local banks, who \
                asked not to be named, said exporters sold dollars. Prices eased.\n\nThe \
                traders said the selling would go on.";
    assert_eq!(
        source_of(text, "Two currency traders", 0),
        "unnamed sources"
    );
    assert_eq!(source_of(text, "The traders said", 0), "unnamed sources");
}

#[test]
fn the_bare_government_is_the_datelines_officials() {
    let text = "Boat returned\n\nSEOUL, Feb. 3 -- A fishing boat drifted south in March; \
                its crew was sent back a week later, the government said. Asked whether \
                patrols would grow, an official said they would not.";
    assert_eq!(
        source_of(text, "the government said", 0),
        "South Korean officials"
    );
    assert_eq!(
        source_of(text, "an official said", 0),
        "South Korean officials"
    );
    // No dateline, no country: left.
    let text = "Boat returned\n\nA fishing boat drifted south in March; its crew was \
                sent back a week later, the government said.";
    assert_ne!(
        source_of(text, "the government said", 0),
        "South Korean officials"
    );
}

#[test]
fn a_strategy_post_at_a_brokerage_is_an_expert() {
    let text = "Won slips\n\nSEOUL, Feb. 3 -- “Exporters are selling,” said Han Mi-rae, \
                head of rates strategy at Daebong Securities. She added that the won \
                would recover.";
    assert_eq!(source_of(text, "said Han Mi-rae", 0), "experts");
    // A sales post at the same house is no research post.
    let text = "Won slips\n\nSEOUL, Feb. 3 -- “Exporters are selling,” said Han Mi-rae, \
                head of sales at Daebong Securities.";
    assert_ne!(source_of(text, "said Han Mi-rae", 0), "experts");
}

#[test]
fn the_defined_company_is_the_filer_not_the_company_named_last() {
    // A filing's header names the Company; a buyer company is named after.
    let text = "[Reply to Exchange Inquiry]\n\nCompany: Hanbyeol Marine Co., Ltd. \
                (KOSDAQ: 100200)\nDate: 3 May\n\n1. Reply\n\n(1) The buyer was Lotus Freight \
                Ltd., a company registered in Macau. The Company states that it screens \
                all buyers. In the Company’s view, the report is wrong.";
    assert_eq!(source_of(text, "The Company states", 0), "Hanbyeol Marine");
    assert_eq!(source_of(text, "In the Company", 0), "Hanbyeol Marine");
    // Defined in the text: "X (the “Company”)".
    let text = "Notice\n\nSeoraksan Robotics Inc. (the “Company”) makes arms for \
                factories. The buyer was Lotus Freight Ltd., a company registered in \
                Macau. The Company states that it screens all buyers.";
    assert_eq!(
        source_of(text, "The Company states", 0),
        "Seoraksan Robotics"
    );
}

#[test]
fn a_lower_case_company_is_still_the_company_named_last() {
    let text = "Notice\n\nCompany: Hanbyeol Marine Co., Ltd.\n\nThe buyer was the \
                logistics firm Lotus Freight, registered in Macau. The company said it \
                had received the cranes.";
    assert_ne!(source_of(text, "The company said", 0), "Hanbyeol Marine");
}

#[test]
fn a_body_phrase_owning_a_post_is_the_body() {
    let text = "Won slips\n\nSEOUL, Feb. 3 -- The won fell.\n\nThe Bank of Korea held \
                rates on Thursday, it said. The central bank's governor told lawmakers \
                that inflation had eased.";
    assert_eq!(
        source_of(text, "The central bank's governor", 0),
        "Bank of Korea"
    );
}
