/**
 * What intake's OpenAPI document says beyond what service-support's {@code openapi} generates for every service:
 * the one profile controller ({@code /api/{kind}}) described as the contract's two resources, participants and
 * mentors, each with its own request and profile. (The introduction is {@code openapi/introduction.md}.)
 */
package org.peermentor.intake.openapi;
