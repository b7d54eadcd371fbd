package org.peermentor.intake.openapi;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.intake.profile.MentorFields;
import org.peermentor.intake.profile.ParticipantFields;
import org.peermentor.intake.profile.ProfileRequest;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The profile controller serves both kinds under {@code /api/{kind}} with one request record and the {@code Profile}
 * interface; a reader of the API meets {@code /api/participants} and {@code /api/mentors}, so each path is described
 * once per kind, with that kind's profile and the request fields it reads ({@link KindRequest}).
 */
@Component
record ProfileKindPaths(KindRequest requests) implements OpenApiCustomizer {
    private static final String KIND = "{kind}";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final List<Kind> KINDS = List.of(
            new Kind("participants", ParticipantProfile.class, ParticipantFields.class),
            new Kind("mentors", MentorProfile.class, MentorFields.class));

    /** A kind of profile: its path, its record and the validation group of the rules only it has. */
    record Kind(String path, Class<?> profile, Class<?> group) {
        String profileSchema() {
            return profile.getSimpleName();
        }

        String requestSchema() {
            return profile.getSimpleName().replace("Profile", "Request");
        }
    }

    @Override
    public void customise(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        Schema<?> request = schemas.get(ProfileRequest.class.getSimpleName());
        Paths described = new Paths();
        openApi.getPaths().forEach((path, item) -> {
            if (!path.contains(KIND)) {
                described.addPathItem(path, item);
                return;
            }
            KINDS.forEach(kind -> described.addPathItem(path.replace(KIND, kind.path()), forKind(item, kind)));
        });
        openApi.setPaths(described);
        for (Kind kind : KINDS) {
            ResolvedSchema profile = ModelConverters.getInstance(true).readAllAsResolvedSchema(kind.profile());
            profile.referencedSchemas.forEach(schemas::putIfAbsent);
            schemas.put(kind.profileSchema(), profile.schema);
            if (request != null) {
                schemas.put(kind.requestSchema(), requests.of(request, profile.schema, kind.group()));
            }
        }
    }

    /** A copy of the path's operations without the kind parameter, naming the kind's request and profile. */
    private static PathItem forKind(PathItem item, Kind kind) {
        PathItem copy = Json31.mapper().convertValue(item, PathItem.class);
        for (Operation operation : copy.readOperations()) {
            operation.setOperationId(operation.getOperationId() + "_" + kind.path());
            operation.getParameters().removeIf(parameter -> "kind".equals(parameter.getName()));
            if (operation.getRequestBody() != null) {
                rename(operation.getRequestBody().getContent(), kind);
            }
            operation.getResponses().values().forEach(response -> rename(response.getContent(), kind));
        }
        return copy;
    }

    private static void rename(Content content, Kind kind) {
        if (content == null) {
            return;
        }
        content.values().forEach(media -> {
            Schema<?> schema = media.getSchema();
            rename(schema, kind);
            if (schema != null) {
                rename(schema.getItems(), kind);
            }
        });
    }

    private static void rename(Schema<?> schema, Kind kind) {
        if (schema == null || schema.get$ref() == null) {
            return;
        }
        if (schema.get$ref().equals(SCHEMAS + "Profile")) {
            schema.set$ref(SCHEMAS + kind.profileSchema());
        } else if (schema.get$ref().equals(SCHEMAS + ProfileRequest.class.getSimpleName())) {
            schema.set$ref(SCHEMAS + kind.requestSchema());
        }
    }
}
