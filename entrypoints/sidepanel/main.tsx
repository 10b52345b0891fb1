import { render } from 'preact';
import '@/components/ui.css';
import '@/components/panels.css';
import './style.css';
import { App } from './App';

const root = document.getElementById('app');
if (root) render(<App />, root);
