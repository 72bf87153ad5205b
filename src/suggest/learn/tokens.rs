//! The tokens the learned tagger reads: the words and punctuation of a text (UAX
//! #29 word bounds through `unicode-segmentation`, white space left out), grouped
//! by sentence (the suggestion engine's sentences, so abbreviations do not end
//! one), each with its byte and char range.

use unicode_segmentation::UnicodeSegmentation;

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

/// The tokens of the sentences `spans` of `text` (byte ranges, in order), char
/// offsets counted on from `first_char`, the char offset of the first span's
/// start: a part of a text's sentences tokenized on its own (each thread its
/// part of a long article). Sentences of white space only are left out.
pub fn tokenize_spans(text: &str, spans: &[(usize, usize)], first_char: usize) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut byte = spans.first().map_or(0, |&(s, _)| s);
    let mut chars = first_char;
    for &(s, e) in spans {
        let mut sentence = Vec::new();
        for (at, word) in text[s..e].split_word_bound_indices() {
            if word.chars().all(char::is_whitespace) {
                continue;
            }
            let b = s + at;
            chars += text[byte..b].chars().count();
            let len = word.chars().count();
            sentence.push(Token {
                byte_start: b,
                byte_end: b + word.len(),
                start: chars,
                end: chars + len,
            });
            chars += len;
            byte = b + word.len();
        }
        if !sentence.is_empty() {
            out.push(sentence);
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
}
