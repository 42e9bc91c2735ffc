package io.alphapulse.app.server.live;

import java.math.BigDecimal;

/** The account's equity in the reporting currency at {@code ts} (epoch milliseconds). */
public record EquityPoint(long ts, BigDecimal equity, BigDecimal cash) {}
