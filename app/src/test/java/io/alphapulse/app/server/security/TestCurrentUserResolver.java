package io.alphapulse.app.server.security;

import java.util.function.Function;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Stands in for {@link CurrentUsers.Resolver} in MVC tests that run without the security filters: the
 * {@link CurrentUser} a controller method asks for is whatever {@code caller} makes of the request,
 * not the verified token the real resolver reads from the security context.
 */
public record TestCurrentUserResolver(Function<NativeWebRequest, CurrentUser> caller)
        implements HandlerMethodArgumentResolver {

    /** Every request comes from {@code user}. */
    public static TestCurrentUserResolver always(CurrentUser user) {
        return new TestCurrentUserResolver(request -> user);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CurrentUser.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        return caller.apply(webRequest);
    }
}
