// The login page: posts the credentials as JSON and, once signed in, opens the dashboard.
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
