package io.alphapulse.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.engine.clock.SimulatedClock;
import io.alphapulse.engine.data.Bar;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.kernel.Component;
import io.alphapulse.engine.kernel.Kernel;
import io.alphapulse.engine.kernel.MessageBus;
import io.alphapulse.engine.kernel.Topic;
import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.orders.CancelOrder;
import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.LiquiditySide;
import io.alphapulse.engine.orders.OrderCommand;
import io.alphapulse.engine.orders.OrderEvent;
import io.alphapulse.engine.orders.OrderFillEvent;
import io.alphapulse.engine.orders.OrderTopics;
import io.alphapulse.engine.orders.OrderType;
import io.alphapulse.engine.orders.SubmitOrder;
import io.alphapulse.engine.orders.TimeInForce;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A real kernel on a simulated clock with the venue registered first, a {@link FakeAccount} as the
 * portfolio, then an event recorder: the wiring the venue's Javadoc prescribes. Bars are one minute
 * long; bar {@code k} opens at {@code T0 + k minutes} and closes (its timestamp) a minute later. The
 * clock starts at {@code T0}, before bar 0 opens, so an order submitted right away is matched from
 * bar 0 on.
 */
final class VenueHarness {

    static final long T0 = 1_700_000_040_000_000_000L;
    static final long MINUTE = 60_000_000_000L;
    static final String STRATEGY = "test";

    /** sim:BTC-USDT: tick 0.01, lot 0.00000001, no minimum notional. */
    static final Instrument BTC =
            Instrument.of(InstrumentId.parse("sim:BTC-USDT"), Currency.BTC, Currency.USDT, "0.01", "0.00000001", "0");

    /** sim:ETH-USDT: tick 0.01, lot 0.001, minimum quantity 0.010, minimum notional 10 USDT. */
    static final Instrument ETH = new Instrument(
            InstrumentId.parse("sim:ETH-USDT"),
            Currency.ETH,
            Currency.USDT,
            Price.parse("0.01"),
            Quantity.parse("0.001"),
            Quantity.parse("0.010"),
            Money.of("10", Currency.USDT));

    /** Maker 5 bps, taker 10 bps: different, so each fill's liquidity side shows in its fee. */
    static final FeeModel FEES = new MakerTakerFeeModel(new BigDecimal("5"), new BigDecimal("10"));

    final SimulatedClock clock = new SimulatedClock(T0);
    final Kernel kernel = new Kernel(clock);
    final FakeAccount account;
    final SimulatedVenue venue;
    final List<OrderEvent> events = new ArrayList<>();
    private final Topic<OrderCommand> commands;
    private int orderNumber;

    VenueHarness(FakeAccount account) {
        this(account, FEES, FixedBpsSlippage.none(), new NoFillLimit());
    }

    VenueHarness(FakeAccount account, FeeModel fees, SlippageModel slippage, FillLimit fillLimit, Component... more) {
        this(account, new SimulatedVenue("sim", List.of(BTC, ETH), account, fees, slippage, fillLimit), more);
    }

    /** A harness around a venue built by the test; {@code account} must be the venue's account. */
    VenueHarness(FakeAccount account, SimulatedVenue venue, Component... more) {
        this.account = account;
        this.venue = venue;
        kernel.register(venue);
        kernel.register(account);
        kernel.register(new Component() {
            @Override
            public String name() {
                return "recorder";
            }

            @Override
            public void onStart(Kernel kernel) {
                MessageBus bus = kernel.bus();
                bus.subscribe(bus.topic(OrderTopics.EVENTS, OrderEvent.class), events::add);
            }
        });
        for (Component component : more) {
            kernel.register(component);
        }
        kernel.start();
        commands = kernel.bus().topic(OrderTopics.COMMANDS, OrderCommand.class);
    }

    /** An account with 100,000 USDT and nothing else. */
    static FakeAccount richAccount() {
        return accountWithCash("100000");
    }

    /** An account with this much USDT and no positions. */
    static FakeAccount accountWithCash(String usdt) {
        return new FakeAccount(BTC, ETH).withCash(usdt(usdt));
    }

    static Money usdt(String amount) {
        return Money.of(amount, Currency.USDT);
    }

    static Quantity btc(String quantity) {
        return BTC.quantity(quantity);
    }

    static Price px(String price) {
        return BTC.price(price);
    }

    ClientOrderId nextId() {
        return new ClientOrderId("O-" + ++orderNumber);
    }

    /** Sends a command on the commands topic now, as a risk engine would. */
    void send(OrderCommand command) {
        kernel.bus().publish(commands, command);
    }

    ClientOrderId submit(SubmitOrder order) {
        send(order);
        return order.clientOrderId();
    }

    ClientOrderId market(OrderSide side, String quantity) {
        return market(side, quantity, TimeInForce.GTC);
    }

    ClientOrderId market(OrderSide side, String quantity, TimeInForce timeInForce) {
        return submit(order(side, OrderType.MARKET, btc(quantity), null, null, timeInForce));
    }

    ClientOrderId limit(OrderSide side, String quantity, String limit) {
        return limit(side, quantity, limit, TimeInForce.GTC);
    }

    ClientOrderId limit(OrderSide side, String quantity, String limit, TimeInForce timeInForce) {
        return submit(order(side, OrderType.LIMIT, btc(quantity), px(limit), null, timeInForce));
    }

    ClientOrderId stopMarket(OrderSide side, String quantity, String trigger, TimeInForce timeInForce) {
        return submit(order(side, OrderType.STOP_MARKET, btc(quantity), null, px(trigger), timeInForce));
    }

    ClientOrderId stopLimit(OrderSide side, String quantity, String trigger, String limit, TimeInForce timeInForce) {
        return submit(order(side, OrderType.STOP_LIMIT, btc(quantity), px(limit), px(trigger), timeInForce));
    }

    ClientOrderId marketQuote(OrderSide side, Money quoteQuantity) {
        return marketQuote(BTC, side, quoteQuantity, TimeInForce.GTC);
    }

    ClientOrderId marketQuote(Instrument instrument, OrderSide side, Money quoteQuantity, TimeInForce timeInForce) {
        return submit(new SubmitOrder(
                nextId(),
                instrument.id(),
                side,
                OrderType.MARKET,
                null,
                quoteQuantity,
                null,
                null,
                timeInForce,
                STRATEGY,
                clock.timestampNanos()));
    }

    SubmitOrder order(
            OrderSide side, OrderType type, Quantity quantity, Price limit, Price trigger, TimeInForce timeInForce) {
        return new SubmitOrder(
                nextId(),
                BTC.id(),
                side,
                type,
                quantity,
                null,
                limit,
                trigger,
                timeInForce,
                STRATEGY,
                clock.timestampNanos());
    }

    void cancel(ClientOrderId clientOrderId) {
        send(new CancelOrder(clientOrderId, BTC.id(), clock.timestampNanos()));
    }

    /** Replays bar {@code index} of sim:BTC-USDT: open, high, low, close, volume. */
    void bar(int index, String open, String high, String low, String close, String volume) {
        replay(bar(BTC, index, open, high, low, close, volume));
    }

    /** Replays bar {@code index} of sim:BTC-USDT with a volume of 1000. */
    void bar(int index, String open, String high, String low, String close) {
        bar(index, open, high, low, close, "1000");
    }

    void replay(Bar bar) {
        kernel.replay(List.of(bar).iterator());
    }

    static Bar bar(
            Instrument instrument, int index, String open, String high, String low, String close, String volume) {
        return new Bar(
                instrument.id(),
                Timeframe.ONE_MINUTE,
                openTime(index),
                instrument.price(open),
                instrument.price(high),
                instrument.price(low),
                instrument.price(close),
                Quantity.parse(volume),
                closeTime(index));
    }

    static long openTime(int index) {
        return T0 + index * MINUTE;
    }

    static long closeTime(int index) {
        return T0 + (index + 1) * MINUTE;
    }

    List<OrderEvent> eventsOf(ClientOrderId clientOrderId) {
        return events.stream()
                .filter(event -> event.clientOrderId().equals(clientOrderId))
                .toList();
    }

    List<OrderFillEvent> fillsOf(ClientOrderId clientOrderId) {
        return eventsOf(clientOrderId).stream()
                .filter(OrderFillEvent.class::isInstance)
                .map(OrderFillEvent.class::cast)
                .toList();
    }

    /** The kinds of events of one order, in order: {@code [OrderSubmitted, OrderAccepted, OrderFilled]}. */
    List<String> kindsOf(ClientOrderId clientOrderId) {
        return eventsOf(clientOrderId).stream()
                .map(event -> event.getClass().getSimpleName())
                .toList();
    }

    /** The only fill of an order, checked field by field. */
    OrderFillEvent onlyFill(ClientOrderId clientOrderId) {
        List<OrderFillEvent> fills = fillsOf(clientOrderId);
        assertThat(fills).as("fills of %s", clientOrderId).hasSize(1);
        return fills.get(0);
    }

    static void assertFill(
            OrderFillEvent fill, String quantity, String price, String commission, LiquiditySide liquiditySide) {
        assertThat(fill.lastQuantity()).as("quantity").isEqualTo(btc(quantity));
        assertThat(fill.lastPrice()).as("price").isEqualTo(px(price));
        assertThat(fill.commission()).as("commission").isEqualTo(usdt(commission));
        assertThat(fill.liquiditySide()).as("liquidity").isEqualTo(liquiditySide);
    }
}
