/**
 * What every service's MongoDB stores share: records kept in exactly their JSON shape on the wire, so what is
 * stored, served and published never drifts apart, and a store that is away told from a request that is wrong, so
 * an outage is waited out and retried while a bad record is refused at once. And the indexes
 * every store makes at start: one over some fields ({@code AscendingIndex}), and the {@code {_id, version}} one
 * that optimistic updates query ({@code VersionIndex}).
 */
package org.peermentor.service.store;
