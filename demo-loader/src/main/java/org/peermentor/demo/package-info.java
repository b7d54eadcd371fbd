/**
 * The demo cohort of {@code ./run-local --demo}: {@link org.peermentor.demo.DemoCohort} invents two
 * programs of participants and mentors from a fixed seed (no network, the same people every time), some of them
 * deliberately hard to place; {@link org.peermentor.demo.DemoLoader} walks them through the public HTTP
 * API of the running services (register, round, approve one program, wait for the mentors' emails) and reports
 * what happened. Idempotency keys derived from the seed make a second load create nobody new.
 */
package org.peermentor.demo;
