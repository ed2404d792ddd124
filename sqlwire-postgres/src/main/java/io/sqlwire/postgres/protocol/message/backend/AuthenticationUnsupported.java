package io.sqlwire.postgres.protocol.message.backend;


/**
 * An authentication request sqlwire does not implement: KerberosV5 (2), GSS (7), GSSContinue (8),
 * SSPI (9), or a code the protocol does not define.
 */
public record AuthenticationUnsupported(int code) implements Authentication {

    /** The method's name, for messages. */
    public String method() {
        return switch (code) {
            case KERBEROS_V5 -> "Kerberos V5";
            case GSS, GSS_CONTINUE -> "GSSAPI";
            case SSPI -> "SSPI";
            default -> "unknown method (code " + code + ")";
        };
    }
}
