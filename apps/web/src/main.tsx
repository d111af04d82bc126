import '@mantine/core/styles.css';
import './app/theme-variables.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { readerLanguage } from './i18n/reader-language';
import { shellLanguage } from './i18n/shell-language';

// The first catalogue loads while React starts; the app shows a spinner until it is there.
void shellLanguage.change(readerLanguage());

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
