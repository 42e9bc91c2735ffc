package io.alphapulse.infra.store.trading;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * The portfolio's totals at one moment, all in one currency: the points of the equity curve.
 *
 * @param accountId the account or user
 * @param takenAt when, to the millisecond
 * @param equity cash plus the market value of positions
 * @param cash cash
 * @param realizedPnl P&amp;L realized so far
 * @param unrealizedPnl P&amp;L of open positions at their marks
 */
public record PortfolioSnapshot(
        String accountId, Instant takenAt, Money equity, Money cash, Money realizedPnl, Money unrealizedPnl) {

    public PortfolioSnapshot {
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(equity, "equity");
        Objects.requireNonNull(cash, "cash");
        Objects.requireNonNull(realizedPnl, "realizedPnl");
        Objects.requireNonNull(unrealizedPnl, "unrealizedPnl");
        if (accountId == null || accountId.isBlank()) {
            throw new IllegalArgumentException(
                    "portfolio snapshot at " + takenAt + " needs an account id, was '" + accountId + "'");
        }
        Currency currency = equity.currency();
        if (!cash.currency().equals(currency)
                || !realizedPnl.currency().equals(currency)
                || !unrealizedPnl.currency().equals(currency)) {
            throw new IllegalArgumentException("portfolio snapshot of " + accountId + " at " + takenAt
                    + " mixes currencies: equity " + equity + ", cash " + cash + ", realized " + realizedPnl
                    + ", unrealized " + unrealizedPnl);
        }
    }

    /** The currency of every amount in the snapshot. */
    public Currency currency() {
        return equity.currency();
    }
}
