package io.alphapulse.engine.portfolio;

import io.alphapulse.engine.model.Currency;

/**
 * The running totals of one currency, raw at its scale. {@code positionsValueRaw} is the sum of the
 * values of every position quoted in the currency at its current mark, kept up to date by each mark
 * and fill so that equity is one addition, whatever the number of instruments.
 */
final class CurrencyAccount {

    final Currency currency;
    long cashRaw;
    long feesRaw;
    long realizedRaw;
    long positionsValueRaw;

    CurrencyAccount(Currency currency) {
        this.currency = currency;
    }

    long equityRaw() {
        return Math.addExact(cashRaw, positionsValueRaw);
    }
}
