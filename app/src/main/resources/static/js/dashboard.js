// The dashboard: htmx fragments fetched with the bearer token, live prices, portfolio and equity
// from the WebSocket (ARCHITECTURE.md §7), and the other tables refreshed when their topic moves.
(() => {
  'use strict';

  const auth = window.AlphaPulseAuth;
  const TOPICS = ['prices', 'portfolio', 'orders', 'trades', 'signals'];
  /** Points kept on the equity chart; older ones scroll off. */
  const MAX_CHART_POINTS = 5000;
  const FLASH_MS = 900;
  const RECONNECT_MIN_MS = 1000;
  const RECONNECT_MAX_MS = 15_000;

  // ---- Formatting: the same output as WebFormat.java, so live updates look like rendered values.
  const MISSING = '\u2014';
  const MINUS = '\u2212';

  function grouped(value, minDecimals, maxDecimals, plus) {
    if (value === null || value === undefined || value === '' || Number.isNaN(Number(value))) {
      return MISSING;
    }
    const number = Number(value);
    const digits = Math.abs(number).toLocaleString('en-US', {
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: maxDecimals,
    });
    if (Number(digits.replace(/,/g, '')) === 0) {
      return digits;
    }
    return number < 0 ? MINUS + digits : plus && number > 0 ? '+' + digits : digits;
  }

  const format = {
    price: (v) => grouped(v, 2, 8, false),
    money: (v) => grouped(v, 2, 2, false),
    pnl: (v) => grouped(v, 2, 2, true),
    percent: (v) => (v === null || v === undefined ? MISSING : grouped(v, 2, 2, true) + '%'),
    time: (ms) => new Date(Number(ms)).toISOString().substring(11, 19),
    // Judged on the value as shown (2 decimals), like WebFormat.tone: 0.00 is never coloured as a loss.
    tone: (v) => {
      const shown = Math.round(Number(v) * 100);
      return shown > 0 ? 'up' : shown < 0 ? 'down' : 'flat';
    },
  };

  function setTone(element, value) {
    element.classList.remove('up', 'down', 'flat');
    element.classList.add(format.tone(value));
  }

  // ---- Session.
  function toLogin() {
    auth.clear();
    location.replace('/login');
  }

  let reauthenticating = null;
  let lastRefreshAt = 0;

  /** After a 401: rotate the tokens once and reload the fragments, or go to the login page. */
  function reauthenticate() {
    if (Date.now() - lastRefreshAt < 5000) {
      toLogin(); // a fresh token was refused too: the session is gone
      return;
    }
    if (!reauthenticating) {
      reauthenticating = auth.refresh().then((ok) => {
        reauthenticating = null;
        if (!ok) {
          toLogin();
          return;
        }
        lastRefreshAt = Date.now();
        ready();
      });
    }
  }

  function ready() {
    htmx.trigger(document.body, 'dashboard-ready');
  }

  function changed(what) {
    htmx.trigger(document.body, what + '-changed');
  }

  // ---- Connection state.
  const connection = document.getElementById('connection');
  const STATES = {
    connecting: 'Connecting…',
    live: 'Live',
    offline: 'Offline — reconnecting',
  };

  function setState(state, detail) {
    connection.dataset.state = state;
    connection.textContent = STATES[state];
    connection.title = detail || '';
  }

  // ---- Prices.
  function flash(cell, direction) {
    cell.classList.remove('flash-up', 'flash-down');
    void cell.offsetWidth; // restart the animation when the same direction repeats
    cell.classList.add(direction);
    clearTimeout(cell.flashTimer);
    cell.flashTimer = setTimeout(() => cell.classList.remove(direction), FLASH_MS);
  }

  function updatePrice(price) {
    const key = CSS.escape(price.venue + ':' + price.symbol);
    const row = document.querySelector('#prices tr[data-key="' + key + '"]');
    if (!row) {
      htmx.trigger(document.body, 'prices-added'); // a new instrument: render the table again
      return;
    }
    const last = row.querySelector('[data-field="last"]');
    const previous = Number(last.dataset.value);
    const now = Number(price.last);
    last.dataset.value = String(price.last);
    last.textContent = format.price(price.last);
    if (now > previous) {
      flash(last, 'flash-up');
    } else if (now < previous) {
      flash(last, 'flash-down');
    }
    row.querySelector('[data-field="bid"]').textContent = format.price(price.bid);
    row.querySelector('[data-field="ask"]').textContent = format.price(price.ask);
    const change = row.querySelector('[data-field="changePct"]');
    change.textContent = format.percent(price.changePct);
    setTone(change, price.changePct);
    const time = row.querySelector('[data-field="ts"] time');
    time.dateTime = new Date(Number(price.ts)).toISOString();
    time.textContent = format.time(price.ts);
  }

  // ---- Portfolio summary and equity chart.
  const PORTFOLIO_FIELDS = {
    equity: format.money,
    cash: format.money,
    fees: format.money,
    dayPnl: format.pnl,
    unrealizedPnl: format.pnl,
    realizedPnl: format.pnl,
  };

  function updatePortfolio(portfolio) {
    for (const [field, show] of Object.entries(PORTFOLIO_FIELDS)) {
      const cell = document.querySelector('#portfolio [data-field="' + field + '"]');
      if (cell) {
        cell.textContent = show(portfolio[field]);
        if (cell.dataset.signed) {
          setTone(cell, portfolio[field]);
        }
      }
    }
    appendEquity(portfolio.ts, portfolio.equity);
  }

  let chart = null;

  function createChart() {
    const canvas = document.getElementById('equity-chart');
    const styles = getComputedStyle(document.documentElement);
    const line = styles.getPropertyValue('--accent').trim() || '#4da3ff';
    const grid = styles.getPropertyValue('--grid').trim() || 'rgba(255,255,255,0.06)';
    const text = styles.getPropertyValue('--muted').trim() || '#8b96a8';
    chart = new Chart(canvas, {
      type: 'line',
      data: {
        datasets: [{
          label: 'Equity',
          data: [],
          borderColor: line,
          backgroundColor: line + '22',
          borderWidth: 2,
          pointRadius: 0,
          fill: true,
          cubicInterpolationMode: 'monotone', // smooth without overshooting the real values
        }],
      },
      options: {
        animation: false,
        parsing: false,
        normalized: true,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: {
            type: 'linear',
            grid: { color: grid },
            ticks: { color: text, maxTicksLimit: 6, callback: (value) => format.time(value) },
          },
          y: {
            grid: { color: grid },
            ticks: { color: text, maxTicksLimit: 6, callback: (value) => format.money(value) },
          },
        },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              title: (items) => format.time(items[0].parsed.x) + ' UTC',
              label: (item) => 'Equity ' + format.money(item.parsed.y),
            },
          },
        },
      },
    });
  }

  function appendEquity(ts, equity) {
    if (!chart || ts === undefined || equity === undefined || equity === null) {
      return;
    }
    const points = chart.data.datasets[0].data;
    const point = { x: Number(ts), y: Number(equity) };
    const last = points[points.length - 1];
    if (last && point.x < last.x) {
      return; // out of order (a snapshot older than the history): the chart keeps time ascending
    }
    if (last && point.x === last.x) {
      points[points.length - 1] = point;
    } else {
      points.push(point);
    }
    if (points.length > MAX_CHART_POINTS) {
      points.splice(0, points.length - MAX_CHART_POINTS);
    }
    chart.update('none');
  }

  async function loadEquityHistory() {
    let response;
    try {
      response = await auth.authorizedFetch('/api/portfolio/history', { headers: { Accept: 'application/json' } });
    } catch (unreachable) {
      return;
    }
    if (response.status === 401) {
      reauthenticate();
      return;
    }
    if (!response.ok) {
      return;
    }
    const body = await response.json();
    const history = Array.isArray(body) ? body : body.points || [];
    const points = history.map((p) => ({ x: Number(p.ts), y: Number(p.equity) }));
    const live = chart.data.datasets[0].data;
    const newest = points.length ? points[points.length - 1].x : -Infinity;
    // Keep the live points that arrived while the history loaded.
    chart.data.datasets[0].data = points.concat(live.filter((p) => p.x > newest)).slice(-MAX_CHART_POINTS);
    chart.update('none');
  }

  // ---- WebSocket.
  let socket = null;
  let attempts = 0;

  function connect() {
    setState('connecting');
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const ws = new WebSocket(scheme + '//' + location.host + '/ws');
    socket = ws;
    ws.addEventListener('open', () => {
      const token = auth.accessToken();
      if (!token) {
        toLogin();
        return;
      }
      ws.send(JSON.stringify({ op: 'auth', token }));
      ws.send(JSON.stringify({ op: 'subscribe', topics: TOPICS }));
    });
    ws.addEventListener('message', (message) => {
      let event;
      try {
        event = JSON.parse(message.data);
      } catch (malformed) {
        return;
      }
      handle(event);
    });
    ws.addEventListener('close', async (closed) => {
      if (socket !== ws) {
        return;
      }
      socket = null;
      setState('offline', closed.reason);
      if (closed.code === 1008 && !(await auth.refresh())) {
        toLogin(); // refused for policy (an expired or revoked token) and the session cannot be renewed
        return;
      }
      const delay = Math.min(RECONNECT_MAX_MS, RECONNECT_MIN_MS * 2 ** attempts++);
      setTimeout(() => {
        connect();
        ready(); // catch up on what happened while disconnected
      }, delay);
    });
  }

  /** Sends the rotated access token, so the server keeps the session open past the old one's expiry. */
  function reauthenticateSocket() {
    const token = auth.accessToken();
    if (socket && socket.readyState === WebSocket.OPEN && token) {
      socket.send(JSON.stringify({ op: 'auth', token }));
    }
  }

  function handle(event) {
    if (event.topic !== 'system' && connection.dataset.state !== 'live') {
      attempts = 0;
      setState('live'); // data flows, whether or not an acknowledgement came first
    }
    switch (event.topic) {
      case 'system':
        if (event.type === 'authenticated') {
          attempts = 0;
          setState('live');
        } else if (event.type === 'error') {
          console.warn('WebSocket:', event.data);
        }
        break;
      case 'prices':
        updatePrice(event.data);
        break;
      case 'portfolio':
        updatePortfolio(event.data);
        changed('portfolio');
        break;
      case 'orders':
        changed('orders');
        break;
      case 'trades':
        changed('trades');
        changed('orders');
        break;
      case 'signals':
        changed('signals');
        break;
      default:
        break; // acknowledgements and topics this page does not show
    }
  }

  // ---- Start.
  async function start() {
    if (!(await auth.ensureFresh())) {
      toLogin();
      return;
    }
    auth.schedule();
    document.getElementById('current-user').textContent = auth.username() || '';
    document.getElementById('logout').addEventListener('click', async () => {
      if (socket) {
        const ws = socket;
        socket = null;
        ws.close(1000, 'logout');
      }
      await auth.logout();
      location.replace('/login');
    });
    document.body.addEventListener('htmx:configRequest', (event) => {
      const token = auth.accessToken();
      if (token) {
        event.detail.headers.Authorization = 'Bearer ' + token;
      }
    });
    document.body.addEventListener('htmx:responseError', (event) => {
      if (event.detail.xhr.status === 401) {
        reauthenticate();
      }
    });
    window.addEventListener('alphapulse:tokens', reauthenticateSocket);
    createChart();
    loadEquityHistory();
    ready();
    connect();
  }

  document.addEventListener('DOMContentLoaded', start);
})();
