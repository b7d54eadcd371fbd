/**
 * The whole system under faults and load, as {@code ./run-local} runs it: each suite starts a stack of its own on
 * free ports ({@link org.peermentor.faults.StackPorts}, one named port per part), breaks it on purpose (Kafka
 * restarted, MongoDB and SMTP away, a service killed, poison records, a power cut) and then checks that nothing
 * acknowledged was lost and no email went out twice. Answers are read as typed views, records naming only the
 * fields a suite asserts.
 */
package org.peermentor.faults;
