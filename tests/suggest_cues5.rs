//! Reporting constructions of English news the twelfth session's rules read
//! (issues 11 and 20), each on sentences written for this test with
//! look-alikes that must not fire: clause-taking verbs (allege, complain,
//! testify …) in any tense, inverted ", estimated X, a …", "has called such
//! reports", participles with the sentence's subject (", arguing that"), a
//! leading participle phrase, a long relative clause between subject and cue,
//! "according to"/"per" a document, and the span's end after the cue ("told
//! this newspaper", "outside the courtroom", "on its website", "in an emailed
//! reply", "to reporters", "said X, who …").

mod common;

use common::suggested::builtin_on;
use marginalia::suggest::{ATTRIBUTION, Suggestion};

/// The attributions of `text`, as quotes (offsets checked by `builtin_on`).
fn quotes(text: &str) -> Vec<String> {
    attributions(text).into_iter().map(|s| s.quote).collect()
}

fn attributions(text: &str) -> Vec<Suggestion> {
    (builtin_on(text).into_iter())
        .filter(|s| s.label == ATTRIBUTION)
        .collect()
}

/// `text` has an attribution quoting exactly `quote`.
fn has(text: &str, quote: &str) {
    let found = quotes(text);
    assert!(
        found.iter().any(|q| q == quote),
        "{quote:?} in {text:?}: {found:?}"
    );
}

/// No attribution of `text` holds `word`.
fn none_with(text: &str, word: &str) {
    let found = quotes(text);
    assert!(
        !found.iter().any(|q| q.contains(word)),
        "{word:?} in {text:?}: {found:?}"
    );
}

#[test]
fn clause_taking_verbs_in_every_tense() {
    has(
        "Investigators allege that the ferry left port overloaded.",
        "Investigators allege",
    );
    has(
        "The union has complained that night shifts were cut without notice.",
        "The union has complained",
    );
    has(
        "A police officer testified that the gates were left open.",
        "A police officer testified",
    );
    has(
        "The regulator complains that airlines ignore its letters.",
        "The regulator complains",
    );
    has(
        "Shipping lawyers contended on Monday that the seizure was unlawful.",
        "Shipping lawyers contended on Monday",
    );
    has(
        "“The pumps failed twice,” the ferry operator admits.",
        "the ferry operator admits",
    );
    // Look-alikes: a plain object or a time, no reported clause.
    none_with(
        "The harbour master testified for four hours on Tuesday.",
        "testified",
    );
    none_with(
        "Residents complained about the smell for weeks.",
        "complained",
    );
    none_with(
        "The council maintained its position on fares.",
        "maintained",
    );
}

#[test]
fn a_possessive_subject_and_a_prosecution() {
    has(
        "Park's lawyers argued that the search warrant was invalid.",
        "Park's lawyers argued",
    );
    has(
        "The prosecution claimed the ledger was forged.",
        "The prosecution claimed",
    );
}

#[test]
fn inverted_cues_with_a_closing_appositive_or_clause() {
    has(
        "Freight costs will double, estimated Ana Ruiz, a shipping consultant who advises port authorities.",
        "estimated Ana Ruiz, a shipping consultant who advises port authorities",
    );
    has(
        "The talks will fail, argued Tom Hale, a lecturer at a naval college.",
        "argued Tom Hale, a lecturer at a naval college",
    );
    has(
        "“It was a warning,” said Kim Do-hyun, who runs the fishermen's cooperative.",
        "said Kim Do-hyun, who runs the fishermen's cooperative",
    );
    has(
        "“They will test again,” said Ryu Seon-ah, a retired navy captain, speaking on KBS.",
        "said Ryu Seon-ah, a retired navy captain, speaking on KBS",
    );
    // A count after the inverted verb is no source.
    none_with(
        "Turnout was low, estimated 3,000 people in all.",
        "estimated",
    );
}

#[test]
fn called_with_a_characterised_object_only() {
    has(
        "The embassy has called such accounts fabrications.",
        "The embassy has called such accounts",
    );
    has(
        "The ministry dismissed the latest media reports as rumours.",
        "The ministry dismissed the latest media reports",
    );
    none_with("The ministry called a meeting for Friday.", "called");
    none_with("The ministry called for calm.", "called");
}

#[test]
fn participles_take_the_sentences_subject() {
    let text = "Teachers' unions rallied outside parliament on Sunday, arguing that class sizes had grown.";
    let found = attributions(text);
    let arguing = (found.iter())
        .find(|s| s.quote == "arguing")
        .unwrap_or_else(|| panic!("arguing in {found:?}"));
    assert!(
        (arguing.source.as_deref()).is_some_and(|s| s.contains("Teachers")),
        "{arguing:?}"
    );
    has(
        "The ministry said fares would rise, adding that subsidies would end in May.",
        "adding",
    );
    // No reported clause, or no comma: no attribution.
    none_with("The crowd left quietly, saying nothing.", "saying");
    none_with("Adding insult to injury, the bus broke down.", "Adding");
}

#[test]
fn a_leading_participle_phrase_and_a_long_relative_clause() {
    has(
        "Reading out the verdict, a court spokesman told reporters that the sentence was final.",
        "Reading out the verdict, a court spokesman told reporters",
    );
    has(
        "The Maritime Safety Board, which took over the inquiry after the coast guard was criticised for its handling last spring, said in a short statement that it would publish its findings.",
        "The Maritime Safety Board, which took over the inquiry after the coast guard was criticised for its handling last spring, said in a short statement",
    );
    // A name ending in "-ing" is no participle phrase.
    none_with(
        "Beijing responded angrily, the ministry said.",
        "Beijing responded",
    );
}

#[test]
fn according_to_or_per_a_document() {
    let text = "Prosecutors charged the captain on Monday. The ferry carried 40 more passengers than allowed, according to the indictment.";
    let found = attributions(text);
    let cited = (found.iter())
        .find(|s| s.quote == "according to the indictment")
        .unwrap_or_else(|| panic!("indictment in {found:?}"));
    assert_eq!(cited.source.as_deref(), Some("prosecutors"));
    has(
        "The port authority issued a statement on Friday. No cargo was lost, per the statement.",
        "per the statement",
    );
    has(
        "Exports fell, per the agency's quarterly statement.",
        "per the agency's quarterly statement",
    );
    has(
        "Prices rose 8 percent, according to Statistics Korea data released in March.",
        "according to Statistics Korea data released in March",
    );
    has(
        "The tanker switched off its transponder, according to Lumen, a ship-tracking firm that monitors the strait.",
        "according to Lumen, a ship-tracking firm that monitors the strait",
    );
    has(
        "The club will appeal, according to a person with knowledge of the matter.",
        "according to a person with knowledge of the matter",
    );
    // A main clause after "according to X," is not an appositive.
    has(
        "According to Yonhap, the ship sank near the island.",
        "According to Yonhap",
    );
}

#[test]
fn unnamed_speakers_described_by_what_they_know() {
    let text = "An aide familiar with the budget talks said the vote would slip.";
    let found = attributions(text);
    let aide = (found.iter())
        .find(|s| s.quote == "An aide familiar with the budget talks said")
        .unwrap_or_else(|| panic!("aide in {found:?}"));
    assert_eq!(aide.source.as_deref(), Some("unnamed sources"));
    has(
        "The plant will close in June, according to two people briefed on the decision.",
        "according to two people briefed on the decision",
    );
    has(
        "A person with knowledge of U.S. export rules told Reuters the licence was revoked.",
        "A person with knowledge of U.S. export rules told Reuters",
    );
}

#[test]
fn present_tense_headline_cues() {
    has(
        "Spy agency tells lawmakers the North sold more shells",
        "Spy agency tells lawmakers",
    );
    has(
        "The figures may be inflated, analysts caution.",
        "analysts caution",
    );
}

#[test]
fn the_spans_end_after_the_cue() {
    has(
        "A union official told this newspaper that talks had stalled.",
        "A union official told this newspaper",
    );
    has(
        "Defence lawyer Han Ji-su told reporters outside the courtroom that the client would appeal.",
        "Defence lawyer Han Ji-su told reporters outside the courtroom",
    );
    has(
        "The Korea Baseball Organization said in a post on its website that the game was postponed.",
        "The Korea Baseball Organization said in a post on its website",
    );
    has(
        "The airline said in an emailed reply that no crew were hurt.",
        "The airline said in an emailed reply",
    );
    has(
        "The navy said in a text message to reporters that the drill was over.",
        "The navy said in a text message to reporters",
    );
    has(
        "The regulator said in its March report that delays had doubled.",
        "The regulator said in its March report",
    );
    has(
        "Sen. Ray Cole said in a statement after the vote that he would resign.",
        "Sen. Ray Cole said in a statement after the vote",
    );
}

#[test]
fn present_inverted_cues_objects_and_reasons() {
    has(
        "“The harbour is too shallow,” writes Mina Cho, a port engineer.",
        "writes Mina Cho, a port engineer",
    );
    has(
        "The defence minister informed lawmakers that two drones had crashed.",
        "The defence minister informed lawmakers",
    );
    has(
        "A ministry official said on condition of anonymity because he was not authorised to speak to the media that the talks had stalled.",
        "A ministry official said on condition of anonymity because he was not authorised to speak to the media",
    );
    has(
        "The premier said in a speech broadcast on Monday that taxes would fall.",
        "The premier said in a speech broadcast on Monday",
    );
}

#[test]
fn false_friends_fire_nothing() {
    none_with(
        "The freighter reported its position near the strait for a week.",
        "reported",
    );
    none_with("Its report named no suspects.", "report");
    none_with("The agency's report listed eleven ships.", "report");
    none_with(
        "A former port official accused of bribery pleaded not guilty.",
        "accused",
    );
    // A reporting verb in a clause of time or condition is an event.
    none_with(
        "Since the governor announced the curfew, shops have closed early.",
        "announced",
    );
    none_with(
        "If the union confirms the strike, trains will stop.",
        "confirms",
    );
}

#[test]
fn offsets_hold_for_korean_emoji_and_crlf() {
    let text = "“배가 늦었다 🚢,” the union complained.\r\nThe ferry docked late, according to the operator’s written statement released on Friday.";
    let found = quotes(text);
    assert!(
        found.iter().any(|q| q == "the union complained"),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|q| q == "according to the operator’s written statement released on Friday"),
        "{found:?}"
    );
}
