package org.peermentor.service.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Every service's API described the same way, for a service that has springdoc: its {@link Introduction}, the two
 * security schemes and the problem details of its refusals ({@link Refusals}).
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
@EnableConfigurationProperties(ApiDocsSettings.class)
public class ApiDocsAutoConfiguration {

    static final String BEARER = "bearer";
    static final String CLIENT_CREDENTIALS = "client-credentials";
    // the contract's paths carry no version; this one changes when the contract breaks a promise
    static final String VERSION = "1";

    @Bean
    @ConditionalOnMissingBean
    OpenAPI openApi(ResourceLoader resources, Environment environment, ApiDocsSettings settings) {
        Introduction introduction =
                Introduction.read(resources, environment.getProperty("spring.application.name", ""));
        return new OpenAPI()
                .info(new Info()
                        .title(introduction.title())
                        .description(introduction.text())
                        .version(VERSION))
                .components(new Components()
                        .addSecuritySchemes(BEARER, bearer())
                        .addSecuritySchemes(CLIENT_CREDENTIALS, clientCredentials(settings.tokenUrl()))
                        .addSchemas(ProblemDetails.NAME, ProblemDetails.schema()))
                // two requirements, each alone enough: a token pasted in, or one the UI asks the issuer for
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(CLIENT_CREDENTIALS));
    }

    @Bean
    OpenApiCustomizer refusalsAndOpenOperations(ObjectProvider<OpenOperations> open) {
        return new Refusals(open.getIfAvailable(() -> OpenOperations.NONE));
    }

    private static SecurityScheme bearer() {
        return new SecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("JWT")
                .description("An access token of the OAuth2 issuer: `POST /oauth2/token` with "
                        + "`grant_type=client_credentials` and a client's id and secret (HTTP Basic). Its `roles` "
                        + "claim says what the caller may do, its `programs` claim which programs it sees.");
    }

    private static SecurityScheme clientCredentials(String tokenUrl) {
        return new SecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("The same token, asked for with a client's id and secret. Swagger UI can ask for it "
                        + "only where the issuer lets this page's origin call its token endpoint (CORS); the local "
                        + "issuer does not (its preflight answers 403): paste a token under `bearer` instead.")
                .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl(tokenUrl)));
    }
}
