package io.alphapulse.app.server.audit;

import io.alphapulse.app.server.live.LiveTrading;
import io.alphapulse.app.server.live.TradingCommands;
import io.alphapulse.infra.store.audit.AuditLog;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** The API's trading commands go through the audit log. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    @Primary
    TradingCommands auditedTradingCommands(LiveTrading trading, AuditLog audit, Clock clock) {
        return new AuditedTradingCommands(trading.commands(), audit, clock);
    }
}
