// Where the address names a letter, the analysis worker starts loading before anything else
// (lib/viewer/analysisWorker.ts). Imported first by main.tsx.
import { prewarmAnalysis } from '../../lib/viewer/analysisWorker';

if (/[?&](file|letter|saved|sample)\b/.test(location.search)) prewarmAnalysis();
