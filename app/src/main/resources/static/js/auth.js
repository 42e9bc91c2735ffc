// The dashboard's session: access and refresh tokens in sessionStorage (never in URLs or cookies),
// refreshed shortly before the access token expires and again whenever the server answers 401.
(() => {
  'use strict';

  const KEY = 'alphapulse.session';
  /** Refresh this long before the access token expires. */
  const REFRESH_MARGIN_MS = 30_000;

  let refreshing = null; // the refresh in flight, so that concurrent 401s rotate the token once
  let timer = null;

  function load() {
    try {
      return JSON.parse(sessionStorage.getItem(KEY));
    } catch (ignored) {
      return null;
    }
  }

  function save(tokens) {
    const session = {
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken,
      expiresAt: Date.now() + Number(tokens.expiresIn) * 1000,
    };
    sessionStorage.setItem(KEY, JSON.stringify(session));
    // The WebSocket session lives only as long as its token: the dashboard re-authenticates it.
    window.dispatchEvent(new CustomEvent('alphapulse:tokens'));
    return session;
  }

  function clear() {
    clearTimeout(timer);
    sessionStorage.removeItem(KEY);
  }

  function accessToken() {
    const session = load();
    return session ? session.accessToken : null;
  }

  function postJson(url, body, token) {
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (token) {
      headers.Authorization = 'Bearer ' + token;
    }
    return fetch(url, { method: 'POST', headers, body: JSON.stringify(body), cache: 'no-store' });
  }

  async function problemOf(response) {
    try {
      return await response.json();
    } catch (ignored) {
      return {};
    }
  }

  /** Signs in; resolves to {ok: true} or {ok: false, status, problem}. */
  async function login(username, password) {
    let response;
    try {
      response = await postJson('/api/auth/login', { username, password });
    } catch (unreachable) {
      return { ok: false, status: 0, problem: {} };
    }
    if (!response.ok) {
      return { ok: false, status: response.status, problem: await problemOf(response) };
    }
    save(await response.json());
    return { ok: true };
  }

  async function rotate() {
    const session = load();
    if (!session || !session.refreshToken) {
      return false;
    }
    try {
      const response = await postJson('/api/auth/refresh', { refreshToken: session.refreshToken });
      if (response.ok) {
        save(await response.json());
        schedule();
        return true;
      }
      if (response.status >= 500) {
        return false; // the server is struggling: keep the tokens and let the caller retry later
      }
    } catch (unreachable) {
      return false;
    }
    clear(); // refused: the refresh token is expired, revoked or already rotated
    return false;
  }

  /** Rotates the tokens; resolves to whether a valid session remains. */
  function refresh() {
    if (!refreshing) {
      refreshing = rotate().finally(() => {
        refreshing = null;
      });
    }
    return refreshing;
  }

  /** Arms the timer that refreshes the access token before it expires. */
  function schedule() {
    clearTimeout(timer);
    const session = load();
    if (session) {
      timer = setTimeout(refresh, Math.max(0, session.expiresAt - Date.now() - REFRESH_MARGIN_MS));
    }
  }

  /** Resolves to whether there is a session whose access token is good for a while. */
  async function ensureFresh() {
    const session = load();
    if (!session) {
      return false;
    }
    return session.expiresAt - Date.now() > REFRESH_MARGIN_MS ? true : refresh();
  }

  /** fetch() with the bearer token; on 401 refreshes once and retries. */
  async function authorizedFetch(url, options = {}) {
    const send = () => fetch(url, {
      ...options,
      cache: 'no-store',
      headers: { ...(options.headers || {}), Authorization: 'Bearer ' + accessToken() },
    });
    const response = await send();
    if (response.status === 401 && (await refresh())) {
      return send();
    }
    return response;
  }

  /** Revokes the refresh token on the server (best effort) and forgets the session. */
  async function logout() {
    const session = load();
    clear();
    if (session) {
      try {
        await postJson('/api/auth/logout', { refreshToken: session.refreshToken }, session.accessToken);
      } catch (unreachable) {
        // The tokens are gone from this browser either way; the refresh token expires on its own.
      }
    }
  }

  /** The signed-in user's name from the access token's claims, for display only. */
  function username() {
    const token = accessToken();
    if (!token) {
      return null;
    }
    try {
      const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      const bytes = Uint8Array.from(atob(payload), (c) => c.charCodeAt(0));
      const claims = JSON.parse(new TextDecoder().decode(bytes));
      return claims.username || claims.sub || null;
    } catch (malformed) {
      return null;
    }
  }

  /** Keeps the tokens of a login made another way (a passkey), exactly as a password login does. */
  function adopt(tokens) {
    save(tokens);
  }

  window.AlphaPulseAuth = {
    login, adopt, logout, refresh, schedule, ensureFresh, clear, accessToken, authorizedFetch, username, problemOf,
  };
})();
