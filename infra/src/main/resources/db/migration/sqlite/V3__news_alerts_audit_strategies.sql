-- News with sentiment, alerts and their events, the append-only audit log, strategy weights and the
-- learning allocator's adjustments. Times are epoch milliseconds UTC; thresholds, observed values and
-- P&L are exact decimal text; sentiment scores and weights are statistics, so REAL.

CREATE TABLE news_articles (
    id           INTEGER NOT NULL PRIMARY KEY,
    source       TEXT    NOT NULL,
    external_id  TEXT,                          -- the source's own id, when it has one
    url          TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    summary      TEXT,
    published_at INTEGER NOT NULL               -- epoch milliseconds UTC
);
-- One article per source: by the source's id when it gives one, else by URL.
CREATE UNIQUE INDEX news_articles_source_key ON news_articles (source, coalesce(external_id, url));
CREATE INDEX news_articles_published ON news_articles (published_at DESC);

CREATE TABLE news_article_symbols (
    article_id INTEGER NOT NULL REFERENCES news_articles (id) ON DELETE CASCADE,
    symbol     TEXT    NOT NULL,
    PRIMARY KEY (article_id, symbol)
) WITHOUT ROWID;
CREATE INDEX news_article_symbols_symbol ON news_article_symbols (symbol, article_id);

CREATE TABLE news_sentiments (
    article_id INTEGER NOT NULL REFERENCES news_articles (id) ON DELETE CASCADE,
    model      TEXT    NOT NULL,
    score      REAL    NOT NULL CHECK (score BETWEEN -1 AND 1),
    label      TEXT    NOT NULL CHECK (label IN ('negative', 'neutral', 'positive')),
    scored_at  INTEGER NOT NULL,
    PRIMARY KEY (article_id, model)
) WITHOUT ROWID;

-- owner_id is a users.id (V4); no foreign key because users is created after this migration.
CREATE TABLE alerts (
    id         INTEGER NOT NULL PRIMARY KEY,
    owner_id   TEXT    NOT NULL,                -- UUID text
    name       TEXT    NOT NULL,
    symbol     TEXT    NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('price_above', 'price_below', 'indicator')),
    indicator  TEXT,                            -- e.g. rsi:14, only for kind = indicator
    threshold  TEXT    NOT NULL,                -- decimal text
    channels   TEXT    NOT NULL,                -- comma-separated channel names
    enabled    INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CHECK ((kind = 'indicator') = (indicator IS NOT NULL))
);
CREATE INDEX alerts_owner ON alerts (owner_id, id);
CREATE INDEX alerts_enabled_symbol ON alerts (symbol) WHERE enabled = 1;

CREATE TABLE alert_events (
    id                 INTEGER NOT NULL PRIMARY KEY,
    alert_id           INTEGER NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    fired_at           INTEGER NOT NULL,
    observed_value     TEXT    NOT NULL,        -- decimal text
    delivered_channels TEXT    NOT NULL,        -- comma-separated, empty when none
    status             TEXT    NOT NULL CHECK (status IN ('pending', 'delivered', 'partial', 'failed'))
);
CREATE INDEX alert_events_alert_fired ON alert_events (alert_id, fired_at DESC);

CREATE TABLE audit_log (
    id          INTEGER NOT NULL PRIMARY KEY,
    occurred_at INTEGER NOT NULL,
    actor       TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    target      TEXT,
    outcome     TEXT    NOT NULL CHECK (outcome IN ('success', 'denied', 'failure')),
    detail      TEXT,
    source_ip   TEXT
);
CREATE INDEX audit_log_occurred ON audit_log (occurred_at DESC, id DESC);
CREATE INDEX audit_log_actor ON audit_log (actor, occurred_at DESC);
CREATE INDEX audit_log_action ON audit_log (action, occurred_at DESC);

-- Append-only in the database itself, so a bug in the application cannot rewrite history.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE is not allowed');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: DELETE is not allowed');
END;

CREATE TABLE strategy_weights (
    strategy   TEXT    NOT NULL PRIMARY KEY,
    weight     REAL    NOT NULL CHECK (weight >= 0),
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE learning_adjustments (
    id           INTEGER NOT NULL PRIMARY KEY,
    strategy     TEXT    NOT NULL,
    old_weight   REAL    NOT NULL,
    new_weight   REAL    NOT NULL CHECK (new_weight >= 0),
    reason       TEXT    NOT NULL,
    realized_pnl TEXT    NOT NULL,              -- decimal text: the realized P&L the adjustment was based on
    adjusted_at  INTEGER NOT NULL
);
CREATE INDEX learning_adjustments_strategy ON learning_adjustments (strategy, adjusted_at DESC);
