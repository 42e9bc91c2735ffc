package io.alphapulse.app.server.web;

import io.alphapulse.app.server.live.LiveView;
import io.alphapulse.app.server.live.OrderView;
import io.alphapulse.app.server.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Server-rendered pieces of the dashboard, fetched by htmx with the caller's bearer token (viewer role,
 * like the API). Each renders one snapshot of {@link LiveView}; orders and trades only those the caller
 * may see.
 */
@Controller
@RequestMapping("/ui/fragments")
class DashboardFragments {

    /** Rows shown in the orders, trades and signals tables: the dashboard shows recent activity only. */
    static final int RECENT_ROWS = 25;

    private final LiveView live;
    private final WebFormat format = new WebFormat();

    DashboardFragments(LiveView live) {
        this.live = live;
    }

    @ModelAttribute("fmt")
    WebFormat format() {
        return format;
    }

    @GetMapping("/prices")
    String prices(Model model) {
        model.addAttribute("prices", live.prices());
        return "fragments/prices :: prices";
    }

    @GetMapping("/portfolio")
    String portfolio(Model model) {
        model.addAttribute("portfolio", live.portfolio());
        return "fragments/portfolio :: portfolio";
    }

    @GetMapping("/positions")
    String positions(Model model) {
        model.addAttribute("positions", live.portfolio().positions());
        return "fragments/positions :: positions";
    }

    @GetMapping("/orders")
    String orders(CurrentUser user, Model model) {
        List<OrderView> orders = live.orders(user.id());
        model.addAttribute("orders", orders.subList(0, Math.min(RECENT_ROWS, orders.size())));
        model.addAttribute(
                "openOrders", orders.stream().filter(OrderView::isOpen).count());
        return "fragments/orders :: orders";
    }

    @GetMapping("/trades")
    String trades(CurrentUser user, Model model) {
        model.addAttribute("trades", live.trades(user.id(), RECENT_ROWS));
        return "fragments/trades :: trades";
    }

    @GetMapping("/signals")
    String signals(Model model) {
        model.addAttribute("signals", live.signals(RECENT_ROWS));
        return "fragments/signals :: signals";
    }
}
