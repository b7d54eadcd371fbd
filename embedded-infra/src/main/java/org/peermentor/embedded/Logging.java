package org.peermentor.embedded;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/** Turns the chatty INFO logs of embedded servers down, when Logback is the SLF4J backend. */
final class Logging {

    private static final boolean LOGBACK = present("ch.qos.logback.classic.LoggerContext");

    private Logging() {}

    static void quietKafka() {
        warnOnly("kafka", "org.apache.kafka", "state.change.logger");
    }

    /** GreenMail names every sender and recipient at INFO: addresses are personal data, not for a log. */
    static void quietMail() {
        warnOnly("com.icegreen.greenmail");
    }

    static void warnOnly(String... loggerNames) {
        if (LOGBACK) {
            Logback.warnOnly(loggerNames); // referenced only here, so a class path without Logback never loads it
        }
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, Logging.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static final class Logback {

        static void warnOnly(String... loggerNames) {
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
                for (String name : loggerNames) {
                    context.getLogger(name).setLevel(Level.WARN);
                }
            }
        }
    }
}
