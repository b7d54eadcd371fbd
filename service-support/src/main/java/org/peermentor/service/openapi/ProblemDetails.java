package org.peermentor.service.openapi;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * The body of every 4xx and 5xx answer, as {@code ProblemResponses} writes it: RFC 9457 problem details, with every
 * bad field of a rejected request under {@code errors}.
 */
final class ProblemDetails {

    static final String NAME = "ProblemDetails";
    static final String MEDIA_TYPE = "application/problem+json";

    private ProblemDetails() {}

    static Schema<?> schema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().example("availability[0].end"))
                .addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("RFC 9457 problem details (" + MEDIA_TYPE + ").")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().description("the path asked for"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(fieldError)
                                .description("every bad field of a rejected request; only on 400"));
    }

    static ApiResponse response(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                MEDIA_TYPE,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + NAME))));
    }
}
