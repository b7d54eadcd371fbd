package org.peermentor.notification.flow;

import org.peermentor.notification.support.RunningNotification;

/** The core flow on a real Kafka broker (KRaft, in process), a MongoDB wire-protocol server and GreenMail. */
class CoreFlowOnEmbeddedInfrastructureTest extends RunningNotification implements CoreFlowContract {}
