//! Text helpers: line-ending normalisation, word boundaries for selection snapping,
//! and counted nouns for messages ([`plural`]).

use unicode_segmentation::UnicodeSegmentation;

/// What [`normalize`] changed, so the caller can tell the analyst.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Normalized {
    /// A UTF-8 byte-order mark was removed.
    pub removed_bom: bool,
    /// `\r\n` or lone `\r` line endings were turned into `\n`.
    pub converted_crlf: bool,
}

impl Normalized {
    /// A short human sentence of what changed, or `None` when nothing did.
    pub fn describe(&self) -> Option<String> {
        let mut parts = Vec::new();
        if self.converted_crlf {
            parts.push("Windows line endings read as line breaks");
        }
        if self.removed_bom {
            parts.push("byte-order mark removed");
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }
}

/// Removes a leading BOM and turns CRLF / CR line endings into `\n`.
pub fn normalize(text: &str) -> (String, Normalized) {
    let mut info = Normalized::default();
    let body = match text.strip_prefix('\u{feff}') {
        Some(rest) => {
            info.removed_bom = true;
            rest
        }
        None => text,
    };
    if !body.contains('\r') {
        return (body.to_string(), info);
    }
    info.converted_crlf = true;
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    (out, info)
}

/// True when a UAX #29 word segment is a word (not spaces or punctuation).
fn is_word(segment: &str) -> bool {
    segment.chars().any(char::is_alphanumeric)
}

/// The char range `[start, end)` of the word around char offset `at`, using Unicode
/// word boundaries (UAX #29). Returns `None` when `at` is on whitespace or punctuation.
pub fn word_at(text: &str, at: usize) -> Option<(usize, usize)> {
    let mut pos = 0usize;
    for word in text.split_word_bounds() {
        let n = word.chars().count();
        if at < pos + n {
            return is_word(word).then_some((pos, pos + n));
        }
        pos += n;
    }
    None
}

/// Widens a char range so that it starts and ends on word boundaries (UAX #29): a
/// partly selected word is taken whole, leading and trailing whitespace is dropped.
/// `text` is the whole document text; offsets are chars. Only a window around the
/// range is examined, so the cost does not grow with the document.
pub fn snap_to_words(text: &str, start: usize, end: usize) -> (usize, usize) {
    const CONTEXT: usize = 64;
    let (s, e) = (start.min(end), start.max(end));
    let from = s.saturating_sub(CONTEXT);
    let window: String = text.chars().skip(from).take(e - from + CONTEXT).collect();
    // Word segments of the window as char ranges relative to the whole text.
    let mut segments = Vec::new();
    let mut pos = from;
    for seg in window.split_word_bounds() {
        let n = seg.chars().count();
        segments.push((
            pos,
            pos + n,
            is_word(seg),
            seg.chars().all(char::is_whitespace),
        ));
        pos += n;
    }
    let window_end = pos;
    let (mut a, mut b) = (s.min(window_end), e.min(window_end));
    // Drop whitespace at both ends of the selection.
    for &(ss, se, _, space) in &segments {
        if space && ss <= a && a < se {
            a = se.min(b);
        }
    }
    for &(ss, se, _, space) in segments.iter().rev() {
        if space && ss < b && b <= se {
            b = ss.max(a);
        }
    }
    if a >= b {
        return (a, a);
    }
    // Take the first and last words whole.
    if let Some(&(ss, _, _, _)) = segments
        .iter()
        .find(|&&(ss, se, word, _)| word && ss < a && a < se)
    {
        a = ss;
    }
    if let Some(&(_, se, _, _)) = segments
        .iter()
        .find(|&&(ss, se, word, _)| word && ss < b && b < se)
    {
        b = se;
    }
    (a, b)
}

/// Moves a char offset by one word forwards (`forward`) or backwards, stopping at the
/// next word start or end, like Ctrl+arrow in an editor.
pub fn step_word(text: &str, at: usize, forward: bool) -> usize {
    let total = text.chars().count();
    // Consider only boundaries that touch a word (skip spaces and punctuation runs).
    let words: Vec<(usize, usize)> = {
        let mut p = 0usize;
        let mut v = Vec::new();
        for w in text.split_word_bounds() {
            let n = w.chars().count();
            if is_word(w) {
                v.push((p, p + n));
            }
            p += n;
        }
        v
    };
    if forward {
        words
            .iter()
            .flat_map(|&(a, b)| [a, b])
            .find(|&b| b > at)
            .unwrap_or(total)
    } else {
        words
            .iter()
            .rev()
            .flat_map(|&(a, b)| [b, a])
            .find(|&b| b < at)
            .unwrap_or(0)
    }
}

/// Moves an annotation boundary by one word: a start (`end_edge == false`) goes to
/// the previous or next word *start*, an end to the previous or next word *end*, so
/// Shift+arrow keys grow or shrink a span a whole word at a time. Stays put when
/// there is no such word.
pub fn step_word_edge(text: &str, at: usize, forward: bool, end_edge: bool) -> usize {
    let mut edges = Vec::new();
    let mut p = 0usize;
    for w in text.split_word_bounds() {
        let n = w.chars().count();
        if is_word(w) {
            edges.push(if end_edge { p + n } else { p });
        }
        p += n;
    }
    if forward {
        edges.into_iter().find(|&e| e > at).unwrap_or(at)
    } else {
        edges.into_iter().rev().find(|&e| e < at).unwrap_or(at)
    }
}

/// Folds one char for case-insensitive comparison: its lowercase when that is a
/// single char, the char itself otherwise (so folding never changes char counts).
fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// Every occurrence of `needle` in `text`, case-insensitively, as char ranges
/// `[start, end)` (end exclusive), in order and without overlaps. An empty or
/// whitespace-only needle finds nothing. One pass over the text without copying it
/// (the find bar runs this on every keystroke, on articles of 10 MB).
pub fn find_all(text: &str, needle: &str) -> Vec<(usize, usize)> {
    if needle.trim().is_empty() {
        return Vec::new();
    }
    let pattern: Vec<char> = needle.chars().map(fold_char).collect();
    let Some((&first, rest)) = pattern.split_first() else {
        return Vec::new();
    };
    let n = pattern.len();
    let mut out = Vec::new();
    let mut chars = text.chars();
    let mut i = 0usize;
    while let Some(c) = chars.next() {
        if fold_char(c) == first {
            let mut ahead = chars.clone();
            if rest.iter().all(|&p| ahead.next().map(fold_char) == Some(p)) {
                out.push((i, i + n));
                chars = ahead;
                i += n;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// A count with its noun, singular when it is one: "1 document", "3 documents",
/// "0 annotations", "2 matches". Every message that counts things uses this, so
/// none says "1 documents" or "(1 annotations)".
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        return format!("1 {word}");
    }
    let es = ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|end| word.ends_with(end));
    format!("{n} {word}{}", if es { "es" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_with_their_noun() {
        assert_eq!(plural(1, "document"), "1 document");
        assert_eq!(plural(0, "annotation"), "0 annotations");
        assert_eq!(plural(2, "match"), "2 matches");
        assert_eq!(plural(12, "span"), "12 spans");
    }

    #[test]
    fn crlf_and_bom_are_normalised_and_reported() {
        let (t, info) = normalize("\u{feff}one\r\ntwo\rthree\n");
        assert_eq!(t, "one\ntwo\nthree\n");
        assert!(info.removed_bom && info.converted_crlf);
        assert!(info.describe().unwrap().contains("line endings"));
        let (_, none) = normalize("plain\n");
        assert_eq!(none.describe(), None);
    }

    #[test]
    fn snapping_takes_whole_words_in_korean_and_accents() {
        let t = "KCNA 조선중앙통신 reported Zoe\u{301}’s “claim”.";
        // Select from inside "조선" to inside "reported".
        let s = t.chars().position(|c| c == '선').unwrap();
        let e = t.find("repo").map(|b| t[..b].chars().count() + 3).unwrap();
        let (a, b) = snap_to_words(t, s, e);
        let got: String = t.chars().skip(a).take(b - a).collect();
        assert_eq!(got, "조선중앙통신 reported");
        // A combining accent stays with its word, and the possessive too.
        let z = t.chars().position(|c| c == 'Z').unwrap();
        let (a, b) = snap_to_words(t, z + 1, z + 2);
        let got: String = t.chars().skip(a).take(b - a).collect();
        assert_eq!(got, "Zoe\u{301}’s");
    }

    #[test]
    fn snapping_trims_whitespace_and_keeps_reversed_ranges() {
        let t = "  a claim here  ";
        assert_eq!(snap_to_words(t, 14, 1), (2, 14));
        assert_eq!(snap_to_words(t, 0, 2), (2, 2));
    }

    #[test]
    fn word_at_finds_words_not_spaces() {
        let t = "state media 👋 said";
        assert_eq!(word_at(t, 7), Some((6, 11)));
        assert_eq!(word_at(t, 5), None);
        assert_eq!(word_at(t, 12), None);
    }

    #[test]
    fn step_word_moves_between_word_edges() {
        let t = "one two  three";
        assert_eq!(step_word(t, 0, true), 3);
        assert_eq!(step_word(t, 3, true), 4);
        assert_eq!(step_word(t, 14, false), 9);
        assert_eq!(step_word(t, 9, false), 7);
    }

    #[test]
    fn find_all_is_case_insensitive_in_chars() {
        let t = "KCNA 조선중앙통신 said 👋🏽 kcna and Kcna; 🇰🇵 “KCNA”";
        let found = find_all(t, "kcna");
        assert_eq!(found.len(), 4);
        for &(a, b) in &found {
            let got: String = t.chars().skip(a).take(b - a).collect();
            assert!(got.eq_ignore_ascii_case("kcna"), "{got}");
        }
        let k = find_all(t, "중앙");
        assert_eq!(k, vec![(7, 9)]);
        let e = find_all(t, "🇰🇵");
        let got: String = t.chars().skip(e[0].0).take(e[0].1 - e[0].0).collect();
        assert_eq!(got, "🇰🇵");
        assert!(find_all(t, "").is_empty() && find_all(t, "  ").is_empty());
        assert!(find_all(t, "absent").is_empty());
    }

    #[test]
    fn find_all_keeps_combining_accents_and_does_not_overlap() {
        let t = "Zoe\u{301} ZOE\u{301} aaaa";
        assert_eq!(find_all(t, "zoe\u{301}"), vec![(0, 4), (5, 9)]);
        assert_eq!(find_all(t, "aa"), vec![(10, 12), (12, 14)]);
        // A char whose lowercase is two chars (İ) keeps offsets aligned.
        let t = "İstanbul KCNA";
        assert_eq!(find_all(t, "kcna"), vec![(9, 13)]);
    }

    #[test]
    fn step_word_edge_moves_starts_to_starts_and_ends_to_ends() {
        let t = "a large 조선 parade, 👋🏽 here";
        // "large" is 2..7, "조선" 8..10, "parade" 11..17.
        assert_eq!(step_word_edge(t, 2, false, false), 0);
        assert_eq!(step_word_edge(t, 0, true, false), 2);
        assert_eq!(step_word_edge(t, 10, true, true), 17);
        assert_eq!(step_word_edge(t, 17, false, true), 10);
        assert_eq!(step_word_edge(t, 0, false, false), 0);
        let len = t.chars().count();
        assert_eq!(step_word_edge(t, len, true, true), len);
    }

    /// The one-pass search equals the plain definition: fold every char, then take
    /// matches left to right without overlaps.
    #[test]
    fn find_all_equals_the_definition_on_mixed_scripts() {
        fn reference(text: &str, needle: &str) -> Vec<(usize, usize)> {
            if needle.trim().is_empty() {
                return Vec::new();
            }
            let p: Vec<char> = needle.chars().map(fold_char).collect();
            let h: Vec<char> = text.chars().map(fold_char).collect();
            let mut out = Vec::new();
            let mut i = 0;
            while i + p.len() <= h.len() {
                if h[i..i + p.len()] == p[..] {
                    out.push((i, i + p.len()));
                    i += p.len();
                } else {
                    i += 1;
                }
            }
            out
        }
        let alphabet: Vec<char> = "aAbB İı조선ÉéE\u{301}👋🏽“” \n".chars().collect();
        let mut rng = fastrand::Rng::with_seed(7);
        for _ in 0..3000 {
            let text: String = (0..rng.usize(0..40))
                .map(|_| alphabet[rng.usize(..alphabet.len())])
                .collect();
            let needle: String = (0..rng.usize(1..4))
                .map(|_| alphabet[rng.usize(..alphabet.len())])
                .collect();
            assert_eq!(
                find_all(&text, &needle),
                reference(&text, &needle),
                "{text:?} / {needle:?}"
            );
        }
        assert_eq!(find_all("aaaa", "aa"), vec![(0, 2), (2, 4)]);
        assert_eq!(find_all("KCNA kcna", "Kcna"), vec![(0, 4), (5, 9)]);
    }
}
