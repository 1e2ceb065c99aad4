// First, before Vue is evaluated: GET /me and the first screen's data are on their way (boot.ts).
import './boot';
import { createApp } from 'vue';
import App from './App.vue';
import { ensureMe } from './auth/session';
import { router } from './router';
import './styles.css';

// The first screen's code is fetched beside its data and GET /me, instead of after them as the router's guard and
// its lazy route would.
void ensureMe();
const first = router.resolve(location.pathname + location.search).matched.at(-1)?.components?.default;
if (typeof first === 'function') void (first as () => Promise<unknown>)().catch(() => undefined);

createApp(App).use(router).mount('#app');
