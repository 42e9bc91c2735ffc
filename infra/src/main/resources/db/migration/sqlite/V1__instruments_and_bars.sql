-- Instruments and OHLCV bars. Prices and volumes are exact fixed-point integers (raw × 10^-scale),
-- like the engine's value types; times are epoch milliseconds UTC.

CREATE TABLE instruments (
    id                   TEXT    NOT NULL PRIMARY KEY,  -- venue:symbol, e.g. sim:BTC-USDT
    venue                TEXT    NOT NULL,
    symbol               TEXT    NOT NULL,
    base_currency        TEXT    NOT NULL,
    quote_currency       TEXT    NOT NULL,
    price_increment      TEXT    NOT NULL,              -- decimal text keeps its scale: 0.01, not 1.0E-2
    size_increment       TEXT    NOT NULL,
    min_quantity         TEXT    NOT NULL,
    min_notional         TEXT    NOT NULL,
    UNIQUE (venue, symbol)
);

-- One scale per instrument and timeframe: the repository refuses a series whose scales differ from
-- the rows already stored, so a range read always returns one consistent BarSeries.
CREATE TABLE bars (
    instrument_id TEXT    NOT NULL,
    timeframe     TEXT    NOT NULL,                -- 1m, 5m, 1h, 1d ...
    open_time     INTEGER NOT NULL,                -- epoch milliseconds UTC
    open          INTEGER NOT NULL,
    high          INTEGER NOT NULL,
    low           INTEGER NOT NULL,
    close         INTEGER NOT NULL,
    price_scale   INTEGER NOT NULL CHECK (price_scale BETWEEN 0 AND 9),
    volume        INTEGER NOT NULL CHECK (volume >= 0),
    volume_scale  INTEGER NOT NULL CHECK (volume_scale BETWEEN 0 AND 9),
    PRIMARY KEY (instrument_id, timeframe, open_time),
    CHECK (high >= low AND open BETWEEN low AND high AND close BETWEEN low AND high)
) WITHOUT ROWID;
