//! Splitting a document's text into blocks (paragraphs), each laid out as its own
//! galley so that only the visible ones cost anything.

/// A paragraph longer than this many chars is cut (after a whitespace when possible)
/// so that no single galley grows with the document.
pub const MAX_BLOCK_CHARS: usize = 4000;

/// One block of text: a paragraph (the text between two `\n`), or a piece of a very
/// long one. The `\n` itself belongs to no block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    /// First char of the block (document char offset).
    pub start: usize,
    /// One past the last char (document char offset).
    pub end: usize,
    /// Byte offset of `start` in the document text.
    pub byte_start: usize,
    /// Byte offset of `end` in the document text.
    pub byte_end: usize,
}

impl Block {
    /// Number of chars in the block.
    pub fn char_len(&self) -> usize {
        self.end - self.start
    }

    /// The block's text, sliced from the document text it was split from.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.byte_start..self.byte_end).unwrap_or("")
    }
}

/// Splits `text` at every `\n` (and long paragraphs at whitespace near
/// `max_chars`). Always returns at least one (possibly empty) block; a text ending in
/// `\n` ends with an empty block. Lines are found with `str::split` (memchr) and
/// counted with `chars().count()`; only overlong lines are walked char by char.
pub fn split_blocks(text: &str, max_chars: usize) -> Vec<Block> {
    let max_chars = max_chars.max(1);
    let mut blocks = Vec::with_capacity(text.len() / 200 + 1);
    let (mut start, mut byte_start) = (0usize, 0usize);
    for line in text.split('\n') {
        let n = line.chars().count();
        if n <= max_chars {
            blocks.push(Block {
                start,
                end: start + n,
                byte_start,
                byte_end: byte_start + line.len(),
            });
        } else {
            cut_long_line(line, start, byte_start, max_chars, &mut blocks);
        }
        start += n + 1;
        byte_start += line.len() + 1;
    }
    blocks
}

/// Cuts one overlong line (starting at doc char `start`, byte `byte_start`) into
/// blocks of at most `max_chars`, just after a whitespace when there is one.
fn cut_long_line(
    line: &str,
    mut start: usize,
    mut byte_start: usize,
    max_chars: usize,
    blocks: &mut Vec<Block>,
) {
    let (base, base_byte) = (start, byte_start);
    let mut cut: Option<(usize, usize)> = None;
    for (ci, (bi, ch)) in line.char_indices().enumerate() {
        let (next, next_byte) = (base + ci + 1, base_byte + bi + ch.len_utf8());
        if ch.is_whitespace() {
            cut = Some((next, next_byte));
        }
        if next - start >= max_chars {
            let (end, byte_end) = cut.filter(|&(c, _)| c > start).unwrap_or((next, next_byte));
            blocks.push(Block {
                start,
                end,
                byte_start,
                byte_end,
            });
            (start, byte_start) = (end, byte_end);
            cut = None;
        }
    }
    let (end, byte_end) = (base + line.chars().count(), base_byte + line.len());
    if start < end || blocks.last().is_none_or(|b| b.end != end) {
        blocks.push(Block {
            start,
            end,
            byte_start,
            byte_end,
        });
    }
}

/// Index of the block holding char offset `c` (a `\n` belongs to the block it
/// ends). Offsets past the end map to the last block.
pub fn block_at(blocks: &[Block], c: usize) -> usize {
    blocks.partition_point(|b| b.start <= c).saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'t>(text: &'t str, blocks: &[Block]) -> Vec<&'t str> {
        blocks.iter().map(|b| b.text(text)).collect()
    }

    #[test]
    fn paragraphs_split_at_newlines_with_char_offsets() {
        let t = "조선중앙통신 said\n\n“hello” 👋🏽\nZoe\u{301}\n";
        let blocks = split_blocks(t, MAX_BLOCK_CHARS);
        assert_eq!(
            texts(t, &blocks),
            ["조선중앙통신 said", "", "“hello” 👋🏽", "Zoe\u{301}", ""]
        );
        for b in &blocks {
            let chars: String = t.chars().skip(b.start).take(b.char_len()).collect();
            assert_eq!(chars, b.text(t));
        }
        assert_eq!(blocks[2].start, 13);
        assert_eq!(blocks.last().unwrap().start, t.chars().count());
    }

    #[test]
    fn empty_text_is_one_empty_block() {
        assert_eq!(
            split_blocks("", 10),
            [Block {
                start: 0,
                end: 0,
                byte_start: 0,
                byte_end: 0
            }]
        );
    }

    #[test]
    fn long_paragraphs_are_cut_after_whitespace() {
        let t = "aaa bbb ccc ddd";
        let blocks = split_blocks(t, 6);
        assert_eq!(texts(t, &blocks), ["aaa ", "bbb ", "ccc ", "ddd"]);
        let no_space = "abcdefgh";
        assert_eq!(
            texts(no_space, &split_blocks(no_space, 3)),
            ["abc", "def", "gh"]
        );
    }

    #[test]
    fn block_at_finds_the_block_and_newline_owner() {
        let t = "ab\ncd\n\nef";
        let blocks = split_blocks(t, 100);
        assert_eq!(block_at(&blocks, 0), 0);
        assert_eq!(block_at(&blocks, 2), 0); // the '\n'
        assert_eq!(block_at(&blocks, 3), 1);
        assert_eq!(block_at(&blocks, 6), 2);
        assert_eq!(block_at(&blocks, 7), 3);
        assert_eq!(block_at(&blocks, 99), 3);
    }

    proptest::proptest! {
        #[test]
        fn blocks_cover_every_char_but_newlines(
            text in "([a-z 조👋🏽\u{301}]{0,12}\n?){0,12}",
            max in 1usize..9,
        ) {
            let blocks = split_blocks(&text, max);
            let mut rebuilt = String::new();
            let mut expected_start = 0usize;
            let chars: Vec<char> = text.chars().collect();
            for b in &blocks {
                proptest::prop_assert!(b.char_len() <= max);
                // Blocks are contiguous, separated only by '\n'.
                if b.start != expected_start {
                    proptest::prop_assert_eq!(b.start, expected_start + 1);
                    proptest::prop_assert_eq!(chars[expected_start], '\n');
                    rebuilt.push('\n');
                }
                let by_chars: String = chars[b.start..b.end].iter().collect();
                proptest::prop_assert_eq!(b.text(&text), by_chars.as_str());
                rebuilt.push_str(b.text(&text));
                expected_start = b.end;
            }
            proptest::prop_assert_eq!(rebuilt, text);
        }
    }
}
