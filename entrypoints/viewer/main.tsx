// The analysis worker first (./prewarm.ts); the saved theme and text size on <html> and the styles
// at once; the viewer's own code (./start.tsx) loads while the worker does.
import './prewarm';
import { startDisplaySettings } from '../../components/useDisplaySettings';
import '../../components/viewer.css';
import '../../components/a11y.css';
import '../../components/citat.css';

startDisplaySettings();
void import('./start');
