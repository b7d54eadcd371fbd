package org.peermentor.intake.imports;

import org.peermentor.contracts.Profile;
import org.peermentor.intake.audit.AuditTrail;
import org.peermentor.intake.profile.Registrar;

/** One kind of profile an import can register. */
record ImportKind<P extends Profile>(String name, Registrar<P> registrar, BatchWriter<P> writer) {

    static <P extends Profile> ImportKind<P> of(Registrar<P> registrar, AuditTrail audit) {
        return new ImportKind<>(registrar.kind().collection(), registrar, new BatchWriter<>(registrar, audit));
    }
}
