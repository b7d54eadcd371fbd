package org.peermentor.service.openapi;

import java.util.Set;

/**
 * The operations of a service that take no bearer token, as its document names them
 * ({@code "GET /api/pairings/{id}/response"}); a service with such operations declares this bean, as its security
 * configuration opens them.
 */
public record OpenOperations(Set<String> operations) {

    static final OpenOperations NONE = new OpenOperations(Set.of());

    public OpenOperations {
        operations = Set.copyOf(operations);
    }

    public static OpenOperations of(String... operations) {
        return new OpenOperations(Set.of(operations));
    }

    boolean contains(String method, String path) {
        return operations.contains(method + " " + path);
    }
}
