package io.alphapulse.app.server.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ApiSliceTest
class SystemControllerTest extends FakeLiveSliceTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void status_reportsEveryComponent() throws Exception {
        mvc.perform(get("/api/system/status"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("up"))
                .andExpect(jsonPath("$.components.database.status").value("up"))
                .andExpect(jsonPath("$.components.database.detail").value("ok"))
                .andExpect(jsonPath("$.components.bus.status").value("up"))
                .andExpect(jsonPath("$.components.kernel.eventsProcessed").value(1234))
                .andExpect(jsonPath("$.components.venues[0].name").value("sim"))
                .andExpect(jsonPath("$.components.venues[0].status").value("up"))
                .andExpect(
                        jsonPath("$.components.feeds[0].lastMessageAgeMillis").value(120));
    }

    @Test
    void metrics_summarisesOrdersAndThePlatformsMeters() throws Exception {
        live.addStrategyOrder("a", "filled");
        live.addStrategyOrder("b", "filled");
        live.addStrategyOrder("c", "rejected");
        meters.counter("alphapulse.orders.rejected", "reason", "risk").increment(3);
        meters.counter("alphapulse.orders.rejected", "reason", "venue").increment(2);
        meters.counter("jvm.something.else").increment();
        mvc.perform(get("/api/system/metrics"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eventsProcessed").value(1234))
                .andExpect(jsonPath("$.ordersByStatus.filled").value(2))
                .andExpect(jsonPath("$.ordersByStatus.rejected").value(1))
                .andExpect(jsonPath("$.totals['alphapulse.orders.rejected']").value(5.0))
                .andExpect(
                        jsonPath("$.meters[?(@.name == 'jvm.something.else')]").isEmpty())
                .andExpect(jsonPath("$.meters[0].tags.reason").value("risk"))
                .andExpect(jsonPath("$.meters[0].values.count").value(3.0));
    }
}
