package org.peermentor.service.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Adds to every generated operation the answers its controller does not declare because the security chain and
 * the problem handler give them: 400 where a body is read, 401 and 403 where a token is needed, and problem
 * details as the body of any other refusal. One of the service's {@link OpenOperations} needs no token.
 */
final class Refusals implements OpenApiCustomizer {

    private final OpenOperations open;

    Refusals(OpenOperations open) {
        this.open = open;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths()
                .forEach((path, item) ->
                        item.readOperationsMap().forEach((method, operation) -> describe(path, method, operation)));
    }

    private void describe(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        if (operation.getRequestBody() != null) {
            responses.putIfAbsent(
                    "400",
                    ProblemDetails.response(
                            "The body is not valid: not JSON, a wrong type or value, or bad fields (listed under errors)."));
        }
        if (open.contains(method.name(), path)) {
            operation.setSecurity(List.of()); // an empty list, unlike none, overrides the document's requirement
        } else {
            responses.putIfAbsent("401", ProblemDetails.response("No bearer token, or a bad one."));
            responses.putIfAbsent("403", ProblemDetails.response("The token's role may not do this."));
        }
        responses.putIfAbsent("default", ProblemDetails.response("Any other refusal or failure."));
    }
}
