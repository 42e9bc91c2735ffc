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
   * One WebAuthn ceremony: options from {@code start}, the browser's answer from {@code ask(publicKey)},
   * the answer to {@code finish}. Resolves to {ok: true, body} or {ok: false, status, problem}
   * (status 0: unreachable, -1: cancelled in the browser or unsupported).
   */
  async function ceremony(start, body, finish, authorized, ask) {
    if (!supported()) {
      return { ok: false, status: -1, problem: { detail: 'This browser does not support passkeys.' } };
    }
    try {
      const started = await post(start, body, authorized);
      if (!started.ok) {
        return { ok: false, status: started.status, problem: await auth.problemOf(started) };
      }
      const { ceremonyId, publicKey } = await started.json();
      let credential;
      try {
        credential = await ask(publicKey);
      } catch (cancelled) {
        return { ok: false, status: -1, problem: {} };
      }
      const finished = await post(finish, { ceremonyId, credential: credentialJson(credential) }, authorized);
      if (!finished.ok) {
        return { ok: false, status: finished.status, problem: await auth.problemOf(finished) };
      }
      return { ok: true, body: await finished.json() };
    } catch (unreachable) {
      return { ok: false, status: 0, problem: {} };
    }
  }

  /** Signs in with a passkey the browser offers for this site; resolves to {ok: true} or a failure as above. */
  async function login() {
    const result = await ceremony('/api/auth/passkey/options', {}, '/api/auth/passkey/login', false,
      (publicKey) => navigator.credentials.get({
        publicKey: {
          ...publicKey,
          challenge: toBuffer(publicKey.challenge),
          allowCredentials: descriptors(publicKey.allowCredentials),
        },
      }));
    if (!result.ok) {
      return result;
    }
    auth.adopt(result.body);
    return { ok: true };
  }

  /** Registers a new passkey named {@code name} for the signed-in user; resolves to {ok: true, passkey} or a failure. */
  async function register(name) {
    const result = await ceremony('/api/user/passkeys/registration/options', { name },
      '/api/user/passkeys/registration', true,
      (publicKey) => navigator.credentials.create({
        publicKey: {
          ...publicKey,
          challenge: toBuffer(publicKey.challenge),
          user: { ...publicKey.user, id: toBuffer(publicKey.user.id) },
          excludeCredentials: descriptors(publicKey.excludeCredentials),
        },
      }));
    return result.ok ? { ok: true, passkey: result.body } : result;
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
