package io.alphapulse.app.server.security;

import io.alphapulse.infra.store.users.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Turns verified access tokens into {@link CurrentUser}s and role authorities. */
public final class CurrentUsers {

    private CurrentUsers() {}

    /** The user a verified token speaks for. */
    public static CurrentUser of(Jwt jwt) {
        return new CurrentUser(
                UUID.fromString(jwt.getSubject()),
                jwt.getClaimAsString(AccessTokens.USERNAME_CLAIM),
                Role.ofExternalName(jwt.getClaimAsString(AccessTokens.ROLE_CLAIM)));
    }

    /** The caller of the current request, if it is authenticated. */
    public static Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return Optional.of(of(token.getToken()));
        }
        if (authentication instanceof ApiKeyAuthenticationFilter.ApiKeyAuthentication key) {
            return Optional.of(key.getPrincipal());
        }
        return Optional.empty();
    }

    /**
     * Authorities of a role: {@code ROLE_ADMIN} also holds {@code ROLE_TRADER} and {@code ROLE_VIEWER},
     * {@code ROLE_TRADER} also {@code ROLE_VIEWER}.
     */
    public static List<GrantedAuthority> authorities(Role role) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Role held : Role.values()) {
            if (role.compareTo(held) >= 0) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + held.name()));
            }
        }
        return authorities;
    }

    /** Spring Security's view of a verified token: its username as name, its role as authorities. */
    static final class TokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {
        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            CurrentUser user = of(jwt);
            return new JwtAuthenticationToken(jwt, authorities(user.role()), user.username());
        }
    }

    /** Lets controller methods take a {@link CurrentUser} parameter. */
    static final class Resolver implements HandlerMethodArgumentResolver {
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
            // Security rules run first; an unauthenticated request never reaches a method that asks for a user.
            return current()
                    .orElseThrow(() -> new IllegalStateException("no authenticated user for "
                            + parameter.getExecutable().getName()));
        }
    }
}
