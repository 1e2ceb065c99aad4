import { createApp } from 'vue';
import App from './App.vue';
import { ensureMe } from './auth/session';
import { router } from './router';
import './styles.css';

// On a slow network every round trip counts: who is signed in (GET /me) and the first screen's code are fetched
// at once, instead of one after the other as the router's guard and its lazy route would.
void ensureMe();
const first = router.resolve(location.pathname + location.search).matched.at(-1)?.components?.default;
if (typeof first === 'function') void (first as () => Promise<unknown>)().catch(() => undefined);

createApp(App).use(router).mount('#app');
