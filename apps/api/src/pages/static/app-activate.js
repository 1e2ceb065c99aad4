import { api, messageOf } from './app-client.js';

// The token travels in the fragment (#…), which the browser never sends; take it and drop it from the address bar.
const token = decodeURIComponent(location.hash.slice(1));
history.replaceState(null, '', location.pathname);
const form = document.getElementById('activate');
const whom = document.getElementById('whom');
const message = document.getElementById('message');

function gone(text) {
  whom.textContent = '';
  message.textContent = text;
  form.hidden = true;
  document.getElementById('gone').hidden = false;
}

const preview = token ? await api('/auth/activation/preview', { method: 'POST', body: { token } }) : null;
if (!preview) gone('链接不完整：请打开管理员发来的完整激活链接');
else if (!preview.ok) gone(messageOf(preview));
else {
  whom.textContent = `${preview.data.name}，你的登录名是 ${preview.data.login}。请设置密码：`;
  form.hidden = false;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  message.textContent = '';
  if (form.password.value !== form.confirm.value) {
    message.textContent = '两次输入的密码不一致';
    return;
  }
  const result = await api('/auth/activation', {
    method: 'POST',
    body: { token, password: form.password.value, remember: form.remember.checked },
  });
  if (result.ok) location.assign(result.data.redirectTo);
  else if (result.status === 410) gone(messageOf(result));
  else message.textContent = messageOf(result);
});
