import { api, messageOf } from './app-client.js';

// The page to go back to comes from ?next=; the API checks that it is one of ours and answers with redirectTo.
const next = new URLSearchParams(location.search).get('next') || undefined;
const form = document.getElementById('login');
const message = document.getElementById('message');

api('/auth/methods').then((methods) => {
  if (!methods.ok || !methods.data.sso) return;
  const link = document.getElementById('sso-link');
  link.href = `${methods.data.ssoStart}${next ? `?next=${encodeURIComponent(next)}` : ''}`;
  document.getElementById('sso').hidden = false;
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  message.textContent = '';
  const button = form.querySelector('button');
  button.disabled = true;
  const result = await api('/auth/login', {
    method: 'POST',
    body: {
      login: form.login.value,
      password: form.password.value,
      remember: form.remember.checked,
      ...(next ? { next } : {}),
    },
  }).catch(() => ({ ok: false, status: 0, data: null }));
  button.disabled = false;
  if (result.ok) {
    location.assign(result.data.redirectTo);
    return;
  }
  form.password.value = '';
  message.textContent = result.status === 0 ? '无法连接服务器，请检查网络后重试' : messageOf(result);
});
