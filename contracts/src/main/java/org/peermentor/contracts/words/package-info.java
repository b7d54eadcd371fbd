/**
 * The words people read, shared by every service that writes to a person: issue codes as plain words and weekly
 * times on the reader's clock. An email and the page its link opens say the same thing because they use the same
 * words; nothing here knows a framework, so any service (or a tool) may use it.
 */
package org.peermentor.contracts.words;
