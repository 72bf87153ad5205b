//! Attribution sources the ninth session's rules name: a cue's audience,
//! possessive and generic sources, roles with a place, "its spokesperson",
//! "State television showed", an outlet that carried the words, and the
//! false positives they must not bring.

use super::tests::{attribution, find, suggest};
use super::*;

/// Every suggestion's quote is the text between its char offsets.
fn offsets_exact(text: &str) {
    let chars: Vec<char> = text.chars().collect();
    for s in suggest(text) {
        let quote: String = chars[s.start..s.end].iter().collect();
        assert_eq!(quote, s.quote, "{text}");
    }
}

#[test]
fn a_cue_takes_its_audience_and_the_phrase_after_it() {
    attribution(
        "A JCS spokesperson, Col. Lee Sung-jun, told a briefing that 2 boats crossed.",
        "A JCS spokesperson, Col. Lee Sung-jun, told a briefing",
        "JCS",
    );
    attribution(
        "Kim Jong Un told the troops that the 합동 force was ready 🚀.",
        "Kim Jong Un told the troops",
        "Kim Jong Un",
    );
    attribution(
        "Kim Jong Un said at the opening ceremony that the resort had 4 hotels.",
        "Kim Jong Un said at the opening ceremony",
        "Kim Jong Un",
    );
    attribution(
        "The Bank of Korea estimated in July that the economy grew 3 percent.",
        "The Bank of Korea estimated in July",
        "Bank of Korea",
    );
    // Not an audience: a name's capitalised word, or a clause.
    let found = suggest("Kim Yo Jong told Seoul officials that talks were over in 2024.");
    assert!(
        find(&found, ATTRIBUTION, "Kim Yo Jong told Seoul officials").is_some(),
        "{found:#?}"
    );
    offsets_exact(
        "Kim Jong Un told the troops that the 합동 force was ready 🚀.\r\nIt said 2 ships left.",
    );
}

#[test]
fn possessive_generic_and_role_sources_name_the_registry_source() {
    attribution(
        "The first group of 120 tourists flew in, Russia’s tourism agency said.",
        "Russia’s tourism agency said",
        "Russian officials",
    );
    attribution(
        "A missile flew 450 km, the South’s military said.",
        "the South’s military said",
        "JCS",
    );
    attribution(
        "It landed outside the zone, Japan’s Defence Ministry said.",
        "Japan’s Defence Ministry said",
        "Japanese officials",
    );
    attribution(
        "A trader in Hyesan told the site that 3 shipments stopped.",
        "A trader in Hyesan told the site",
        "unnamed sources",
    );
    // A place after a role is no source; an official's place is.
    attribution(
        "An analyst at a Seoul think tank said the price could rise.",
        "An analyst at a Seoul think tank said",
        "some analysts",
    );
    attribution(
        "The launch could come soon, a senior official in Seoul said.",
        "a senior official in Seoul said",
        "South Korean officials",
    );
    attribution(
        "Unification Minister Kim Young-ho told reporters that 2 men crossed.",
        "Unification Minister Kim Young-ho told reporters",
        "Unification Ministry",
    );
}

#[test]
fn its_spokesperson_is_the_source_named_before() {
    let text = "The Kremlin said Putin would meet her on Tuesday. Its spokesperson told reporters the talks might cover arms.";
    attribution(text, "Its spokesperson told reporters", "Russian officials");
    // With nothing named before, "its spokesperson" names no one.
    let found = suggest("Its spokesperson told reporters the 우리 talks ended on Monday 🎈.");
    assert!(found.iter().all(|s| s.label != ATTRIBUTION), "{found:#?}");
}

#[test]
fn state_television_showed_and_outlets_that_carried_the_words() {
    attribution(
        "KCTV ran the footage at noon. State television showed him smiling on the deck.",
        "State television showed",
        "KCTV",
    );
    // "showed" fires only after a media source.
    let found = suggest("Kim Jong Un showed his daughter the new 12-axle launcher.");
    assert!(found.iter().all(|s| s.label != ATTRIBUTION), "{found:#?}");
    attribution(
        "Kim Yo Jong said in a statement carried by KCNA that talks were useless.",
        "Kim Yo Jong said in a statement carried by KCNA",
        "Kim Yo Jong",
    );
    attribution(
        "It was reported by Kyodo News that an envoy met officials in 2024.",
        "It was reported by Kyodo News",
        "Kyodo",
    );
}

#[test]
fn a_capitalised_cue_inside_a_name_is_no_cue() {
    let text = "South Korea and the United States began ten days of drills on Monday.";
    let found = suggest(text);
    assert!(found.iter().all(|s| s.label != ATTRIBUTION), "{found:#?}");
    assert!(
        find(&found, CLAIM, text.trim_end_matches('.')).is_some(),
        "{found:#?}"
    );
}

#[test]
fn documents_nationalities_and_quoted_speakers() {
    attribution(
        "Two missiles flew, according to a statement from the Unification Ministry.",
        "according to a statement from the Unification Ministry",
        "Unification Ministry",
    );
    // A person quoted by name is the source (eleventh session, fresh3's
    // convention); an unnamed one leaves the outlet's.
    attribution(
        "Kim Jong Un visited the yard. KCNA quoted Kim as saying that 3 submarines were ready.",
        "KCNA quoted Kim as saying",
        "Kim Jong Un",
    );
    attribution(
        "KCNA quoted an officer as saying that 3 submarines were ready.",
        "KCNA quoted an officer as saying",
        "KCNA",
    );
    attribution(
        "The KCNA report said the launch on Friday succeeded.",
        "The KCNA report said",
        "KCNA",
    );
    attribution(
        "“The missile flew 1,000 km,” Japanese Prime Minister Ishiba told reporters.",
        "Japanese Prime Minister Ishiba told reporters",
        "Japanese officials",
    );
    // A generic word or a pronoun-like subject after "the": the source before.
    attribution(
        "The Unification Ministry said 4 men crossed. The ministry also said 3 returned.",
        "The ministry also said",
        "Unification Ministry",
    );
    attribution(
        "Yonhap reported that 2 ships sank. The spokesperson said 1 was found.",
        "The spokesperson said",
        "Yonhap",
    );
    // The speaker, not the place: "sources in South Korea".
    attribution(
        "The border shut in 2020, sources in South Korea said.",
        "sources in South Korea said",
        "unnamed sources",
    );
    // A number is no source.
    let found = suggest("The report, published on Monday, said 70 percent were women.");
    assert!(
        found
            .iter()
            .all(|s| s.label != ATTRIBUTION || s.quote != "said 70"),
        "{found:#?}"
    );
}

#[test]
fn a_speaker_after_the_quote_keeps_the_phrase_that_closes_the_sentence() {
    attribution(
        "“We will not talk,” said Kim Yo Jong, the leader’s powerful sister.",
        "said Kim Yo Jong, the leader’s powerful sister",
        "Kim Yo Jong",
    );
    attribution(
        "“Sanctions work,” said a senior official at the U.S. Treasury Department.",
        "said a senior official at the U.S. Treasury Department",
        "US officials",
    );
    attribution(
        "“The drills are a provocation,” North Korea’s foreign ministry said.",
        "North Korea’s foreign ministry said",
        "North Korean officials",
    );
    // Not a closing noun phrase: a participle clause stays out.
    let found = suggest("“Fine,” said Kim Yo Jong, adding that 2 talks were held.");
    assert!(
        find(&found, ATTRIBUTION, "said Kim Yo Jong").is_some(),
        "{found:#?}"
    );
}
