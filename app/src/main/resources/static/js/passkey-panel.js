// The dashboard's passkeys panel: the signed-in user's passkeys, with adding and removing. Every user
// may manage their own, viewers included. Names come from users, so they are set as text, never as HTML.
(() => {
  'use strict';

  const passkeys = window.AlphaPulsePasskeys;
  const form = document.getElementById('passkey-form');
  const rows = document.getElementById('passkey-rows');
  const message = document.getElementById('passkey-message');
  const empty = document.getElementById('passkey-empty');
  const table = rows.closest('table');

  function show(text) {
    message.textContent = text;
    message.hidden = !text;
  }

  function when(millis) {
    return millis == null ? '—' : new Date(millis).toLocaleString();
  }

  function cell(text) {
    const td = document.createElement('td');
    td.textContent = text;
    return td;
  }

  async function refresh() {
    const list = await passkeys.list();
    if (list === null) {
      show('Your passkeys cannot be loaded.');
      return;
    }
    empty.hidden = list.length > 0;
    table.hidden = list.length === 0;
    rows.replaceChildren(...list.map((passkey) => {
      const tr = document.createElement('tr');
      tr.dataset.testid = 'passkey-' + passkey.name;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'button';
      remove.textContent = 'Remove';
      remove.setAttribute('aria-label', 'Remove passkey ' + passkey.name);
      remove.addEventListener('click', async () => {
        show('');
        if (!(await passkeys.remove(passkey.id))) {
          show('The passkey could not be removed.');
        }
        refresh();
      });
      const actions = document.createElement('td');
      actions.append(remove);
      tr.append(cell(passkey.name), cell(when(passkey.createdAt)), cell(when(passkey.lastUsedAt)), actions);
      return tr;
    }));
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    show('');
    const name = form.name.value.trim();
    if (!name) {
      show('Name the passkey, e.g. after the device it is on.');
      return;
    }
    const submit = form.querySelector('button[type="submit"]');
    submit.disabled = true;
    const result = await passkeys.register(name);
    submit.disabled = false;
    if (result.ok) {
      form.reset();
    } else if (result.status === -1) {
      show(result.problem.detail || 'Adding the passkey was cancelled.');
    } else {
      show(result.problem.detail || 'The passkey could not be added (HTTP ' + result.status + ').');
    }
    refresh();
  });

  if (!passkeys.supported()) {
    form.hidden = true;
  }
  document.body.addEventListener('dashboard-ready', refresh, { once: true });
})();
