package io.alphapulse.app.server.live;

import io.alphapulse.app.server.config.ServerSettings;
import io.alphapulse.infra.store.bars.BarRepository;
import io.alphapulse.infra.store.trading.FillRepository;
import io.alphapulse.infra.store.trading.OrderRepository;
import io.alphapulse.infra.store.trading.PortfolioSnapshotRepository;
import io.alphapulse.infra.store.trading.PositionRepository;
import io.alphapulse.infra.store.trading.SignalRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Live paper trading and the views and commands the API gets of it. */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

    @Bean
    LiveTrading liveTrading(
            ServerSettings settings,
            BarRepository bars,
            OrderRepository orders,
            FillRepository fills,
            PositionRepository positions,
            SignalRepository signals,
            PortfolioSnapshotRepository snapshots) {
        return new LiveTrading(settings, bars, orders, fills, positions, signals, snapshots);
    }

    @Bean
    LiveView liveView(LiveTrading trading) {
        return trading.view();
    }

    @Bean
    LiveEvents liveEvents(LiveTrading trading) {
        return trading.events();
    }

    @Bean
    TradingMetrics tradingMetrics(LiveTrading trading) {
        TradingMetrics metrics = new TradingMetrics(trading);
        trading.events().subscribe(metrics);
        return metrics;
    }

    @Bean
    TradingCommands tradingCommands(LiveTrading trading) {
        return trading.commands();
    }
}
