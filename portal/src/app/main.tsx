import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App.tsx';
import { createUserManager, loadConfig } from './auth.ts';
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
