//! Which LinkedIn surface a URL is, so that only the adapters a page needs run.

/// The LinkedIn surfaces NoteFirst knows. `Other` means: do nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    /// `/mynetwork/invitation-manager/received/` (and its older `/mynetwork/invitation-manager/`).
    ReceivedInvitations,
    /// `/mynetwork/invitation-manager/sent/`: nothing to do there yet.
    SentInvitations,
    /// `/mynetwork/` and its sub-pages other than the invitation manager: invitation
    /// previews and People You May Know.
    MyNetwork,
    /// A member profile, `/in/<slug>/`.
    Profile,
    /// People search results, `/search/results/people/` (and `/search/results/all/`).
    Search,
    /// Any other page.
    Other,
}

impl PageKind {
    /// Classifies a URL's path (the part after the host; a full URL is accepted too).
    pub fn from_path(path_or_url: &str) -> PageKind {
        let path = strip_origin(path_or_url);
        // Query and fragment never change the surface.
        let path = path.split(['?', '#']).next().unwrap_or("");
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            ["mynetwork", "invitation-manager", "sent", ..] => PageKind::SentInvitations,
            ["mynetwork", "invitation-manager", ..] => PageKind::ReceivedInvitations,
            ["mynetwork", ..] => PageKind::MyNetwork,
            ["in", slug, ..] if !slug.is_empty() => PageKind::Profile,
            ["search", "results", kind, ..] if *kind == "people" || *kind == "all" => PageKind::Search,
            _ => PageKind::Other,
        }
    }

    /// Whether received-invitation cards can appear on this surface.
    pub fn shows_received_invitations(self) -> bool {
        matches!(self, PageKind::ReceivedInvitations | PageKind::MyNetwork)
    }

    /// A short stable name, for diagnostics and tests.
    pub fn name(self) -> &'static str {
        match self {
            PageKind::ReceivedInvitations => "received-invitations",
            PageKind::SentInvitations => "sent-invitations",
            PageKind::MyNetwork => "mynetwork",
            PageKind::Profile => "profile",
            PageKind::Search => "search",
            PageKind::Other => "other",
        }
    }
}

fn strip_origin(s: &str) -> &str {
    match s.find("://") {
        Some(i) => {
            let rest = &s[i + 3..];
            rest.find('/').map_or("/", |j| &rest[j..])
        }
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::PageKind::{self, *};

    #[test]
    fn classifies_linkedin_paths() {
        let cases = [
            ("https://www.linkedin.com/mynetwork/invitation-manager/received/", ReceivedInvitations),
            ("/mynetwork/invitation-manager/", ReceivedInvitations),
            ("/mynetwork/invitation-manager/received/?filterCriteria=FOCUSED", ReceivedInvitations),
            ("/mynetwork/invitation-manager/sent/", SentInvitations),
            ("/mynetwork/", MyNetwork),
            ("/mynetwork/grow/", MyNetwork),
            ("https://www.linkedin.com/in/casey-ray-123/", Profile),
            ("/in/casey-ray-123/details/experience/", Profile),
            ("/search/results/people/?keywords=rust", Search),
            ("/search/results/all/?keywords=rust", Search),
            ("/search/results/companies/?keywords=rust", Other),
            ("/feed/", Other),
            ("/", Other),
            ("", Other),
            ("/in/", Other),
            ("https://www.linkedin.com", Other),
        ];
        for (path, want) in cases {
            assert_eq!(PageKind::from_path(path), want, "{path}");
        }
    }

    #[test]
    fn only_network_pages_show_received_invitations() {
        assert!(ReceivedInvitations.shows_received_invitations());
        assert!(MyNetwork.shows_received_invitations());
        assert!(!Profile.shows_received_invitations());
        assert!(!PageKind::Other.shows_received_invitations());
    }
}
