-- Instruments and OHLCV bars. Prices and volumes are exact fixed-point integers (raw × 10^-scale),
-- like the engine's value types, so bulk loads and range reads move plain bigints; the view
-- bars_decimal shows them as numeric for people querying by hand.

CREATE TABLE instruments (
    id              text    NOT NULL PRIMARY KEY,  -- venue:symbol, e.g. sim:BTC-USDT
    venue           text    NOT NULL,
    symbol          text    NOT NULL,
    base_currency   text    NOT NULL,
    quote_currency  text    NOT NULL,
    price_increment numeric NOT NULL,
    size_increment  numeric NOT NULL,
    min_quantity    numeric NOT NULL,
    min_notional    numeric NOT NULL,
    UNIQUE (venue, symbol)
);

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
