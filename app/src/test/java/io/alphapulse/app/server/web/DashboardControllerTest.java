package io.alphapulse.app.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.alphapulse.app.server.live.FakeLiveView;
import io.alphapulse.app.server.security.CurrentUser;
import io.alphapulse.infra.store.users.Role;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;

class DashboardControllerTest {

    private final MockMvc mvc = WebTemplates.mockMvc(
            new CurrentUser(UUID.randomUUID(), "alice", Role.VIEWER),
            new DashboardController(),
            new DashboardFragments(new FakeLiveView()));

    @Test
    void dashboard_loadsEveryFragment_andHoldsNoData() throws Exception {
        String html = render("/");

        for (String fragment : List.of("prices", "portfolio", "positions", "orders", "trades", "signals")) {
            assertThat(html).contains("hx-get=\"/ui/fragments/" + fragment + "\"");
            mvc.perform(get("/ui/fragments/" + fragment)).andExpect(status().isOk());
        }
        assertThat(html).contains("data-testid=\"connection-state\"").contains("id=\"equity-chart\"");
        assertThat(html).doesNotContain("Bearer").doesNotContain("token=");
    }

    @Test
    void login_hasLabelledFields_andNoFormActionThatWouldPostThePasswordAsAForm() throws Exception {
        String html = render("/login");

        assertThat(html).contains("<label for=\"username\">Username</label>");
        assertThat(html).contains("<label for=\"password\">Password</label>");
        assertThat(html).contains("type=\"password\"").contains("role=\"alert\"");
        assertThat(html).doesNotContain("action=").doesNotContain("method=\"get\"");
    }

    @Test
    void everyScriptAndStylesheet_thePagesLinkIsServed() throws Exception {
        for (String page : List.of("/", "/login")) {
            for (String asset : assets(render(page))) {
                assertThat(servedResource(asset)).as("%s links %s", page, asset).isTrue();
            }
        }
    }

    private String render(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> assets(String html) {
        List<String> assets = new ArrayList<>();
        Matcher matcher = Pattern.compile("<(?:script|link)[^>]*(?:src|href)=\"([^\"]+)\"")
                .matcher(html);
        while (matcher.find()) {
            assets.add(matcher.group(1));
        }
        assertThat(assets).isNotEmpty();
        return assets;
    }

    /** Whether Spring Boot's default static locations serve {@code path}: static/ or a webjar. */
    private static boolean servedResource(String path) {
        ClassLoader loader = DashboardControllerTest.class.getClassLoader();
        String relative = path.substring(1);
        return loader.getResource("static/" + relative) != null
                || loader.getResource("META-INF/resources/" + relative) != null;
    }
}
