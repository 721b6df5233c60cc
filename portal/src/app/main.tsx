import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App.tsx';
import { createUserManager, loadConfig } from './auth.ts';
// Noto Sans served with the portal: no system font is sure to have the manat sign ₼ (U+20BC), the
// Azerbaijani ə or Cyrillic; the browser fetches only the subsets a page uses (unicode-range).
import '@fontsource-variable/noto-sans/wght.css';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing');

loadConfig().then(
  (config) =>
    createRoot(root).render(
      <StrictMode>
        <BrowserRouter>
          <App userManager={createUserManager(config)} />
        </BrowserRouter>
      </StrictMode>,
    ),
  (error: unknown) => {
    root.textContent = `The portal could not start: ${error instanceof Error ? error.message : String(error)}`;
  },
);
