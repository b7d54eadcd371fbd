package org.peermentor.service.web;

import org.peermentor.service.store.StoreOutages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns every failure into RFC 9457 problem details ({@code application/problem+json}) with {@code status},
 * {@code title}, {@code detail} and, for bad input, every bad field under {@code errors}. Runs before Spring
 * Boot's own error handler so no error leaves in another shape.
 */
@Component
@Order(-2)
public record ProblemResponses(JsonMapper json) implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(failure);
        }
        Problem problem = problemFor(failure, exchange);
        response.setStatusCode(HttpStatusCode.valueOf(problem.status()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (problem.status() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            response.getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
        }
        byte[] body = json.writeValueAsBytes(
                problem.body(exchange.getRequest().getPath().value()));
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    /**
     * Answers a refused request with problem details after reading and releasing whatever body it sent: a body
     * left unread would hold its buffers and the connection it came on, which the client may use again.
     */
    public Mono<Void> refuse(ServerWebExchange exchange, ProblemException problem) {
        return exchange.getRequest()
                .getBody()
                .doOnNext(DataBufferUtils::release)
                .then(Mono.defer(() -> handle(exchange, problem)));
    }

    private Problem problemFor(Throwable failure, ServerWebExchange exchange) {
        if (failure instanceof InvalidRequestException invalid) {
            return new Problem(
                    400,
                    "Invalid request",
                    invalid.errors().size() + " field(s) are invalid; see errors.",
                    invalid.errors());
        }
        if (failure instanceof ProblemException problem) {
            return new Problem(problem.status(), problem.title(), problem.getMessage(), problem.errors());
        }
        if (failure instanceof ResponseStatusException status
                && status.getStatusCode().value() == 413) {
            return BadInput.tooLarge(); // the contract answers an oversized body like any other bad body: 400
        }
        if (failure instanceof ServerWebInputException input) {
            return BadInput.describe(input);
        }
        if (failure instanceof ResponseStatusException status) {
            HttpStatus known = HttpStatus.resolve(status.getStatusCode().value());
            String title = known == null ? "Error" : known.getReasonPhrase();
            return new Problem(
                    status.getStatusCode().value(),
                    title,
                    status.getReason() == null ? title : status.getReason(),
                    null);
        }
        if (StoreOutages.isOutage(failure)) {
            log.warn(
                    "Storage unavailable for {} {}: {}",
                    exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(),
                    failure.getClass().getSimpleName());
            return new Problem(
                    503,
                    "Storage unavailable",
                    "The data store cannot be reached; nothing was changed. " + "Try again shortly.",
                    null);
        }
        log.error(
                "Unexpected failure on {} {}",
                exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(),
                Redacted.of(failure));
        return new Problem(500, "Internal error", "The request could not be completed; nothing was changed.", null);
    }
}
