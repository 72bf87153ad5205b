//! Lower-case particles inside a body's or person's name in other languages
//! ("Cafetaleros *de la* Sierra Sur", "Banco *del* Pacífico", "Stichting
//! *van der* Berg", "Société *des* Bains"): a name read word by word back
//! from its last capital goes on over them to its first capitalised word.
//! Fresh30 (255): the cooperative "Cafetaleros de la Sierra Sur" was read as
//! "Sierra Sur" for all five of its attributions. Over the 32 sets' texts a
//! particle stands between two capitalised words only in names
//! ("Cafetaleros de la Sierra Sur" 6 times, "Pieter de Graaf" once).

/// Particles of names in Spanish, Portuguese, French, Italian, Dutch and
/// German, lower case (not "do", "y", "den": English words too).
pub(super) const PARTICLES: &[&str] = &[
    "de", "del", "la", "las", "los", "el", "da", "das", "dos", "des", "du", "di", "van", "von",
    "der", "zu",
];

/// True when `word` is one of [`PARTICLES`].
pub(super) fn is_particle(word: &str) -> bool {
    PARTICLES.contains(&word)
}
