package org.peermentor.console.services;

import org.peermentor.console.ConsoleProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.AuthorizationCodeReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.DelegatingReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.RefreshTokenReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.web.reactive.function.client.WebClient;

/** A client per service, each sending the signed-in person's access token, refreshed when it has expired. */
@Configuration(proxyBeanMethods = false)
class ServiceClients {

    static final String REGISTRATION = "staff-console";
    /**
     * The largest answer read whole: a round of a large program lists thousands of pairings and people with their
     * reasons (about 3 MB at 6,500 participants), far over the default 256 KB.
     */
    private static final int MAX_ANSWER_BYTES = 32 * 1024 * 1024;

    @Bean
    ReactiveOAuth2AuthorizedClientManager authorizedClientManager(
            ReactiveClientRegistrationRepository clients, ServerOAuth2AuthorizedClientRepository authorized) {
        DefaultReactiveOAuth2AuthorizedClientManager manager =
                new DefaultReactiveOAuth2AuthorizedClientManager(clients, authorized);
        manager.setAuthorizedClientProvider(new DelegatingReactiveOAuth2AuthorizedClientProvider(
                new AuthorizationCodeReactiveOAuth2AuthorizedClientProvider(),
                new RefreshTokenReactiveOAuth2AuthorizedClientProvider()));
        return manager;
    }

    @Bean
    IntakeApi intakeApi(
            WebClient.Builder builder, ReactiveOAuth2AuthorizedClientManager manager, ConsoleProperties properties) {
        return new IntakeApi(
                new ServiceClient(client(builder, manager, properties.services().intake())));
    }

    @Bean
    MatchingApi matchingApi(
            WebClient.Builder builder, ReactiveOAuth2AuthorizedClientManager manager, ConsoleProperties properties) {
        return new MatchingApi(
                new ServiceClient(client(builder, manager, properties.services().matching())));
    }

    @Bean
    NotificationApi notificationApi(
            WebClient.Builder builder, ReactiveOAuth2AuthorizedClientManager manager, ConsoleProperties properties) {
        return new NotificationApi(
                new ServiceClient(client(builder, manager, properties.services().notification())));
    }

    private static WebClient client(
            WebClient.Builder builder, ReactiveOAuth2AuthorizedClientManager manager, String baseUrl) {
        ServerOAuth2AuthorizedClientExchangeFilterFunction token =
                new ServerOAuth2AuthorizedClientExchangeFilterFunction(manager);
        token.setDefaultClientRegistrationId(REGISTRATION);
        return builder.clone()
                .baseUrl(baseUrl)
                .filter(token)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_ANSWER_BYTES))
                .build();
    }
}
