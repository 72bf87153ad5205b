//! Attribution and claim constructions of English news that the tenth
//! session's rules generalise to (issues 11 and 20), each on sentences written
//! for the test: an unnamed speaker described before a place, an anonymity
//! phrase before the cue or as its appositive, "the broadcaster" after a
//! broadcaster named before, monitors as experts, the outlet of an interview or
//! a post, "per", a claim across ", but", and negated facts.

use marginalia::suggest::{ATTRIBUTION, CLAIM, SPECULATION, Suggester, Suggestion};

fn suggest(text: &str) -> Vec<Suggestion> {
    Suggester::builtin().expect("rules").suggest_text(text)
}

/// The suggestion of `label` quoting `quote`, or a panic listing them all.
fn span<'a>(found: &'a [Suggestion], label: &str, quote: &str) -> &'a Suggestion {
    found
        .iter()
        .find(|s| s.label == label && s.quote == quote)
        .unwrap_or_else(|| panic!("{label} {quote:?} in {found:#?}"))
}

/// `text` has an attribution quoting `quote` with `source`, and every
/// suggestion's quote is the text between its char offsets.
fn attribution(text: &str, quote: &str, source: &str) {
    let found = suggest(text);
    let s = span(&found, ATTRIBUTION, quote);
    assert_eq!(s.source.as_deref(), Some(source), "{text}: {}", s.why);
    let chars: Vec<char> = text.chars().collect();
    for s in &found {
        assert_eq!(chars[s.start..s.end].iter().collect::<String>(), s.quote);
    }
}

#[test]
fn a_person_described_before_a_place_is_an_unnamed_source() {
    attribution(
        "A money changer in Sinuiju told RFA that dollars sold at 8,000 won.",
        "A money changer in Sinuiju told RFA",
        "unnamed sources",
    );
    attribution(
        "“Prices rose again,” a farm worker from Kaesong told Daily NK on Friday.",
        "a farm worker from Kaesong told Daily NK on Friday",
        "unnamed sources",
    );
    // A named place after a name is still the name's ("Kim in Seoul" is no
    // description), and a role keeps its source.
    attribution(
        "An analyst at a Seoul think tank said the talks had ended in May.",
        "An analyst at a Seoul think tank said",
        "some analysts",
    );
}

#[test]
fn anonymity_before_the_cue_or_as_its_appositive_names_unnamed_sources() {
    attribution(
        "A source who asked not to be named told Yonhap that the ban ended.",
        "A source who asked not to be named told Yonhap",
        "unnamed sources",
    );
    attribution(
        "A ministry official, speaking on condition of anonymity, said the talks were off.",
        "A ministry official, speaking on condition of anonymity, said",
        "unnamed sources",
    );
    // An appositive that is not an anonymity phrase still names its source.
    attribution(
        "Hong Min, a researcher at the Korea Institute for National Unification, said 40 were built.",
        "Hong Min, a researcher at the Korea Institute for National Unification, said",
        "Korea Institute for National Unification",
    );
}

#[test]
fn the_broadcaster_is_the_broadcaster_named_before() {
    attribution(
        "Radio Free Asia reported the arrests on Monday. The broadcaster said 12 people were held.",
        "The broadcaster said",
        "Radio Free Asia",
    );
    attribution(
        "Voice of America aired the interview. NK News covered it too. The broadcaster said 3 men fled.",
        "The broadcaster said",
        "Voice of America",
    );
}

#[test]
fn monitors_are_experts() {
    attribution(
        "Sanctions monitors say such transfers may have increased.",
        "Sanctions monitors say",
        "experts",
    );
}

#[test]
fn an_interview_or_a_post_keeps_its_outlet() {
    attribution(
        "Unification Minister Chung said in an interview with KBS that the North had not replied.",
        "Unification Minister Chung said in an interview with KBS",
        "Unification Ministry",
    );
    attribution(
        "Russia’s foreign ministry said in a post on Telegram that the envoy arrived on 3 May.",
        "Russia’s foreign ministry said in a post on Telegram",
        "Russian officials",
    );
    // Not a place or a topic: "in a statement on the launch" stays out.
    let found = suggest("KCNA said in a statement on the launch that 2 missiles flew.");
    span(&found, ATTRIBUTION, "KCNA said in a statement");
}

#[test]
fn per_names_a_source_but_not_a_rate() {
    attribution(
        "The crossing at Dandong reopened on Tuesday, per NK News.",
        "per NK News",
        "NK News",
    );
    let found = suggest("Rice sold for 3,000 won per kilogram in Hyesan last week.");
    assert!(found.iter().all(|s| s.label != ATTRIBUTION), "{found:#?}");
}

#[test]
fn a_claim_runs_across_but_unless_the_clause_after_is_hedged() {
    let found = suggest("Jets fired 100 warning shots, but none of the drones was hit.");
    span(
        &found,
        CLAIM,
        "Jets fired 100 warning shots, but none of the drones was hit",
    );
    let found = suggest("Jets fired 100 warning shots, but the drones may have escaped.");
    span(&found, CLAIM, "Jets fired 100 warning shots");
    span(&found, SPECULATION, "may have escaped");
}

#[test]
fn negated_facts_are_claims() {
    for (text, claim) in [
        (
            "The statement did not mention China.",
            "The statement did not mention China",
        ),
        (
            "North Korean state media made no mention of the incursion.",
            "North Korean state media made no mention of the incursion",
        ),
        (
            "The ministry gave no further details.",
            "The ministry gave no further details",
        ),
    ] {
        let found = suggest(text);
        span(&found, CLAIM, claim);
    }
}

#[test]
fn a_surname_alone_is_the_person_introduced_earlier_with_it() {
    let text = "“The border is quiet,” said Han Mi-rae, a professor at a university in \
                Busan. Prices fell in March. “Nothing moves,” Han said.";
    attribution(text, "Han said", "experts");
    // A surname nobody was introduced with keeps its own name.
    let alone = "Prices fell in March. “Nothing moves,” Baek said.";
    attribution(alone, "Baek said", "Baek");
}

#[test]
fn a_head_noun_is_the_latest_body_named_with_it() {
    let text = "Yonhap reported the raid on Monday. The Coastal Safety Agency confirmed \
                three boats were seized. The agency said the crews were held.";
    attribution(text, "The agency said", "Coastal Safety Agency");
    // With no body named with the head noun, the agency is the news agency.
    let plain = "Yonhap reported the raid on Monday. The agency said the crews were held.";
    attribution(plain, "The agency said", "Yonhap");
}
