package org.peermentor.console.security;

import org.peermentor.console.ConsoleProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;
import reactor.core.publisher.Mono;

/** Who may see what (anyone signed in: the services decide the rest), how people sign in and out, and the headers. */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

    static final String REGISTRATION = "staff-console";
    static final String SIGN_IN = "/oauth2/authorization/" + REGISTRATION;

    @Bean
    SecurityWebFilterChain consoleFilterChain(
            ServerHttpSecurity http,
            ReactiveClientRegistrationRepository clients,
            ServerOAuth2AuthorizedClientRepository authorizedClients,
            ConsoleProperties properties,
            IssuerLogout issuerLogout) {
        XorServerCsrfTokenRequestAttributeHandler csrfTokens = new XorServerCsrfTokenRequestAttributeHandler();
        csrfTokens.setTokenFromMultipartDataEnabled(true); // the import form is multipart
        return http.authorizeExchange(pages -> pages.pathMatchers(
                                "/theme/**", "/webjars/**", "/css/**", "/favicon.ico", "/actuator/health/**")
                        .permitAll()
                        .anyExchange()
                        .authenticated())
                .oauth2Login(login ->
                        login.authorizationRequestResolver(pkce(clients)).authorizedClientRepository(authorizedClients))
                .exceptionHandling(
                        denied -> denied.authenticationEntryPoint(new RedirectServerAuthenticationEntryPoint(SIGN_IN)))
                .csrf(csrf -> csrf.csrfTokenRequestHandler(csrfTokens)
                        // thrown, not written: Boot's error handling then renders the 403 page in the console's look
                        .accessDeniedHandler((exchange, refused) -> Mono.error(new ResponseStatusException(
                                HttpStatus.FORBIDDEN,
                                "This form could not be accepted: it has expired or did not "
                                        + "come from the console. Go back, reload the page and try again."))))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutHandler(new DelegatingServerLogoutHandler(
                                new SecurityContextServerLogoutHandler(), new WebSessionServerLogoutHandler()))
                        .logoutSuccessHandler(issuerLogout))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(ContentSecurityPolicy.of(properties)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frames -> frames.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY)))
                .build();
    }

    /** PKCE although the console is a confidential client: a stolen authorization code is then worth nothing. */
    private static ServerOAuth2AuthorizationRequestResolver pkce(ReactiveClientRegistrationRepository clients) {
        DefaultServerOAuth2AuthorizationRequestResolver resolver =
                new DefaultServerOAuth2AuthorizationRequestResolver(clients);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }

    /** Tokens stay in the server-side session: ending the session forgets them. */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    /** HttpOnly and SameSite=Lax (Lax, so the issuer's redirect back still carries it); Secure when served over https. */
    @Bean
    WebSessionIdResolver webSessionIdResolver() {
        CookieWebSessionIdResolver resolver = new CookieWebSessionIdResolver();
        resolver.setCookieName("SESSION");
        resolver.addCookieInitializer(
                cookie -> cookie.httpOnly(true).sameSite("Lax").path("/"));
        return resolver;
    }
}
