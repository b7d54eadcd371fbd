package org.peermentor.notification.delivery;

import com.mongodb.ErrorCategory;
import com.mongodb.bulk.BulkWriteError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What became of recording a batch in the {@link DeliveryLog}: {@code recorded} are new, and so the recorder's to
 * try; a delivery recorded before is neither; {@code refused} could not be stored at all (their ids), for a reason
 * other than that.
 */
record Recording(List<Delivery> recorded, Set<String> refused) {

    /** What an unordered insert of {@code deliveries} recorded, given the errors it reported by index. */
    static Recording afterErrors(List<Delivery> deliveries, List<BulkWriteError> errors) {
        Set<Integer> duplicates = new HashSet<>();
        Set<String> refused = new HashSet<>();
        for (BulkWriteError error : errors) {
            if (ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                duplicates.add(error.getIndex());
            } else {
                refused.add(deliveries.get(error.getIndex()).id());
            }
        }
        List<Delivery> recorded = new ArrayList<>();
        for (int i = 0; i < deliveries.size(); i++) {
            if (!duplicates.contains(i) && !refused.contains(deliveries.get(i).id())) {
                recorded.add(deliveries.get(i));
            }
        }
        return new Recording(recorded, refused);
    }
}
