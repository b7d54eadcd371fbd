/**
 * Health that tells the truth: the {@code kafka} and {@code mongo} checks every service's readiness group includes,
 * each bounded in time and briefly cached. Registered as Spring Boot auto-configuration, so a service gets them by
 * depending on this module.
 */
package org.peermentor.service.health;
