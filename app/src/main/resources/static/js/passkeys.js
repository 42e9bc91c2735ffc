// Passkeys (WebAuthn) in the browser: signing in with one, and adding, listing and removing the user's
// own. The server hands out WebAuthn options as JSON with base64url strings for binary fields; the
// browser API wants ArrayBuffers, and its answer goes back as JSON with base64url strings again.
(() => {
  'use strict';

  const auth = window.AlphaPulseAuth;

  function toBuffer(base64url) {
    const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0)).buffer;
  }

  function toBase64url(buffer) {
    let binary = '';
    for (const byte of new Uint8Array(buffer)) {
      binary += String.fromCharCode(byte);
    }
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function descriptors(list) {
    return (list || []).map((descriptor) => ({ ...descriptor, id: toBuffer(descriptor.id) }));
  }

  /** The JSON form of a PublicKeyCredential (WebAuthn Level 3 toJSON, written out for older browsers). */
  function credentialJson(credential) {
    const response = credential.response;
    const json = {
      type: credential.type,
      id: credential.id,
      rawId: toBase64url(credential.rawId),
      clientExtensionResults: credential.getClientExtensionResults(),
      response: { clientDataJSON: toBase64url(response.clientDataJSON) },
    };
    if (credential.authenticatorAttachment) {
      json.authenticatorAttachment = credential.authenticatorAttachment;
    }
    if (response.attestationObject) {
      json.response.attestationObject = toBase64url(response.attestationObject);
      if (typeof response.getTransports === 'function') {
        json.response.transports = response.getTransports();
      }
    } else {
      json.response.authenticatorData = toBase64url(response.authenticatorData);
      json.response.signature = toBase64url(response.signature);
      if (response.userHandle) {
        json.response.userHandle = toBase64url(response.userHandle);
      }
    }
    return json;
  }

  function supported() {
    return Boolean(window.PublicKeyCredential && navigator.credentials);
  }

  async function problemOf(response) {
    try {
      return await response.json();
    } catch (ignored) {
      return {};
    }
  }

  async function post(url, body, authorized) {
    const options = {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
      cache: 'no-store',
    };
    return authorized ? auth.authorizedFetch(url, options) : fetch(url, options);
  }

  /**
   * Signs in with a passkey the browser offers for this site; resolves to {ok: true} or
   * {ok: false, status, problem} (status 0: unreachable, -1: cancelled in the browser or unsupported).
   */
  async function login() {
    if (!supported()) {
      return { ok: false, status: -1, problem: { detail: 'This browser does not support passkeys.' } };
    }
    try {
      const started = await post('/api/auth/passkey/options', {}, false);
      if (!started.ok) {
        return { ok: false, status: started.status, problem: await problemOf(started) };
      }
      const { ceremonyId, publicKey } = await started.json();
      let credential;
      try {
        credential = await navigator.credentials.get({
          publicKey: {
            ...publicKey,
            challenge: toBuffer(publicKey.challenge),
            allowCredentials: descriptors(publicKey.allowCredentials),
          },
        });
      } catch (cancelled) {
        return { ok: false, status: -1, problem: {} };
      }
      const finished = await post(
        '/api/auth/passkey/login', { ceremonyId, credential: credentialJson(credential) }, false);
      if (!finished.ok) {
        return { ok: false, status: finished.status, problem: await problemOf(finished) };
      }
      auth.adopt(await finished.json());
      return { ok: true };
    } catch (unreachable) {
      return { ok: false, status: 0, problem: {} };
    }
  }

  /** Registers a new passkey named {@code name} for the signed-in user; resolves like {@link login}. */
  async function register(name) {
    if (!supported()) {
      return { ok: false, status: -1, problem: { detail: 'This browser does not support passkeys.' } };
    }
    try {
      const started = await post('/api/user/passkeys/registration/options', { name }, true);
      if (!started.ok) {
        return { ok: false, status: started.status, problem: await problemOf(started) };
      }
      const { ceremonyId, publicKey } = await started.json();
      let credential;
      try {
        credential = await navigator.credentials.create({
          publicKey: {
            ...publicKey,
            challenge: toBuffer(publicKey.challenge),
            user: { ...publicKey.user, id: toBuffer(publicKey.user.id) },
            excludeCredentials: descriptors(publicKey.excludeCredentials),
          },
        });
      } catch (cancelled) {
        return { ok: false, status: -1, problem: {} };
      }
      const finished = await post(
        '/api/user/passkeys/registration', { ceremonyId, credential: credentialJson(credential) }, true);
      if (!finished.ok) {
        return { ok: false, status: finished.status, problem: await problemOf(finished) };
      }
      return { ok: true, passkey: await finished.json() };
    } catch (unreachable) {
      return { ok: false, status: 0, problem: {} };
    }
  }

  /** The signed-in user's passkeys, or null when they cannot be loaded. */
  async function list() {
    try {
      const response = await auth.authorizedFetch('/api/user/passkeys', { headers: { Accept: 'application/json' } });
      return response.ok ? response.json() : null;
    } catch (unreachable) {
      return null;
    }
  }

  /** Removes one of the signed-in user's passkeys; resolves to whether it is gone. */
  async function remove(id) {
    try {
      const response = await auth.authorizedFetch('/api/user/passkeys/' + encodeURIComponent(id), {
        method: 'DELETE',
      });
      return response.status === 204;
    } catch (unreachable) {
      return false;
    }
  }

  window.AlphaPulsePasskeys = { supported, login, register, list, remove };
})();
