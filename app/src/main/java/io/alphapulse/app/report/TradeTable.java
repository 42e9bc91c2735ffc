package io.alphapulse.app.report;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.portfolio.PositionSide;
import io.alphapulse.engine.portfolio.RoundTrip;
import java.util.List;

/**
 * The list of closed trades, one plain HTML row each, coloured by outcome. Cells carry no classes
 * (the stylesheet styles columns by position) because at ten thousand rows every byte a row repeats
 * counts. Plain rows stay light up
 * to about ten thousand trades; beyond {@link #FULL_LIST_LIMIT} the table shows the first and last
 * {@link #SHOWN_AT_EACH_END} and says how many it left out, since a browser slows down long before
 * anyone reads row 30,000 (the JSON output keeps every trade).
 */
final class TradeTable {

    static final int FULL_LIST_LIMIT = 10_000;
    static final int SHOWN_AT_EACH_END = 2_500;

    private TradeTable() {}

    /** Appends the summary line, the note when rows are left out, and the table. */
    static void write(StringBuilder out, List<RoundTrip> trades, Currency currency, boolean withSeconds) {
        if (trades.isEmpty()) {
            out.append("<p class=\"empty-note\">No closed trades in this run.</p>\n");
            return;
        }
        summary(out, trades, currency);
        boolean shortened = trades.size() > FULL_LIST_LIMIT;
        if (shortened) {
            out.append("<p class=\"note\">Showing the first ")
                    .append(DisplayFormat.integer(SHOWN_AT_EACH_END))
                    .append(" and the last ")
                    .append(DisplayFormat.integer(SHOWN_AT_EACH_END))
                    .append(" of ")
                    .append(DisplayFormat.integer(trades.size()))
                    .append(" trades to keep this page light; the JSON output (<code>--json</code>) lists"
                            + " every trade.</p>\n");
        }
        String code = currency.code();
        out.append("<div class=\"table-scroll\"><table class=\"trades\">\n<thead><tr>")
                .append("<th>#</th><th>Side</th><th>Entry (UTC)</th><th>Exit (UTC)</th><th>Held</th><th>Quantity</th>")
                .append("<th>Entry price</th><th>Exit price</th><th>P&amp;L (")
                .append(code)
                .append(")</th><th>Fees (")
                .append(code)
                .append(")</th><th>Return</th></tr></thead>\n<tbody>\n");
        if (shortened) {
            rows(out, trades, 0, SHOWN_AT_EACH_END, withSeconds);
            out.append("<tr class=\"gap\"><td colspan=\"11\">")
                    .append(DisplayFormat.integer(trades.size() - 2L * SHOWN_AT_EACH_END))
                    .append(" trades not shown</td></tr>\n");
            rows(out, trades, trades.size() - SHOWN_AT_EACH_END, trades.size(), withSeconds);
        } else {
            rows(out, trades, 0, trades.size(), withSeconds);
        }
        out.append("</tbody></table></div>\n");
    }

    /**
     * One line describing trade {@code number} (1-based), for the price chart's marker tooltip. Plain
     * text; the caller escapes it.
     */
    static String summary(int number, RoundTrip trade, boolean withSeconds) {
        return "Trade #" + number + " · " + trade.side() + " " + DisplayFormat.quantity(trade.quantity())
                + "\nEntry " + DisplayFormat.dateTime(trade.entryTimeNanos(), withSeconds) + " @ "
                + DisplayFormat.price(trade.entryPrice())
                + "\nExit " + DisplayFormat.dateTime(trade.exitTimeNanos(), withSeconds) + " @ "
                + DisplayFormat.price(trade.exitPrice())
                + "\nP&L " + DisplayFormat.amount(trade.pnl(), true) + " "
                + trade.pnl().currency().code()
                + " (" + DisplayFormat.signedPercent(returnOnEntry(trade)) + ")";
    }

    /**
     * Net P&amp;L relative to the entry notional, as {@code expectancy} in the metrics defines a trade's
     * return; NaN when the entry notional is zero.
     */
    static double returnOnEntry(RoundTrip trade) {
        double notional = trade.entryPrice().toDouble() * trade.quantity().toDouble();
        return notional == 0 ? Double.NaN : trade.pnl().toDouble() / Math.abs(notional);
    }

    private static void summary(StringBuilder out, List<RoundTrip> trades, Currency currency) {
        int wins = 0;
        Money best = trades.get(0).pnl();
        Money worst = best;
        long heldNanos = 0;
        for (RoundTrip trade : trades) {
            if (trade.isWin()) {
                wins++;
            }
            if (trade.pnl().currency().equals(best.currency())) {
                best = trade.pnl().isGreaterThan(best) ? trade.pnl() : best;
                worst = trade.pnl().isLessThan(worst) ? trade.pnl() : worst;
            }
            heldNanos += trade.exitTimeNanos() - trade.entryTimeNanos();
        }
        out.append("<p class=\"summary\"><span>")
                .append(DisplayFormat.integer(trades.size()))
                .append(" trades</span><span class=\"positive\">")
                .append(DisplayFormat.integer(wins))
                .append(" won</span><span class=\"negative\">")
                .append(DisplayFormat.integer(trades.size() - wins))
                .append(" lost</span><span>best ")
                .append(DisplayFormat.amount(best, true))
                .append(' ')
                .append(currency.code())
                .append("</span><span>worst ")
                .append(DisplayFormat.amount(worst, true))
                .append(' ')
                .append(currency.code())
                .append("</span><span>average hold ")
                .append(DisplayFormat.duration(heldNanos / trades.size()))
                .append("</span></p>\n");
    }

    private static void rows(StringBuilder out, List<RoundTrip> trades, int from, int to, boolean withSeconds) {
        for (int i = from; i < to; i++) {
            RoundTrip trade = trades.get(i);
            boolean isLong = trade.side() == PositionSide.LONG;
            out.append("<tr class=\"")
                    .append(trade.isWin() ? "win" : "loss")
                    .append("\" data-trade=\"")
                    .append(i + 1)
                    .append("\"><td>")
                    .append(i + 1)
                    .append("</td><td><span class=\"side ")
                    .append(isLong ? "long\">LONG" : "short\">SHORT")
                    .append("</span></td><td>")
                    .append(DisplayFormat.dateTime(trade.entryTimeNanos(), withSeconds))
                    .append("</td><td>")
                    .append(DisplayFormat.dateTime(trade.exitTimeNanos(), withSeconds))
                    .append("</td><td>")
                    .append(DisplayFormat.duration(trade.exitTimeNanos() - trade.entryTimeNanos()))
                    .append("</td><td>")
                    .append(DisplayFormat.quantity(trade.quantity()))
                    .append("</td><td>")
                    .append(DisplayFormat.price(trade.entryPrice()))
                    .append("</td><td>")
                    .append(DisplayFormat.price(trade.exitPrice()))
                    .append("</td><td>")
                    .append(DisplayFormat.amount(trade.pnl(), true))
                    .append("</td><td>")
                    .append(DisplayFormat.amount(trade.fees(), false))
                    .append("</td><td>")
                    .append(DisplayFormat.signedPercent(returnOnEntry(trade)))
                    .append("</td></tr>\n");
        }
    }
}
