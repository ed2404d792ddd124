package io.sqlwire.core.result;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** {@code byte[]} from text (its UTF-8 bytes), a UUID (16 bytes, big-endian) or a ByteBuffer. */
final class BinaryConversion implements ValueConversion {

    @Override
    public boolean produces(Class<?> target) {
        return target == byte[].class;
    }

    @Override
    public Object convert(Object value, Class<?> target) {
        return switch (value) {
            case CharSequence s -> s.toString().getBytes(StandardCharsets.UTF_8);
            case UUID u -> ByteBuffer.allocate(16)
                    .putLong(u.getMostSignificantBits())
                    .putLong(u.getLeastSignificantBits())
                    .array();
            case ByteBuffer b -> {
                byte[] copy = new byte[b.remaining()];
                b.duplicate().get(copy);
                yield copy;
            }
            default -> null;
        };
    }
}
