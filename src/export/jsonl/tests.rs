//! Tests of the JSONL writer and reader.
use super::*;

#[test]
fn doccano_triples_and_full_spans_both_parse() {
    let input = concat!(
        r#"{"id": 7, "text": "KCNA said 👋🏽 hi", "label": [[0, 4, "attribution"], [10, 12, "claim"]]}"#,
        "\n\n",
        r#"{"id": "b", "title": "B", "text": "조선 hi", "spans": [{"start": 0, "end": 2, "label": "claim", "source": "KCNA", "note": "n", "author": "al", "text": "조선"}]}"#,
        "\n"
    );
    let docs = parse_jsonl(input, "x.jsonl", OffsetUnit::Chars).unwrap();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].id.as_deref(), Some("7"));
    assert_eq!((docs[0].spans[1].start, docs[0].spans[1].end), (10, 12));
    assert_eq!(docs[1].line, 3);
    let s = &docs[1].spans[0];
    assert_eq!(
        (s.source.as_deref(), s.note.as_str(), s.author.as_deref()),
        (Some("KCNA"), "n", Some("al"))
    );
}

#[test]
fn errors_name_file_and_line() {
    let input =
        "{\"text\": \"abc\"}\n{\"text\": \"abcdefghijk\", \"label\": [[10, 5, \"claim\"]]}\n";
    let e = parse_jsonl(input, "spans.jsonl", OffsetUnit::Chars)
        .unwrap_err()
        .to_string();
    assert_eq!(
        e,
        "spans.jsonl line 2: label[0]: span 10..5 has start > end"
    );
    let e = parse_jsonl(
        "{\"text\": \"ab\", \"label\": [[0, 9, \"c\"]]}",
        "s.jsonl",
        OffsetUnit::Chars,
    )
    .unwrap_err()
    .to_string();
    assert!(
        e.starts_with("s.jsonl line 1:") && e.contains("past the end"),
        "{e}"
    );
    let e = parse_jsonl("{oops", "s.jsonl", OffsetUnit::Chars)
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("s.jsonl line 1: not valid JSON"), "{e}");
    assert!(!e.contains('\n'));
}

#[test]
fn a_json_array_of_documents_is_accepted() {
    let input = r#"[
        {"id": 1, "text": "KCNA said", "label": [[0, 4, "attribution"]]},
        {"id": 2, "text": "조선", "label": [[1, 5, "claim"]]}
    ]"#;
    let e = parse_jsonl(input, "a.json", OffsetUnit::Chars)
        .unwrap_err()
        .to_string();
    assert_eq!(
        e,
        "a.json: item 2: label[0]: span 1..5 runs past the end of the text (2 chars)"
    );
    let ok = input.replace("[1, 5", "[0, 2");
    let docs = parse_jsonl(&ok, "a.json", OffsetUnit::Chars).unwrap();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[1].spans[0].end, 2);
}

#[test]
fn quote_mismatch_is_refused() {
    let input = r#"{"text": "KCNA said", "spans": [{"start": 0, "end": 4, "label": "claim", "text": "KCNX"}]}"#;
    let e = parse_jsonl(input, "q.jsonl", OffsetUnit::Chars)
        .unwrap_err()
        .to_string();
    assert!(e.contains("quotes \"KCNX\""), "{e}");
}

#[test]
fn offsets_field_selects_the_unit_of_spans_not_of_label() {
    let input = r#"{"text": "👋 KCNA", "offsets": "utf16", "spans": [{"start": 3, "end": 7, "label": "claim"}]}"#;
    let docs = parse_jsonl(input, "u.jsonl", OffsetUnit::Chars).unwrap();
    assert_eq!((docs[0].spans[0].start, docs[0].spans[0].end), (2, 6));
    // doccano's `label` triples are chars whatever the line's `offsets` says.
    let input = r#"{"text": "👋 KCNA", "offsets": "utf16", "label": [[2, 6, "claim"]]}"#;
    let docs = parse_jsonl(input, "u.jsonl", OffsetUnit::Chars).unwrap();
    assert_eq!((docs[0].spans[0].start, docs[0].spans[0].end), (2, 6));
}

/// Span lists are read item by item from the raw line; their errors, a text
/// given after the list, `null` lists and doccano's entities read as before.
#[test]
fn span_lists_read_item_by_item_say_the_same() {
    let parse = |line: &str| parse_jsonl(line, "l.jsonl", OffsetUnit::Chars);
    let err = |line: &str| parse(line).unwrap_err().to_string();
    assert_eq!(
        err(r#"{"text": "abc", "spans": 5}"#),
        "l.jsonl line 1: \"spans\" is not a list"
    );
    assert_eq!(
        err(r#"{"text": "abc", "spans": [{"start": 0, "end": 1, "label": "c"}, 7]}"#),
        "l.jsonl line 1: spans[1] is not an object"
    );
    assert_eq!(
        err(r#"{"text": "abc", "label": {"a": 1}}"#),
        "l.jsonl line 1: \"label\" is not a list of [start, end, label] triples"
    );
    assert_eq!(
        err(r#"{"text": "abc", "entities": [{"start_offset": 0}]}"#),
        "l.jsonl line 1: entities[0] lacks start_offset/end_offset"
    );
    assert_eq!(err(r#"[1, 2"#).lines().count(), 1);
    assert!(err(r#""just a string""#).contains("expected a JSON object"));
    // The text after its spans, a null list, escaped keys and Korean text.
    let docs = parse(concat!(
        r#"{"label": [[0, 2, "claim"]], "spans": null, "te\u0078t": "조선 said"}"#,
        "\n",
        r#"{"entities": [{"start_offset": 3, "end_offset": 7, "label": "claim"}], "text": "조선 said"}"#
    ))
    .unwrap();
    assert_eq!(docs[0].text, "조선 said");
    assert_eq!((docs[0].spans[0].start, docs[0].spans[0].end), (0, 2));
    assert_eq!((docs[1].spans[0].start, docs[1].spans[0].end), (3, 7));
}
