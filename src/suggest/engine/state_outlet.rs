//! "State television showed" names the channel only when the text names
//! it: with KCTV (or "Korean Central Television") nowhere in the text,
//! analysts file the footage under state media as a whole, not under a
//! channel the article never mentions.

use super::{ATTRIBUTION, Found, Suggester};

/// The registry's channel that "state television" is an alias of.
const CHANNEL: &str = "KCTV";

/// The ways a text names the channel itself.
const CHANNEL_NAMES: &[&str] = &["KCTV", "Korean Central Television", "조선중앙"];

/// The source a channel the text does not name is filed under.
const STATE_MEDIA: &str = "state media";

impl Suggester {
    /// Renames to state media the attributions of `found` (of `text`) whose
    /// source is the channel but whose text never names it, as the module
    /// doc says. The text is searched once, and only when such an
    /// attribution exists.
    pub(super) fn name_unnamed_channel(&self, text: &str, found: &mut [Found]) {
        let mut named: Option<bool> = None;
        for f in found.iter_mut().filter(|f| f.label == ATTRIBUTION) {
            if f.source.as_deref() != Some(CHANNEL) {
                continue;
            }
            let named =
                *named.get_or_insert_with(|| CHANNEL_NAMES.iter().any(|n| text.contains(n)));
            if named {
                return;
            }
            let media = self.index.normalise(STATE_MEDIA);
            f.why.push_str(&format!(
                ", {CHANNEL} read as {media} (the text never names the channel)"
            ));
            f.source = Some(media);
        }
    }
}
