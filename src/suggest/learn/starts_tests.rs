//! Start conventions learned and applied (`starts`), offsets in chars.

use super::*;

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

/// The char offset of `needle` in `text`.
fn at(text: &str, needle: &str) -> usize {
    let byte = text.find(needle).expect("in the text");
    text[..byte].chars().count()
}

#[test]
fn a_that_added_twice_is_added_on_other_text() {
    let mut s = Starts::default();
    let a = "KCNA said that the launch failed.";
    s.learn(&chars(a), "claim", at(a, "the launch"), at(a, "that"));
    let b = "연합뉴스 told reporters that 🚀 tests resumed.";
    // One case is not a convention yet.
    let start = at(b, "🚀");
    assert_eq!(s.start_for(&chars(b), "claim", start, start + 3), start);
    s.learn(&chars(b), "claim", start, at(b, "that"));
    let c = "Officials said that prices rose.";
    let start = at(c, "prices");
    assert_eq!(
        s.start_for(&chars(c), "claim", start, start + 6),
        at(c, "that")
    );
    assert_eq!(
        s.start_for(&chars(c), "speculation", start, start + 6),
        start
    );
    // Kept as it was three times: no clear majority left.
    for _ in 0..3 {
        s.learn(&chars(c), "claim", start, start);
    }
    assert_eq!(s.start_for(&chars(c), "claim", start, start + 6), start);
}

#[test]
fn according_to_cut_twice_is_cut_on_other_text_whatever_its_case() {
    let mut s = Starts::default();
    let a = "Prices rose, according to Yonhap.";
    s.learn(
        &chars(a),
        "attribution",
        at(a, "according"),
        at(a, "Yonhap"),
    );
    let b = "It fell, according to 조선중앙통신 on Monday.";
    s.learn(
        &chars(b),
        "attribution",
        at(b, "according"),
        at(b, "조선중앙통신"),
    );
    let c = "According to NK News, it rose.";
    assert_eq!(s.start_for(&chars(c), "attribution", 0, 20), at(c, "NK"));
    // Never the span's last word.
    let d = "according to them";
    assert_eq!(s.start_for(&chars(d), "attribution", 0, 12), 0);
}

#[test]
fn a_possessive_is_cut_by_its_shape() {
    let mut s = Starts::default();
    let a = "South Korea’s Joint Chiefs of Staff said";
    s.learn(&chars(a), "attribution", 0, at(a, "Joint"));
    let b = "North Korea's KCNA said";
    s.learn(&chars(b), "attribution", 0, at(b, "KCNA"));
    let c = "West Germany’s Foreign 🎈 Office said";
    // "West Germany’s" was never seen; its shape "X X's" was, twice.
    assert_eq!(
        s.start_for(&chars(c), "attribution", 0, 30),
        at(c, "Foreign")
    );
    // A one-word name's possessive has the same shape.
    let d = "Japan’s government said";
    assert_eq!(
        s.start_for(&chars(d), "attribution", 0, 20),
        at(d, "government")
    );
    // Not a name's: unseen.
    let e = "the ministry’s spokesman said";
    assert_eq!(s.start_for(&chars(e), "attribution", 0, 20), 0);
}

#[test]
fn speculation_reaches_back_to_its_clause_subject() {
    let mut s = Starts::default();
    let a = "Analysts said that North Korea may test a missile.";
    s.learn(&chars(a), "speculation", at(a, "may"), at(a, "North"));
    let b = "The flights may have been a test.\r\nThe launch could slip.";
    s.learn(
        &chars(b),
        "speculation",
        at(b, "could"),
        at(b, "The launch"),
    );
    let c = "Seoul said: the 한국 missile might fail.";
    let start = at(c, "might");
    assert_eq!(
        s.start_for(&chars(c), "speculation", start, start + 10),
        at(c, "the 한국")
    );
    // Never across a line or further back than the words counted.
    let d = "x\nIt might.";
    assert_eq!(
        s.start_for(&chars(d), "speculation", at(d, "might"), 9),
        at(d, "It")
    );
    let e = "one two three four five might";
    let start = at(e, "might");
    assert_eq!(
        s.start_for(&chars(e), "speculation", start, start + 5),
        start
    );
    // Four words back to the sentence's start, or after "said".
    let f = "Yes. Much of the money might go.\nAnalysts said the men may return.";
    let start = at(f, "might");
    assert_eq!(
        s.start_for(&chars(f), "speculation", start, start + 5),
        at(f, "Much")
    );
    let start = at(f, "may");
    assert_eq!(
        s.start_for(&chars(f), "speculation", start, start + 3),
        at(f, "the men")
    );
}

#[test]
fn left_out_votes_are_taken_back() {
    let a = "KCNA said that the launch failed.";
    let mut one = Starts::default();
    one.learn(&chars(a), "claim", at(a, "the launch"), at(a, "that"));
    let mut all = one.clone();
    all.add(&one, 1);
    all.add(&one, -1);
    all.add(&one, -1);
    assert!(all.is_empty());
}

#[test]
fn a_list_number_opening_the_line_is_never_added() {
    let mut s = Starts::default();
    // An analyst who twice added a number before the span ("in 2023 the
    // survey found" → "2023 …") still never gets a numbered line's "3 " or "2.3 ".
    let a = "In 2023 officials said prices rose.";
    s.learn(&chars(a), "attribution", at(a, "officials"), at(a, "2023"));
    s.learn(&chars(a), "attribution", at(a, "officials"), at(a, "2023"));
    for b in [
        "Responses\n3 Estuary Watch said the ban was late.",
        "응답\n2.3 Estuary Watch 🌊 said the ban was late.",
    ] {
        let start = at(b, "Estuary");
        assert_eq!(
            s.start_for(&chars(b), "attribution", start, start + 18),
            start
        );
    }
    // Mid-line the learned convention holds.
    let c = "By 2024 officials said it fell.";
    assert_eq!(
        s.start_for(&chars(c), "attribution", at(c, "officials"), at(c, " it")),
        at(c, "2024")
    );
}
