package org.peermentor.intake.openapi;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.peermentor.intake.profile.ProfileRequest;
import org.springframework.stereotype.Component;

/**
 * The request one kind of profile reads: the fields of {@link ProfileRequest} that its profile has, required where
 * bean validation requires them for that kind (the rules of every kind and those of the kind's own group), so the
 * description follows the validation rather than a copy of it.
 */
@Component
record KindRequest(Validator validator) {
    private static final Set<Class<? extends Annotation>> REQUIRING =
            Set.of(NotNull.class, NotBlank.class, NotEmpty.class);

    Schema<?> of(Schema<?> request, Schema<?> profile, Class<?> group) {
        Schema<?> kindRequest = Json31.mapper().convertValue(request, Schema.class);
        Map<String, Schema> properties = new LinkedHashMap<>(kindRequest.getProperties());
        properties.keySet().retainAll(profile.getProperties().keySet());
        kindRequest.setProperties(properties);
        kindRequest.setRequired(properties.keySet().stream()
                .filter(field -> required(field, group))
                .toList());
        return kindRequest;
    }

    private boolean required(String field, Class<?> group) {
        PropertyDescriptor property =
                validator.getConstraintsForClass(ProfileRequest.class).getConstraintsForProperty(field);
        return property != null
                && property
                        .findConstraints()
                        .unorderedAndMatchingGroups(Default.class, group)
                        .getConstraintDescriptors()
                        .stream()
                        .anyMatch(constraint ->
                                REQUIRING.contains(constraint.getAnnotation().annotationType()));
    }
}
