package io.alphapulse.app.server.ws;

import io.alphapulse.app.server.live.LiveEvents;
import io.alphapulse.app.server.live.LiveView;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live WebSocket endpoint {@code /ws} (ARCHITECTURE.md §7): plain WebSocket with JSON messages, no
 * STOMP. The HTTP upgrade is public; the session authenticates with its first message.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
@EnableConfigurationProperties(WebSocketSettings.class)
public class WebSocketConfig implements WebSocketConfigurer {

    /** Where the endpoint listens. */
    public static final String PATH = "/ws";

    private final LiveWebSocketHandler handler;
    private final OriginPolicy origins;

    WebSocketConfig(LiveView view, JwtDecoder tokens, WebSocketSettings settings, WebSocketHub hub) {
        this.handler = new LiveWebSocketHandler(hub, view, tokens, new ClientCommandParser(webSocketJson()), settings);
        this.origins = new OriginPolicy(settings.allowedOrigins());
    }

    @Bean
    static WebSocketHub webSocketHub(LiveEvents events, WebSocketSettings settings, MeterRegistry meters) {
        return new WebSocketHub(events, settings, webSocketJson(), meters);
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // OriginPolicy does the origin check (same host, or the allow-list); Spring's own same-origin check
        // would compare schemes and refuse pages served through a TLS proxy.
        registry.addHandler(handler, PATH).addInterceptors(origins).setAllowedOriginPatterns("*");
    }

    /** Envelopes as JSON, amounts as plain numbers ({@code 0.00001}, never {@code 1E-5}). */
    static JsonMapper webSocketJson() {
        return JsonMapper.builder()
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
    }
}
