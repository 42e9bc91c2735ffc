-- Trading records: orders and their history, fills, positions, portfolio snapshots, signals, and
-- the outbox. Amounts are exact numeric written with the value's own scale (0.50 stays 0.50), so
-- reading one back gives the engine value type at the scale it was written; never floating point,
-- except a signal's strength, which is an opinion, not money. Times are timestamptz, truncated to
-- milliseconds so both vendors store the same instants.

CREATE TABLE orders (
    client_order_id    text        NOT NULL PRIMARY KEY,  -- our id, unique: a resubmission is refused
    account_id         text,                              -- the owning user or account, when known
    strategy_id        text        NOT NULL,
    instrument_id      text        NOT NULL,              -- venue:symbol
    side               text        NOT NULL CHECK (side IN ('BUY', 'SELL')),
    order_type         text        NOT NULL CHECK (order_type IN ('MARKET', 'LIMIT', 'STOP_MARKET', 'STOP_LIMIT')),
    quantity           numeric     CHECK (quantity > 0),
    quote_quantity     numeric     CHECK (quote_quantity > 0),
    quote_currency     text,
    limit_price        numeric,
    trigger_price      numeric,
    time_in_force      text        NOT NULL CHECK (time_in_force IN ('GTC', 'IOC', 'FOK')),
    status             text        NOT NULL CHECK (status IN ('INITIALIZED', 'SUBMITTED', 'ACCEPTED',
                                       'PARTIALLY_FILLED', 'FILLED', 'CANCELED', 'EXPIRED', 'REJECTED')),
    filled_quantity    numeric     CHECK (filled_quantity >= 0),  -- null until a quote-sized order fills
    filled_notional    numeric     NOT NULL DEFAULT 0,            -- exact sum of price × quantity
    average_fill_price numeric,
    venue_order_id     text,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    CHECK ((quantity IS NULL) <> (quote_quantity IS NULL)),
    CHECK ((quote_quantity IS NULL) = (quote_currency IS NULL))
);

-- The unfinished orders are the few rows the trader reads on every start and reconciliation; a
-- partial index keeps that lookup small however long the history grows. Its predicate is exactly the
-- one OrderRepository.unfinishedOrders() queries with, so the planner can prove it applies.
CREATE INDEX orders_open ON orders (created_at, client_order_id)
    WHERE status IN ('INITIALIZED', 'SUBMITTED', 'ACCEPTED', 'PARTIALLY_FILLED');
CREATE INDEX orders_by_status ON orders (status, created_at);

CREATE TABLE order_events (
    client_order_id     text        NOT NULL REFERENCES orders (client_order_id),
    sequence            integer     NOT NULL CHECK (sequence > 0),
    event_type          text        NOT NULL,
    status              text        NOT NULL,   -- the order's status after this event
    venue_order_id      text,
    trade_id            text,
    last_quantity       numeric,
    last_price          numeric,
    commission          numeric,
    commission_currency text,
    liquidity_side      text,
    reason              text,
    occurred_at         timestamptz NOT NULL,
    PRIMARY KEY (client_order_id, sequence)
);

-- No foreign key to orders: a venue also reports fills of orders placed outside AlphaPulse, and those
-- must be stored (and counted once) too.
CREATE TABLE fills (
    venue               text        NOT NULL,
    trade_id            text        NOT NULL,
    client_order_id     text        NOT NULL,
    venue_order_id      text        NOT NULL,
    instrument_id       text        NOT NULL,
    side                text        NOT NULL CHECK (side IN ('BUY', 'SELL')),
    quantity            numeric     NOT NULL CHECK (quantity > 0),
    price               numeric     NOT NULL,
    commission          numeric     NOT NULL,
    commission_currency text        NOT NULL,
    liquidity_side      text        NOT NULL CHECK (liquidity_side IN ('MAKER', 'TAKER')),
    completes_order     boolean     NOT NULL,
    executed_at         timestamptz NOT NULL,
    -- A venue's trade id names one execution: a fill delivered twice is stored once.
    PRIMARY KEY (venue, trade_id)
);
CREATE INDEX fills_by_order ON fills (client_order_id, executed_at);

CREATE TABLE positions (
    account_id          text        NOT NULL,
    instrument_id       text        NOT NULL,
    side                text        NOT NULL CHECK (side IN ('LONG', 'SHORT', 'FLAT')),
    quantity            numeric     NOT NULL CHECK (quantity >= 0),
    average_entry_price numeric     NOT NULL,
    realized_pnl        numeric     NOT NULL,
    currency            text        NOT NULL,
    updated_at          timestamptz NOT NULL,
    PRIMARY KEY (account_id, instrument_id)
);

CREATE TABLE portfolio_snapshots (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id     text        NOT NULL,
    taken_at       timestamptz NOT NULL,
    currency       text        NOT NULL,
    equity         numeric     NOT NULL,
    cash           numeric     NOT NULL,
    realized_pnl   numeric     NOT NULL,
    unrealized_pnl numeric     NOT NULL
);
CREATE INDEX portfolio_snapshots_by_time ON portfolio_snapshots (account_id, taken_at);

CREATE TABLE signals (
    id            bigint           GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    strategy_id   text             NOT NULL,
    instrument_id text             NOT NULL,
    strength      double precision NOT NULL CHECK (strength BETWEEN -1 AND 1),
    emitted_at    timestamptz      NOT NULL
);
CREATE INDEX signals_recent ON signals (emitted_at DESC, id DESC);

CREATE TABLE outbox (
    position      bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- relay order
    id            uuid        NOT NULL UNIQUE,                            -- consumers dedupe on it
    topic         text        NOT NULL,
    message_key   text        NOT NULL,
    payload       text        NOT NULL,
    created_at    timestamptz NOT NULL,
    claimed_until timestamptz,                                            -- a relay's lease
    published_at  timestamptz,
    attempts      integer     NOT NULL DEFAULT 0
);
-- The relay only ever looks for what is still to publish.
CREATE INDEX outbox_unpublished ON outbox (position) WHERE published_at IS NULL;
