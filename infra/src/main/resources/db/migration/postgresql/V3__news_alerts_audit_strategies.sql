-- News with sentiment, alerts and their events, the append-only audit log, strategy weights and the
-- learning allocator's adjustments. Times are timestamptz; thresholds, observed values and P&L are
-- exact numeric; sentiment scores and weights are statistics, so double precision.

CREATE TABLE news_articles (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source       text        NOT NULL,
    external_id  text,                          -- the source's own id, when it has one
    url          text        NOT NULL,
    title        text        NOT NULL,
    summary      text,
    published_at timestamptz NOT NULL
);
-- One article per source: by the source's id when it gives one, else by URL.
CREATE UNIQUE INDEX news_articles_source_key ON news_articles (source, (coalesce(external_id, url)));
CREATE INDEX news_articles_published ON news_articles (published_at DESC);

CREATE TABLE news_article_symbols (
    article_id bigint NOT NULL REFERENCES news_articles (id) ON DELETE CASCADE,
    symbol     text   NOT NULL,
    PRIMARY KEY (article_id, symbol)
);
CREATE INDEX news_article_symbols_symbol ON news_article_symbols (symbol, article_id);

CREATE TABLE news_sentiments (
    article_id bigint           NOT NULL REFERENCES news_articles (id) ON DELETE CASCADE,
    model      text             NOT NULL,
    score      double precision NOT NULL CHECK (score BETWEEN -1 AND 1),
    label      text             NOT NULL CHECK (label IN ('negative', 'neutral', 'positive')),
    scored_at  timestamptz      NOT NULL,
    PRIMARY KEY (article_id, model)
);

-- owner_id is a users.id (V4); no foreign key because users is created after this migration.
CREATE TABLE alerts (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_id   uuid        NOT NULL,
    name       text        NOT NULL,
    symbol     text        NOT NULL,
    kind       text        NOT NULL CHECK (kind IN ('price_above', 'price_below', 'indicator')),
    indicator  text,                            -- e.g. rsi:14, only for kind = indicator
    threshold  numeric     NOT NULL,
    channels   text        NOT NULL,            -- comma-separated channel names
    enabled    boolean     NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    CHECK ((kind = 'indicator') = (indicator IS NOT NULL))
);
CREATE INDEX alerts_owner ON alerts (owner_id, id);
-- The alert worker only ever scans enabled alerts of the symbol that moved.
CREATE INDEX alerts_enabled_symbol ON alerts (symbol) WHERE enabled;

CREATE TABLE alert_events (
    id                 bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    alert_id           bigint      NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    fired_at           timestamptz NOT NULL,
    observed_value     numeric     NOT NULL,
    delivered_channels text        NOT NULL,    -- comma-separated, empty when none
    status             text        NOT NULL CHECK (status IN ('pending', 'delivered', 'partial', 'failed'))
);
CREATE INDEX alert_events_alert_fired ON alert_events (alert_id, fired_at DESC);
CREATE INDEX alert_events_pending ON alert_events (fired_at) WHERE status = 'pending';

CREATE TABLE audit_log (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    actor       text        NOT NULL,
    action      text        NOT NULL,
    target      text,
    outcome     text        NOT NULL CHECK (outcome IN ('success', 'denied', 'failure')),
    detail      text,
    source_ip   inet
);
CREATE INDEX audit_log_occurred ON audit_log (occurred_at DESC, id DESC);
CREATE INDEX audit_log_actor ON audit_log (actor, occurred_at DESC);
CREATE INDEX audit_log_action ON audit_log (action, occurred_at DESC);

-- Append-only in the database itself, so neither a bug nor a compromised application account can
-- rewrite history through SQL.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();

CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

CREATE TABLE strategy_weights (
    strategy   text             NOT NULL PRIMARY KEY,
    weight     double precision NOT NULL CHECK (weight >= 0),
    updated_at timestamptz      NOT NULL
);

CREATE TABLE learning_adjustments (
    id           bigint           GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    strategy     text             NOT NULL,
    old_weight   double precision NOT NULL,
    new_weight   double precision NOT NULL CHECK (new_weight >= 0),
    reason       text             NOT NULL,
    realized_pnl numeric          NOT NULL,     -- the realized P&L the adjustment was based on
    adjusted_at  timestamptz      NOT NULL
);
CREATE INDEX learning_adjustments_strategy ON learning_adjustments (strategy, adjusted_at DESC);
