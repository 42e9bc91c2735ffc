package io.alphapulse.app.server.api;

import io.alphapulse.app.server.live.InstrumentView;
import io.alphapulse.app.server.live.LiveView;
import io.alphapulse.app.server.live.PortfolioView;
import io.alphapulse.app.server.live.PositionView;
import io.alphapulse.app.server.live.PriceView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans the market orders that bring listed instruments to target weights of the account's equity
 * (in the reporting currency, at last prices). Instruments not named keep their positions; each
 * order is rounded toward zero to the lot and skipped when below the instrument's minimum quantity or
 * notional. Sells come first so that buys can use the cash they free.
 */
final class RebalancePlanner {

    private RebalancePlanner() {}

    /** One planned market order, with the weights it moves between. */
    record PlannedOrder(
            String venue,
            String symbol,
            String side,
            BigDecimal quantity,
            BigDecimal price,
            BigDecimal notional,
            BigDecimal currentWeight,
            BigDecimal targetWeight) {}

    /** The plan: the equity it is based on and the orders, sells first. */
    record Plan(String currency, BigDecimal equity, List<PlannedOrder> orders) {}

    /**
     * @throws ApiRequestException 422 naming {@code targets.SYMBOL} for an unknown symbol, a weight
     *     out of range, an instrument not quoted in the reporting currency; naming {@code targets} when
     *     the weights sum above 1; 409 when a price is not known yet or equity is not positive
     */
    static Plan plan(LiveView view, Map<String, BigDecimal> targets) {
        PortfolioView portfolio = view.portfolio();
        BigDecimal equity = portfolio.equity();
        if (equity == null || equity.signum() <= 0) {
            throw ApiRequestException.conflict("targets", "the account has no positive equity to rebalance");
        }
        BigDecimal total = BigDecimal.ZERO;
        List<PlannedOrder> orders = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> target : targets.entrySet()) {
            String field = "targets." + IndicatorCatalog.abbreviate(String.valueOf(target.getKey()));
            BigDecimal weight = target.getValue();
            if (weight == null) {
                throw ApiRequestException.invalid(field, "weight is required");
            }
            if (!RequestChecks.fits(weight) || weight.signum() < 0 || weight.compareTo(BigDecimal.ONE) > 0) {
                throw ApiRequestException.invalid(field, "weight must be between 0 and 1");
            }
            total = total.add(weight);
            if (target.getKey() == null
                    || target.getKey().isBlank()
                    || target.getKey().length() > 40) {
                throw ApiRequestException.invalid(field, "unknown symbol");
            }
            InstrumentView instrument = view.instrument(target.getKey().strip())
                    .orElseThrow(() -> ApiRequestException.invalid(field, "unknown symbol"));
            if (!instrument.quoteCurrency().equals(portfolio.currency())) {
                throw ApiRequestException.invalid(
                        field,
                        instrument.symbol() + " is quoted in " + instrument.quoteCurrency()
                                + ", not the reporting currency " + portfolio.currency());
            }
            Optional<PriceView> price = view.price(instrument.symbol());
            if (price.isEmpty()
                    || price.get().last() == null
                    || price.get().last().signum() <= 0) {
                throw ApiRequestException.conflict(field, "no price for " + instrument.symbol() + " yet");
            }
            planOne(portfolio, instrument, price.get().last(), weight).ifPresent(orders::add);
        }
        if (total.compareTo(BigDecimal.ONE) > 0) {
            throw ApiRequestException.invalid(
                    "targets",
                    "weights must sum to at most 1, was "
                            + total.stripTrailingZeros().toPlainString());
        }
        orders.sort(Comparator.comparing((PlannedOrder order) -> order.side().equals("buy"))
                .thenComparing(PlannedOrder::symbol));
        return new Plan(portfolio.currency(), equity, List.copyOf(orders));
    }

    private static Optional<PlannedOrder> planOne(
            PortfolioView portfolio, InstrumentView instrument, BigDecimal price, BigDecimal weight) {
        BigDecimal equity = portfolio.equity();
        BigDecimal held = BigDecimal.ZERO;
        for (PositionView position : portfolio.positions()) {
            if (position.symbol().equals(instrument.symbol())
                    && position.venue().equals(instrument.venue())) {
                held = held.add(
                        position.side().equals("short") ? position.quantity().negate() : position.quantity());
            }
        }
        BigDecimal currentValue = held.multiply(price);
        BigDecimal targetValue = weight.multiply(equity);
        BigDecimal delta = targetValue.subtract(currentValue).divide(price, 18, RoundingMode.DOWN);
        BigDecimal lot = instrument.lotSize();
        BigDecimal quantity = lot == null || lot.signum() <= 0
                ? delta.abs()
                : delta.abs().divide(lot, 0, RoundingMode.DOWN).multiply(lot);
        BigDecimal notional = quantity.multiply(price);
        if (quantity.signum() == 0
                || (instrument.minQuantity() != null && quantity.compareTo(instrument.minQuantity()) < 0)
                || (instrument.minNotional() != null && notional.compareTo(instrument.minNotional()) < 0)) {
            return Optional.empty();
        }
        BigDecimal currentWeight = currentValue.divide(equity, 6, RoundingMode.HALF_EVEN);
        return Optional.of(new PlannedOrder(
                instrument.venue(),
                instrument.symbol(),
                delta.signum() > 0 ? "buy" : "sell",
                quantity.stripTrailingZeros(),
                price,
                notional.stripTrailingZeros(),
                currentWeight.stripTrailingZeros(),
                weight));
    }
}
