package io.alphapulse.engine.execution;

import io.alphapulse.engine.kernel.Component;
import io.alphapulse.engine.kernel.Kernel;
import io.alphapulse.engine.kernel.MessageBus;
import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.orders.OrderEvent;
import io.alphapulse.engine.orders.OrderFillEvent;
import io.alphapulse.engine.orders.OrderTopics;
import io.alphapulse.engine.portfolio.AccountView;
import io.alphapulse.engine.portfolio.PositionSide;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * A stand-in for the portfolio: cash per currency and a signed position per instrument, changed only
 * by the fills it receives on the events topic, the way the real portfolio books them (notional
 * rounded half-even, commission on top for a buy and off the proceeds for a sell).
 */
final class FakeAccount implements AccountView, Component {

    private final Map<InstrumentId, Instrument> instruments = new HashMap<>();
    private final Map<Currency, Money> cash = new HashMap<>();
    private final Map<InstrumentId, BigDecimal> positions = new HashMap<>();

    FakeAccount(Instrument... instruments) {
        for (Instrument instrument : instruments) {
            this.instruments.put(instrument.id(), instrument);
        }
    }

    FakeAccount withCash(Money amount) {
        cash.put(amount.currency(), amount);
        return this;
    }

    /** A signed position: positive long, negative short. */
    FakeAccount withPosition(InstrumentId instrumentId, String signedQuantity) {
        positions.put(instrumentId, new BigDecimal(signedQuantity));
        return this;
    }

    @Override
    public String name() {
        return "portfolio";
    }

    @Override
    public void onStart(Kernel kernel) {
        MessageBus bus = kernel.bus();
        bus.subscribe(bus.topic(OrderTopics.EVENTS, OrderEvent.class), event -> {
            if (event instanceof OrderFillEvent fill) {
                book(fill);
            }
        });
    }

    private void book(OrderFillEvent fill) {
        Instrument instrument = instruments.get(fill.instrumentId());
        Money notional = instrument.notional(fill.lastPrice(), fill.lastQuantity());
        Currency quote = instrument.quoteCurrency();
        Money before = cash(quote);
        Money after = fill.side() == OrderSide.BUY
                ? before.subtract(notional).subtract(fill.commission())
                : before.add(notional).subtract(fill.commission());
        cash.put(quote, after);
        BigDecimal signed = fill.lastQuantity()
                .toBigDecimal()
                .multiply(BigDecimal.valueOf(fill.side().sign()));
        positions.merge(fill.instrumentId(), signed, BigDecimal::add);
    }

    @Override
    public Money cash(Currency currency) {
        return cash.getOrDefault(currency, Money.zero(currency));
    }

    @Override
    public Quantity positionSize(InstrumentId instrumentId) {
        Instrument instrument = instruments.get(instrumentId);
        return Quantity.of(position(instrumentId).abs(), instrument.sizeScale());
    }

    @Override
    public PositionSide positionSide(InstrumentId instrumentId) {
        return switch (position(instrumentId).signum()) {
            case 1 -> PositionSide.LONG;
            case -1 -> PositionSide.SHORT;
            default -> PositionSide.FLAT;
        };
    }

    private BigDecimal position(InstrumentId instrumentId) {
        return positions.getOrDefault(instrumentId, BigDecimal.ZERO);
    }
}
