package org.peermentor.notification.delivery;

import java.util.List;
import java.util.Set;

/**
 * What became of recording a batch in the {@link DeliveryLog}: {@code recorded} are new, and so the recorder's to
 * try; a delivery recorded before is neither; {@code refused} could not be stored at all (their ids), for a reason
 * other than that.
 */
record Recording(List<Delivery> recorded, Set<String> refused) {}
