/**
 * The intake desk's pages for participants and mentors: lists with filters and paging, the registration and edit
 * forms (named after the API's JSON fields, kept as typed when the service refuses them), a person's page whose
 * status follows the pairing events, and the withdraw and erase confirmations. Both kinds share the pages; a
 * {@link org.peermentor.console.people.PeopleCollection} says which fields and words belong to which.
 */
package org.peermentor.console.people;
