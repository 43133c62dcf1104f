/** Renderer entry: mounts the workspace. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Workspace } from './Workspace';
import './styles.css';
import './workspace.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to mount Aftermath into.');
createRoot(root).render(
  <StrictMode>
    <Workspace />
  </StrictMode>,
);
