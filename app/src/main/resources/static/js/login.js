// The login page: posts the credentials as JSON, or signs in with a passkey, and then opens the dashboard.
(() => {
  'use strict';

  const auth = window.AlphaPulseAuth;
  const form = document.getElementById('login-form');
  const error = document.getElementById('login-error');
  const submit = form.querySelector('button[type="submit"]');

  function show(message) {
    error.textContent = message;
    error.hidden = false;
  }

  const passkeys = window.AlphaPulsePasskeys;
  const passkeyButton = document.getElementById('passkey-login');
  if (!passkeys.supported()) {
    passkeyButton.hidden = true;
  }

  passkeyButton.addEventListener('click', async () => {
    error.hidden = true;
    passkeyButton.disabled = true;
    const result = await passkeys.login();
    passkeyButton.disabled = false;
    if (result.ok) {
      location.replace('/');
    } else if (result.status === -1) {
      show(result.problem.detail || 'The passkey sign-in was cancelled.');
    } else if (result.status === 401) {
      show('That passkey was not accepted.');
    } else if (result.status === 429) {
      show('Too many attempts. Wait a moment and try again.');
    } else if (result.status === 0) {
      show('The server cannot be reached.');
    } else {
      show(result.problem.detail || 'Sign-in failed (HTTP ' + result.status + ').');
    }
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    const username = form.username.value.trim();
    const password = form.password.value;
    if (!username || !password) {
      show('Enter your username and password.');
      return;
    }
    submit.disabled = true;
    const result = await auth.login(username, password);
    submit.disabled = false;
    if (result.ok) {
      location.replace('/');
    } else if (result.status === 401) {
      show('Wrong username or password.');
      form.password.select();
    } else if (result.status === 429) {
      show('Too many attempts. Wait a moment and try again.');
    } else if (result.status === 0) {
      show('The server cannot be reached.');
    } else {
      show(result.problem.detail || 'Sign-in failed (HTTP ' + result.status + ').');
    }
  });
})();
