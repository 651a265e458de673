import type { FindingKind } from '../lib/schema/report';

/** A small drawn icon per kind (drawn, so it never depends on a font having the glyph). */
export function KindIcon({ kind }: { kind: FindingKind }) {
  const common = { width: '1em', height: '1em', viewBox: '0 0 16 16', 'aria-hidden': true, focusable: false, className: 'kind-icon' } as const;
  switch (kind) {
    case 'law':
      return (
        <svg {...common}>
          <text x="8" y="13" textAnchor="middle" fontSize="14" fontWeight="700" fill="currentColor">§</text>
        </svg>
      );
    case 'deadline':
      return (
        <svg {...common} fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="8" cy="8" r="6.5" />
          <path d="M8 4v4.5l3 2" strokeLinecap="round" />
        </svg>
      );
    case 'medical_quote':
      return (
        <svg {...common} fill="currentColor">
          <path d="M6 1.5h4v4.5h4.5v4H10v4.5H6V10H1.5V6H6z" />
        </svg>
      );
    case 'sanction':
      return (
        <svg {...common}>
          <path d="M8 1.2 15.2 14.5H.8z" fill="currentColor" />
          <path d="M8 5.5v4.5M8 11.5v1.3" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      );
    case 'appointment':
      return (
        <svg {...common} fill="none" stroke="currentColor" strokeWidth="1.8">
          <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" />
          <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" strokeLinecap="round" />
        </svg>
      );
  }
}
