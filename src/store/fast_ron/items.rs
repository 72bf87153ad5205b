//! Reading the project's items (the project, its schema, documents, annotations,
//! links, sources, merge notes) with the reader's tokens ([`super::Reader`]).

use super::{Reader, set};
use crate::model::{
    Annotation, Comment, Document, DocumentMeta, Label, Link, LinkKind, MergeConflict, MergeNote,
    NoteVersion, Project, RejectedSpan, Source, SourceRegistry, TagSchema, Verdict,
};

impl Reader<'_> {
    pub(super) fn project(&mut self) -> Option<Project> {
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
