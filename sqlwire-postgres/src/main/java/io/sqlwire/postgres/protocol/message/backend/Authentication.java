package io.sqlwire.postgres.protocol.message.backend;


/**
 * The AuthenticationXXX family ({@code R} + Int32 code): what the server asks of the client
 * while logging in.
 */
public sealed interface Authentication extends BackendMessage permits AuthenticationOk,
        AuthenticationCleartextPassword, AuthenticationMD5Password, AuthenticationSASL,
        AuthenticationSASLContinue, AuthenticationSASLFinal, AuthenticationUnsupported {

    int OK = 0;
    int KERBEROS_V5 = 2;
    int CLEARTEXT_PASSWORD = 3;
    int MD5_PASSWORD = 5;
    int GSS = 7;
    int GSS_CONTINUE = 8;
    int SSPI = 9;
    int SASL = 10;
    int SASL_CONTINUE = 11;
    int SASL_FINAL = 12;
}
