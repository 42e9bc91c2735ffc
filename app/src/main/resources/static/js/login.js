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

  /** Explains a failed sign-in; {@code unauthorized} is the message for 401. */
  function explain(result, unauthorized) {
    if (result.status === 401) {
      show(unauthorized);
    } else if (result.status === 429) {
      show('Too many attempts. Wait a moment and try again.');
    } else if (result.status === 0) {
      show('The server cannot be reached.');
    } else {
      show(result.problem.detail || 'Sign-in failed (HTTP ' + result.status + ').');
    }
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
    } else {
      explain(result, 'That passkey was not accepted.');
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
    } else {
      explain(result, 'Wrong username or password.');
      if (result.status === 401) {
        form.password.select();
      }
    }
  });
})();
