// The viewer, once its code has loaded (main.tsx has started the analysis worker and applied the display settings).
import { createRoot } from 'react-dom/client';
import { App } from '../../components/App';

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
