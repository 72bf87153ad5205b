use super::*;
use crate::model::{Annotation, Document};

fn tagged(p: &mut Project, doc: &str, phrase: &str, label: &str, source: Option<&str>) {
    let d = p.document(doc).unwrap();
    let b = d.text.find(phrase).unwrap();
    let start = d.char_of(b);
    let end = start + phrase.chars().count();
    let mut a = Annotation::new(doc, start, end, phrase, label, "ann");
    a.source = source.map(str::to_string);
    p.annotations.push(a);
}

fn project() -> Project {
    let mut p = Project::new("phrases");
    for (id, text) in [
        (
            "a",
            "조선중앙통신 👋 the Korean Central News Agency reported a launch.\r\nIt failed.",
        ),
        (
            "b",
            "The Korean Central News Agency reported a parade. Rice prices rose.",
        ),
        (
            "c",
            "“Tests,” the Korean Central News Agency reported on Monday; the agency said more.",
        ),
    ] {
        p.documents.push(Document::new(id, id, text));
    }
    tagged(
        &mut p,
        "a",
        "the Korean Central News Agency reported",
        "attribution",
        Some("KCNA"),
    );
    p
}

#[test]
fn a_phrase_tagged_elsewhere_is_suggested_where_it_recurs_with_exact_offsets() {
    let p = project();
    let memory = PhraseMemory::learn(&p);
    let c = p.document("c").unwrap();
    let found = memory.suggest("c", &c.text);
    assert_eq!(found.len(), 1, "{found:?}");
    let s = &found[0];
    assert_eq!(
        c.slice(s.start, s.end),
        "the Korean Central News Agency reported"
    );
    assert_eq!(s.quote, "the Korean Central News Agency reported");
    assert_eq!(
        (s.label.as_str(), s.source.as_deref()),
        ("attribution", Some("KCNA"))
    );
    assert_eq!(s.rule, PHRASE_RULE);
    // Case counts: "The Korean…" in b is another phrase.
    let b = p.document("b").unwrap();
    assert!(memory.suggest("b", &b.text).is_empty());
}

#[test]
fn a_documents_own_annotations_never_suggest_for_it() {
    let p = project();
    let memory = PhraseMemory::learn(&p);
    let a = p.document("a").unwrap();
    assert!(memory.suggest("a", &a.text).is_empty(), "leave one out");
}

#[test]
fn a_phrase_often_left_untagged_is_not_suggested() {
    let mut p = project();
    // "the agency said" tagged once in c, left untagged twice in d.
    p.documents.push(Document::new(
        "d",
        "d",
        "Later the agency said no. Then the agency said yes.",
    ));
    tagged(&mut p, "c", "the agency said", "attribution", Some("KCNA"));
    tagged(&mut p, "d", "Later", "claim", None);
    p.documents
        .push(Document::new("e", "e", "And the agency said so."));
    let memory = PhraseMemory::learn(&p);
    let e = p.document("e").unwrap();
    assert!(
        !memory
            .suggest("e", &e.text)
            .iter()
            .any(|s| s.quote == "the agency said"),
        "tagged 1 of 3 times"
    );
    // Only whole words: "the agency sa" never matches inside "the agency said".
    let memory = PhraseMemory::learn(&project());
    assert!(
        memory
            .suggest("x", "the Korean Central News Agency reportedly")
            .is_empty()
    );
}

#[test]
fn a_reliable_phrase_replaces_a_rules_overlapping_span_of_its_label() {
    let p = project();
    let memory = PhraseMemory::learn(&p);
    let c = p.document("c").unwrap();
    let rule = |start: usize, end: usize, label: &str| Suggestion {
        doc: "c".into(),
        start,
        end,
        label: label.into(),
        source: None,
        rule: "source-said".into(),
        score: 0.5,
        why: String::new(),
        quote: c.slice(start, end).into(),
    };
    let b = c.char_of(c.text.find("the Korean").unwrap());
    // A rule's span that cuts the phrase short, and a claim beside it.
    let mut rules = vec![rule(b + 4, b + 30, "attribution"), rule(0, 7, "claim")];
    memory.add_to(&mut rules, "c", &c.text);
    let quotes: Vec<_> = rules
        .iter()
        .map(|s| (s.label.as_str(), s.quote.as_str()))
        .collect();
    assert_eq!(
        quotes,
        [
            ("claim", "“Tests,"),
            ("attribution", "the Korean Central News Agency reported")
        ]
    );
}

/// Three articles, each with its own speaker behind "he said".
fn pronoun_project() -> Project {
    let mut p = Project::new("pronouns");
    for (id, text) in [
        (
            "a",
            "Kim Min-su, a trader, spoke. Prices rose, he said. He left and said goodbye.",
        ),
        (
            "b",
            "Sato Ken, a minister, spoke. Talks ended, he said. He came and said hello.",
        ),
        (
            "c",
            "Park, a 🚢 captain, spoke. “Boats left,” he said, and said more.",
        ),
    ] {
        p.documents.push(Document::new(id, id, text));
    }
    tagged(
        &mut p,
        "a",
        "he said",
        "attribution",
        Some("Chinese traders"),
    );
    tagged(
        &mut p,
        "b",
        "he said",
        "attribution",
        Some("Japanese officials"),
    );
    p
}

#[test]
fn a_phrase_that_names_no_one_is_suggested_without_another_articles_source() {
    let p = pronoun_project();
    let memory = PhraseMemory::learn(&p);
    let c = p.document("c").unwrap();
    let found = memory.suggest("c", &c.text);
    let he_said: Vec<_> = found.iter().filter(|s| s.quote == "he said").collect();
    assert_eq!(he_said.len(), 1);
    assert_eq!(c.slice(he_said[0].start, he_said[0].end), "he said");
    assert_eq!(he_said[0].source, None);
    // One article's "he said" alone does not carry its speaker either.
    let mut one = pronoun_project();
    one.annotations.retain(|a| a.doc == "a");
    let memory = PhraseMemory::learn(&one);
    let found = memory.suggest("c", &c.text);
    assert!(found.iter().all(|s| s.source.is_none()), "{found:?}");
}

#[test]
fn a_phrase_that_names_its_source_carries_it_from_one_article() {
    let p = project();
    let memory = PhraseMemory::learn(&p);
    let c = p.document("c").unwrap();
    let found = memory.suggest("c", &c.text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].source.as_deref(), Some("KCNA"));
}

#[test]
fn a_phrase_without_its_source_that_replaces_a_rules_span_keeps_the_rules_source() {
    let mut p = pronoun_project();
    // "and said" tagged in two articles with two speakers.
    tagged(
        &mut p,
        "a",
        "and said",
        "attribution",
        Some("Chinese traders"),
    );
    tagged(
        &mut p,
        "b",
        "and said",
        "attribution",
        Some("Japanese officials"),
    );
    let memory = PhraseMemory::learn(&p);
    let c = p.document("c").unwrap();
    let at = c.char_of(c.text.find("and said").unwrap());
    let mut rules = vec![Suggestion {
        doc: "c".into(),
        start: at + 4,
        end: at + 8,
        label: "attribution".into(),
        source: Some("fishermen".into()),
        rule: "source-said".into(),
        score: 0.5,
        why: String::new(),
        quote: "said".into(),
    }];
    memory.add_to(&mut rules, "c", &c.text);
    let and_said: Vec<_> = rules.iter().filter(|s| s.quote == "and said").collect();
    assert_eq!(and_said.len(), 1, "{rules:?}");
    assert_eq!(and_said[0].source.as_deref(), Some("fishermen"));
    assert_eq!((and_said[0].start, and_said[0].end), (at, at + 8));
}
