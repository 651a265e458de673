import { i18n } from '#i18n';
import { bytesToBase64, nameFromUrl } from '../lib/extension/codec';
import { DIGITAL_POST_MATCHES } from '../lib/extension/hosts';
import { findLetterLinks } from '../lib/extension/findLetterLinks';
import type { Message } from '../lib/extension/messages';

// On e-Boks, mit.dk and borger.dk: a small "Åbn i Brevtjek" button beside every PDF letter.
// The letter is fetched here, in the page's own session, and handed to the viewer; nothing
// leaves the machine. Kept tiny on purpose: no React, no pdf.js.
const MARK = 'data-brevtjek';
const SEEN = 'data-brevtjek-seen';

export default defineContentScript({
  matches: DIGITAL_POST_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
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
        void open(url, b);
      });
      return b;
    };

    async function open(url: string, b: HTMLButtonElement) {
      const label = b.textContent;
      b.textContent = i18n.t('digitalpost.fetching');
      b.disabled = true;
      try {
        const res = await fetch(url, { credentials: 'include' });
        if (!res.ok) throw new Error(String(res.status));
        const bytes = new Uint8Array(await res.arrayBuffer());
        const message: Message = { type: 'brevtjek:open-bytes', name: nameFromUrl(url), base64: bytesToBase64(bytes), source: location.href };
        await browser.runtime.sendMessage(message);
        b.textContent = label;
      } catch {
        b.textContent = i18n.t('digitalpost.failed');
      } finally {
        b.disabled = false;
      }
    }

    const scan = () => {
      for (const { element, url } of findLetterLinks(document, location.href)) {
        if (element.hasAttribute(SEEN) || element.hasAttribute(MARK)) continue;
        element.setAttribute(SEEN, '');
        element.insertAdjacentElement(element.tagName === 'A' ? 'afterend' : 'beforebegin', button(url));
      }
    };
    scan();
    let pending = 0;
    const observer = new MutationObserver(() => {
      if (pending) return;
      pending = window.setTimeout(() => {
        pending = 0;
        scan();
      }, 300);
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['href', 'src', 'data'] });
    ctx.onInvalidated(() => observer.disconnect());
  },
});
