package org.peermentor.intake.profile;

import java.util.List;
import org.peermentor.contracts.Profile;
import org.peermentor.service.web.FieldError;

/**
 * How one kind of profile is registered: the rules its request must meet and the profile a valid request becomes.
 * A single registration and a bulk import both go through it, so a row of a file is held to exactly the rules of
 * a form.
 */
public interface Registrar<R extends PersonalDetails, P extends Profile> {

    ProfileKind<P> kind();

    /** The request record the API reads; its fields name the columns of an import file. */
    Class<R> requestType();

    /** Every rule of the contract the request breaks, sorted by field; empty when it may be stored. */
    List<FieldError> problems(R request);

    /** The new profile a valid request registers: a fresh id, version 1, the kind's first status. */
    P registered(R request);
}
