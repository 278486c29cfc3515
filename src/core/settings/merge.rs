//! Three-way merge of settings, so that two options tabs (or two devices sharing
//! `storage.sync`) never overwrite each other's edits.
//!
//! `base` is what this tab last loaded or saved, `mine` is what it shows now, `theirs`
//! is what storage holds now. Each setting, each weight and each template (by id) is
//! merged on its own: what this tab changed since `base` wins, everything else comes
//! from `theirs`. A template deleted on one side and edited on the other is kept with
//! the edit: a template is never lost to a merge.

use std::collections::BTreeSet;

use super::schema::*;

/// Three-way merge; see the module documentation.
pub fn merge3(base: &Settings, mine: &Settings, theirs: &Settings) -> Settings {
    let (b, m, t) = (base, mine, theirs);
    let mut weights = std::collections::BTreeMap::new();
    let ids: BTreeSet<&String> = b.scoring.weights.keys().chain(m.scoring.weights.keys()).chain(t.scoring.weights.keys()).collect();
    for id in ids {
        let w = pick(&b.scoring.weights.get(id), &m.scoring.weights.get(id), &t.scoring.weights.get(id));
        if let Some(w) = w {
            weights.insert(id.clone(), *w);
        }
    }
    Settings {
        version: SCHEMA_VERSION,
        me: MeSettings { name: pick(&b.me.name, &m.me.name, &t.me.name), sign_off: pick(&b.me.sign_off, &m.me.sign_off, &t.me.sign_off) },
        links: pick(&b.links, &m.links, &t.links),
        account: pick(&b.account, &m.account, &t.account),
        note_templates: merge_list(&b.note_templates, &m.note_templates, &t.note_templates, |x| &x.id),
        reply_templates: merge_list(&b.reply_templates, &m.reply_templates, &t.reply_templates, |x| &x.id),
        scoring: Scoring {
            good_at: pick(&b.scoring.good_at, &m.scoring.good_at, &t.scoring.good_at),
            spam_at: pick(&b.scoring.spam_at, &m.scoring.spam_at, &t.scoring.spam_at),
            weights,
        },
        features: Features {
            badges: pick(&b.features.badges, &m.features.badges, &t.features.badges),
            replies: pick(&b.features.replies, &m.features.replies, &t.features.replies),
            warning: pick(&b.features.warning, &m.features.warning, &t.features.warning),
            note_helper: pick(&b.features.note_helper, &m.features.note_helper, &t.features.note_helper),
            history: pick(&b.features.history, &m.features.history, &t.features.history),
        },
        history: HistorySettings { keep_weeks: pick(&b.history.keep_weeks, &m.history.keep_weeks, &t.history.keep_weeks) },
    }
}

/// Mine if I changed it, else theirs.
fn pick<T: PartialEq + Clone>(base: &T, mine: &T, theirs: &T) -> T {
    if mine != base {
        mine.clone()
    } else {
        theirs.clone()
    }
}

/// Merges lists of items with ids: contents item by item, order from the side that
/// reordered (mine if both did), items added on either side kept near their neighbours.
fn merge_list<T: PartialEq + Clone>(base: &[T], mine: &[T], theirs: &[T], id: impl Fn(&T) -> &String) -> Vec<T> {
    let find = |list: &[T], key: &String| list.iter().find(|x| id(x) == key).cloned();
    let mut keys: Vec<&String> = Vec::new();
    for x in mine.iter().chain(theirs).chain(base) {
        if !keys.contains(&id(x)) {
            keys.push(id(x));
        }
    }
    let mut merged: Vec<T> = Vec::new();
    for key in &keys {
        let (b, m, t) = (find(base, key), find(mine, key), find(theirs, key));
        let item = match (b, m, t) {
            (Some(b), Some(m), Some(t)) => Some(if m != b { m } else { t }),
            // Deleted on one side: gone, unless the other side edited it since.
            (Some(b), Some(m), None) => (m != b).then_some(m),
            (Some(b), None, Some(t)) => (t != b).then_some(t),
            (Some(_), None, None) => None,
            // Added on one side (or both, with the same id: mine).
            (None, Some(m), _) => Some(m),
            (None, None, Some(t)) => Some(t),
            (None, None, None) => None,
        };
        merged.extend(item);
    }

    // Order: the side that moved items relative to each other leads.
    let order_of = |list: &[T], among: &[&String]| -> Vec<String> { list.iter().map(|x| id(x).clone()).filter(|k| among.contains(&k)).collect() };
    let common: Vec<&String> = keys.iter().copied().filter(|k| find(base, k).is_some() && find(mine, k).is_some()).collect();
    let i_reordered = order_of(mine, &common) != order_of(base, &common);
    let (lead, other) = if i_reordered { (mine, theirs) } else { (theirs, mine) };
    let alive: Vec<String> = merged.iter().map(|x| id(x).clone()).collect();
    let mut order: Vec<String> = lead.iter().map(|x| id(x).clone()).filter(|k| alive.contains(k)).collect();
    // Items the lead does not have: those at the end of their list stay at the end;
    // the others go right after their nearest predecessor there (or first).
    for list in [other, base] {
        for (i, x) in list.iter().enumerate() {
            let key = id(x);
            if !alive.contains(key) || order.contains(key) {
                continue;
            }
            if list[i + 1..].iter().all(|y| !order.contains(id(y))) {
                order.push(key.clone());
                continue;
            }
            let after = list[..i].iter().rev().map(&id).find_map(|p| order.iter().position(|o| o == p));
            order.insert(after.map_or(0, |p| p + 1), key.clone());
        }
    }
    order.iter().filter_map(|k| merged.iter().find(|x| id(x) == k).cloned()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(id: &str, text: &str) -> UserNoteTemplate {
        UserNoteTemplate { id: id.into(), label: id.to_uppercase(), text: text.into() }
    }

    fn with_notes(notes: &[UserNoteTemplate]) -> Settings {
        Settings { note_templates: notes.to_vec(), ..Settings::default() }
    }

    fn ids(s: &Settings) -> Vec<&str> {
        s.note_templates.iter().map(|t| t.id.as_str()).collect()
    }

    fn text_of<'a>(s: &'a Settings, id: &str) -> &'a str {
        &s.note_templates.iter().find(|t| t.id == id).unwrap().text
    }

    #[test]
    fn two_tabs_editing_different_things_keep_both() {
        let base = with_notes(&[note("a", "A0"), note("b", "B0")]);
        let mut mine = base.clone();
        mine.note_templates[0].text = "A-mine".into();
        mine.me.name = "Sam".into();
        let mut theirs = base.clone();
        theirs.note_templates[1].text = "B-theirs".into();
        theirs.me.sign_off = "Best".into();
        theirs.features.warning = false;
        let merged = merge3(&base, &mine, &theirs);
        assert_eq!(text_of(&merged, "a"), "A-mine");
        assert_eq!(text_of(&merged, "b"), "B-theirs");
        assert_eq!((merged.me.name.as_str(), merged.me.sign_off.as_str()), ("Sam", "Best"));
        assert!(!merged.features.warning);
    }

    #[test]
    fn the_same_template_edited_on_both_sides_keeps_mine() {
        let base = with_notes(&[note("a", "A0")]);
        let mine = with_notes(&[note("a", "A-mine")]);
        let theirs = with_notes(&[note("a", "A-theirs")]);
        assert_eq!(text_of(&merge3(&base, &mine, &theirs), "a"), "A-mine");
        // Unchanged here: theirs comes through.
        assert_eq!(text_of(&merge3(&base, &base, &theirs), "a"), "A-theirs");
    }

    #[test]
    fn deletes_win_only_over_unchanged_templates() {
        let base = with_notes(&[note("a", "A0"), note("b", "B0"), note("c", "C0")]);
        // I delete a and b; elsewhere b was edited and c deleted.
        let mine = with_notes(&[note("c", "C0")]);
        let theirs = with_notes(&[note("a", "A0"), note("b", "B-edited")]);
        let merged = merge3(&base, &mine, &theirs);
        assert_eq!(ids(&merged), ["b"], "a deleted, b kept with its edit, c deleted elsewhere");
        assert_eq!(text_of(&merged, "b"), "B-edited");
        // The mirror case: I edited c, which was deleted elsewhere.
        let mine = with_notes(&[note("a", "A0"), note("b", "B0"), note("c", "C-mine")]);
        let theirs = with_notes(&[note("a", "A0"), note("b", "B0")]);
        assert_eq!(ids(&merge3(&base, &mine, &theirs)), ["a", "b", "c"]);
    }

    #[test]
    fn additions_on_both_sides_are_kept_in_place() {
        let base = with_notes(&[note("a", ""), note("b", "")]);
        let mine = with_notes(&[note("a", ""), note("m", ""), note("b", "")]);
        let theirs = with_notes(&[note("a", ""), note("b", ""), note("t", "")]);
        assert_eq!(ids(&merge3(&base, &mine, &theirs)), ["a", "m", "b", "t"]);
        let theirs_first = with_notes(&[note("t", ""), note("a", ""), note("b", "")]);
        assert_eq!(ids(&merge3(&base, &mine, &theirs_first)), ["t", "a", "m", "b"]);
    }

    #[test]
    fn reordering_on_one_side_survives_additions_on_the_other() {
        let base = with_notes(&[note("a", ""), note("b", ""), note("c", "")]);
        let mine = with_notes(&[note("c", ""), note("a", ""), note("b", "")]);
        let theirs = with_notes(&[note("a", ""), note("b", ""), note("c", ""), note("d", "")]);
        assert_eq!(ids(&merge3(&base, &mine, &theirs)), ["c", "a", "b", "d"]);
        // They reordered, I added: their order, my addition after its neighbour.
        let mine = with_notes(&[note("a", ""), note("x", ""), note("b", ""), note("c", "")]);
        let theirs = with_notes(&[note("b", ""), note("c", ""), note("a", "")]);
        assert_eq!(ids(&merge3(&base, &mine, &theirs)), ["b", "c", "a", "x"]);
    }

    #[test]
    fn weights_merge_key_by_key() {
        let mut base = Settings::default();
        base.scoring.weights.insert("sales".into(), -30);
        let mut mine = base.clone();
        mine.scoring.weights.insert("no-photo".into(), -5);
        mine.scoring.weights.remove("sales");
        let mut theirs = base.clone();
        theirs.scoring.weights.insert("context".into(), 30);
        theirs.scoring.good_at = 70;
        let merged = merge3(&base, &mine, &theirs);
        let got: Vec<(&str, i32)> = merged.scoring.weights.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        assert_eq!(got, [("context", 30), ("no-photo", -5)], "my reset of sales and their new weight both stand");
        assert_eq!(merged.scoring.good_at, 70);
    }

    #[test]
    fn merging_with_no_change_anywhere_is_identity() {
        let s = with_notes(&[note("a", "1"), note("b", "2")]);
        assert_eq!(merge3(&s, &s, &s), s);
        let mut other = s.clone();
        other.account = AccountType::Premium;
        assert_eq!(merge3(&s, &s, &other), other);
        assert_eq!(merge3(&s, &other, &s), other);
    }
}
