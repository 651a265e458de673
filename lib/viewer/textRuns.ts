/** [start, end) in the letter's text. */
export interface Span {
  start: number;
  end: number;
}

/** A piece of text with the notes on it (their numbers); `badges`: the notes whose words begin here. */
export interface TextPiece extends Span {
  notes: number[];
  badges: number[];
}

/** Text outside the highlights (`finding` null) or one highlight's text, cut where notes begin and end. */
export interface TextRun extends Span {
  finding: number | null;
  pieces: TextPiece[];
}

/**
 * A letter shown as text, cut into runs: a highlight that overlaps an earlier one is left out;
 * a note may start or end anywhere, also inside a highlight, and gets its badge on its first piece.
 */
export function textRuns(length: number, findings: Array<Span & { index: number }>, notes: Array<Span & { n: number }>): TextRun[] {
  const runs: TextRun[] = [];
  const add = (finding: number | null, start: number, end: number) => {
    if (end > start || finding !== null) runs.push({ finding, start, end, pieces: piecesOf(start, end, notes) });
  };
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    add(null, at, f.start);
    add(f.index, f.start, f.end);
    at = f.end;
  }
  add(null, at, length);
  const badged = new Set<number>();
  for (const piece of runs.flatMap((r) => r.pieces)) {
    piece.badges = piece.notes.filter((n) => !badged.has(n));
    for (const n of piece.badges) badged.add(n);
  }
  return runs;
}

function piecesOf(start: number, end: number, notes: Array<Span & { n: number }>): TextPiece[] {
  const cuts = [...new Set([start, end, ...notes.flatMap((n) => [n.start, n.end]).filter((c) => c > start && c < end)])].sort((a, b) => a - b);
  if (cuts.length === 1) return [{ start, end, notes: [], badges: [] }];
  return cuts.slice(1).map((e, i) => {
    const s = cuts[i] as number;
    return { start: s, end: e, notes: notes.filter((n) => n.start < e && n.end > s).map((n) => n.n), badges: [] };
  });
}
