import { createRoot } from 'react-dom/client';
import { App } from '../../components/App';
import { startDisplaySettings } from '../../components/useDisplaySettings';
import '../../components/viewer.css';
import '../../components/a11y.css';
import '../../components/citat.css';

// The saved theme and text size, on <html> before the first render.
startDisplaySettings();
const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
