// First: zod's settings, before any schema is built (no eval probe; utils/ext/zod-config.ts).
import '@/utils/ext/zod-config';
import { render } from 'preact';
import '@/components/ui.css';
import '@/components/panels.css';
import './style.css';
import { t } from '@/components/i18n/t';
import { App } from './App';

// WXT fills __MSG_…__ only in the manifest: the page title comes from i18n here.
document.title = t('pageTitleOptions');
const root = document.getElementById('app');
if (root) render(<App />, root);
