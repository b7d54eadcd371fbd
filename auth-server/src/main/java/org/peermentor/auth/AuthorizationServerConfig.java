package org.peermentor.auth;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URI;
import java.time.Clock;
import org.peermentor.auth.people.People;
import org.peermentor.auth.signin.PageHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Spring Authorization Server: the client-credentials grant for the machine clients of the clients file, the
 * authorization code with PKCE, refresh tokens and OpenID Connect (id tokens, {@code /userinfo},
 * {@code /connect/logout}) for the browser clients people sign in through; tokens signed with the kept key and
 * carrying {@code roles} and {@code programs}. The sign-in page and everything else are {@code signin}'s.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfig {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http, People people, PageHeaders headers)
            throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(
                        authorizationServer,
                        server -> server.oidc(oidc -> oidc.userInfoEndpoint(
                                userInfo -> userInfo.userInfoMapper(new UserInfoClaims(people)::userInfo))))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // a browser without a session is sent to sign in; other callers keep getting 401
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                // /userinfo takes the person's access token
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .cors(Customizer.withDefaults()) // corsConfigurationSource below: Swagger UI's token requests
                .headers(headers::apply);
        return http.build();
    }

    @Bean
    Clients clients(AuthServerProperties properties) {
        return Clients.read(properties.clientsFile());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // {bcrypt} now, and any later algorithm next to it: a stored hash names the one that made it
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    RegisteredClientRepository registeredClients(
            Clients clients, PasswordEncoder encoder, AuthServerProperties properties) {
        ClientRegistrations registrations = new ClientRegistrations(encoder, properties);
        return new InMemoryRegisteredClientRepository(
                clients.all().stream().map(registrations::register).toList());
    }

    @Bean
    PageHeaders pageHeaders(Clients clients) {
        return new PageHeaders(clients.all().stream()
                .flatMap(client -> client.redirectUris().stream())
                .map(URI::create)
                .map(uri -> uri.getScheme() + "://" + uri.getRawAuthority())
                .distinct()
                .toList());
    }

    @Bean
    JWKSource<SecurityContext> signingKeys(AuthServerProperties properties) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKey.loadOrCreate(properties.dataDir())));
    }

    @Bean
    RoleAndProgramClaims roleAndProgramClaims(Clients clients, People people) {
        return new RoleAndProgramClaims(clients, people);
    }

    @Bean
    OAuth2AuthorizationService issuedTokens() {
        return new KeptAuthorizations(Clock.systemUTC());
    }
}
