import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { findTerms, type TermMatch } from '../lib/glossary/findTerms';
import type { GlossaryTerm as Term } from '../lib/rules/glossarySchema';
import './glossary.css';
import { currentLanguage } from '../lib/i18n/language';
import { letterTerms } from '../lib/viewer/letterTerms';
import { useLanguage } from './useLanguage';

/** How long the meaning stays after the pointer leaves the word, so the pointer can move onto it (WCAG 1.4.13). */
const LEAVE_MS = 250;

const LANDMARKS =
  'main, aside, header, footer, nav, section[aria-label], section[aria-labelledby], [role="main"], [role="complementary"], [role="banner"], [role="contentinfo"], [role="navigation"], [role="region"]';

const CONTROLS = 'button, a[href], [role="button"], [role="link"], [role="tab"], [role="checkbox"], label, summary';

/** The outermost landmark around `el` (the letter's <main>, the panel's <aside>): the tooltip is drawn there, so all content stays in landmarks. */
function landmarkOf(el: Element): Element {
  let host: Element | null = null;
  for (let n = el.parentElement; n; n = n.parentElement) if (n.matches(LANDMARKS)) host = n;
  return host ?? document.body;
}

interface TermProps {
  term: Term;
  children?: ReactNode;
  /** The words it covers, for a mark with no text of its own (drawn over a PDF page). */
  label?: string;
  className?: string;
  style?: CSSProperties;
  /** Hover told by the caller: a PDF page lets the pointer through its marks, so text selection works, and hit-tests itself. */
  hovered?: boolean;
}

/**
 * A glossary word: dotted underline, focusable, and its meaning in a tooltip on hover and on
 * keyboard focus (role="tooltip", tied by aria-describedby). Escape hides it; it holds no
 * focus of its own. The tooltip is drawn outside the text, at the end of the landmark the word
 * stands in, so the letter's text (and what a selection or a note counts in it) stays the
 * letter's text; it is placed with position: fixed and kept on screen.
 */
export function GlossaryTerm({ term, children, label, className, style, hovered }: TermProps) {
  const tipId = `glossary-tip-${useId().replace(/[^\w-]/g, '')}`;
  const ref = useRef<HTMLSpanElement>(null);
  const tipRef = useRef<HTMLSpanElement>(null);
  const leaveTimer = useRef<number | undefined>(undefined);
  const pointerDown = useRef(false);
  const [focused, setFocused] = useState(false);
  const [pointer, setPointer] = useState(false);
  const [overTip, setOverTip] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [host, setHost] = useState<Element | null>(null);
  // Inside a control (a text letter's highlight is a button) the word takes no focus of its own: no control inside a control.
  const [nested, setNested] = useState(false);
  const hover = hovered ?? pointer;
  const open = !dismissed && (focused || hover || overTip);

  // Escape hides the meaning until the word is found again (pointed at or focused anew).
  useEffect(() => {
    if (hovered) setDismissed(false);
  }, [hovered]);
  useEffect(() => {
    if (!focused && !hover && !overTip) setDismissed(false);
  }, [focused, hover, overTip]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setDismissed(true);
      setOverTip(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  useEffect(() => () => window.clearTimeout(leaveTimer.current), []);
  useLayoutEffect(() => {
    const el = ref.current;
    setHost(el ? landmarkOf(el) : document.body);
    setNested(!!el?.parentElement?.closest(CONTROLS));
  }, []);

  // Below the word, or above it where there is no room; always inside the window.
  useLayoutEffect(() => {
    if (!open) return;
    const place = () => {
      const el = ref.current;
      const tip = tipRef.current;
      if (!el || !tip) return;
      const r = el.getBoundingClientRect();
      const vw = document.documentElement.clientWidth;
      const vh = document.documentElement.clientHeight;
      const margin = 8;
      const gap = 6;
      const { width, height } = tip.getBoundingClientRect();
      let top = r.bottom + gap;
      if (top + height > vh - margin && r.top - gap - height >= margin) top = r.top - gap - height;
      top = Math.max(margin, Math.min(top, vh - height - margin));
      const left = Math.max(margin, Math.min(r.left, vw - width - margin));
      tip.style.left = `${Math.round(left)}px`;
      tip.style.top = `${Math.round(top)}px`;
      // A word scrolled out of view takes its meaning with it.
      tip.style.visibility = r.bottom < 0 || r.top > vh ? 'hidden' : '';
    };
    place();
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [open]);

  const own = hovered === undefined;
  return (
    <>
      <span
        ref={ref}
        role="term"
        tabIndex={nested ? undefined : 0}
        className={className ? `gloss ${className}` : 'gloss'}
        style={style}
        aria-label={label}
        aria-describedby={tipId}
        data-term={term.id}
        // Focus shows the meaning, but not focus from a click into the word (to select text): the pointer shows it then.
        onPointerDown={() => (pointerDown.current = true)}
        onFocus={() => {
          setDismissed(false);
          setFocused(!pointerDown.current);
          pointerDown.current = false;
        }}
        onBlur={() => {
          setFocused(false);
          pointerDown.current = false;
        }}
        onMouseEnter={
          own
            ? (e) => {
                window.clearTimeout(leaveTimer.current);
                // Not while a selection is being dragged over the word.
                if (e.buttons !== 0) return;
                setDismissed(false);
                setPointer(true);
              }
            : undefined
        }
        onMouseLeave={own ? () => (leaveTimer.current = window.setTimeout(() => setPointer(false), LEAVE_MS)) : undefined}
      >
        {children}
      </span>
      {host &&
        createPortal(
          <span
            ref={tipRef}
            role="tooltip"
            id={tipId}
            className="gloss-tip"
            hidden={!open}
            onMouseEnter={() => setOverTip(true)}
            onMouseLeave={() => setOverTip(false)}
            // The tooltip sits elsewhere in the page but in React's tree under the word: a click on it is not a click on a highlight.
            onClick={(e) => e.stopPropagation()}
            onMouseDown={(e) => e.stopPropagation()}
          >
            <strong className="gloss-term">{term.term}:</strong> {term.meaning}
            {term.source && <span className="gloss-source"> ({term.source.label.replace(/§ /g, '§\u00a0')})</span>}
          </span>,
          host,
        )}
    </>
  );
}

/** `text` from `start` to `end`, with the given terms in it marked (each must lie inside). */
function marked(text: string, start: number, end: number, matches: readonly TermMatch[]): ReactNode {
  const inside = matches.filter((m) => m.start >= start && m.end <= end);
  if (inside.length === 0) return text.slice(start, end);
  const out: ReactNode[] = [];
  let at = start;
  for (const m of inside) {
    if (m.start > at) out.push(text.slice(at, m.start));
    out.push(
      <GlossaryTerm key={m.start} term={m.term}>
        {text.slice(m.start, m.end)}
      </GlossaryTerm>,
    );
    at = m.end;
  }
  if (at < end) out.push(text.slice(at, end));
  return out;
}

/** Brevtjek's own texts repeat (the same explanation for many highlights): each is searched once per language (the meanings differ). */
const ownTexts = new Map<string, TermMatch[]>();
function termsOfOwnText(text: string): TermMatch[] {
  const key = `${currentLanguage()}\u0000${text}`;
  let found = ownTexts.get(key);
  if (!found) {
    if (ownTexts.size > 5000) ownTexts.clear();
    found = findTerms(text);
    ownTexts.set(key, found);
  }
  return found;
}

/** One of Brevtjek's own texts (an explanation, a checklist point, the klagefrist) with its glossary words marked, each once. */
export function GlossaryText({ text }: { text: string }) {
  const language = useLanguage();
  const matches = useMemo(() => termsOfOwnText(text), [text, language]);
  return <>{marked(text, 0, text.length, matches)}</>;
}

export { letterTerms };

/** A piece [start, end) of a letter shown as text, with the letter's glossary words in it marked. */
export function LetterTerms({ text, start, end }: { text: string; start: number; end: number }) {
  return <>{marked(text, start, end, letterTerms(text))}</>;
}
