package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.InternalException;
import io.sqlwire.postgres.protocol.MessageReader;

/** Decodes a backend message body by its type byte. */
public final class BackendMessages {

    private BackendMessages() {
    }

    /** The protocol name of a type byte, for messages; {@code null} for a byte no message has. */
    public static String name(int type) {
        return switch (type) {
            case 'R' -> "Authentication";
            case 'K' -> "BackendKeyData";
            case '2' -> "BindComplete";
            case '3' -> "CloseComplete";
            case 'C' -> "CommandComplete";
            case 'G' -> "CopyInResponse";
            case 'H' -> "CopyOutResponse";
            case 'W' -> "CopyBothResponse";
            case 'd' -> "CopyData";
            case 'c' -> "CopyDone";
            case 'D' -> "DataRow";
            case 'I' -> "EmptyQueryResponse";
            case 'E' -> "ErrorResponse";
            case 'N' -> "NoticeResponse";
            case 'v' -> "NegotiateProtocolVersion";
            case 'n' -> "NoData";
            case 'A' -> "NotificationResponse";
            case 't' -> "ParameterDescription";
            case 'S' -> "ParameterStatus";
            case '1' -> "ParseComplete";
            case 's' -> "PortalSuspended";
            case 'Z' -> "ReadyForQuery";
            case 'T' -> "RowDescription";
            default -> null;
        };
    }

    /**
     * Decodes the body that {@code r} reads.
     *
     * @throws InternalException for an unknown type byte or a malformed body, naming the message and field
     */
    public static BackendMessage decode(int type, MessageReader r) {
        return switch (type) {
            case 'R' -> authentication(r);
            case 'K' -> BackendKeyData.decode(r);
            case '2' -> BindComplete.decode(r);
            case '3' -> CloseComplete.decode(r);
            case 'C' -> CommandComplete.decode(r);
            case 'G' -> CopyInResponse.decode(r);
            case 'H' -> CopyOutResponse.decode(r);
            case 'W' -> CopyBothResponse.decode(r);
            case 'd' -> CopyData.decode(r);
            case 'c' -> CopyDone.decode(r);
            case 'D' -> DataRow.decode(r);
            case 'I' -> EmptyQueryResponse.decode(r);
            case 'E' -> ErrorResponse.decode(r);
            case 'N' -> NoticeResponse.decode(r);
            case 'v' -> NegotiateProtocolVersion.decode(r);
            case 'n' -> NoData.decode(r);
            case 'A' -> NotificationResponse.decode(r);
            case 't' -> ParameterDescription.decode(r);
            case 'S' -> ParameterStatus.decode(r);
            case '1' -> ParseComplete.decode(r);
            case 's' -> PortalSuspended.decode(r);
            case 'Z' -> ReadyForQuery.decode(r);
            case 'T' -> RowDescription.decode(r);
            default -> throw unknownType(type);
        };
    }

    static InternalException unknownType(int type) {
        return new InternalException(String.format("malformed message from the server: unknown message type 0x%02X%s",
                type, type >= 0x20 && type < 0x7F ? " ('" + (char) type + "')" : ""), "08P01", 0, false, null);
    }

    private static Authentication authentication(MessageReader r) {
        int code = r.int32("authentication code");
        return switch (code) {
            case Authentication.OK -> AuthenticationOk.decode(r);
            case Authentication.CLEARTEXT_PASSWORD -> AuthenticationCleartextPassword.decode(r);
            case Authentication.MD5_PASSWORD -> AuthenticationMD5Password.decode(r);
            case Authentication.SASL -> AuthenticationSASL.decode(r);
            case Authentication.SASL_CONTINUE -> AuthenticationSASLContinue.decode(r);
            case Authentication.SASL_FINAL -> AuthenticationSASLFinal.decode(r);
            default -> new AuthenticationUnsupported(code);
        };
    }
}
