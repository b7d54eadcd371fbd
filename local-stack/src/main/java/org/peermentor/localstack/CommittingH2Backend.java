package org.peermentor.localstack;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * H2 storage that commits before answering a write, so an acknowledged write survives a crash of this JVM (kill -9,
 * an out-of-memory kill): the commit hands the data to the operating system. With {@code fsync} it also waits until
 * the disk has it, which a power loss or a kernel crash would otherwise take with them. Commits are grouped: a writer
 * that finds a commit already covering its write answers without one of its own, so concurrent writers share the
 * cost of writing the file.
 */
final class CommittingH2Backend extends H2Backend {

    private static final Set<String> WRITE_COMMANDS = Set.of(
            "insert", "update", "delete", "findandmodify", "createindexes", "dropindexes",
            "create", "drop", "dropdatabase", "renamecollection");

    private final AtomicLong writes = new AtomicLong();
    private final Object commitLock = new Object();
    private final boolean fsync;
    private long committedWrites;

    CommittingH2Backend(String fileName, boolean fsync) {
        super(fileName);
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
}
