// Reading and writing NoteFirst's data from the extension's pages.
//
// Settings: the core decides the layout (src/core/settings/storage.rs): an index and
// one item per template in storage.sync, and a full copy in storage.local. A save
// runs under a Web Lock shared by every NoteFirst page, reads what storage holds now,
// lets the core merge this page's edits into it (so another tab's edits survive) and
// writes only what changed, in the order the plan gives.
//
// History: one storage.local item per person (keys "nf.h.…"), written by the content
// script; pages read, prune and clear it here.

const ext = globalThis.browser ?? globalThis.chrome;

export const LOCAL_SETTINGS = "nf.settings.local";
export const HISTORY_PREFIX = "nf.h.";
const LOCK = "notefirst-settings";

/** What storage holds for the core to read: {sync, local}. */
export async function readRaw() {
  const [sync, local] = await Promise.all([
    ext.storage.sync.get(null).catch((error) => {
      console.warn("NoteFirst: storage.sync is unavailable; using this device's copy.", error);
      return {};
    }),
    ext.storage.local.get(LOCAL_SETTINGS),
  ]);
  return { sync, local: local[LOCAL_SETTINGS] ?? null };
}

/** Runs `fn` while no other NoteFirst page is saving. */
function exclusive(fn) {
  return navigator.locks ? navigator.locks.request(LOCK, fn) : fn();
}

const hasKeys = (o) => Object.keys(o || {}).length > 0;

/**
 * Saves `mine` (this page's settings, edited from `base`). Resolves to
 * {settings, report, refused, syncError}: `settings` are the merged settings now
 * stored (this page's new base); `syncError` says sync refused the write, in which
 * case everything is safe in storage.local and the next save retries.
 */
export function saveSettings(core, base, mine) {
  return exclusive(async () => {
    const raw = await readRaw();
    const plan = core.settings_plan_write(base, mine, raw, Date.now());
    if (!plan) throw new Error("the settings could not be read for saving");
    if (plan.refused) return { settings: plan.settings, report: plan.report, refused: plan.refused, syncError: null };
    await ext.storage.local.set(plan.localFirst);
    let syncError = null;
    try {
      if (hasKeys(plan.syncSet)) await ext.storage.sync.set(plan.syncSet);
      if (plan.syncRemove.length) await ext.storage.sync.remove(plan.syncRemove);
      await ext.storage.local.set(plan.localDone);
    } catch (error) {
      syncError = error;
    }
    return { settings: plan.settings, report: plan.report, refused: null, syncError };
  });
}

/** Calls `fn()` when NoteFirst's settings change in storage (from any page or device). */
export function onSettingsChanged(fn) {
  ext.storage.onChanged.addListener((changes, area) => {
    const keys = Object.keys(changes);
    if (area === "sync" ? keys.some((k) => k.startsWith("nf.")) : keys.includes(LOCAL_SETTINGS)) fn();
  });
}

/** Calls `fn()` when history records change. */
export function onHistoryChanged(fn) {
  ext.storage.onChanged.addListener((changes, area) => {
    if (area === "local" && Object.keys(changes).some((k) => k.startsWith(HISTORY_PREFIX))) fn();
  });
}

/** Every history record, as stored: {key: record}. */
export async function readHistory() {
  const all = await ext.storage.local.get(null);
  return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith(HISTORY_PREFIX)));
}

export async function removeHistory(keys) {
  if (keys.length) await ext.storage.local.remove(keys);
}

export async function writeHistory(records) {
  if (hasKeys(records)) await ext.storage.local.set(records);
}

/** Removes records nothing has happened to for `keepWeeks` weeks; returns how many. */
export async function pruneHistory(core, keepWeeks, now = Date.now()) {
  const records = await readHistory();
  const keys = core.history_prune(records, now - keepWeeks * 7 * 24 * 3600 * 1000) || [];
  await removeHistory(keys);
  return keys.length;
}

/** The first day of the week in `lang` (1 = Monday ... 7 = Sunday); Monday if unknown. */
function firstDayOfWeek(lang) {
  try {
    const locale = new Intl.Locale(lang);
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    if (info?.firstDay >= 1 && info.firstDay <= 7) return info.firstDay;
  } catch {
    /* unknown tag */
  }
  return 1;
}

/**
 * The first millisecond of each of the last `count` weeks (oldest first, the current
 * week last) in local time, and the end of the current week.
 */
export function weekStarts(lang, count = 8, now = new Date()) {
  const first = firstDayOfWeek(lang) % 7; // as Date#getDay(): 0 = Sunday
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  start.setDate(start.getDate() - ((start.getDay() - first + 7) % 7));
  const starts = [];
  for (let i = count - 1; i >= 0; i--) {
    const d = new Date(start);
    d.setDate(d.getDate() - 7 * i);
    starts.push(d.getTime());
  }
  const end = new Date(start);
  end.setDate(end.getDate() + 7);
  return { starts, end: end.getTime() };
}
