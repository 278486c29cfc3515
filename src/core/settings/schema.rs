//! The settings schema, version by version, as plain Rust types.
//!
//! JSON field names are camelCase: the same JSON is stored by the browser, exported to
//! a file and read by the extension's JavaScript. Every field has a default, so the
//! smallest valid settings object is `{"version": 1}`.
//!
//! Version history (see `migrate.rs` for the steps between versions):
//! - **1** (NoteFirst 0.1): the first version with stored settings. Nothing was stored
//!   before it, so there is no earlier version to migrate from yet; the migration chain
//!   and its tests are in place for the next one.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::compose::NoteTemplate;
use crate::reply::ReplyTemplate;
use crate::score::ScoringConfig;
use crate::template::Me;

/// The version this build writes. Stored or imported settings with a lower version are
/// migrated up; a higher one came from a newer NoteFirst and is read, never rewritten.
pub const SCHEMA_VERSION: u32 = 1;

/// LinkedIn's note limit on free accounts, and on Premium accounts (and older UIs).
pub const FREE_NOTE_LIMIT: usize = 200;
pub const PREMIUM_NOTE_LIMIT: usize = 300;

/// Sizes the options page enforces and imports are checked against. They keep every
/// stored piece far below the browser's 8 KB per sync item.
pub mod limits {
    pub const NAME: usize = 100;
    pub const SIGN_OFF: usize = 200;
    pub const SIGN_OFF_LINES: usize = 3;
    pub const LINKS: usize = 5;
    pub const LINK_LABEL: usize = 40;
    pub const URL: usize = 300;
    /// Per kind (notes, replies).
    pub const TEMPLATES: usize = 50;
    pub const TEMPLATE_ID: usize = 24;
    pub const TEMPLATE_LABEL: usize = 60;
    /// A note template's source: placeholders and fallbacks make it longer than the
    /// note it renders, whose own limit is checked separately.
    pub const NOTE_SOURCE: usize = 600;
    /// A reply is a LinkedIn message (8,000 characters); templates are kept shorter.
    pub const REPLY_TEXT: usize = 2000;
    pub const WHEN: usize = 25;
    pub const WEIGHT: i32 = 100;
    /// Weight overrides (there are about 20 rules; unknown ids are kept, within reason).
    pub const WEIGHTS: usize = 40;
    pub const KEEP_WEEKS_MIN: u32 = 1;
    pub const KEEP_WEEKS_MAX: u32 = 104;
}

/// Everything the user can set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Settings {
    pub version: u32,
    pub me: MeSettings,
    /// Links the user likes to share; `{link}` is the first.
    pub links: Vec<SharedLink>,
    pub account: AccountType,
    pub note_templates: Vec<UserNoteTemplate>,
    pub reply_templates: Vec<UserReplyTemplate>,
    pub scoring: Scoring,
    pub features: Features,
    pub history: HistorySettings,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            version: SCHEMA_VERSION,
            me: MeSettings::default(),
            links: Vec::new(),
            account: AccountType::default(),
            note_templates: Vec::new(),
            reply_templates: Vec::new(),
            scoring: Scoring::default(),
            features: Features::default(),
            history: HistorySettings::default(),
        }
    }
}

/// Who signs notes and replies.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct MeSettings {
    pub name: String,
    /// May span lines ("Best regards,\nSam").
    pub sign_off: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SharedLink {
    /// What it is ("Blog", "Newsletter").
    pub label: String,
    pub url: String,
}

/// Which note limit applies.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AccountType {
    /// Read it from LinkedIn's "N/300" or "N/200" counter when the note box shows one;
    /// the free limit until then (the safe side).
    #[default]
    Detect,
    Free,
    Premium,
}

impl AccountType {
    pub fn id(self) -> &'static str {
        match self {
            AccountType::Detect => "detect",
            AccountType::Free => "free",
            AccountType::Premium => "premium",
        }
    }

    pub fn from_id(id: &str) -> Option<AccountType> {
        [AccountType::Detect, AccountType::Free, AccountType::Premium].into_iter().find(|a| a.id() == id)
    }

    /// The note limit in force, given the limit LinkedIn's counter showed (if any).
    pub fn note_limit(self, detected: Option<usize>) -> usize {
        match self {
            AccountType::Free => FREE_NOTE_LIMIT,
            AccountType::Premium => PREMIUM_NOTE_LIMIT,
            AccountType::Detect => match detected {
                Some(limit) if limit > 0 => limit,
                _ => FREE_NOTE_LIMIT,
            },
        }
    }

    /// The longest note a template may produce, for validation: a "detect" account may
    /// turn out to be Premium, so templates up to 300 are allowed (with a warning above 200).
    pub fn template_limit(self) -> usize {
        match self {
            AccountType::Free => FREE_NOTE_LIMIT,
            AccountType::Premium | AccountType::Detect => PREMIUM_NOTE_LIMIT,
        }
    }
}

/// A note template the user wrote (for invitations they send).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct UserNoteTemplate {
    pub id: String,
    pub label: String,
    pub text: String,
}

/// A reply template the user wrote (for invitations they receive).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct UserReplyTemplate {
    pub id: String,
    pub label: String,
    pub text: String,
    /// Band ids ("good", "ask", "spam") and rule ids this reply suits; empty: any case.
    pub when: Vec<String>,
}

/// Rule weights and band thresholds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Scoring {
    pub good_at: i32,
    pub spam_at: i32,
    /// Overrides by rule id; a rule not listed keeps its default weight.
    pub weights: BTreeMap<String, i32>,
}

impl Default for Scoring {
    fn default() -> Self {
        let d = ScoringConfig::default();
        Scoring { good_at: d.good_at, spam_at: d.spam_at, weights: BTreeMap::new() }
    }
}

/// Each feature, on or off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Features {
    /// A score badge on received invitations.
    pub badges: bool,
    /// Reply suggestions beside received invitations.
    pub replies: bool,
    /// The warning before an invitation is sent without a note.
    pub warning: bool,
    /// Suggested notes beside LinkedIn's note box.
    pub note_helper: bool,
    /// A local history of the invitations seen, for the toolbar popup.
    pub history: bool,
}

impl Default for Features {
    fn default() -> Self {
        Features { badges: true, replies: true, warning: true, note_helper: true, history: true }
    }
}

/// The ids of [`Features`]' fields, as the bridge and the options page name them.
pub const FEATURE_IDS: [&str; 5] = ["badges", "replies", "warning", "noteHelper", "history"];

impl Features {
    pub fn get(&self, id: &str) -> Option<bool> {
        Some(match id {
            "badges" => self.badges,
            "replies" => self.replies,
            "warning" => self.warning,
            "noteHelper" => self.note_helper,
            "history" => self.history,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct HistorySettings {
    /// Records older than this are pruned.
    pub keep_weeks: u32,
}

impl Default for HistorySettings {
    fn default() -> Self {
        HistorySettings { keep_weeks: 26 }
    }
}

impl Settings {
    /// The user as templates see them (blank fields are unset).
    pub fn me(&self) -> Me {
        let non_blank = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
        Me { name: non_blank(&self.me.name), sign_off: non_blank(&self.me.sign_off), link: self.first_link().map(str::to_string) }
    }

    /// The link `{link}` stands for: the first one with a URL.
    pub fn first_link(&self) -> Option<&str> {
        self.links.iter().map(|l| l.url.trim()).find(|u| !u.is_empty())
    }

    pub fn note_templates(&self) -> Vec<NoteTemplate> {
        self.note_templates
            .iter()
            .map(|t| NoteTemplate { id: t.id.clone(), label: t.label.clone(), text: t.text.clone() })
            .collect()
    }

    pub fn reply_templates(&self) -> Vec<ReplyTemplate> {
        self.reply_templates
            .iter()
            .map(|t| ReplyTemplate { id: t.id.clone(), label: t.label.clone(), text: t.text.clone(), when: t.when.clone() })
            .collect()
    }

    /// The scorer's config. Thresholds out of order (possible only in data an import
    /// would have refused) fall back to the defaults rather than make every band odd.
    pub fn scoring_config(&self) -> ScoringConfig {
        let defaults = ScoringConfig::default();
        let s = &self.scoring;
        let ok = (0..=100).contains(&s.good_at) && (0..=100).contains(&s.spam_at) && s.spam_at < s.good_at;
        let (good_at, spam_at) = if ok { (s.good_at, s.spam_at) } else { (defaults.good_at, defaults.spam_at) };
        let weights = s
            .weights
            .iter()
            .map(|(id, w)| (id.clone(), (*w).clamp(-limits::WEIGHT, limits::WEIGHT)))
            .collect();
        ScoringConfig { good_at, spam_at, weights }
    }

    /// The note limit in force; see [`AccountType::note_limit`].
    pub fn note_limit(&self, detected: Option<usize>) -> usize {
        self.account.note_limit(detected)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smallest_settings_object_is_the_defaults() {
        let s: Settings = serde_json::from_str(r#"{"version":1}"#).unwrap();
        assert_eq!(s, Settings::default());
    }

    #[test]
    fn json_names_are_camel_case() {
        let json = serde_json::to_value(Settings::default()).unwrap();
        let keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
        assert!(keys.contains(&"noteTemplates") && keys.contains(&"replyTemplates"), "{keys:?}");
        assert_eq!(json["features"]["noteHelper"], true);
        assert_eq!(json["scoring"]["goodAt"], 65);
        assert_eq!(json["account"], "detect");
        for id in FEATURE_IDS {
            assert_eq!(Features::default().get(id), Some(true), "{id}");
            assert!(json["features"].get(id).is_some(), "{id}");
        }
    }

    #[test]
    fn note_limit_by_account() {
        assert_eq!(AccountType::Free.note_limit(Some(300)), 200);
        assert_eq!(AccountType::Premium.note_limit(None), 300);
        assert_eq!(AccountType::Detect.note_limit(Some(300)), 300);
        assert_eq!(AccountType::Detect.note_limit(None), 200, "unknown: the safe side");
        assert_eq!(AccountType::from_id("premium"), Some(AccountType::Premium));
        assert_eq!(AccountType::from_id("gold"), None);
    }

    #[test]
    fn scoring_config_uses_weights_and_guards_thresholds() {
        let mut s = Settings::default();
        s.scoring.weights.insert("no-photo".into(), -15);
        s.scoring.weights.insert("sales".into(), -500);
        let cfg = s.scoring_config();
        assert_eq!(cfg.weight("no-photo"), -15);
        assert_eq!(cfg.weight("sales"), -100, "clamped");
        s.scoring.good_at = 20;
        s.scoring.spam_at = 40;
        let cfg = s.scoring_config();
        assert_eq!((cfg.good_at, cfg.spam_at), (65, 25));
    }

    #[test]
    fn me_leaves_blank_fields_unset() {
        let mut s = Settings::default();
        s.me.name = "  ".into();
        s.me.sign_off = "Best,\nSam".into();
        let me = s.me();
        assert_eq!(me.name, None);
        assert_eq!(me.sign_off.as_deref(), Some("Best,\nSam"));
    }
}
