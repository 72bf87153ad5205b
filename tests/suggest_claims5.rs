//! Claims and speculation bounded as analysts bound them (issues 11 and 20,
//! twelfth session), each construction on sentences written for this test
//! with look-alikes that must not fire: a claim or speculation ends before a
//! trailing attribution and starts after a leading one, splits at " and that "
//! and at ", but", page furniture is no claim, short negated clauses are, and
//! the hedges "seems", "is seen … as", "It is not clear whether", the writer's
//! "would", "almost certainly", "maybe" and a verb of belief, with the false
//! friends of "may" and "could".

mod common;

use common::suggested::{expect, no};
use marginalia::suggest::{CLAIM, SPECULATION};

#[test]
fn a_claim_ends_before_a_trailing_attribution() {
    expect(
        "Roughly 1,200 travellers were stranded by the closure, the rail operator said.",
        CLAIM,
        "Roughly 1,200 travellers were stranded by the closure",
    );
    expect(
        "The Korean federation has filed an appeal with the court in Seoul, according to a person briefed on the case.",
        CLAIM,
        "The Korean federation has filed an appeal with the court in Seoul",
    );
    expect(
        "“We were not allowed to call our families,” a crew member, who asked not to be named, told this newspaper.",
        CLAIM,
        "We were not allowed to call our families",
    );
    // A relative clause or a list after a comma is part of the claim.
    expect(
        "The barge, which Japan had leased, sank off Wonsan in 2022.",
        CLAIM,
        "The barge, which Japan had leased, sank off Wonsan in 2022",
    );
}

#[test]
fn speculation_ends_before_a_trailing_attribution_or_a_relative_tail() {
    expect(
        "The cargo probably came from a port near Nampo, estimated Seo Jae-won, a shipping consultant.",
        SPECULATION,
        "probably came from a port near Nampo",
    );
    expect(
        "The port is unlikely to reopen, argued Kang Min-ji, a professor at a university in Busan.",
        SPECULATION,
        "is unlikely to reopen",
    );
    let text = "Two guards may have taken bribes, neither of whom has been charged.";
    expect(text, SPECULATION, "may have taken bribes");
    expect(text, CLAIM, "neither of whom has been charged");
}

#[test]
fn a_claim_starts_after_a_leading_reporting_verb_or_according_to() {
    expect(
        "Prosecutors allege that the clerk sold 14 shipping manifests to a broker.",
        CLAIM,
        "the clerk sold 14 shipping manifests to a broker",
    );
    expect(
        "According to the charge sheet, the clerk received about $3,000 in cash.",
        CLAIM,
        "the clerk received about $3,000 in cash",
    );
    expect(
        "Reading out the verdict, a judge told the court that the ledgers had been forged in 2021.",
        CLAIM,
        "the ledgers had been forged in 2021",
    );
    // "that" after an object of the verb is a relative pronoun.
    expect(
        "The captain recalled the barge that sank in 2022.",
        CLAIM,
        "The captain recalled the barge that sank in 2022",
    );
    // Evidence keeps its "shows that": the claim is the whole sentence.
    expect(
        "Satellite images taken in May show that three sheds were removed.",
        CLAIM,
        "Satellite images taken in May show that three sheds were removed",
    );
}

#[test]
fn two_reported_clauses_are_two_claims() {
    let text = "The federation complained that its flag was taken down before the match and that its staff were kept at the stadium for six hours.";
    expect(text, CLAIM, "its flag was taken down before the match");
    expect(
        text,
        CLAIM,
        "its staff were kept at the stadium for six hours",
    );
    let text = "The ministry said no records had been lost and the damaged servers were replaced within a day.";
    expect(text, CLAIM, "no records had been lost");
    expect(
        text,
        CLAIM,
        "the damaged servers were replaced within a day",
    );
    expect(
        "The envoy said he had sent three letters since May and that none had been answered.",
        CLAIM,
        "none had been answered",
    );
    // Noun phrases joined by "and" stay one claim.
    expect(
        "Rice and the price of corn rose 20 percent in March.",
        CLAIM,
        "Rice and the price of corn rose 20 percent in March",
    );
}

#[test]
fn but_splits_two_assertions_and_joins_none_of_them() {
    let text = "The two navies held a joint drill in 2019, but have not trained together since.";
    expect(text, CLAIM, "The two navies held a joint drill in 2019");
    expect(text, CLAIM, "have not trained together since");
    expect(
        "Guards searched 30 boats on Monday, but none of them carried fuel.",
        CLAIM,
        "Guards searched 30 boats on Monday, but none of them carried fuel",
    );
}

#[test]
fn page_furniture_is_no_claim() {
    for text in [
        "All times are Pyongyang time.",
        "Here are the key points from the hearing.",
        "LIVE: Ferry sinks off Incheon, 12 rescued",
        "Her answers have been edited for length and clarity.",
        "Not everyone is convinced by the findings.",
    ] {
        no(text, CLAIM);
    }
    expect(
        "Here, 3,000 workers built the dam in 1998.",
        CLAIM,
        "Here, 3,000 workers built the dam in 1998",
    );
}

#[test]
fn short_negated_clauses_assert() {
    expect(
        "Officials promised to publish the list. They never did.",
        CLAIM,
        "They never did",
    );
    expect(
        "Its exact route is unknown.",
        CLAIM,
        "Its exact route is unknown",
    );
    expect(
        "No such transfer has been recorded.",
        CLAIM,
        "No such transfer has been recorded",
    );
    // Three words without a verb are no claim.
    no(
        "Commercial radar data, released by Tokyo, show little.",
        CLAIM,
    );
}

#[test]
fn seems_seen_as_not_clear_and_almost_certainly_hedge() {
    expect(
        "The envoy seems unwilling to compromise.",
        SPECULATION,
        "seems unwilling to compromise",
    );
    expect(
        "The visit is seen in Tokyo as a sign of a thaw.",
        SPECULATION,
        "is seen in Tokyo as a sign of a thaw",
    );
    no(
        "The leader was seen in Wonsan as recently as June.",
        SPECULATION,
    );
    expect(
        "조선중앙통신 gave no date 🚀. It is not clear whether the launch happened.",
        SPECULATION,
        "It is not clear whether the launch happened",
    );
    expect(
        "The cargo is almost certainly Chinese.",
        SPECULATION,
        "is almost certainly Chinese",
    );
    expect(
        "“Maybe the letters will arrive next year,” she said.",
        SPECULATION,
        "Maybe the letters will arrive next year",
    );
}

#[test]
fn the_writers_would_hedges_a_sources_would_is_reported() {
    expect(
        "It would be the largest purchase of grain since 2015.",
        SPECULATION,
        "would be the largest purchase of grain since 2015",
    );
    let text = "The ministry said the plant would reopen in June.";
    no(text, SPECULATION);
    expect(text, CLAIM, "the plant would reopen in June");
    // A refusal to say is neither the writer's guess nor a claim (session 26:
    // silences towards a question are unmarked in gold 35 : 11, none since fresh9).
    let text = "The minister would not say whether the ship was inspected.";
    no(text, SPECULATION);
    no(text, CLAIM);
}

#[test]
fn what_a_source_suspects_is_speculation() {
    expect(
        "Some engineers suspect that the turbine failed because of a faulty weld.",
        SPECULATION,
        "the turbine failed because of a faulty weld",
    );
}

#[test]
fn may_and_could_in_a_rule_a_purpose_or_past_ability_do_not_hedge() {
    for text in [
        "The ministry paid for DNA tests in 2024 so that families could still be matched later.",
        "The party ordered in March that no province may fall behind on quotas.",
        "The army had not yet shown it could defend the coast in 2023.",
    ] {
        no(text, SPECULATION);
    }
    expect(
        "The army could defend the coast by 2027.",
        SPECULATION,
        "could defend the coast by 2027",
    );
}

#[test]
fn a_verb_phrase_before_and_a_hedge_asserts() {
    let text =
        "A budget measure cleared the lower house in May and could reach the upper house by July.";
    expect(
        text,
        CLAIM,
        "A budget measure cleared the lower house in May",
    );
    expect(text, SPECULATION, "could reach the upper house by July");
    // A subject joined by "and" is no claim of its own.
    no(
        "The 12 largest shipping firms and banks could lose access to ports.",
        CLAIM,
    );
}

#[test]
fn a_number_with_a_comma_is_no_appositive_after_according_to() {
    expect(
        "According to NK News, the broker paid about $4,500 in cash.",
        CLAIM,
        "the broker paid about $4,500 in cash",
    );
}

#[test]
fn a_hedge_after_a_korean_word_keeps_exact_offsets() {
    expect(
        "Officials in 평양 may delay the launch.",
        SPECULATION,
        "may delay the launch",
    );
}
