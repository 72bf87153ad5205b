//! A fast reader for project files in the shape Marginalia writes them.
//!
//! The general RON parser spends most of a large project's load on per-token
//! overhead (100,000 annotation lines of a dozen fields each). This reader accepts the
//! subset of RON that [`super::project_to_ron`] produces — struct names, plain `"…"`
//! strings with the escapes Rust's `escape_debug` emits, unsigned integers, `true` /
//! `false`, `Some(…)` / `None`, lists, trailing commas, ASCII whitespace — and
//! returns `None` at the first thing outside it (comments, raw strings, extensions,
//! unknown or repeated fields, missing required fields, a number out of range…). The
//! caller then parses the text with `ron`, which gives the same project or the
//! precise error, so this reader never changes what a file means: it only makes the
//! common case fast.
//!
//! Keep it in step with the model: every field of `Project`, `TagSchema`, `Label`,
//! `Document`, `Annotation` and `Comment` must be read here with the same default as
//! its serde attribute. The tests compare it with `ron` on projects that set every
//! field.

use crate::model::{
    Annotation, Comment, Document, DocumentMeta, Label, Link, LinkKind, MergeConflict, MergeNote,
    NoteVersion, Project, RejectedSpan, Source, SourceRegistry, TagSchema, Verdict,
};
use crate::task::{Cancelled, Progress};

/// Annotations read between two progress reports and cancel checks.
const CHECK_EVERY: u32 = 1024;

/// Parses `text` if it is in the written subset; `None` means "ask ron".
#[cfg(test)]
pub(crate) fn parse_fast(text: &str) -> Option<Project> {
    parse_fast_with(text, &Progress::new()).ok().flatten()
}

/// [`parse_fast`] reporting the bytes read to `progress` (in the phase the caller
/// started, of `text.len()` units) and stopping when it is cancelled.
pub(crate) fn parse_fast_with(
    text: &str,
    progress: &Progress,
) -> Result<Option<Project>, Cancelled> {
    let mut p = Reader {
        s: text.as_bytes(),
        text,
        pos: 0,
        progress,
        items: 0,
        cancelled: false,
    };
    let project = p.project();
    if p.cancelled {
        return Err(Cancelled);
    }
    progress.set_done(text.len() as u64);
    let Some(project) = project else {
        return Ok(None);
    };
    if p.ws().is_none() {
        return Ok(None);
    }
    Ok((p.pos == p.s.len()).then_some(project))
}

struct Reader<'a> {
    s: &'a [u8],
    text: &'a str,
    pos: usize,
    progress: &'a Progress,
    /// Documents and annotations read so far.
    items: u32,
    /// Set when the progress was cancelled (the reader then returns `None`).
    cancelled: bool,
}

/// Stores a field's value, refusing a field given twice.
fn set<T>(slot: &mut Option<T>, value: T) -> Option<()> {
    if slot.is_some() {
        return None;
    }
    *slot = Some(value);
    Some(())
}

impl<'a> Reader<'a> {
    /// Counts one item; every [`CHECK_EVERY`] items (or every item when `always`:
    /// documents, few and long) reports the position and stops (`None`, with
    /// `cancelled` set) when the work was cancelled.
    fn tick(&mut self, always: bool) -> Option<()> {
        self.items = self.items.wrapping_add(1);
        if always || self.items.is_multiple_of(CHECK_EVERY) {
            self.progress.set_done(self.pos as u64);
            if self.progress.is_cancelled() {
                self.cancelled = true;
                return None;
            }
        }
        Some(())
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    /// Skips ASCII whitespace; a comment (or anything starting with `/`) is left to
    /// ron.
    fn ws(&mut self) -> Option<()> {
        while let Some(b) = self.peek() {
            match b {
                b' ' | b'\n' | b'\r' | b'\t' => self.pos += 1,
                b'/' => return None,
                _ => break,
            }
        }
        Some(())
    }

    fn eat(&mut self, b: u8) -> Option<()> {
        self.ws()?;
        if self.peek() == Some(b) {
            self.pos += 1;
            Some(())
        } else {
            None
        }
    }

    /// True (and consumed) when the next token is `b`.
    fn eat_if(&mut self, b: u8) -> Option<bool> {
        self.ws()?;
        if self.peek() == Some(b) {
            self.pos += 1;
            Some(true)
        } else {
            Some(false)
        }
    }

    fn ident(&mut self) -> Option<&'a str> {
        self.ws()?;
        let start = self.pos;
        while let Some(b) = self.peek() {
            if b.is_ascii_alphanumeric() || b == b'_' {
                self.pos += 1;
            } else {
                break;
            }
        }
        let ident = self.text.get(start..self.pos)?;
        let first = ident.as_bytes().first()?;
        (first.is_ascii_alphabetic() || *first == b'_').then_some(ident)
    }

    /// The opening of a struct: its optional name (which must be `name`) and `(`.
    fn open_struct(&mut self, name: &str) -> Option<()> {
        self.ws()?;
        if self.peek() != Some(b'(') && self.ident()? != name {
            return None;
        }
        self.eat(b'(')
    }

    /// Calls `field` for each `name: value` of a struct body up to its `)`.
    fn fields(&mut self, mut field: impl FnMut(&mut Self, &'a str) -> Option<()>) -> Option<()> {
        loop {
            if self.eat_if(b')')? {
                return Some(());
            }
            let name = self.ident()?;
            self.eat(b':')?;
            field(self, name)?;
            if !self.eat_if(b',')? {
                return self.eat(b')');
            }
        }
    }

    /// A list `[a, b, …]` of items read by `item`.
    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        self.eat(b'[')?;
        let mut out = Vec::new();
        loop {
            if self.eat_if(b']')? {
                return Some(out);
            }
            out.push(item(self)?);
            if !self.eat_if(b',')? {
                self.eat(b']')?;
                return Some(out);
            }
        }
    }

    fn string(&mut self) -> Option<String> {
        self.eat(b'"')?;
        let start = self.pos;
        let rest = self.s.get(start..)?;
        // The common case: no escape before the closing quote.
        let end = rest.iter().position(|&b| b == b'"' || b == b'\\')?;
        if rest.get(end) == Some(&b'"') {
            self.pos = start + end + 1;
            return self.text.get(start..start + end).map(str::to_string);
        }
        let mut out = String::with_capacity(end + 16);
        out.push_str(self.text.get(start..start + end)?);
        self.pos = start + end;
        loop {
            let rest = self.s.get(self.pos..)?;
            let next = rest.iter().position(|&b| b == b'"' || b == b'\\')?;
            out.push_str(self.text.get(self.pos..self.pos + next)?);
            self.pos += next;
            if self.peek()? == b'"' {
                self.pos += 1;
                return Some(out);
            }
            self.pos += 1; // the backslash
            let c = self.peek()?;
            self.pos += 1;
            match c {
                b'"' => out.push('"'),
                b'\'' => out.push('\''),
                b'\\' => out.push('\\'),
                b'n' => out.push('\n'),
                b'r' => out.push('\r'),
                b't' => out.push('\t'),
                b'0' => out.push('\0'),
                b'u' => out.push(self.unicode_escape()?),
                _ => return None,
            }
        }
    }

    /// The `{XXXX}` of a `\u{XXXX}` escape.
    fn unicode_escape(&mut self) -> Option<char> {
        if self.peek()? != b'{' {
            return None;
        }
        self.pos += 1;
        let start = self.pos;
        while self.peek()?.is_ascii_hexdigit() {
            self.pos += 1;
        }
        let digits = self.text.get(start..self.pos)?;
        if digits.is_empty() || digits.len() > 6 || self.peek()? != b'}' {
            return None;
        }
        self.pos += 1;
        char::from_u32(u32::from_str_radix(digits, 16).ok()?)
    }

    fn unsigned(&mut self) -> Option<u64> {
        self.ws()?;
        let start = self.pos;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.pos += 1;
        }
        let digits = self.text.get(start..self.pos)?;
        // Leave signs, hex, underscores, floats and leading zeros to ron.
        if digits.is_empty() || (digits.len() > 1 && digits.starts_with('0')) {
            return None;
        }
        match self.peek() {
            Some(b) if b.is_ascii_alphanumeric() || b == b'_' || b == b'.' => None,
            _ => digits.parse().ok(),
        }
    }

    fn usize(&mut self) -> Option<usize> {
        usize::try_from(self.unsigned()?).ok()
    }

    fn bool(&mut self) -> Option<bool> {
        match self.ident()? {
            "true" => Some(true),
            "false" => Some(false),
            _ => None,
        }
    }

    fn option_string(&mut self) -> Option<Option<String>> {
        match self.ident()? {
            "None" => Some(None),
            "Some" => {
                self.eat(b'(')?;
                let s = self.string()?;
                self.eat(b')')?;
                Some(Some(s))
            }
            _ => None,
        }
    }

    fn project(&mut self) -> Option<Project> {
        self.open_struct("Project")?;
        let (mut format, mut name, mut schema, mut documents, mut annotations) =
            (None, None, None, None, None);
        let (mut links, mut registry) = (None, None);
        let mut rejected = None; // suggestions (format 4)
        let mut merge_notes = None; // conflicts (issue 14, format 5)
        let mut memo = None; // codebook (issue 19, format 5)
        self.fields(|r, field| match field {
            "format" => set(&mut format, u32::try_from(r.unsigned()?).ok()?),
            "name" => set(&mut name, r.string()?),
            "schema" => set(&mut schema, r.schema()?),
            "documents" => set(&mut documents, r.list(Self::document)?),
            "annotations" => set(&mut annotations, r.list(Self::annotation)?),
            // --- sources (issue 13) ---
            "links" => set(&mut links, r.list(Self::link)?),
            "registry" => set(&mut registry, r.registry()?),
            // --- end sources ---
            "rejected" => set(&mut rejected, r.list(Self::rejected)?),
            "merge_notes" => set(&mut merge_notes, r.list(Self::merge_note)?),
            "memo" => set(&mut memo, r.string()?), // codebook
            _ => None,
        })?;
        Some(Project {
            format: format?,
            name: name?,
            schema: schema.unwrap_or_default(),
            documents: documents.unwrap_or_default(),
            annotations: annotations.unwrap_or_default(),
            links: links.unwrap_or_default(),
            registry: registry.unwrap_or_default(),
            rejected: rejected.unwrap_or_default(),
            merge_notes: merge_notes.unwrap_or_default(),
            memo: memo.unwrap_or_default(), // codebook
        })
    }

    // --- conflicts (issue 14, format 5) ---
    /// `MergeNote(item: …, fields: […], other: Document(…) | Label(…) | Name(…))`,
    /// the other version read by the same functions as documents and labels.
    fn merge_note(&mut self) -> Option<MergeNote> {
        self.open_struct("MergeNote")?;
        let (mut item, mut fields, mut other) = (None, None, None);
        self.fields(|r, field| match field {
            "item" => set(&mut item, r.string()?),
            "fields" => set(&mut fields, r.list(Self::string)?),
            "other" => set(&mut other, r.note_version()?),
            _ => None,
        })?;
        Some(MergeNote {
            item: item?,
            fields: fields.unwrap_or_default(),
            other: other?,
        })
    }

    fn note_version(&mut self) -> Option<NoteVersion> {
        let variant = self.ident()?;
        self.eat(b'(')?;
        let version = match variant {
            "Document" => NoteVersion::Document(self.document()?),
            "Label" => NoteVersion::Label(self.label()?),
            "Name" => NoteVersion::Name(self.string()?),
            _ => return None,
        };
        self.eat(b')')?;
        Some(version)
    }
    // --- end conflicts ---

    // --- suggestions (format 4) ---
    fn rejected(&mut self) -> Option<RejectedSpan> {
        self.open_struct("RejectedSpan")?;
        let (mut doc, mut start, mut end, mut label, mut rule) = (None, None, None, None, None);
        self.fields(|r, field| match field {
            "doc" => set(&mut doc, r.string()?),
            "start" => set(&mut start, r.usize()?),
            "end" => set(&mut end, r.usize()?),
            "label" => set(&mut label, r.option_string()?),
            "rule" => set(&mut rule, r.option_string()?),
            _ => None,
        })?;
        Some(RejectedSpan {
            doc: doc?,
            start: start?,
            end: end?,
            label: label.unwrap_or_default(),
            rule: rule.unwrap_or_default(),
        })
    }

    // --- sources (issue 13) ---
    fn link(&mut self) -> Option<Link> {
        self.open_struct("Link")?;
        let (mut from, mut to, mut kind) = (None, None, None);
        self.fields(|r, field| match field {
            "from" => set(&mut from, r.string()?),
            "to" => set(&mut to, r.string()?),
            "kind" => set(
                &mut kind,
                match r.ident()? {
                    "Attributes" => LinkKind::Attributes,
                    _ => return None,
                },
            ),
            _ => None,
        })?;
        Some(Link {
            from: from?,
            to: to?,
            kind: kind?,
        })
    }

    fn registry(&mut self) -> Option<SourceRegistry> {
        self.open_struct("SourceRegistry")?;
        let mut sources = None;
        self.fields(|r, field| match field {
            "sources" => set(&mut sources, r.list(Self::source)?),
            _ => None,
        })?;
        Some(SourceRegistry {
            sources: sources.unwrap_or_default(),
        })
    }

    fn source(&mut self) -> Option<Source> {
        self.open_struct("Source")?;
        let (mut name, mut kind, mut aliases) = (None, None, None);
        self.fields(|r, field| match field {
            "name" => set(&mut name, r.string()?),
            "kind" => set(&mut kind, r.string()?),
            "aliases" => set(&mut aliases, r.list(Self::string)?),
            _ => None,
        })?;
        Some(Source {
            name: name?,
            kind: kind.unwrap_or_default(),
            aliases: aliases.unwrap_or_default(),
        })
    }
    // --- end sources ---

    fn schema(&mut self) -> Option<TagSchema> {
        self.open_struct("TagSchema")?;
        let (mut labels, mut sources) = (None, None);
        self.fields(|r, field| match field {
            "labels" => set(&mut labels, r.list(Self::label)?),
            "sources" => set(&mut sources, r.list(Self::string)?),
            _ => None,
        })?;
        Some(TagSchema {
            labels: labels?,
            sources: sources.unwrap_or_default(),
        })
    }

    fn label(&mut self) -> Option<Label> {
        self.open_struct("Label")?;
        let (mut id, mut name, mut color, mut key, mut needs_source) =
            (None, None, None, None, None);
        let (mut description, mut example) = (None, None); // codebook (issue 19, format 5)
        self.fields(|r, field| match field {
            "id" => set(&mut id, r.string()?),
            "name" => set(&mut name, r.string()?),
            "color" => set(&mut color, r.string()?),
            "key" => set(&mut key, r.option_string()?),
            "needs_source" => set(&mut needs_source, r.bool()?),
            // --- codebook (issue 19, format 5) ---
            "description" => set(&mut description, r.string()?),
            "example" => set(&mut example, r.string()?),
            // --- end codebook ---
            _ => None,
        })?;
        Some(Label {
            id: id?,
            name: name?,
            color: color?,
            key: key.unwrap_or_default(),
            needs_source: needs_source.unwrap_or_default(),
            description: description.unwrap_or_default(), // codebook
            example: example.unwrap_or_default(),         // codebook
        })
    }

    fn document(&mut self) -> Option<Document> {
        self.tick(true)?;
        self.open_struct("Document")?;
        let (mut id, mut title, mut origin, mut text, mut meta) = (None, None, None, None, None);
        let mut done_by = None; // format 4 (corpus)
        let mut memo = None; // issue 19, format 4
        self.fields(|r, field| match field {
            "id" => set(&mut id, r.string()?),
            "title" => set(&mut title, r.string()?),
            "origin" => set(&mut origin, r.option_string()?),
            "meta" => set(&mut meta, r.meta()?),
            "done_by" => set(&mut done_by, r.list(|r| r.string())?), // format 4 (corpus)
            "memo" => set(&mut memo, r.string()?),
            "text" => set(&mut text, r.string()?),
            _ => None,
        })?;
        let mut document = Document::new(id?, title?, text?);
        document.origin = origin.unwrap_or_default();
        document.meta = Box::new(meta.unwrap_or_default());
        document.done_by = done_by.unwrap_or_default(); // format 4 (corpus)
        document.memo = memo.unwrap_or_default();
        Some(document)
    }

    fn meta(&mut self) -> Option<DocumentMeta> {
        self.open_struct("DocumentMeta")?;
        let mut m = DocumentMeta::default();
        let mut seen = [false; 6];
        self.fields(|r, field| {
            let k = crate::model::META_FIELDS.iter().position(|f| *f == field)?;
            let slot = seen.get_mut(k)?;
            if *slot {
                return None;
            }
            *slot = true;
            let value = r.option_string()?;
            let target = match field {
                "outlet" => &mut m.outlet,
                "date" => &mut m.date,
                "date_original" => &mut m.date_original,
                "url" => &mut m.url,
                "byline" => &mut m.byline,
                "language" => &mut m.language,
                _ => return None,
            };
            *target = value;
            Some(())
        })?;
        Some(m)
    }

    fn annotation(&mut self) -> Option<Annotation> {
        self.tick(false)?;
        self.open_struct("Annotation")?;
        let (mut id, mut doc, mut start, mut end, mut quote, mut label) =
            (None, None, None, None, None, None);
        let (mut source, mut note, mut author, mut created) = (None, None, None, None);
        let (mut curated_from, mut decided_by, mut comments, mut orphaned) =
            (None, None, None, None);
        let (mut edited_by, mut modified, mut previous_label) = (None, None, None);
        let mut conflict = None;
        self.fields(|r, field| match field {
            "id" => set(&mut id, r.string()?),
            "doc" => set(&mut doc, r.string()?),
            "start" => set(&mut start, r.usize()?),
            "end" => set(&mut end, r.usize()?),
            "quote" => set(&mut quote, r.string()?),
            "label" => set(&mut label, r.string()?),
            "source" => set(&mut source, r.option_string()?),
            "note" => set(&mut note, r.string()?),
            "author" => set(&mut author, r.string()?),
            "created" => set(&mut created, r.string()?),
            "edited_by" => set(&mut edited_by, r.option_string()?),
            "modified" => set(&mut modified, r.option_string()?),
            "previous_label" => set(&mut previous_label, r.option_string()?),
            "curated_from" => set(&mut curated_from, r.list(Self::string)?),
            "decided_by" => set(&mut decided_by, r.option_string()?),
            "comments" => set(&mut comments, r.list(Self::comment)?),
            "orphaned" => set(&mut orphaned, r.bool()?),
            "conflict" => set(&mut conflict, r.option_conflict()?),
            _ => None,
        })?;
        Some(Annotation {
            id: id?,
            doc: doc?,
            start: start?,
            end: end?,
            quote: quote?,
            label: label?,
            source: source.unwrap_or_default(),
            note: note.unwrap_or_default(),
            author: author.unwrap_or_default(),
            created: created.unwrap_or_default(),
            edited_by: edited_by.unwrap_or_default(),
            modified: modified.unwrap_or_default(),
            previous_label: previous_label.unwrap_or_default(),
            curated_from: curated_from.unwrap_or_default(),
            decided_by: decided_by.unwrap_or_default(),
            comments: comments.unwrap_or_default(),
            orphaned: orphaned.unwrap_or_default(),
            conflict: conflict.unwrap_or_default(),
        })
    }

    /// `None` or `Some(MergeConflict(other: "…", reason: "…"))`.
    fn option_conflict(&mut self) -> Option<Option<MergeConflict>> {
        match self.ident()? {
            "None" => return Some(None),
            "Some" => self.eat(b'(')?,
            _ => return None,
        }
        self.open_struct("MergeConflict")?;
        let (mut other, mut reason) = (None, None);
        self.fields(|r, field| match field {
            "other" => set(&mut other, r.string()?),
            "reason" => set(&mut reason, r.string()?),
            _ => None,
        })?;
        self.eat(b')')?;
        Some(Some(MergeConflict {
            other: other.unwrap_or_default(),
            reason: reason.unwrap_or_default(),
        }))
    }

    fn comment(&mut self) -> Option<Comment> {
        self.open_struct("Comment")?;
        let (mut author, mut verdict, mut note, mut created) = (None, None, None, None);
        self.fields(|r, field| match field {
            "author" => set(&mut author, r.string()?),
            "verdict" => set(
                &mut verdict,
                match r.ident()? {
                    "Agree" => Verdict::Agree,
                    "Dispute" => Verdict::Dispute,
                    _ => return None,
                },
            ),
            "note" => set(&mut note, r.string()?),
            "created" => set(&mut created, r.string()?),
            _ => None,
        })?;
        Some(Comment {
            author: author?,
            verdict: verdict?,
            note: note.unwrap_or_default(),
            created: created.unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::generate::{GenerateSpec, generate_project};
    use crate::store::project_to_ron;
    use proptest::prelude::*;

    fn by_ron(text: &str) -> Option<Project> {
        ron::Options::default().from_str(text).ok()
    }

    /// A project that sets every field, with text that needs escapes.
    fn full_project() -> Project {
        let mut p = generate_project(&GenerateSpec {
            main_bytes: 3_000,
            annotations: 40,
            small_articles: 2,
            seed: 11,
        });
        p.documents[0].text.push_str(
            "\n\t\"Quoted\" \\ back\\slash, it’s “curly”, e\u{301}, 👋🏽 🇰🇵 \u{0}\u{7f}\u{200b}\r\n",
        );
        p.documents[1].origin = None;
        *p.documents[0].meta = DocumentMeta {
            outlet: Some("조선중앙통신 “KCNA”".into()),
            date: Some("2026-03-14T09:30:00+09:00".into()),
            date_original: Some("14 Mar 2026 09:30 KST".into()),
            url: Some("https://example.org/a?b=\"c\"".into()),
            byline: Some("Kim Min-ji 👋🏽".into()),
            language: Some("ko".into()),
        };
        p.documents[2].meta.outlet = Some("Yonhap".into());
        p.documents[1].done_by = vec!["alice".into(), "조 “b”".into()]; // format 4 (corpus)
        p.schema.labels[0].key = None;
        // --- codebook (issue 19, format 5) ---
        p.schema.labels[1].description = "Not yet confirmed: \"may\", \"could\"\n추측 👋🏽".into();
        p.schema.labels[2].example = "according to KCNA (조선중앙통신)".into();
        p.documents[0].memo = "check the date\n“twice”".into();
        p.memo = "Project memo: \"KCNA\" dates in KST\n조선 👋🏽".into();
        // --- end codebook ---
        // suggestions (format 4)
        p.rejected = vec![
            crate::model::RejectedSpan {
                doc: "d \"1\" 한".into(),
                start: 3,
                end: 9,
                label: Some("claim".into()),
                rule: Some("attr.said".into()),
            },
            crate::model::RejectedSpan {
                doc: "d2".into(),
                start: 0,
                end: 1,
                label: None,
                rule: None,
            },
        ];
        let a = &mut p.annotations[0];
        a.curated_from = vec!["alice".into(), "bob \"b\"".into()];
        a.decided_by = Some("carol".into());
        a.edited_by = Some("bob “b”".into());
        a.modified = Some("2026-12-03T10:00:00Z".into());
        a.previous_label = Some("speculation".into());
        a.comments = vec![
            Comment {
                author: "dan".into(),
                verdict: Verdict::Dispute,
                note: "not a claim\nreally".into(),
                created: "2026-11-27T10:00:00Z".into(),
            },
            Comment {
                author: "eve".into(),
                verdict: Verdict::Agree,
                note: String::new(),
                created: String::new(),
            },
        ];
        p.annotations[1].source = Some(String::new());
        p.annotations[2].orphaned = true;
        p.annotations[3].conflict = Some(crate::model::MergeConflict {
            other: "a-“조선”-c1".into(),
            reason: "label changed differently\non both sides 👋🏽".into(),
        });
        p.annotations[4].conflict = Some(crate::model::MergeConflict {
            other: String::new(),
            reason: String::new(),
        });
        // --- sources (issue 13) ---
        let (a0, a1, a2) = (
            p.annotations[0].id.clone(),
            p.annotations[1].id.clone(),
            p.annotations[2].id.clone(),
        );
        p.links = vec![
            crate::model::Link::attributes(&a0, &a1),
            crate::model::Link::attributes(&a0, a2),
        ];
        p.registry = SourceRegistry {
            sources: vec![
                Source {
                    name: "KCNA \"조선중앙통신\"".into(),
                    kind: "state media".into(),
                    aliases: vec!["조선중앙통신".into(), "Korean Central News Agency".into()],
                },
                Source {
                    name: "some analysts".into(),
                    kind: String::new(),
                    aliases: Vec::new(),
                },
            ],
        };
        // --- end sources ---
        // --- conflicts (issue 14, format 5) ---
        let mut other_doc = p.documents[0].clone();
        other_doc.text.clear();
        other_doc.title = "다른 “title” 👋🏽".into();
        let mut other_label = p.schema.labels[1].clone();
        other_label.color = "#ff0000".into();
        other_label.key = None;
        p.merge_notes = vec![
            MergeNote {
                item: other_doc.id.clone(),
                fields: vec!["title".into(), "meta".into()],
                other: NoteVersion::Document(other_doc),
            },
            MergeNote {
                item: other_label.id.clone(),
                fields: vec![],
                other: NoteVersion::Label(other_label),
            },
            MergeNote {
                item: String::new(),
                fields: vec!["name".into()],
                other: NoteVersion::Name("Desk \"조선\"\n".into()),
            },
        ];
        // --- end conflicts ---
        p
    }

    #[test]
    fn reads_what_marginalia_writes_exactly_as_ron_does() {
        let text = project_to_ron(&full_project()).unwrap();
        let fast = parse_fast(&text).expect("the written shape is read by the fast path");
        assert_eq!(Some(fast), by_ron(&text));
    }

    #[test]
    fn parsing_reports_every_byte_and_stops_when_cancelled() {
        let text = project_to_ron(&generate_project(&GenerateSpec::PEER_117K)).unwrap();
        let progress = Progress::new();
        progress.start_phase("Parsing", text.len() as u64);
        assert!(parse_fast_with(&text, &progress).unwrap().is_some());
        let s = progress.state();
        assert_eq!((s.done, s.total), (text.len() as u64, text.len() as u64));
        // Cancelled: stopped at the first document, inside the reader.
        progress.cancel();
        assert_eq!(parse_fast_with(&text, &progress), Err(Cancelled));
    }

    #[test]
    fn anything_outside_the_subset_is_left_to_ron() {
        let text = project_to_ron(&full_project()).unwrap();
        let variants = [
            text.replacen("Project(", "// a comment\nProject(", 1),
            text.replacen("format: 5,", "format: 5, extra: 3,", 1),
            text.replacen("format: 5,", "format: 5, format: 5,", 1),
            text.replacen("format: 5,", "format: 0x5,", 1),
            text.replacen("other: Label(Label(", "other: Label((", 1)
                .replacen("other: Label((", "other: Labl((", 1),
            text.replacen("name: \"", "name: r\"", 1)
                .replacen("\",\n", "\"#,\n", 0),
            text.replacen("Project(", "Projekt(", 1),
            text.replacen("start: ", "start: -", 1),
            text.replacen("start: ", "start: 0", 1),
            text.replacen("Label(id: \"claim\"", "Label(", 1),
            format!("#![enable(implicit_some)]\n{text}"),
            text[..text.len() / 2].to_string(),
            format!("{text} trailing"),
        ];
        for v in &variants {
            assert!(parse_fast(v).is_none(), "{}", &v[..v.len().min(200)]);
        }
    }

    #[test]
    fn unnamed_structs_and_missing_defaults_are_read() {
        let text = "(format: 1, name: \"n\", documents: [(id: \"d\", title: \"t\", text: \"x\\u{301}\")], annotations: [(id: \"a\", doc: \"d\", start: 0, end: 1, quote: \"x\", label: \"claim\",)],)";
        assert_eq!(parse_fast(text), by_ron(text));
        assert!(parse_fast(text).is_some());
        // Metadata in any order, unnamed, with `None` fields.
        let text = "(format: 4, name: \"n\", documents: [(id: \"d\", title: \"t\", meta: (url: None, language: Some(\"en\"), outlet: Some(\"KCNA\"),), text: \"x\")])";
        let fast = parse_fast(text);
        assert_eq!(fast, by_ron(text));
        assert_eq!(
            fast.unwrap().documents[0].meta.outlet.as_deref(),
            Some("KCNA")
        );
        let twice = "(format: 4, name: \"n\", documents: [(id: \"d\", title: \"t\", meta: (url: None, url: None), text: \"x\")])";
        assert!(parse_fast(twice).is_none());
    }

    #[test]
    fn the_fast_writer_writes_what_ron_writes() {
        use crate::store::project_file::project_to_ron_by_ron;
        let mut empty = Project::new("");
        empty.schema.sources.clear();
        for p in [
            full_project(),
            empty,
            Project::new("x"),
            generate_project(&GenerateSpec::SMALL),
        ] {
            assert_eq!(project_to_ron(&p).unwrap(), project_to_ron_by_ron(&p));
        }
    }

    proptest! {
        #[test]
        fn the_fast_writer_escapes_any_string_like_ron(s in any::<String>(), t in "[\\PC\\pC]{0,40}") {
            use crate::store::project_file::project_to_ron_by_ron;
            let mut p = Project::new(s.clone());
            p.documents.push(Document::new("d", t.clone(), s.clone()).with_origin(t.clone()));
            let mut a = Annotation::new("d", 0, 1, t.clone(), "claim", s.clone());
            a.curated_from = vec![t.clone()];
            p.annotations.push(a);
            prop_assert_eq!(project_to_ron(&p).unwrap(), project_to_ron_by_ron(&p));
        }

        #[test]
        fn any_string_round_trips_like_ron(s in any::<String>()) {
            let mut p = Project::new(s.clone());
            p.documents.push(Document::new("d", s.clone(), s));
            let text = project_to_ron(&p).unwrap();
            let fast = parse_fast(&text);
            prop_assert!(fast.is_some());
            prop_assert_eq!(fast, by_ron(&text));
        }
    }
}
