package org.peermentor.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB wire-protocol server (mongo-java-server) on localhost, its data in an H2 file under the data dir,
 * or in memory when there is no data dir. Stop and start keep the port and, with a file, the data.
 */
public final class EmbeddedMongo extends RestartableServer<MongoServer> {

    /** The H2 file under the data dir; the test kit's crash host opens the same file. */
    public static final String STORE_FILE = "mongo.h2";

    private final Path dataDir;
    private MemoryBackend memory;

    private EmbeddedMongo(Path dataDir, int port) {
        super(port);
        this.dataDir = dataDir == null ? null : dataDir.toAbsolutePath();
    }

    /** A stopped server; a null {@code dataDirOrNull} keeps data in memory (still across a stop and start of this object). */
    public static EmbeddedMongo create(Path dataDirOrNull, int port) {
        return new EmbeddedMongo(dataDirOrNull, Ports.freeIfZero(port));
    }

    @Override
    protected MongoServer open() {
        Ports.requireFree(port(), "MongoDB");
        MongoServer starting = new MongoServer(backend());
        starting.bind("localhost", port());
        return starting;
    }

    @Override
    protected void shut(MongoServer server) {
        // closes client connections, then the backend, which commits and closes the H2 file
        server.shutdownNow();
    }

    public String connectionString() {
        return "mongodb://localhost:" + port();
    }

    private MongoBackend backend() {
        if (dataDir == null) {
            return memoryBackend();
        }
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dataDir, e);
        }
        return new CommittingH2Backend(dataDir.resolve(STORE_FILE).toString(), false);
    }

    // the same memory backend across restarts, so a stop/start without a data dir still finds its documents
    private MongoBackend memoryBackend() {
        if (memory == null) {
            memory = new UncloseableMemoryBackend();
        }
        return memory;
    }

    /** Shutting the server down closes its backend; the in-memory one must outlive that to survive a restart. */
    private static final class UncloseableMemoryBackend extends MemoryBackend {
        @Override
        public void close() {
            // keep the databases: this backend lives as long as its EmbeddedMongo
        }
    }
}
