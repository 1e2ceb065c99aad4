import { prefetch, useCredentials } from './api/client';
import { firstRequests } from './api/first-requests';
import { bearerHeaders, forgetToken } from './auth/token';

// The console's first statement, evaluated before Vue and the screens: on a slow phone every round trip counts, so
// who is signed in (GET /me) and the first screen's data are asked for now, all at once, while the rest of the code
// is still being evaluated and the screen's chunk loads. The screen then takes the answers (client.ts `get`).
// Reads only, with the bearer token if there is one (a session cookie goes by itself); the auth module
// (auth/session.ts) takes over the credentials before anything writes.
useCredentials({ headers: bearerHeaders, expired: forgetToken });
prefetch('/me');
for (const [path, query] of firstRequests(location.pathname)) prefetch(path, query);
