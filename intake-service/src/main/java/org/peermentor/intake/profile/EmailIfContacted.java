package org.peermentor.intake.profile;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request whose person asked to be written to ({@code consent.contactByEmail}) names an email, reported on the
 * {@code email} field. Only where email may otherwise be left out (a participant's) does this rule say more than
 * the field's own constraints.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EmailIfContacted.Check.class)
@interface EmailIfContacted {

    String message() default "is required when consent.contactByEmail is true";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the rule on a whole request, as it spans two fields. */
    class Check implements ConstraintValidator<EmailIfContacted, ProfileRequest> {

        @Override
        public boolean isValid(ProfileRequest request, ConstraintValidatorContext context) {
            if (request.consent() == null || !request.consent().mayEmail() || !Requests.isBlank(request.email())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("email")
                    .addConstraintViolation();
            return false;
        }
    }
}
