import { useCallback, useEffect, useRef, useState } from 'react';
import { t } from '../lib/i18n/t';
import type { Finding, FindingKind } from '../lib/schema/report';
import { klagefristHighlight, stepHighlight } from '../lib/viewer/highlightOrder';
import { KIND_ORDER, KIND_STYLE } from './kinds';
import { singleKeysOn } from './useDisplaySettings';

/** Where the user is typing, choosing or in a dialog: no key of Brevtjek's own may act there. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"], [role="combobox"], dialog')) return true;
  return target instanceof HTMLElement && target.isContentEditable;
}

/** A key with Ctrl, Alt, Cmd or AltGr held belongs to the browser or the system, never to Brevtjek. */
export const withModifier = (e: KeyboardEvent) => e.ctrlKey || e.altKey || e.metaKey || e.getModifierState?.('AltGraph');

/** The highlight in the letter that an element is (or is in), by its finding's index. */
function highlightIndex(el: Element | null): number | null {
  const hl = el?.closest('.pages [data-finding]');
  const n = hl ? Number(hl.getAttribute('data-finding')) : NaN;
  return Number.isInteger(n) ? n : null;
}

async function waitFor(selector: string, tries = 60): Promise<HTMLElement | null> {
  for (let i = 0; i < tries; i++) {
    const el = document.querySelector<HTMLElement>(selector);
    if (el) return el;
    await new Promise((r) => requestAnimationFrame(r));
  }
  return null;
}

/**
 * Shows `el` inside the side panel by scrolling the panel only, never the page: in the one-column
 * layout the panel does not scroll by itself, and the user stays at the letter.
 */
export function revealInPanel(el: Element | null): void {
  const panel = el?.closest<HTMLElement>('.side');
  if (!el || !panel) return;
  const style = getComputedStyle(panel);
  if (!/(auto|scroll)/.test(style.overflowY) || panel.scrollHeight <= panel.clientHeight) return;
  const box = el.getBoundingClientRect();
  const view = panel.getBoundingClientRect();
  if (box.top < view.top) panel.scrollTop -= view.top - box.top + 8;
  else if (box.bottom > view.bottom) panel.scrollTop += Math.min(box.bottom - view.bottom + 8, box.top - view.top - 8);
}

interface Options {
  findings: Finding[];
  hidden: ReadonlySet<FindingKind>;
  selected: number | null;
  setSelected: (i: number) => void;
  /** Selects a highlight, scrolls it into view and focuses it. */
  select: (i: number) => Promise<void>;
  /** Off while the klage or the meeting sheet takes the letter's place. */
  enabled: boolean;
  /** Shows the findings panel where it is not beside the letter (the one-column view's tab). */
  showPanel?: () => void;
}

/**
 * The keyboard in the letter: n / p for the next and previous highlight, 1–5 for the next of one
 * kind (Shift for the one before), f for the klagefrist; Enter on a highlight opens its explanation
 * in the panel, and Escape there comes back to the same highlight; Escape on a highlight goes back to
 * where a jump from the panel or checklist came from. Each jump scrolls to the highlight, focuses
 * it and shows its explanation in the panel without moving focus there.
 */
export function useHighlightKeys({ findings, hidden, selected, setSelected, select, enabled, showPanel }: Options) {
  const [message, setMessage] = useState('');
  // What the user jumped from (a finding in the panel, a checklist point): Escape on the highlight returns there.
  const origin = useRef<HTMLElement | null>(null);
  const state = useRef({ findings, hidden, selected, enabled });
  state.current = { findings, hidden, selected, enabled };

  // A message to read out (role=status); the same words twice are told twice.
  const say = useCallback((text: string) => setMessage((m) => (m === text ? `${text}\u00a0` : text)), []);

  /** Goes to a highlight from the keys: focus on it, its explanation shown (not focused) in the panel. */
  const goTo = useCallback(
    async (i: number) => {
      await select(i);
      revealInPanel(await waitFor(`.findings [data-finding="${i}"]`, 10));
    },
    [select],
  );

  /** Jumps to a highlight from the panel or the checklist, remembering where from. */
  const jump = useCallback(
    async (i: number) => {
      const from = document.activeElement;
      if (from instanceof HTMLElement && from !== document.body && !from.closest('.pages')) origin.current = from;
      await select(i);
    },
    [select],
  );

  /** Moves focus to a highlight's explanation in the panel. */
  const openExplanation = useCallback(
    async (i: number) => {
      setSelected(i);
      showPanel?.();
      const box = await waitFor(`#explanation-${i}`);
      if (!box) return;
      revealInPanel(box.closest('li') ?? box);
      box.focus({ preventScroll: true });
    },
    [setSelected, showPanel],
  );

  /** From the explanation back to the same highlight in the letter. */
  const backToLetter = useCallback(
    (index?: number) => {
      const i = index ?? state.current.selected;
      if (i !== null) void select(i);
    },
    [select],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { findings: all, hidden: off, selected: chosen, enabled: on } = state.current;
      if (!on || e.defaultPrevented || e.isComposing || withModifier(e)) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('dialog')) return;
      const at = highlightIndex(document.activeElement);

      if (e.key === 'Escape') {
        if (isTypingTarget(target)) return;
        if (target?.closest('.findings li.selected')) {
          e.preventDefault();
          backToLetter();
        } else if (at !== null && origin.current?.isConnected) {
          e.preventDefault();
          origin.current.focus();
          origin.current = null;
        }
        return;
      }
      if ((e.key === 'Enter' || e.key === ' ') && at !== null && !e.shiftKey) {
        e.preventDefault();
        void openExplanation(at);
        return;
      }
      if (!singleKeysOn() || isTypingTarget(target)) return;

      const from = at ?? chosen;
      const key = e.key.toLowerCase();
      const digit = /^Digit([1-5])$/.exec(e.code)?.[1] ?? (/^[1-5]$/.test(e.key) ? e.key : null);
      let step: ReturnType<typeof stepHighlight> = null;
      let none = '';
      if ((key === 'n' || key === 'p') && !e.shiftKey) {
        step = stepHighlight(all, from, key === 'n' ? 1 : -1, { hidden: off });
        none = t('useHighlightKeys.none');
      } else if (digit) {
        const kind = KIND_ORDER[Number(digit) - 1]!;
        step = stepHighlight(all, from, e.shiftKey ? -1 : 1, { kind, hidden: off });
        none = off.has(kind) && all.some((f) => f.kind === kind)
          ? t('useHighlightKeys.kindHidden', { kinds: KIND_STYLE[kind].plural })
          : t('useHighlightKeys.noneOfKind', { kinds: KIND_STYLE[kind].plural.toLowerCase() });
      } else if (key === 'f' && !e.shiftKey) {
        e.preventDefault();
        const k = klagefristHighlight(all, off);
        if (k !== null) void goTo(k);
        else {
          // No highlight of the klagefrist in the letter: the klagefrist on top.
          const top = document.querySelector<HTMLElement>('[data-testid="klagefrist"]');
          if (top) {
            if (!top.hasAttribute('tabindex')) top.tabIndex = -1;
            top.scrollIntoView({ block: 'nearest' });
            top.focus();
          }
        }
        return;
      } else return;

      e.preventDefault();
      if (!step) {
        say(none);
        return;
      }
      if (step.wrapped) say(e.shiftKey || key === 'p' ? t('useHighlightKeys.fromLast') : t('useHighlightKeys.fromFirst'));
      void goTo(step.index);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goTo, openExplanation, backToLetter, say]);

  return { jump, openExplanation, backToLetter, message };
}
