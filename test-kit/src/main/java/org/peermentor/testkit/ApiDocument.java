package org.peermentor.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A running service's OpenAPI document ({@code /v3/api-docs}) as anyone reads it, without a token: its operations
 * as {@code "GET /api/participants/{id}"}, the security schemes they need and the answers they declare.
 */
public record ApiDocument(
        Info info,
        Map<String, Map<String, Operation>> paths,
        Components components,
        List<Map<String, List<String>>> security) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public record Info(String title, String description) {}

    /** One operation; {@code security} is null where the document's own requirement applies. */
    public record Operation(
            List<Map<String, List<String>>> security, Map<String, Object> responses, List<Parameter> parameters) {

        public Operation {
            parameters = parameters == null ? List.of() : parameters;
        }
    }

    /** A parameter of an operation: where it goes ({@code query}, {@code path}), whether it must be given, its schema. */
    public record Parameter(String name, String in, boolean required, Map<String, Object> schema) {}

    public record Components(Map<String, SecurityScheme> securitySchemes, Map<String, Schema> schemas) {}

    /** A schema's fields, and those a request must have. */
    public record Schema(Map<String, Object> properties, List<String> required) {}

    /** {@code tokenUrl} is the client-credentials flow's, for an oauth2 scheme. */
    public record SecurityScheme(
            String type, String scheme, String bearerFormat, Map<String, Map<String, Object>> flows) {

        public Object tokenUrl() {
            return flows == null
                    ? null
                    : flows.getOrDefault("clientCredentials", Map.of()).get("tokenUrl");
        }
    }

    /** The document of the service at {@code port}, asked for without a token; fails unless it answers 200. */
    public static ApiDocument read(int port) {
        HttpResponse<String> answer = get(port, "/v3/api-docs");
        if (answer.statusCode() != 200) {
            throw new AssertionError("/v3/api-docs answered " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readValue(answer.body(), ApiDocument.class);
    }

    /** Swagger UI's page, as a browser without a token opens it at {@code /swagger-ui.html}; fails unless it answers. */
    public static String swaggerUi(int port) {
        HttpResponse<String> page = get(port, "/swagger-ui.html");
        if (page.statusCode() != 200 || !page.body().contains("<title>Swagger UI</title>")) {
            throw new AssertionError("No Swagger UI at /swagger-ui.html: " + page.statusCode() + " " + page.body());
        }
        return page.body();
    }

    /** What a browser gets at {@code path} without a token, redirects followed: the status and the page. */
    public static HttpResponse<String> get(int port, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        // a connection of its own for each ask, as ActuatorAccess does and for the same reason
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("No answer from " + path + " on port " + port, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted asking " + path, e);
        }
    }

    /** Every operation, as {@code "METHOD /path"}. */
    public Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, item) -> item.keySet().forEach(method -> operations.add(name(method, path))));
        return operations;
    }

    /** The operations that say they need no token (an empty security list). */
    public Set<String> openOperations() {
        Set<String> open = new TreeSet<>();
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (operation.security() != null && operation.security().isEmpty()) {
                open.add(name(method, path));
            }
        }));
        return open;
    }

    /** The status codes this operation declares it may answer ({@code "default"} included). */
    public Set<String> answers(String operation) {
        return new TreeSet<>(operation(operation).responses().keySet());
    }

    /** The query parameters this operation declares, by name. */
    public Map<String, Parameter> queryParameters(String operation) {
        Map<String, Parameter> query = new TreeMap<>();
        operation(operation).parameters().stream()
                .filter(parameter -> "query".equals(parameter.in()))
                .forEach(parameter -> query.put(parameter.name(), parameter));
        return query;
    }

    /** The schemes the document requires, each alone enough. */
    public Set<String> requiredSchemes() {
        Set<String> names = new TreeSet<>();
        security.forEach(requirement -> names.addAll(requirement.keySet()));
        return names;
    }

    /** The operation named as {@code "GET /api/participants"}. */
    private Operation operation(String name) {
        String[] methodAndPath = name.split(" ", 2);
        return paths.get(methodAndPath[1]).get(methodAndPath[0].toLowerCase());
    }

    private static String name(String method, String path) {
        return method.toUpperCase() + " " + path;
    }
}
