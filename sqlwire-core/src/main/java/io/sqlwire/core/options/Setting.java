package io.sqlwire.core.options;

import io.sqlwire.Secret;

/**
 * A value of one option from one source, in canonical text, or as a Secret for secret rows.
 *
 * @param origin detail of the source, shown by explain and appended to error messages
 */
record Setting(String text, Secret secret, Source source, String origin) {

    /** The value as shown to people: secrets masked. */
    String display() {
        return secret != null ? secret.toString() : text;
    }
}
