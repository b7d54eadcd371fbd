/**
 * What matching's OpenAPI document says beyond what service-support's {@code openapi} generates for every service:
 * the mentor's link endpoints take no bearer token. (The introduction is {@code openapi/introduction.md}.)
 */
package org.peermentor.matching.openapi;
