import { browser } from 'wxt/browser';
import { receiveLetter, TAKE_PORT, type Received } from './letterTransfer';

/** The viewer takes the letter the background holds under `id` (from `?letter=<id>`), over a port in chunks. */
export async function takeLetter(id: string): Promise<Received> {
  const port = browser.runtime.connect({ name: TAKE_PORT });
  const received = receiveLetter(port);
  port.postMessage({ type: 'take', id });
  try {
    return await received;
  } finally {
    port.disconnect();
  }
}
