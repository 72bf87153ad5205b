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
/// `\n` ends with an empty block. One pass over the text.
pub fn split_blocks(text: &str, max_chars: usize) -> Vec<Block> {
    let max_chars = max_chars.max(1);
    let mut blocks = Vec::with_capacity(text.len() / 200 + 1);
    let (mut start, mut byte_start) = (0usize, 0usize);
    // Where the current block may be cut: just after its last whitespace.
    let mut cut: Option<(usize, usize)> = None;
    for (ci, (bi, ch)) in text.char_indices().enumerate() {
        if ch == '\n' {
            blocks.push(Block {
                start,
                end: ci,
                byte_start,
                byte_end: bi,
            });
            (start, byte_start) = (ci + 1, bi + 1);
            cut = None;
            continue;
        }
        let (next, next_byte) = (ci + 1, bi + ch.len_utf8());
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
    let char_len = text.chars().count();
    blocks.push(Block {
        start,
        end: char_len.max(start),
        byte_start,
        byte_end: text.len(),
    });
    blocks
}

/// Index of the block holding char offset `c` (a `\n` belongs to the block it
/// ends). Offsets past the end map to the last block.
pub fn block_at(blocks: &[Block], c: usize) -> usize {
    blocks.partition_point(|b| b.start <= c).saturating_sub(1)
}

/// Char → byte offsets within one block's text (`len + 1` entries), to build layout
/// sections from char ranges.
pub fn char_to_byte_table(block_text: &str) -> Vec<usize> {
    let mut table: Vec<usize> = block_text.char_indices().map(|(b, _)| b).collect();
    table.push(block_text.len());
    table
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

    #[test]
    fn byte_table_counts_chars_not_bytes() {
        assert_eq!(char_to_byte_table("a조👋"), [0, 1, 4, 8]);
    }
}
