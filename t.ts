import { findDates } from './lib/dates/findDates';
for (const t of ['1. april 2025', '01.04.2025', '1/4-2025', 'd. 1/4 2025', '1. apr. 2025', 'tirsdag den 17. februar 2026 kl. 13.00', 'kl. 10.00 og 1.851,00 kr.', 'fra og med d. 17/2 2026', '3/4 af tiden', 'Horsens, 12.05.2025', '14.-16. april 2025', '2024-0871-FP', '2025-04-01', '1. maj-demonstration'])
  console.log(t, '=>', JSON.stringify(findDates(t, 2025).map(d => [d.text, d.iso])));
