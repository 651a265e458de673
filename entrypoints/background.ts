import { i18n } from '#i18n';
import { nameFromUrl } from '../lib/extension/codec';
import { HAND_OVER_PORT, postReceived, receiveLetter, TAKE_PORT, parseTransferMessage, type PortLike, type Received } from '../lib/extension/letterTransfer';
import { parseMessage } from '../lib/extension/parseMessage';
import { LetterTooLarge, readLimited } from '../lib/extension/readLimited';
import { isDigitalPostSender, isExtensionPage, rateLimiter } from '../lib/extension/senders';
import { restoreReminders } from '../lib/reminders/alarms';
import { openReminder, showReminder } from '../lib/reminders/notify';

/** The browser tests' build (`wxt build --mode e2e`): their pages on localhost count as Digital Post, and they may open a link by message. */
const TEST_BUILD = import.meta.env.MODE === 'e2e';
/** How long a letter waits for its viewer tab: a tab takes it within seconds; after this it is dropped from memory. */
const HELD_FOR_MS = 2 * 60_000;

// Wiring only: the toolbar button, the context menu, handing letters to the viewer, and klagefrist reminders.
export default defineBackground(() => {
  /** Letters waiting for a viewer tab to take them, in memory only. */
  const held = new Map<string, Received>();
  /** A person opens a few letters a minute; a page pressing the button in a loop is stopped here. */
  const handOverAllowed = rateLimiter(10, 60_000);

  /** A viewer for the letter (or failure) `received`; the address names only an id, never the letter's own address. */
  async function openViewer(received: Received | null) {
    let query = '';
    if (received) {
      const id = crypto.randomUUID();
      held.set(id, received);
      setTimeout(() => held.delete(id), HELD_FOR_MS);
      query = `?letter=${id}`;
    }
    await browser.tabs.create({ url: browser.runtime.getURL(`/viewer.html${query}`) });
  }

  /** Fetch a letter with the user's session (the page's cookies) and give it to a new viewer. */
  async function openUrl(url: string) {
    const name = nameFromUrl(url);
    let res: Response;
    try {
      res = await fetch(url, { credentials: 'include' });
    } catch {
      // No answer (often: no access to that site). The viewer fetches it itself and can ask for access.
      return openViewer({ kind: 'address', url, name });
    }
    // The site answered no: fetching again would not help, and is not tried.
    if (!res.ok) return openViewer({ kind: 'failed', reason: 'fetch-failed' });
    try {
      await openViewer({ kind: 'bytes', name, source: url, bytes: await readLimited(res) });
    } catch (e) {
      await openViewer({ kind: 'failed', reason: e instanceof LetterTooLarge ? 'too-large' : 'fetch-failed' });
    }
  }

  /** A letter handed over by the content script on a Digital Post page. */
  async function takeHandOver(port: PortLike) {
    if (!handOverAllowed()) {
      postReceived(port, { kind: 'failed', reason: 'busy' });
      return;
    }
    const received = await receiveLetter(port);
    if (received.kind !== 'bytes') return;
    port.postMessage({ type: 'handed' });
    await openViewer(received);
  }

  /** The viewer asks for the letter held under an id. */
  function giveHeld(port: PortLike) {
    port.onMessage.addListener((raw) => {
      const msg = parseTransferMessage(raw);
      if (msg?.type !== 'take') return port.disconnect();
      const letter = held.get(msg.id) ?? { kind: 'failed', reason: 'gone' };
      held.delete(msg.id);
      postReceived(port, letter);
    });
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
    else void openViewer(null);
  });

  // MV3 has browser.action; Firefox's MV2 browser.browserAction (without it the background stopped here).
  (browser.action ?? browser.browserAction).onClicked.addListener((tab) => {
    if (tab.url && /^https?:/.test(tab.url) && /\.pdf(?:$|[?#])/i.test(tab.url)) void openUrl(tab.url);
    else void openViewer(null);
  });

  // Only Brevtjek's own content script on a Digital Post page hands over a letter, and only Brevtjek's own pages take one.
  browser.runtime.onConnect.addListener((port) => {
    const sender = port.sender ?? {};
    if (port.name === HAND_OVER_PORT && isDigitalPostSender(sender, browser.runtime.id, TEST_BUILD)) void takeHandOver(port);
    else if (port.name === TAKE_PORT && isExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) giveHeld(port);
    else port.disconnect();
  });

  // The browser tests open a link the way the context menu does; a production build has no messages at all.
  if (TEST_BUILD) {
    browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
      const msg = parseMessage(raw);
      const ok = msg !== null && isExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'));
      if (ok) void openUrl(msg.url);
      sendResponse({ ok });
      return false;
    });
  }
});
