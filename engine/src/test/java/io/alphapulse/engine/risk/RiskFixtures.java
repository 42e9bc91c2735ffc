package io.alphapulse.engine.risk;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.OrderType;
import io.alphapulse.engine.orders.SubmitOrder;
import io.alphapulse.engine.orders.TimeInForce;
import io.alphapulse.engine.portfolio.AccountView;
import io.alphapulse.engine.portfolio.PositionSide;
import java.math.BigDecimal;

/** Orders, an instrument and an account for the risk policies' tests. */
final class RiskFixtures {

    static final ClientOrderId ID = new ClientOrderId("R-1");
    static final long T0 = 1_700_000_000_000_000_000L;

    /** sim:BTC-USDT: tick 0.01, lot 0.00001, minimum quantity 0.00010, minimum notional 5 USDT. */
    static final Instrument BTC = new Instrument(
            InstrumentId.parse("sim:BTC-USDT"),
            Currency.BTC,
            Currency.USDT,
            Price.parse("0.01"),
            Quantity.parse("0.00001"),
            Quantity.parse("0.00010"),
            Money.of("5", Currency.USDT));

    private RiskFixtures() {}

    static Money usdt(String amount) {
        return Money.of(amount, Currency.USDT);
    }

    /** A quantity at whatever scale the text has: strategies size in plain decimals. */
    static Quantity qty(String text) {
        return Quantity.parse(text);
    }

    static Price px(String text) {
        return Price.parse(text);
    }

    static SubmitOrder market(OrderSide side, String quantity) {
        return order(side, OrderType.MARKET, qty(quantity), null, null);
    }

    static SubmitOrder limit(OrderSide side, String quantity, String limit) {
        return order(side, OrderType.LIMIT, qty(quantity), px(limit), null);
    }

    static SubmitOrder order(OrderSide side, OrderType type, Quantity quantity, Price limit, Price trigger) {
        return new SubmitOrder(ID, BTC.id(), side, type, quantity, null, limit, trigger, TimeInForce.GTC, "test", T0);
    }

    static SubmitOrder marketQuote(OrderSide side, Money quoteQuantity) {
        return SubmitOrder.marketQuote(ID, BTC.id(), side, quoteQuantity, "test", T0);
    }

    /** Flat, 10,000 USDT, reference price 100.00, trading active. */
    static RiskContext context() {
        return context(flat(), "100", TradingState.ACTIVE);
    }

    static RiskContext context(AccountView account, String referencePrice, TradingState state) {
        return new RiskContext(BTC, account, referencePrice == null ? null : BTC.price(referencePrice), state);
    }

    static AccountView flat() {
        return account("0");
    }

    /** An account with 10,000 USDT and a signed position in sim:BTC-USDT. */
    static AccountView account(String signedPosition) {
        BigDecimal position = new BigDecimal(signedPosition);
        return new AccountView() {
            @Override
            public Money cash(Currency currency) {
                return Money.of("10000", currency);
            }

            @Override
            public Quantity positionSize(InstrumentId instrumentId) {
                return BTC.quantity(position.abs());
            }

            @Override
            public PositionSide positionSide(InstrumentId instrumentId) {
                return switch (position.signum()) {
                    case 1 -> PositionSide.LONG;
                    case -1 -> PositionSide.SHORT;
                    default -> PositionSide.FLAT;
                };
            }
        };
    }
}
