/**
 * The whole system end to end, as {@code ./run-local} runs it: each test starts a stack of its own on free ports
 * ({@link org.peermentor.e2e.WholeSystem}), calls the services over HTTP with the local issuer's tokens, and reads
 * their answers and the inbox as typed views, records naming only the fields the test asserts.
 */
package org.peermentor.e2e;
