package org.peermentor.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * H2 storage that commits before answering a write, so an acknowledged write survives a crash of this JVM (kill -9,
 * an out-of-memory kill): the commit hands the data to the operating system. With {@code fsync} it also waits until
 * the disk has it, which a power loss or a kernel crash would otherwise take with them. Commits are grouped: a writer
 * that finds a commit already covering its write answers without one of its own, so concurrent writers share the
 * cost of writing the file. Unique indexes compare their keys in the same order as H2 does by default, at a fraction
 * of its cost ({@link IndexKeyOrder}). Public for the test kit's crash host, which runs it alone to kill it.
 */
public final class CommittingH2Backend extends H2Backend {

    private static final Set<String> WRITE_COMMANDS = Set.of(
            "insert",
            "update",
            "delete",
            "findandmodify",
            "createindexes",
            "dropindexes",
            "create",
            "drop",
            "dropdatabase",
            "renamecollection");

    private final AtomicLong writes = new AtomicLong();
    private final Object commitLock = new Object();
    private final boolean fsync;
    private long committedWrites;

    /** H2's page cache holds the pages of the three services' data (16 MB by default: they were read again and again). */
    private static final int CACHE_MEGABYTES = 64;

    public CommittingH2Backend(String fileName, boolean fsync) {
        super(new MVStore.Builder()
                .fileName(fileName)
                .cacheSize(CACHE_MEGABYTES)
                .open());
        this.fsync = fsync;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Document reply = super.handleCommand(channel, databaseName, command, query);
        if (WRITE_COMMANDS.contains(command.toLowerCase(Locale.ROOT))) {
            commitThrough(writes.incrementAndGet());
        }
        return reply;
    }

    // called from H2Backend's constructor for the databases already in the file: only the store may be used here
    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    private void commitThrough(long write) {
        synchronized (commitLock) {
            if (committedWrites >= write) {
                return; // another writer's commit already included this write
            }
            long covered = writes.get();
            commit();
            if (fsync) {
                getMvStore().sync();
            }
            committedWrites = covered;
        }
    }

    /** H2's database, whose unique-index maps are opened with {@link IndexKeyOrder} before H2Database opens them. */
    private final class Database extends H2Database {

        Database(String databaseName) {
            super(databaseName, CommittingH2Backend.this.getMvStore(), CommittingH2Backend.this.getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(
                String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            // the name H2Database gives the map; opening it here first makes its own openMap find it open, ordered so
            CommittingH2Backend.this
                    .getMvStore()
                    .openMap(
                            getFullCollectionNamespace(collectionName) + "._index_" + indexName,
                            new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyOrder()));
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }
    }
}
