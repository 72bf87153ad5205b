//! Sources of attributions (session 30): people of the fishing trade (a
//! named person who fishes, the head of a boat owners' association, a
//! captain left bare in a text about fishing) are the fishermen; traders
//! placed at a city's market are its country's traders, and a named trader
//! in a South Korean market with no dateline the South Korean traders;
//! plural lawmakers with no dateline take the place heading their
//! paragraph; "Market watchers" are some analysts; a capitalised company
//! name ending in a trade's plural is the company; a company's short name
//! takes the whole name it was introduced by, and "The company said" right
//! after it continues it; staff at a body cited before speak for it; a
//! noun a header line labels is that name; a bare spokesperson speaks for
//! the government body its paragraph named. Each on sentences written for
//! the test, with look-alikes that keep their reading.

mod common;

use common::suggested::source_of;

#[test]
fn people_of_the_fishing_trade_are_fishermen() {
    let text = "Fog keeps squid boats in port\n\nSOKCHO, Nov. 2 — Dozens of fishing \
                boats stayed in port on Monday. \"We lost the whole week,\" said Park \
                Dong-su, 58, who has fished out of Sokcho since 1990. \"The fog never \
                lifted,\" he said. Another captain said the catch would be small. \
                \"Nobody goes out in this,\" said Ryu Gwang-il, chairman of the port's \
                squid-boat owners' association.";
    assert_eq!(source_of(text, "said Park", 0), "fishermen");
    assert_eq!(source_of(text, "he said", 0), "fishermen");
    assert_eq!(source_of(text, "Another captain said", 0), "fishermen");
    assert_eq!(source_of(text, "said Ryu", 0), "fishermen");
}

#[test]
fn a_captain_with_no_fishing_is_not_a_fisherman() {
    let text = "Airline cancels flights\n\nBUSAN, Nov. 2 — Hanul Air cancelled six \
                flights on Monday. Another captain said the crews were tired.";
    assert_ne!(source_of(text, "Another captain said", 0), "fishermen");
}

#[test]
fn traders_at_a_citys_market_are_its_countrys_traders() {
    let text = "Crab prices climb\n\nPrices of snow crab rose this week. Wholesalers at \
                Busan's Jagalchi market said supplies were thin. \"We sold out by \
                nine,\" said Moon Ok-ja, who has sold crab at Jagalchi for 30 years. \
                She said prices would stay high.";
    assert_eq!(
        source_of(text, "Wholesalers at Busan", 0),
        "South Korean traders"
    );
    assert_eq!(source_of(text, "said Moon", 0), "South Korean traders");
    assert_eq!(source_of(text, "She said", 0), "South Korean traders");
}

#[test]
fn officials_in_a_city_are_not_traders() {
    let text = "Crab prices climb\n\nPrices of snow crab rose this week. Officials in \
                Busan said supplies were thin.";
    assert_ne!(
        source_of(text, "Officials in Busan", 0),
        "South Korean traders"
    );
}

#[test]
fn lawmakers_take_the_place_heading_their_paragraph() {
    let text = "THE WEEK AHEAD\n\nCompiled by the politics desk.\n\nMONDAY\n\nSeoul — \
                The National Assembly votes on the rail bill. The transport committee \
                approved it last week, committee members said. Three opposition \
                lawmakers have said they will vote against it.\n\nTokyo — Japan's \
                foreign ministry said talks would open on Tuesday.";
    assert_eq!(
        source_of(text, "committee members said", 0),
        "South Korean lawmakers"
    );
    assert_eq!(
        source_of(text, "opposition lawmakers", 0),
        "South Korean lawmakers"
    );
}

#[test]
fn market_watchers_are_some_analysts() {
    let text = "Won weakens\n\nSEOUL, May 4 — The won fell 1 percent on Monday. Market \
                watchers said it could recover by June.";
    assert_eq!(source_of(text, "Market watchers said", 0), "some analysts");
}

#[test]
fn a_company_named_for_brokers_is_the_company() {
    let text = "Tanker deal withdrawn\n\nBUSAN, May 4 — A tanker charter was withdrawn. \
                Daehan Tanker Brokers said in a statement that it had reported the \
                enquiry. Freight brokers said such cases were rare.";
    assert_eq!(
        source_of(text, "Daehan Tanker Brokers said", 0),
        "Daehan Tanker Brokers"
    );
    assert_eq!(source_of(text, "Freight brokers said", 0), "some analysts");
}

#[test]
fn a_companys_short_name_is_its_whole_name() {
    let text = "Cream on sale abroad\n\nJars made by Hanbyeol Foods, a small \
                manufacturer based in Gimhae, were on sale in Vladivostok. Bosung \
                Trading, a company registered last year, bought them. Hanbyeol said \
                in a reply that it sold them in good faith. The company said it had \
                stopped all shipments.";
    assert_eq!(source_of(text, "Hanbyeol said", 0), "Hanbyeol Foods");
    assert_eq!(source_of(text, "The company said", 0), "Hanbyeol Foods");
}

#[test]
fn a_short_name_never_introduced_longer_stays() {
    let text = "Cream on sale abroad\n\nJars were on sale in Vladivostok. Hanbyeol said \
                in a reply that it sold them in good faith.";
    assert_eq!(source_of(text, "Hanbyeol said", 0), "Hanbyeol");
}

#[test]
fn staff_at_a_body_cited_before_speak_for_it() {
    let text = "Tanker went dark\n\nThe tanker turned off its transponder, Oceanwatch \
                said. Lena Park, head of research at Oceanwatch, said the ship sat low \
                in the water. She said it had unloaded.";
    assert_eq!(source_of(text, "Lena Park, head", 0), "Oceanwatch");
    assert_eq!(source_of(text, "She said", 0), "Oceanwatch");
}

#[test]
fn staff_at_a_body_cited_nowhere_stay_with_their_reading() {
    let text = "Won weakens\n\nSEOUL, May 4 — The won fell. Lena Park, head of research \
                at Daeil Securities, said it could recover.";
    assert_ne!(source_of(text, "Lena Park, head", 0), "Daeil Securities");
}

#[test]
fn a_noun_a_header_line_labels_is_that_name() {
    let text = "PRESS COUNCIL — RULING\n\nNewspaper: Daily Harbour (print and online)\n\
                Complaint: accuracy\n\nTHE NEWSPAPER'S RESPONSE\n\nThe newspaper \
                acknowledged that it had not called the family. It maintained that \
                the photograph was public.";
    assert_eq!(
        source_of(text, "The newspaper acknowledged", 0),
        "Daily Harbour"
    );
    assert_eq!(source_of(text, "It maintained", 0), "Daily Harbour");
}

#[test]
fn a_spokesperson_speaks_for_the_ministry_its_paragraph_named() {
    let text = "THE WEEK AHEAD\n\nMONDAY\n\nBeijing — China's foreign ministry holds its \
                weekly briefing. A spokesman said last week that China opposed new \
                sanctions.";
    assert_eq!(source_of(text, "A spokesman said", 0), "Chinese officials");
}

#[test]
fn an_official_of_the_body_just_named_speaks_for_it() {
    let text = "Exports probed\n\nSEOUL, May 4 — The Korea Port Authority said it was \
                reviewing the shipments. A port official said the papers were in order. \
                The official said no arrests had been made.";
    assert_eq!(
        source_of(text, "A port official said", 0),
        "Korea Port Authority"
    );
    assert_eq!(
        source_of(text, "The official said", 0),
        "Korea Port Authority"
    );
}

#[test]
fn an_author_left_bare_is_one_of_the_experts() {
    let text = "Abstract\n\nThis paper studies port traffic. The author finds that \
                traffic fell by a third. She argues that sanctions explain the fall.";
    assert_eq!(source_of(text, "The author finds", 0), "experts");
}
