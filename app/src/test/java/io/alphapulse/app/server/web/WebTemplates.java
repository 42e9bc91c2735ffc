package io.alphapulse.app.server.web;

import io.alphapulse.app.server.security.CurrentUser;
import io.alphapulse.app.server.security.TestCurrentUserResolver;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * MockMvc over the web controllers with the real templates from {@code src/main/resources/templates},
 * rendered as the application renders them, and a fixed signed-in caller.
 */
final class WebTemplates {

    private WebTemplates() {}

    static MockMvc mockMvc(CurrentUser caller, Object... controllers) {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        ThymeleafViewResolver views = new ThymeleafViewResolver();
        views.setTemplateEngine(engine);
        views.setCharacterEncoding("UTF-8");
        return MockMvcBuilders.standaloneSetup(controllers)
                .setViewResolvers(views)
                .setCustomArgumentResolvers(TestCurrentUserResolver.always(caller))
                .build();
    }
}
