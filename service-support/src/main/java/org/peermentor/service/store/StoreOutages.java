package org.peermentor.service.store;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import java.util.concurrent.TimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Tells a store that is away (and will be back) from a request or record that is wrong (and always will be). Spring
 * Data translates most outages to {@link DataAccessResourceFailureException}, but not all: a connection pool the
 * driver paused after a failure arrives as an uncategorised exception, and is an outage all the same.
 */
public final class StoreOutages {

    private StoreOutages() {}

    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof MongoSocketException
                    || cause instanceof MongoTimeoutException
                    || cause instanceof MongoConnectionPoolClearedException
                    || cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
