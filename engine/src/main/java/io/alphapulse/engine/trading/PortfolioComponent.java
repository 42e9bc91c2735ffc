package io.alphapulse.engine.trading;

import io.alphapulse.engine.data.Bar;
import io.alphapulse.engine.data.TradeTick;
import io.alphapulse.engine.kernel.Component;
import io.alphapulse.engine.kernel.Kernel;
import io.alphapulse.engine.orders.OrderEvent;
import io.alphapulse.engine.orders.OrderFillEvent;
import io.alphapulse.engine.orders.OrderTopics;
import io.alphapulse.engine.portfolio.Portfolio;
import java.util.Objects;

/**
 * Keeps a {@link Portfolio} current on the kernel: books every fill the venue reports and marks
 * positions to each bar's close (and each trade's price). Register it right after the venue, so
 * strategies and recorders see the books already updated.
 */
public final class PortfolioComponent implements Component {

    private final Portfolio portfolio;

    public PortfolioComponent(Portfolio portfolio) {
        this.portfolio = Objects.requireNonNull(portfolio, "portfolio");
    }

    @Override
    public String name() {
        return "portfolio";
    }

    @Override
    public void onStart(Kernel kernel) {
        kernel.bus().subscribe(kernel.bus().topic(OrderTopics.EVENTS, OrderEvent.class), event -> {
            if (event instanceof OrderFillEvent fill) {
                portfolio.apply(fill);
            }
        });
        kernel.bus().subscribe(Bar.class, bar -> portfolio.mark(bar.instrumentId(), bar.close()));
        kernel.bus().subscribe(TradeTick.class, trade -> portfolio.mark(trade.instrumentId(), trade.price()));
    }

    public Portfolio portfolio() {
        return portfolio;
    }
}
