//! Markdown import: an article written in Markdown, laid out for reading the way a
//! viewer shows it — headings, paragraphs and list items as lines of text, emphasis
//! and link markup dropped (a link keeps its words), code kept as written — using
//! the `pulldown-cmark` parser.
//!
//! The analyst annotates the readable text; annotation offsets count its chars, so
//! nothing of the markup can shift them.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::front_matter::front_matter_meta;
use super::html::PageText;

/// The status note shown when a Markdown file was laid out as text.
pub const MARKDOWN_NOTE: &str = "Markdown laid out as text";

/// True for the file extensions (lower case, no dot) read as Markdown.
pub fn is_markdown_extension(ext: &str) -> bool {
    matches!(ext, "md" | "markdown" | "mdown" | "mkd")
}

/// What kind of block a piece of text came from: consecutive list items and table
/// rows are separated by one line break, everything else by a blank line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Block {
    Paragraph,
    ListItem,
    TableRow,
}

/// Builds the readable text block by block.
#[derive(Default)]
struct Layout {
    /// Each block with whether it follows the previous one after a single line
    /// break (items of one list, rows of one table).
    blocks: Vec<(String, bool)>,
    current: String,
    kind: Option<Block>,
    /// Whether the block being written is tight with the previous one.
    tight: bool,
    /// Inside a fenced or indented code block: spaces at line starts are kept.
    in_code: bool,
    /// What a list item's text starts with: its nesting depth (two spaces each) and
    /// marker ("• ", "3. "), written before its first word. Kept apart and only
    /// written out for an item that has text, so that a list nested 100,000 deep
    /// costs one long indent, not one per level.
    pending_prefix: Option<(usize, String)>,
    /// Per open list: the next number of an ordered list (`None` for bullets) and
    /// how many items it has had.
    lists: Vec<(Option<u64>, usize)>,
    /// Inside an image or a front-matter block: not article text.
    image_depth: usize,
    /// Inside the front matter block (its text is read as metadata).
    in_front_matter: bool,
    /// Inside a table cell that is not the row's first.
    cells_in_row: usize,
    /// Text of the first level-1 heading (else the first heading), for the title.
    title: Option<(HeadingLevel, String)>,
    heading: Option<(HeadingLevel, String)>,
}

impl Layout {
    fn push_text(&mut self, text: &str) {
        if self.image_depth > 0 {
            return;
        }
        // A block starts at its first word (spaces left by markup are dropped).
        let text = if self.current.is_empty() && !self.in_code {
            text.trim_start()
        } else {
            text
        };
        if text.is_empty() {
            return;
        }
        if self.current.is_empty()
            && let Some((depth, marker)) = self.pending_prefix.take()
        {
            self.current.extend(std::iter::repeat_n("  ", depth));
            self.current.push_str(&marker);
        }
        self.current.push_str(text);
        if let Some((_, h)) = &mut self.heading {
            h.push_str(text);
        }
    }

    /// Ends the block being written, if it has any text.
    fn flush(&mut self) {
        let text = std::mem::take(&mut self.current);
        self.kind = None;
        let tight = std::mem::take(&mut self.tight);
        // Trailing spaces and line breaks at the end of a block carry no meaning.
        let text = text.trim_end().to_string();
        if !text.trim().is_empty() {
            self.blocks.push((text, tight));
        }
    }

    fn start_block(&mut self, kind: Block) {
        self.flush();
        self.kind = Some(kind);
    }

    fn start_table_row(&mut self, first: bool) {
        self.start_block(Block::TableRow);
        self.tight = !first;
        self.cells_in_row = 0;
    }

    fn start_list_item(&mut self) {
        let depth = self.lists.len().saturating_sub(1);
        let (marker, earlier_items) = match self.lists.last_mut() {
            Some((number, items)) => {
                let marker = match number {
                    Some(n) => {
                        let m = format!("{n}. ");
                        *n += 1;
                        m
                    }
                    None => "• ".to_string(),
                };
                *items += 1;
                (marker, *items - 1)
            }
            None => ("• ".to_string(), 0),
        };
        self.start_block(Block::ListItem);
        // Items of one list, and a nested list under its item, follow on the next line.
        self.tight = earlier_items > 0 || depth > 0;
        self.pending_prefix = Some((depth, marker));
    }

    fn finish(mut self) -> PageText {
        self.flush();
        let mut text = String::new();
        for (i, (block, tight)) in self.blocks.iter().enumerate() {
            if i > 0 {
                text.push_str(if *tight { "\n" } else { "\n\n" });
            }
            text.push_str(block);
        }
        let title = self
            .title
            .map(|(_, t)| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|t| !t.is_empty());
        PageText {
            text,
            title,
            meta: Default::default(),
        }
    }
}

/// Lays out a Markdown article as readable text (see the module documentation) and
/// takes its title from the first top-level heading (else the first heading).
pub fn markdown_to_text(markdown: &str) -> PageText {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut layout = Layout::default();
    // The text of the front matter (`---` YAML or `+++` block), read apart.
    let mut front_matter: Option<String> = None;
    for event in Parser::new_ext(markdown, options) {
        if let Some(block) = front_matter.as_mut().filter(|_| layout.in_front_matter) {
            match &event {
                Event::Text(t) => block.push_str(t),
                Event::End(TagEnd::MetadataBlock(_)) => layout.in_front_matter = false,
                _ => {}
            }
        }
        match event {
            Event::Start(tag) => match tag {
                // A paragraph inside a list item continues the item's block when the
                // item has no text yet ("loose" lists).
                Tag::Paragraph
                    if layout.kind == Some(Block::ListItem) && layout.current.is_empty() => {}
                Tag::Paragraph => layout.start_block(Block::Paragraph),
                Tag::Heading { level, .. } => {
                    layout.start_block(Block::Paragraph);
                    layout.heading = Some((level, String::new()));
                }
                Tag::CodeBlock(_) => {
                    layout.start_block(Block::Paragraph);
                    layout.in_code = true;
                }
                Tag::BlockQuote(_) | Tag::HtmlBlock => layout.start_block(Block::Paragraph),
                Tag::List(first) => {
                    layout.flush();
                    layout.lists.push((first, 0));
                }
                Tag::Item => layout.start_list_item(),
                Tag::TableHead => layout.start_table_row(true),
                Tag::TableRow => layout.start_table_row(false),
                Tag::TableCell => {
                    if layout.cells_in_row > 0 {
                        layout.push_text(" | ");
                    }
                    layout.cells_in_row += 1;
                }
                // Images' alt text and front matter (`---` YAML) are not article text.
                Tag::Image { .. } => layout.image_depth += 1,
                Tag::MetadataBlock(_) => {
                    layout.image_depth += 1;
                    layout.in_front_matter = true;
                    front_matter.get_or_insert_with(String::new);
                }
                _ => {}
            },
            Event::End(end) => match end {
                TagEnd::Heading(_) => {
                    if let Some((level, text)) = layout.heading.take() {
                        let better = match &layout.title {
                            None => true,
                            Some((l, _)) => *l != HeadingLevel::H1 && level == HeadingLevel::H1,
                        };
                        if better && !text.trim().is_empty() {
                            layout.title = Some((level, text));
                        }
                    }
                    layout.flush();
                }
                TagEnd::CodeBlock => {
                    layout.flush();
                    layout.in_code = false;
                }
                TagEnd::Paragraph
                | TagEnd::BlockQuote(_)
                | TagEnd::HtmlBlock
                | TagEnd::Item
                | TagEnd::TableHead
                | TagEnd::TableRow => layout.flush(),
                TagEnd::List(_) => {
                    layout.flush();
                    layout.lists.pop();
                }
                TagEnd::Image | TagEnd::MetadataBlock(_) => {
                    layout.image_depth = layout.image_depth.saturating_sub(1);
                }
                _ => {}
            },
            Event::Text(t) | Event::Code(t) => layout.push_text(&t),
            Event::InlineMath(t) | Event::DisplayMath(t) => layout.push_text(&t),
            Event::SoftBreak => layout.push_text(" "),
            Event::HardBreak => layout.push_text("\n"),
            Event::Rule => layout.flush(),
            Event::TaskListMarker(done) => layout.push_text(if done { "☑ " } else { "☐ " }),
            // Raw HTML in Markdown: tags are markup, not text.
            Event::Html(_) | Event::InlineHtml(_) | Event::FootnoteReference(_) => {}
        }
    }
    let mut page = layout.finish();
    if let Some(block) = front_matter {
        let (meta, title) = front_matter_meta(&block);
        page.meta = meta;
        if title.is_some() {
            page.title = title;
        }
    }
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_emphasis_links_and_lists_are_laid_out_as_text() {
        let md = "# Parade in *Pyongyang*\n\nKCNA said the **new** missile was \
                  [tested](https://example.org/x \"t\") on `Friday`.\nIt added more.\n\n\
                  ## Reactions\n\n- Seoul: _concern_\n- Tokyo: protest\n\n1. first\n2. second\n\n\
                  > A quoted line\n\n---\n\n![a map](map.png) Caption.\n";
        let page = markdown_to_text(md);
        assert_eq!(
            page.text,
            "Parade in Pyongyang\n\n\
             KCNA said the new missile was tested on Friday. It added more.\n\n\
             Reactions\n\n\
             • Seoul: concern\n• Tokyo: protest\n\n\
             1. first\n2. second\n\n\
             A quoted line\n\n\
             Caption."
        );
        assert_eq!(page.title.as_deref(), Some("Parade in Pyongyang"));
    }

    #[test]
    fn non_ascii_text_comes_through_unchanged() {
        let md = "# 조선중앙통신 report\n\nThe “launch” 👋🏽 🇰🇵 at the cafe\u{301} — *it’s* **confirmed**.\n";
        let page = markdown_to_text(md);
        assert_eq!(
            page.text,
            "조선중앙통신 report\n\nThe “launch” 👋🏽 🇰🇵 at the cafe\u{301} — it’s confirmed."
        );
    }

    #[test]
    fn front_matter_is_not_article_text() {
        let md = "---\ntitle: Draft\nauthor: me\n---\n\n# Real headline\n\nBody.\n";
        let page = markdown_to_text(md);
        assert_eq!(page.text, "Real headline\n\nBody.");
        // The front matter's title and author are the article's metadata.
        assert_eq!(page.title.as_deref(), Some("Draft"));
        assert_eq!(page.meta.byline.as_deref(), Some("me"));
        let page = markdown_to_text("# Only a headline\n\nBody.\n");
        assert_eq!(page.title.as_deref(), Some("Only a headline"));
        assert!(page.meta.is_empty());
    }

    #[test]
    fn nested_and_loose_lists_keep_their_items() {
        let md = "* one\n\n  still one\n* two\n  * two a\n";
        let page = markdown_to_text(md);
        assert_eq!(page.text, "• one\n\nstill one\n• two\n  • two a");
    }

    #[test]
    fn code_blocks_tables_and_raw_html() {
        let md = "Intro <b>bold</b>.\n\n```\nlet x = 1;\nlet y = 2;\n```\n\n\
                  | Agency | Claim |\n|---|---|\n| KCNA | test |\n";
        let page = markdown_to_text(md);
        assert_eq!(
            page.text,
            "Intro bold.\n\nlet x = 1;\nlet y = 2;\n\nAgency | Claim\nKCNA | test"
        );
        assert_eq!(page.title, None);
    }
}
