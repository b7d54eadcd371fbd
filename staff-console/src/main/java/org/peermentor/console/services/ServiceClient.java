package org.peermentor.console.services;

import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.util.UriBuilder;
import reactor.core.publisher.Mono;

/** One service's API, called with the signed-in person's token; every error answer becomes a {@link ServiceFailure}. */
public class ServiceClient {

    private final WebClient web;

    public ServiceClient(WebClient web) {
        this.web = web;
    }

    public <T> Mono<T> get(Function<UriBuilder, URI> uri, Class<T> type) {
        return answer(read(uri), type);
    }

    /** A GET whose answer is a JSON array, read as a list of {@code element}. */
    public <T> Mono<List<T>> list(Function<UriBuilder, URI> uri, Class<T> element) {
        return answer(read(uri), listOf(element));
    }

    /** The type of a list of {@code element}, for reading a JSON array. */
    static <T> ParameterizedTypeReference<List<T>> listOf(Class<T> element) {
        return ParameterizedTypeReference.forType(
                ResolvableType.forClassWithGenerics(List.class, element).getType());
    }

    private WebClient.ResponseSpec read(Function<UriBuilder, URI> uri) {
        return web.get().uri(uri).accept(MediaType.APPLICATION_JSON).retrieve();
    }

    /** A POST or PUT of a JSON {@code body} to {@code uri} (its variables after it); answers the reply read as {@code type}. */
    public <T> Mono<T> send(HttpMethod method, Object body, Class<T> type, String uri, Object... uriVariables) {
        return answer(
                web.method(method)
                        .uri(uri, uriVariables)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(body)
                        .retrieve(),
                type);
    }

    /** For calls that need more than a plain GET (a body, {@code If-Match}, …); the caller ends with {@link #answer}. */
    public WebClient web() {
        return web;
    }

    public static <T> Mono<T> answer(WebClient.ResponseSpec response, Class<T> type) {
        return response.onStatus(HttpStatusCode::isError, ServiceClient::failure)
                .bodyToMono(type)
                .onErrorMap(WebClientRequestException.class, unreachable -> ServiceFailure.unavailable());
    }

    public static <T> Mono<T> answer(WebClient.ResponseSpec response, ParameterizedTypeReference<T> type) {
        return response.onStatus(HttpStatusCode::isError, ServiceClient::failure)
                .bodyToMono(type)
                .onErrorMap(WebClientRequestException.class, unreachable -> ServiceFailure.unavailable());
    }

    public static Mono<Void> done(WebClient.ResponseSpec response) {
        return response.onStatus(HttpStatusCode::isError, ServiceClient::failure)
                .toBodilessEntity()
                .then()
                .onErrorMap(WebClientRequestException.class, unreachable -> ServiceFailure.unavailable());
    }

    /** Reads the problem details when there are any; a 5xx is a 503 page whatever the service said. */
    static Mono<? extends Throwable> failure(ClientResponse response) {
        int status = response.statusCode().value();
        if (status >= 500) {
            return response.releaseBody().then(Mono.just(ServiceFailure.unavailable()));
        }
        return response.bodyToMono(Problem.class)
                .onErrorResume(notProblemJson -> Mono.empty())
                .defaultIfEmpty(Problem.of(status, null))
                .map(problem -> new ServiceFailure(status, problem));
    }
}
