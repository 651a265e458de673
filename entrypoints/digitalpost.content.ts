import { i18n } from '#i18n';
import { nameFromUrl } from '../lib/extension/codec';
import { findLetterLinks } from '../lib/extension/findLetterLinks';
import { DIGITAL_POST_MATCHES } from '../lib/extension/hosts';
import { HAND_OVER_PORT, parseTransferMessage, postLetter } from '../lib/extension/letterTransfer';
import { LetterTooLarge, readLimited } from '../lib/extension/readLimited';
import { isLetterUrlAllowed } from '../lib/extension/senders';

// On e-Boks, mit.dk and borger.dk: a small "Åbn i Brevtjek" button beside every PDF letter.
// The letter is fetched here, in the page's own session, and handed to the background over a
// port; nothing leaves the machine. Kept tiny on purpose: no React, no pdf.js, no zod.
// The page's own scripts share the DOM with this script: so only a person's click counts, only
// letters on Digital Post (or the page's own site) get a button, and the page's elements carry no
// marks of Brevtjek (only the button itself has one).
const MARK = 'data-brevtjek';

type Outcome = 'handed' | 'failed' | 'too-large' | 'busy';

export default defineContentScript({
  matches: DIGITAL_POST_MATCHES,
  runAt: 'document_idle',
  // WXT would post "<extension id>:…:content-script-started" to the page, telling every script there that Brevtjek runs.
  noScriptStartedPostMessage: true,
  main() {
    /** The page's elements that already have a button: kept here, not as attributes the page can read or forge. */
    const seen = new WeakSet<Element>();

    const button = (url: string) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = i18n.t('digitalpost.open');
      b.setAttribute(MARK, 'button');
      b.title = i18n.t('digitalpost.openTitle');
      b.style.cssText =
        'all:revert;margin:4px 6px;padding:4px 10px;font:600 14px/1.4 system-ui,sans-serif;color:#fff;background:#1d4f91;border:0;border-radius:6px;cursor:pointer;';
      b.addEventListener('click', (e) => {
        e.preventDefault();
        e.stopPropagation();
        // A click made by the page's scripts (button.click(), dispatchEvent) is not the person's.
        if (!e.isTrusted || b.disabled) return;
        void open(url, b);
      });
      seen.add(b);
      return b;
    };

    async function open(url: string, b: HTMLButtonElement) {
      const label = b.textContent;
      b.textContent = i18n.t('digitalpost.fetching');
      b.disabled = true;
      const outcome = await fetchAndHandOver(url);
      b.textContent = outcome === 'handed' ? label : i18n.t(outcome === 'too-large' ? 'digitalpost.tooLarge' : outcome === 'busy' ? 'digitalpost.busy' : 'digitalpost.failed');
      b.disabled = false;
    }

    async function fetchAndHandOver(url: string): Promise<Outcome> {
      let bytes: Uint8Array;
      try {
        const res = await fetch(url, { credentials: 'include' });
        if (!res.ok) return 'failed';
        bytes = await readLimited(res);
      } catch (e) {
        return e instanceof LetterTooLarge ? 'too-large' : 'failed';
      }
      return handOver(url, bytes);
    }

    /** Over a port, in chunks (lib/extension/letterTransfer.ts); the background answers when it has it all. */
    function handOver(url: string, bytes: Uint8Array): Promise<Outcome> {
      return new Promise((resolve) => {
        const port = browser.runtime.connect({ name: HAND_OVER_PORT });
        port.onDisconnect.addListener(() => resolve('failed'));
        port.onMessage.addListener((raw) => {
          const msg = parseTransferMessage(raw);
          resolve(msg?.type === 'handed' ? 'handed' : msg?.type === 'failed' && msg.reason === 'busy' ? 'busy' : 'failed');
          port.disconnect();
        });
        postLetter(port, { name: nameFromUrl(url), source: location.href, bytes });
      });
    }

    const scan = () => {
      for (const { element, url } of findLetterLinks(document, location.href)) {
        if (seen.has(element) || !isLetterUrlAllowed(url, location.href)) continue;
        seen.add(element);
        element.insertAdjacentElement(element.tagName === 'A' ? 'afterend' : 'beforebegin', button(url));
      }
    };
    scan();
    let pending = 0;
    const observer = new MutationObserver(() => {
      if (pending) return;
      pending = window.setTimeout(() => {
        pending = 0;
        // The extension was updated or removed: this copy of the script stops (its successor takes over).
        if (!browser.runtime?.id) return observer.disconnect();
        scan();
      }, 300);
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['href', 'src', 'data'] });
  },
});
