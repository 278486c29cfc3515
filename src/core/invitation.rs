//! What an adapter could read about one received invitation: plain data, every piece
//! optional, because LinkedIn's cards differ by era, experiment and person.

/// Mutual connections as the card states them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct MutualConnections {
    /// "Casey Ray and 8 other mutual connections" is 9; `None` when the card says nothing.
    pub count: Option<u32>,
    /// Names the card shows ("Casey Ray"), in order.
    pub names: Vec<String>,
}

/// One received invitation, as read from the page. `None` means "the page did not say",
/// which rules treat as unknown, never as a negative signal.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Invitation {
    /// The sender's full name as shown ("Dana Whitfield").
    pub full_name: Option<String>,
    /// Path of the sender's profile, `/in/<slug>/`.
    pub profile_path: Option<String>,
    /// The sender's headline ("Head of Data at Acme Analytics").
    pub headline: Option<String>,
    /// The invitation's note, whole (LinkedIn's "see more" clamp already undone).
    /// `None`: no note; `Some("")` is treated like no note.
    pub note: Option<String>,
    /// Whether the card shows a real profile photo; `None` when the page did not say.
    pub has_photo: Option<bool>,
    pub mutual: MutualConnections,
    /// "<Name> follows you and is inviting you to connect".
    pub follows_you: bool,
    /// An organisation the card says both people share (2026 layout), if any.
    pub shared_organization: Option<String>,
    /// When it was sent, as LinkedIn words it ("2 weeks ago").
    pub sent_when: Option<String>,
}

impl Invitation {
    /// The first name, taken from the full name (the first word), if any.
    pub fn first_name(&self) -> Option<&str> {
        self.full_name.as_deref().and_then(|n| n.split_whitespace().next())
    }

    /// The note, trimmed, or `None` when absent or blank.
    pub fn note_text(&self) -> Option<&str> {
        self.note.as_deref().map(str::trim).filter(|n| !n.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_name_is_first_word() {
        let inv = Invitation { full_name: Some("  Dana  Whitfield ".into()), ..Default::default() };
        assert_eq!(inv.first_name(), Some("Dana"));
        assert_eq!(Invitation::default().first_name(), None);
    }

    #[test]
    fn blank_note_is_no_note() {
        let inv = Invitation { note: Some(" \n ".into()), ..Default::default() };
        assert_eq!(inv.note_text(), None);
    }
}
