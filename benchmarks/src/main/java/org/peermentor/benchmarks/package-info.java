/**
 * The measurements behind {@code docs/benchmarks.md}, each a program with a {@code main} run by hand, never by the
 * build. Most drive a running system ({@code ./run-local}) from outside as its users would — registrations and CSV
 * imports through intake, the console's pages through a browser without a screen, approvals ending in the emails the
 * inbox receives — with the demo clients' bearer tokens; two measure one piece alone, the solver against an exact
 * reference rebuilt here from the rules (so a faster solver cannot quietly become a worse one) and the embedded
 * stores against a {@code kill -9}. Timings are reported as percentiles, never asserted.
 */
package org.peermentor.benchmarks;
