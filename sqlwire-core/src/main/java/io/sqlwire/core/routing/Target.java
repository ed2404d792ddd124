package io.sqlwire.core.routing;

import java.time.Duration;

/**
 * One connection attempt the {@link Router} asks for: a candidate host and one of its endpoints.
 *
 * @param candidate the host entry
 * @param endpoint where to connect
 * @param connectTimeout the bound on this attempt (connect and login), or {@code null} for none
 * @param label how to name this attempt in messages, e.g. {@code localhost:5432} or
 *     {@code localhost:5432 [::1]} when the host has several addresses
 */
public record Target(Candidate candidate, Endpoint endpoint, Duration connectTimeout, String label) {

    /** The name TLS verifies and sends as SNI; see {@link Candidate#serverName()}. */
    public String serverName() {
        return candidate.serverName();
    }
}
