-- Instruments and OHLCV bars. Prices and volumes are exact fixed-point integers (raw × 10^-scale),
-- like the engine's value types, so bulk loads and range reads move plain bigints; the view
-- bars_decimal shows them as numeric for people querying by hand.

CREATE TABLE instruments (
    id                   text     NOT NULL PRIMARY KEY,  -- venue:symbol, e.g. sim:BTC-USDT
    venue                text     NOT NULL,
    symbol               text     NOT NULL,
    base_currency        text     NOT NULL,
    quote_currency       text     NOT NULL,
    price_increment      numeric  NOT NULL,  -- unconstrained numeric keeps the written scale (0.01)
    size_increment       numeric  NOT NULL,
    min_quantity         numeric  NOT NULL,
    min_notional         numeric  NOT NULL,
    UNIQUE (venue, symbol)
);

-- One scale per instrument and timeframe: the repository refuses a series whose scales differ from
-- the rows already stored (under an advisory lock), so a range read returns one consistent series.
--
-- Partitioning: bars become a TimescaleDB hypertable (7-day chunks) when the extension can be
-- created here; otherwise they stay one plain table. The primary key starts with instrument and
-- timeframe, so range reads and upserts are index range scans either way; declarative range
-- partitioning by hand was left out because a default partition must be split by a later
-- migration as data grows, which is exactly what TimescaleDB automates.
CREATE TABLE bars (
    instrument_id text        NOT NULL,
    timeframe     text        NOT NULL,
    open_time     timestamptz NOT NULL,
    open          bigint      NOT NULL,
    high          bigint      NOT NULL,
    low           bigint      NOT NULL,
    close         bigint      NOT NULL,
    price_scale   smallint    NOT NULL CHECK (price_scale BETWEEN 0 AND 9),
    volume        bigint      NOT NULL CHECK (volume >= 0),
    volume_scale  smallint    NOT NULL CHECK (volume_scale BETWEEN 0 AND 9),
    PRIMARY KEY (instrument_id, timeframe, open_time),
    CHECK (high >= low AND open BETWEEN low AND high AND close BETWEEN low AND high)
);

-- pg_available_extensions lists TimescaleDB even when the server does not preload it, and then
-- CREATE EXTENSION fails; the inner block turns that into a notice and a plain table.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb') THEN
        BEGIN
            CREATE EXTENSION IF NOT EXISTS timescaledb;
            PERFORM create_hypertable('bars', 'open_time', chunk_time_interval => interval '7 days');
        EXCEPTION WHEN OTHERS THEN
            RAISE NOTICE 'bars stay a plain table: TimescaleDB is not usable here (%)', SQLERRM;
        END;
    END IF;
END
$$;

CREATE VIEW bars_decimal AS
SELECT instrument_id,
       timeframe,
       open_time,
       open   * power(10::numeric, -price_scale)  AS open,
       high   * power(10::numeric, -price_scale)  AS high,
       low    * power(10::numeric, -price_scale)  AS low,
       close  * power(10::numeric, -price_scale)  AS close,
       volume * power(10::numeric, -volume_scale) AS volume
FROM bars;
