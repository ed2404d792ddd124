package io.sqlwire.core.transport;

/** How much of the server's identity a TLS connection verifies. */
public enum TlsMode {
    /** No TLS. */
    NONE,
    /** Encrypt, but accept any server certificate (libpq {@code require}/{@code prefer}, MySQL {@code REQUIRED}). */
    TRUST_ANY,
    /** Encrypt and verify the chain to a trusted root, not the host name (libpq {@code verify-ca}). */
    VERIFY_CA,
    /** Encrypt and verify the chain and the host name (libpq {@code verify-full}, MySQL {@code VERIFY_IDENTITY}). */
    VERIFY_FULL;

    /** Whether the certificate chain is checked. */
    public boolean verifiesChain() {
        return this == VERIFY_CA || this == VERIFY_FULL;
    }
}
