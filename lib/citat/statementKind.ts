import { rules } from '../rules';
import { compileRegex } from '../text/compileRegex';

const k = rules.citat.statementKinds;
const KINDS = k.kinds.map((x) => ({ label: x.label, re: compileRegex(`(?<![\\p{L}])(?:${x.pattern})(?![\\p{L}])`, 'iu') }));

/** What the statement is (lægeattest, speciallægeerklæring, statusattest …), read from its first lines; null where they do not say. */
export function statementKind(text: string): string | null {
  const head = text.split('\n').filter((l) => l.trim()).slice(0, k.headLines).join('\n');
  return KINDS.find((x) => x.re.test(head))?.label ?? null;
}
