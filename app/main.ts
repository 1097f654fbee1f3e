import { mount } from 'svelte';
import App from './App.svelte';
import './styles/global.css';

const target = document.getElementById('app');
if (target) {
  // The static shell in index.html paints before the script runs; the app replaces it in one task.
  target.replaceChildren();
  mount(App, { target });
}
