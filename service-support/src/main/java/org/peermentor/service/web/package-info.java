/**
 * Every API error in one shape: RFC 9457 problem details with a status, a title, a detail and, for bad input, each
 * bad field under {@code errors}, written before Spring Boot's own error handler can answer in another. The
 * exceptions a service throws to refuse a request live here, as do the paging parameters its lists share and a
 * failure stripped of its messages, fit for a log line without quoting a person's data.
 */
package org.peermentor.service.web;
