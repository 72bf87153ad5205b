//! The tokens the learned tagger reads: the words and punctuation of a text (UAX
//! #29 word bounds through `unicode-segmentation`, white space left out), grouped
//! by sentence (the suggestion engine's sentences, so abbreviations do not end
//! one), each with its byte and char range.

use unicode_segmentation::UnicodeSegmentation;

pub(super) use crate::suggest::sentences::cut_at_lines;
use crate::suggest::sentences::sentences;

/// One word or punctuation mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// First byte in the text.
    pub byte_start: usize,
    /// One past the last byte.
    pub byte_end: usize,
    /// First char in the text.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
}

/// The tokens of one sentence, in order (never empty).
pub type Sentence = Vec<Token>;

/// The sentences of `text` as tokens, char offsets counted once through the text.
/// `abbreviations` are the words that do not end a sentence (the rules' list).
pub fn tokenize(text: &str, abbreviations: &[String]) -> Vec<Sentence> {
    let spans = sentences(text, abbreviations);
    let first_char = spans.first().map_or(0, |&(s, _)| text[..s].chars().count());
    tokenize_spans(text, &spans, first_char)
}

/// Where tokenizing has got to in a text: a byte and the char offset it has.
/// Char offsets are counted on from it, so a text is walked through once.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cursor {
    /// A byte of the text (on a char boundary).
    pub byte: usize,
    /// The char offset of `byte`.
    pub chars: usize,
}

/// The tokens of the sentence `s..e` (bytes of `text`, at or after `at.byte`)
/// into `out` (cleared first), char offsets counted on from `at`, which is left
/// at the sentence's last token: one sentence at a time into a reused buffer,
/// nothing allocated per token.
pub fn tokenize_sentence(
    text: &str,
    (s, e): (usize, usize),
    at: &mut Cursor,
    out: &mut Vec<Token>,
) {
    out.clear();
    for (start, word) in text[s..e].split_word_bound_indices() {
        if word.chars().all(char::is_whitespace) {
            continue;
        }
        let b = s + start;
        at.chars += text[at.byte..b].chars().count();
        let len = word.chars().count();
        out.push(Token {
            byte_start: b,
            byte_end: b + word.len(),
            start: at.chars,
            end: at.chars + len,
        });
        at.chars += len;
        at.byte = b + word.len();
    }
}

/// The tokens of the sentences `spans` of `text` (byte ranges, in order), char
/// offsets counted on from `first_char`, the char offset of the first span's
/// start. Sentences of white space only are left out.
pub fn tokenize_spans(text: &str, spans: &[(usize, usize)], first_char: usize) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut at = Cursor {
        byte: spans.first().map_or(0, |&(s, _)| s),
        chars: first_char,
    };
    let mut sentence = Vec::new();
    for &span in spans {
        tokenize_sentence(text, span, &mut at, &mut sentence);
        if !sentence.is_empty() {
            out.push(sentence.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_carry_exact_char_offsets_in_korean_emoji_and_crlf_text() {
        let text = "조선중앙통신 said 🚀 launched.\r\nThe e\u{301}lite “may” act.";
        let sentences = tokenize(text, &[]);
        let chars: Vec<char> = text.chars().collect();
        let mut words = Vec::new();
        for t in sentences.iter().flatten() {
            let by_chars: String = chars[t.start..t.end].iter().collect();
            assert_eq!(by_chars, &text[t.byte_start..t.byte_end]);
            words.push(by_chars);
        }
        assert_eq!(words[0], "조선중앙통신");
        assert!(words.contains(&"🚀".to_string()));
        assert!(words.contains(&"e\u{301}lite".to_string()));
        assert_eq!(sentences.len(), 2);
    }

    /// A text that has what can trip a cut: CRLF and CR, blank lines, a line
    /// ending in an abbreviation, a line starting with a combining mark or an
    /// emoji, Korean, quotes and closing brackets after a full stop.
    fn mixed_text() -> String {
        let lines = [
            "조선중앙통신 said 🚀 launched.\r\n",
            "\u{301}The e\u{301}lite “may” act.\n",
            "\n",
            "Gen.\n",
            "Kim spoke (briefly.) Then left.\r\n",
            "🚀 is believed to be North Korea's first ICBM, KCNA said\n",
            "   \n",
            "“It will,” he said.\rAnd more.\n",
            "U.S. officials, according to NK News, doubt it\n",
        ];
        let mut text = String::new();
        for k in 0..40 {
            text.push_str(lines[k % lines.len()]);
            text.push_str(lines[(k * 7 + 3) % lines.len()]);
        }
        text
    }

    #[test]
    fn a_text_cut_after_line_feeds_splits_into_the_same_sentences_and_tokens() {
        let abbreviations = crate::suggest::RuleSet::builtin().abbreviations;
        let text = mixed_text();
        let whole = sentences(&text, &abbreviations);
        let whole_tokens: Vec<Token> = tokenize(&text, &abbreviations).concat();
        for parts in [1, 2, 3, 5, 16, 200] {
            let pieces = cut_at_lines(&text, parts);
            assert_eq!(pieces.first().map(|p| p.0), Some(0));
            assert_eq!(pieces.last().map(|p| p.1), Some(text.len()));
            assert!(pieces.len() > 1 || parts == 1, "{parts}");
            let (mut split, mut tokens) = (Vec::new(), Vec::new());
            for &(s, e) in &pieces {
                assert!(text[..s].is_empty() || text[..s].ends_with('\n'));
                let piece = &text[s..e];
                let before = text[..s].chars().count();
                split.extend(
                    sentences(piece, &abbreviations)
                        .iter()
                        .map(|&(a, b)| (a + s, b + s)),
                );
                tokens.extend(
                    tokenize(piece, &abbreviations)
                        .concat()
                        .into_iter()
                        .map(|t| Token {
                            byte_start: t.byte_start + s,
                            byte_end: t.byte_end + s,
                            start: t.start + before,
                            end: t.end + before,
                        }),
                );
            }
            assert_eq!(split, whole, "{parts} pieces");
            assert_eq!(tokens, whole_tokens, "{parts} pieces");
        }
        // Random texts of the same pieces and worse: the cut still splits as
        // the whole text does.
        let bits = [
            "\n", "\r\n", "\r", "\u{301}", "Gen.", "U.S.", " ", ". ", ".", "”", ")", "조선", "🚀",
            "a", "B ", "?", "! ", "\u{2029}", "\u{85}", "\t", "“", "said ", "may ", " a.m.",
            " p.m. ", "(",
        ];
        let mut rng = fastrand::Rng::with_seed(9);
        for _ in 0..300 {
            let text: String = (0..rng.usize(1..80))
                .map(|_| bits[rng.usize(..bits.len())])
                .collect();
            let whole = sentences(&text, &abbreviations);
            for parts in [2, 3, 9] {
                let mut split = Vec::new();
                for (s, e) in cut_at_lines(&text, parts) {
                    let piece = sentences(&text[s..e], &abbreviations);
                    split.extend(piece.iter().map(|&(a, b)| (a + s, b + s)));
                }
                assert_eq!(split, whole, "{text:?} in {parts}");
            }
        }
        assert_eq!(cut_at_lines("no line feed at all", 4), vec![(0, 19)]);
        assert!(cut_at_lines("", 4).is_empty());
    }
}
