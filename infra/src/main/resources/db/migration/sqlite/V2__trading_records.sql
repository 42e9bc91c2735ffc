-- Trading records: orders and their history, fills, positions, portfolio snapshots, signals, and
-- the outbox. Amounts are exact decimal TEXT written with the value's own scale (0.50 stays 0.50),
-- never REAL, except a signal's strength, which is an opinion, not money. Times are INTEGER epoch
-- milliseconds UTC. SQLite has one writer (Database pools a single connection), so read-then-write
-- inside a transaction needs no row locks.

CREATE TABLE orders (
    client_order_id    TEXT    NOT NULL PRIMARY KEY,  -- our id, unique: a resubmission is refused
    account_id         TEXT,                          -- the owning user or account, when known
    strategy_id        TEXT    NOT NULL,
    instrument_id      TEXT    NOT NULL,              -- venue:symbol
    side               TEXT    NOT NULL CHECK (side IN ('BUY', 'SELL')),
    order_type         TEXT    NOT NULL CHECK (order_type IN ('MARKET', 'LIMIT', 'STOP_MARKET', 'STOP_LIMIT')),
    quantity           TEXT,
    quote_quantity     TEXT,
    quote_currency     TEXT,
    limit_price        TEXT,
    trigger_price      TEXT,
    time_in_force      TEXT    NOT NULL CHECK (time_in_force IN ('GTC', 'IOC', 'FOK')),
    status             TEXT    NOT NULL CHECK (status IN ('INITIALIZED', 'SUBMITTED', 'ACCEPTED',
                                   'PARTIALLY_FILLED', 'FILLED', 'CANCELED', 'EXPIRED', 'REJECTED')),
    filled_quantity    TEXT,                          -- null until a quote-sized order fills
    filled_notional    TEXT    NOT NULL DEFAULT '0',  -- exact sum of price × quantity
    average_fill_price TEXT,
    venue_order_id     TEXT,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    CHECK ((quantity IS NULL) <> (quote_quantity IS NULL)),
    CHECK ((quote_quantity IS NULL) = (quote_currency IS NULL))
);

-- One plain index on status serves both the open-order lookup and the by-status listing: on one
-- machine the table stays small enough that a second, partial index would not pay for its writes.
CREATE INDEX orders_by_status ON orders (status, created_at);

CREATE TABLE order_events (
    client_order_id     TEXT    NOT NULL REFERENCES orders (client_order_id),
    sequence            INTEGER NOT NULL CHECK (sequence > 0),
    event_type          TEXT    NOT NULL,
    status              TEXT    NOT NULL,             -- the order's status after this event
    venue_order_id      TEXT,
    trade_id            TEXT,
    last_quantity       TEXT,
    last_price          TEXT,
    commission          TEXT,
    commission_currency TEXT,
    liquidity_side      TEXT,
    reason              TEXT,
    occurred_at         INTEGER NOT NULL,
    PRIMARY KEY (client_order_id, sequence)
) WITHOUT ROWID;

-- No foreign key to orders: a venue also reports fills of orders placed outside AlphaPulse, and those
-- must be stored (and counted once) too.
CREATE TABLE fills (
    venue               TEXT    NOT NULL,
    trade_id            TEXT    NOT NULL,
    client_order_id     TEXT    NOT NULL,
    venue_order_id      TEXT    NOT NULL,
    instrument_id       TEXT    NOT NULL,
    side                TEXT    NOT NULL CHECK (side IN ('BUY', 'SELL')),
    quantity            TEXT    NOT NULL,
    price               TEXT    NOT NULL,
    commission          TEXT    NOT NULL,
    commission_currency TEXT    NOT NULL,
    liquidity_side      TEXT    NOT NULL CHECK (liquidity_side IN ('MAKER', 'TAKER')),
    completes_order     INTEGER NOT NULL CHECK (completes_order IN (0, 1)),
    executed_at         INTEGER NOT NULL,
    -- A venue's trade id names one execution: a fill delivered twice is stored once.
    PRIMARY KEY (venue, trade_id)
) WITHOUT ROWID;
CREATE INDEX fills_by_order ON fills (client_order_id, executed_at);

CREATE TABLE positions (
    account_id          TEXT    NOT NULL,
    instrument_id       TEXT    NOT NULL,
    side                TEXT    NOT NULL CHECK (side IN ('LONG', 'SHORT', 'FLAT')),
    quantity            TEXT    NOT NULL,
    average_entry_price TEXT    NOT NULL,
    realized_pnl        TEXT    NOT NULL,
    currency            TEXT    NOT NULL,
    updated_at          INTEGER NOT NULL,
    PRIMARY KEY (account_id, instrument_id)
) WITHOUT ROWID;

CREATE TABLE portfolio_snapshots (
    id             INTEGER PRIMARY KEY,
    account_id     TEXT    NOT NULL,
    taken_at       INTEGER NOT NULL,
    currency       TEXT    NOT NULL,
    equity         TEXT    NOT NULL,
    cash           TEXT    NOT NULL,
    realized_pnl   TEXT    NOT NULL,
    unrealized_pnl TEXT    NOT NULL
);
CREATE INDEX portfolio_snapshots_by_time ON portfolio_snapshots (account_id, taken_at);

CREATE TABLE signals (
    id            INTEGER PRIMARY KEY,
    strategy_id   TEXT    NOT NULL,
    instrument_id TEXT    NOT NULL,
    strength      REAL    NOT NULL CHECK (strength BETWEEN -1 AND 1),
    emitted_at    INTEGER NOT NULL
);
CREATE INDEX signals_recent ON signals (emitted_at DESC, id DESC);

CREATE TABLE outbox (
    position      INTEGER PRIMARY KEY AUTOINCREMENT,  -- relay order, never reused
    id            TEXT    NOT NULL UNIQUE,            -- a UUID; consumers dedupe on it
    topic         TEXT    NOT NULL,
    message_key   TEXT    NOT NULL,
    payload       TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    claimed_until INTEGER,                            -- a relay's lease
    published_at  INTEGER,
    attempts      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX outbox_unpublished ON outbox (position) WHERE published_at IS NULL;
