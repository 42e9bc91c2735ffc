package io.alphapulse.app.server.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;

/**
 * The API's controllers and problem handling in a Spring MVC slice, on {@link ApiTestConfig}'s beans,
 * without the security filters (the caller comes from {@link ApiTestConfig#caller}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(
        controllers = {
            MarketController.class,
            PortfolioController.class,
            ExchangeController.class,
            TradingController.class,
            SystemController.class,
            BacktestController.class
        })
@AutoConfigureMockMvc(addFilters = false)
@Import(ApiTestConfig.class)
@interface ApiSliceTest {}
