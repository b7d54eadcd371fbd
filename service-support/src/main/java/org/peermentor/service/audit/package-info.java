/**
 * What every service's audit trail shares: who acted ({@link org.peermentor.service.audit.Actor}), read from the
 * caller's token and stored the same way everywhere. Each service keeps its own trail of its own actions; this
 * package holds only the part that must not differ between them.
 */
package org.peermentor.service.audit;
