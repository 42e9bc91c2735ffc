package io.alphapulse.app.server.api;

import io.alphapulse.app.server.live.LiveView;
import io.alphapulse.app.server.live.OrderView;
import io.alphapulse.app.server.live.PortfolioView;
import io.alphapulse.app.server.live.TradingCommands;
import io.alphapulse.app.server.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/exchange}: balances, the caller's orders, placing and canceling manual orders. */
@RestController
@RequestMapping("/api/exchange")
@Tag(name = "exchange", description = "Balances and manual orders on the paper venues")
public class ExchangeController {

    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final LiveView view;
    private final TradingCommands commands;

    public ExchangeController(LiveView view, TradingCommands commands) {
        this.view = view;
        this.commands = commands;
    }

    /** Cash per currency of the paper account on one venue. */
    public record Balance(String venue, List<CurrencyCash> balances, long ts) {}

    /** One currency's cash and equity. */
    public record CurrencyCash(String currency, BigDecimal cash, BigDecimal equity) {}

    @GetMapping("/balance")
    @Operation(summary = "Cash per currency on a venue (default: the first connected venue)")
    public Balance balance(@RequestParam(required = false) String venue) {
        Set<String> venues = venues();
        String name;
        if (venue == null || venue.isBlank()) {
            name = venues.isEmpty() ? "sim" : venues.iterator().next();
        } else {
            name = venue.strip().toLowerCase(Locale.ROOT);
            if (!venues.contains(name)) {
                throw ApiRequestException.notFound(
                        "venue",
                        "unknown venue '" + IndicatorCatalog.abbreviate(venue.strip()) + "'; connected: "
                                + String.join(", ", venues));
            }
        }
        PortfolioView portfolio = view.portfolio();
        List<CurrencyCash> cash = portfolio.accounts().stream()
                .map(account -> new CurrencyCash(account.currency(), account.cash(), account.equity()))
                .toList();
        return new Balance(name, cash, portfolio.ts());
    }

    @GetMapping("/orders")
    @Operation(
            summary = "The caller's and the strategies' orders, newest first; status: open, filled, canceled,"
                    + " rejected or all (default)")
    public List<OrderView> orders(
            @RequestParam(required = false) String status, @Parameter(hidden = true) CurrentUser user) {
        Predicate<OrderView> filter = statusFilter(status);
        return view.orders(user.id()).stream().filter(filter).toList();
    }

    @GetMapping("/orders/{id}")
    @Operation(summary = "One order by client order id")
    public OrderView order(@PathVariable String id, @Parameter(hidden = true) CurrentUser user) {
        return view.order(orderId(id), user.id())
                .orElseThrow(() -> ApiRequestException.notFound("id", "no order '" + id + "'"));
    }

    @PostMapping("/order")
    @Operation(
            summary = "Place a manual order (201 with Location)",
            description = "{venue, symbol, side: buy|sell, type: market|limit|stop|stop_limit, quantity, price?,"
                    + " stopPrice?, timeInForce?: gtc|ioc|fok, clientOrderId?}; amounts as numbers or strings.")
    public ResponseEntity<OrderView> submit(
            @Valid @RequestBody OrderBody body, @Parameter(hidden = true) CurrentUser user) {
        String venue = body.venue().strip().toLowerCase(Locale.ROOT);
        if (!venues().contains(venue)) {
            throw ApiRequestException.invalid("venue", "unknown venue '" + IndicatorCatalog.abbreviate(venue) + "'");
        }
        if (view.instrument(venue + ":" + body.symbol().strip()).isEmpty()) {
            throw ApiRequestException.invalid(
                    "symbol",
                    "unknown symbol '"
                            + IndicatorCatalog.abbreviate(body.symbol().strip()) + "' on " + venue);
        }
        OrderView order = commands.submit(body.toRequest(), user.id());
        return ResponseEntity.created(URI.create("/api/exchange/orders/" + order.id()))
                .body(order);
    }

    @DeleteMapping("/orders/{id}")
    @Operation(summary = "Cancel an open order")
    public OrderView cancel(@PathVariable String id, @Parameter(hidden = true) CurrentUser user) {
        return commands.cancel(orderId(id), user.id());
    }

    private Set<String> venues() {
        Set<String> venues = new LinkedHashSet<>();
        view.instruments().forEach(instrument -> venues.add(instrument.venue()));
        venues.addAll(view.status().venues());
        return venues;
    }

    private static String orderId(String id) {
        if (!ORDER_ID.matcher(id).matches()) {
            throw ApiRequestException.notFound("id", "no order '" + IndicatorCatalog.abbreviate(id) + "'");
        }
        return id;
    }

    private static Predicate<OrderView> statusFilter(String status) {
        String name =
                status == null || status.isBlank() ? "all" : status.strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "all" -> order -> true;
            case "open" -> OrderView::isOpen;
            case "filled" -> order -> order.status().equals("filled");
            case "canceled", "cancelled" -> order -> order.status().equals("canceled");
            case "rejected" -> order -> order.status().equals("rejected");
            default ->
                throw ApiRequestException.badParameter(
                        "status", "status must be open, filled, canceled, rejected or all");
        };
    }
}
