import { i18n } from '#i18n';
import { bytesToBase64, nameFromUrl } from '../lib/extension/codec';
import type { HeldLetter } from '../lib/extension/messages';
import { parseMessage } from '../lib/extension/parseMessage';
import { restoreReminders } from '../lib/reminders/alarms';
import { openReminder, showReminder } from '../lib/reminders/notify';

// Wiring only: the toolbar button, the context menu, handing letters to the viewer, and klagefrist reminders.
export default defineBackground(() => {
  /** Letters waiting for a viewer tab to take them, in memory only. */
  const held = new Map<string, HeldLetter>();

  async function openViewer(query: string) {
    await browser.tabs.create({ url: browser.runtime.getURL(`/viewer.html${query}`) });
  }

  /** Fetch a letter with the user's session (the page's cookies) and give it to a new viewer. */
  async function openUrl(url: string) {
    try {
      const res = await fetch(url, { credentials: 'include' });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const base64 = bytesToBase64(new Uint8Array(await res.arrayBuffer()));
      const id = crypto.randomUUID();
      held.set(id, { name: nameFromUrl(url), base64, source: url });
      await openViewer(`?letter=${id}`);
    } catch {
      // The viewer fetches it itself and, if that fails too, explains what to do.
      await openViewer(`?file=${encodeURIComponent(url)}`);
    }
  }

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'brevtjek-link', title: i18n.t('background.openInBrevtjek'), contexts: ['link'] });
    browser.contextMenus.create({ id: 'brevtjek-page', title: i18n.t('background.openInBrevtjek'), contexts: ['page'] });
    void restoreReminders();
  });

  // The browser may clear alarms on a restart; the reminders are kept in storage.local and set again.
  browser.runtime.onStartup.addListener(() => void restoreReminders());
  browser.alarms.onAlarm.addListener((alarm) => void showReminder(alarm.name));
  browser.notifications.onClicked.addListener((id) => void openReminder(id));

  browser.contextMenus.onClicked.addListener((info, tab) => {
    const url = info.menuItemId === 'brevtjek-link' ? info.linkUrl : (info.pageUrl ?? tab?.url);
    if (url && /^https?:/.test(url)) void openUrl(url);
    else void openViewer('');
  });

  browser.action.onClicked.addListener((tab) => {
    if (tab.url && /^https?:/.test(tab.url) && /\.pdf(?:$|[?#])/i.test(tab.url)) void openUrl(tab.url);
    else void openViewer('');
  });

  browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    // Checked by hand, not with the zod schema: zod would be most of this script.
    const msg = parseMessage(raw);
    if (!msg) return false;
    if (msg.type === 'brevtjek:open-bytes') {
      const id = crypto.randomUUID();
      held.set(id, { name: msg.name, base64: msg.base64, source: msg.source });
      void openViewer(`?letter=${id}`);
      sendResponse({ ok: true });
    } else if (msg.type === 'brevtjek:open-url') {
      void openUrl(msg.url);
      sendResponse({ ok: true });
    } else {
      const letter = held.get(msg.id) ?? null;
      held.delete(msg.id);
      sendResponse(letter);
    }
    return false;
  });
});
