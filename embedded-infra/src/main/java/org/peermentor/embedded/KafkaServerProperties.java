package org.peermentor.embedded;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;

/** The settings of a one-node KRaft cluster meant for one machine: replication factor 1 everywhere. */
record KafkaServerProperties(Path logDir, int port, int controllerPort, Map<String, String> overrides) {

    static final String CONTROLLER_LISTENER = "CONTROLLER";
    static final int NODE_ID = 1;

    static KafkaServerProperties of(Path logDir, int port, int controllerPort, Map<String, String> overrides) {
        return new KafkaServerProperties(logDir, port, controllerPort, Map.copyOf(overrides));
    }

    KafkaConfig toConfig() {
        return KafkaConfig.fromProps(properties(), false);
    }

    Properties properties() {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", String.valueOf(NODE_ID));
        // static voters: the controller port may differ from one JVM to the next without breaking the quorum
        p.setProperty("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        p.setProperty("controller.listener.names", CONTROLLER_LISTENER);
        p.setProperty(
                "listeners",
                "PLAINTEXT://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.setProperty("log.dirs", logDir.toString());
        p.setProperty("metadata.log.dir", logDir.toString());
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("num.partitions", "3");
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("offsets.topic.replication.factor", "1");
        // fewer internal partitions: each is a directory and a leader election, and one node gains nothing from 50
        p.setProperty("offsets.topic.num.partitions", "5");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "5");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        // the default 128 MiB cleaner buffer is allocated at every start; compacted topics here are small
        p.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        // an erased person's earlier records leave a compacted topic soon after the segment holding them rolls
        p.setProperty("log.cleaner.backoff.ms", "2000");
        overrides.forEach(p::setProperty);
        return p;
    }
}
