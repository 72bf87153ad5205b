//! Opening whatever file the analyst hands over: a project or an article.

use std::path::Path;

use super::{StoreError, load_project};
use crate::model::{Document, Project};
use crate::read::html::html_to_text;
use crate::read::markdown::{MARKDOWN_NOTE, is_markdown_extension, markdown_to_text};
use crate::read::{DecodedText, guess_title, read_text_file};

/// What a file turned out to be.
#[derive(Debug, Clone)]
pub enum Opened {
    /// A Marginalia project.
    Project(Project),
    /// An article to add to the current project (or to a new one).
    Article {
        /// The readable text, title guessed, origin set; its id is provisional.
        document: Document,
        /// What was assumed on the way (encoding, line endings, HTML conversion).
        notes: Vec<String>,
    },
}

/// Opens `path`: `.ron` (or text starting with `Project(`) as a project, `.html` /
/// `.htm` as a web page reduced to its readable text, `.md` / `.markdown` as
/// Markdown laid out for reading, anything else as plain text.
pub fn open_path(path: &Path) -> Result<Opened, StoreError> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if ext == "ron" {
        return load_project(path).map(Opened::Project);
    }
    let DecodedText {
        text, mut notes, ..
    } = read_text_file(path)?;
    if text.trim_start().starts_with("Project(") {
        return load_project(path).map(Opened::Project);
    }
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "article".into());
    let (text, title, meta) = if ext == "html" || ext == "htm" || looks_like_html(&text) {
        let page = html_to_text(&text).map_err(|e| e.in_file(path))?;
        notes.push("HTML reduced to its readable text".into());
        let title = page.title.unwrap_or_else(|| guess_title(&page.text, &stem));
        (page.text, title, page.meta)
    } else if is_markdown_extension(&ext) {
        let page = markdown_to_text(&text);
        notes.push(MARKDOWN_NOTE.into());
        let title = page.title.unwrap_or_else(|| guess_title(&page.text, &stem));
        (page.text, title, page.meta)
    } else {
        let title = guess_title(&text, &stem);
        (text, title, Default::default())
    };
    if text.trim().is_empty() {
        return Err(StoreError::NoReadableText(path.to_path_buf()));
    }
    let id = crate::model::slug(&title);
    let document = Document::new(if id.is_empty() { "doc".into() } else { id }, title, text)
        .with_origin(path.display().to_string())
        .with_meta(meta);
    Ok(Opened::Article { document, notes })
}

/// True when decoded text starts like an HTML page (a doctype or `<html`, after
/// whitespace).
pub(crate) fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    let head = head.trim_start();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Annotation;

    #[test]
    fn opens_text_markdown_and_projects() {
        let dir = tempfile::tempdir().unwrap();
        let txt = dir.path().join("a.md");
        std::fs::write(&txt, "# Parade in Pyongyang\r\n\r\nKCNA said so.\r\n").unwrap();
        match open_path(&txt).unwrap() {
            Opened::Article { document, notes } => {
                assert_eq!(document.title, "Parade in Pyongyang");
                assert_eq!(document.text, "Parade in Pyongyang\n\nKCNA said so.");
                assert!(notes.iter().any(|n| n.contains("Markdown")));
                assert!(notes.iter().any(|n| n.contains("line endings")));
            }
            other => panic!("{other:?}"),
        }
        let ron = dir.path().join("p.ron");
        crate::store::save_project(&ron, &Project::new("p")).unwrap();
        assert!(matches!(open_path(&ron).unwrap(), Opened::Project(_)));
    }

    #[test]
    fn a_page_of_markup_only_says_it_has_no_readable_text() {
        let dir = tempfile::tempdir().unwrap();
        for (name, body) in [
            ("raw.md", "<div>\n<p>Only raw HTML</p>\n</div>\n"),
            ("comment.md", "<!-- a comment -->\n"),
            (
                "script.html",
                "<html><body><script>x()</script></body></html>",
            ),
        ] {
            let p = dir.path().join(name);
            std::fs::write(&p, body).unwrap();
            let err = open_path(&p).unwrap_err().to_string();
            assert!(err.contains("has no readable text"), "{name}: {err}");
            assert!(!err.contains("is empty"), "{name}: {err}");
        }
    }

    #[test]
    fn html_is_reduced_to_text() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.html");
        std::fs::write(
            &p,
            "<html><head><title>T</title><script>x()</script></head><body><nav>Menu</nav><p>First para.</p><p>Second.</p></body></html>",
        )
        .unwrap();
        let Opened::Article { document, .. } = open_path(&p).unwrap() else {
            panic!()
        };
        assert!(
            document.text.contains("First para.\n\nSecond."),
            "{:?}",
            document.text
        );
        assert!(!document.text.contains("x()") && !document.text.contains("Menu"));
    }

    #[test]
    fn annotations_on_the_laid_out_text_keep_exact_offsets_through_a_save() {
        let md =
            "# 평양 parade\n\n**KCNA** said 👋🏽 the “new” e\u{301}quipment *is believed* to work.\n";
        let page = crate::read::markdown::markdown_to_text(md);
        let doc = Document::new("d", "t", page.text.clone());
        let quote = "the “new” e\u{301}quipment";
        let byte = page.text.find(quote).unwrap();
        let start = doc.char_of(byte);
        let end = start + quote.chars().count();
        assert_eq!(doc.slice(start, end), quote);
        let mut project = Project::new("p");
        project
            .annotations
            .push(Annotation::new("d", start, end, quote, "claim", "me"));
        project.documents.push(doc);
        let ron = crate::store::project_to_ron(&project).unwrap();
        let back = crate::store::parse_project(&ron, std::path::Path::new("p.ron")).unwrap();
        let a = &back.annotations[0];
        let doc = back.document("d").unwrap();
        assert_eq!(doc.slice(a.start, a.end), quote);
        assert_eq!((a.start, a.end), (start, end));
    }
}
