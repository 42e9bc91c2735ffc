package io.alphapulse.engine.portfolio;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.Quantity;

/**
 * What a venue or a risk check may read of an account: free cash per currency and the position held
 * per instrument. Read-only; the portfolio behind it changes only by applying fills.
 */
public interface AccountView {

    /** Cash available in {@code currency} (zero in that currency if none is held). */
    Money cash(Currency currency);

    /** Size of the position in {@code instrumentId}, long or short; zero when flat. */
    Quantity positionSize(InstrumentId instrumentId);

    /** Which way the position in {@code instrumentId} points. */
    PositionSide positionSide(InstrumentId instrumentId);
}
