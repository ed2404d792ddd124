package io.sqlwire.core.result;

import java.nio.ByteBuffer;
import java.util.UUID;
import java.util.regex.Pattern;

/** UUIDs from their text form (with or without hyphens) or from 16 big-endian bytes. */
final class UuidConversion implements ValueConversion {

    private static final Pattern HYPHENATED =
            Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");
    private static final Pattern PLAIN = Pattern.compile("\\p{XDigit}{32}");

    @Override
    public boolean produces(Class<?> target) {
        return target == UUID.class;
    }

    @Override
    public Object convert(Object value, Class<?> target) {
        return switch (value) {
            case CharSequence s -> fromText(s.toString().strip());
            case byte[] b -> fromBytes(b);
            default -> null;
        };
    }

    private static UUID fromText(String text) {
        if (HYPHENATED.matcher(text).matches()) {
            return UUID.fromString(text);
        }
        if (PLAIN.matcher(text).matches()) {
            return new UUID(Long.parseUnsignedLong(text.substring(0, 16), 16),
                    Long.parseUnsignedLong(text.substring(16), 16));
        }
        throw new IllegalArgumentException("not a UUID (8-4-4-4-12 hex digits)");
    }

    private static UUID fromBytes(byte[] bytes) {
        if (bytes.length != 16) {
            throw new IllegalArgumentException("a UUID needs 16 bytes, not " + bytes.length);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
