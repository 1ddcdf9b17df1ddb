import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { refuseStrayDrops } from './lib/drops';

const target = document.getElementById('app');
if (!target) throw new Error('the page has no #app element');

refuseStrayDrops(window);

export default mount(App, { target });
