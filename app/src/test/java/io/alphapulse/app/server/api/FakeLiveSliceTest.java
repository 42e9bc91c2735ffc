package io.alphapulse.app.server.api;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the {@link ApiSliceTest}s over live trading share: MockMvc, and a {@link FakeLive} put back to its
 * initial state before each test, since the slice's context (and the fake) outlives a test.
 */
abstract class FakeLiveSliceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FakeLive live;

    @BeforeEach
    void resetLive() {
        live.reset();
    }
}
