package io.sqlwire.postgres.type;

import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.TypeRef;
import io.sqlwire.postgres.PgInterval;
import java.nio.ByteBuffer;

/**
 * interval as {@link PgInterval}. Binary: int64 microseconds, int32 days, int32 months. Text in
 * IntervalStyle postgres: space-separated {@code N year(s)}, {@code N mon(s)}, {@code N day(s)}
 * and a signed {@code hh:mm:ss[.ffffff]} (hours unbounded), e.g. {@code -1 years +3 days -04:05:06.5};
 * IntervalStyle iso_8601 ({@code P-1Y-2M3DT-4H-5M-6.5S}) is read too.
 */
final class IntervalCodec extends PgCodec<PgInterval> {
    static final IntervalCodec INSTANCE = new IntervalCodec();

    private IntervalCodec() {
        super(PgInterval.class, true, PgTypes.INTERVAL);
    }

    @Override
    PgInterval decodeText(TypeRef type, ByteBuffer value, CodecContext context) {
        String text = text(value, context);
        return text.startsWith("P") ? iso8601(text) : postgres(text);
    }

    private static PgInterval postgres(String text) {
        String[] tokens = text.trim().split(" +");
        long months = 0;
        long days = 0;
        long micros = 0;
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.indexOf(':') >= 0) {
                micros = Math.addExact(micros, time(t));
                continue;
            }
            if (i + 1 >= tokens.length) {
                throw new IllegalArgumentException("number without unit in interval: " + t);
            }
            long n = Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
            String unit = tokens[++i];
            switch (unit) {
                case "year", "years" -> months = Math.addExact(months, Math.multiplyExact(n, 12));
                case "mon", "mons" -> months = Math.addExact(months, n);
                case "day", "days" -> days = Math.addExact(days, n);
                default -> throw new IllegalArgumentException("unknown interval unit \"" + unit + "\"");
            }
        }
        return new PgInterval(Math.toIntExact(months), Math.toIntExact(days), micros);
    }

    /**
     * IntervalStyle iso_8601, {@code P-1Y-2M3DT-4H-5M-6.5S}: each number carries its own sign; the
     * time part's fields are summed into microseconds, as the server keeps them.
     */
    private static PgInterval iso8601(String text) {
        long months = 0;
        long days = 0;
        long micros = 0;
        boolean time = false;
        int start = 1;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'T') {
                time = true;
                start = i + 1;
                continue;
            }
            if (!Character.isLetter(c)) {
                continue;
            }
            String number = text.substring(start, i);
            start = i + 1;
            switch (time ? Character.toLowerCase(c) : c) {
                case 'Y' -> months = Math.addExact(months, Math.multiplyExact(Long.parseLong(number), 12));
                case 'M' -> months = Math.addExact(months, Long.parseLong(number));
                case 'W' -> days = Math.addExact(days, Math.multiplyExact(Long.parseLong(number), 7));
                case 'D' -> days = Math.addExact(days, Long.parseLong(number));
                case 'h' -> micros = Math.addExact(micros, Math.multiplyExact(Long.parseLong(number), 3_600_000_000L));
                case 'm' -> micros = Math.addExact(micros, Math.multiplyExact(Long.parseLong(number), 60_000_000L));
                case 's' -> micros = Math.addExact(micros, new java.math.BigDecimal(number).movePointRight(6)
                        .longValueExact());
                default -> throw new IllegalArgumentException("unknown ISO 8601 interval unit '" + c + "'");
            }
        }
        return new PgInterval(Math.toIntExact(months), Math.toIntExact(days), micros);
    }

    /** {@code [+-]h+:mm:ss[.ffffff]}: hours have any number of digits. */
    private static long time(String t) {
        boolean negative = t.startsWith("-");
        int start = negative || t.startsWith("+") ? 1 : 0;
        int c1 = t.indexOf(':', start);
        long hours = Long.parseLong(t, start, c1, 10);
        // Reuse the hh:mm:ss parser with the hours replaced by 00.
        long rest = PgTime.timeMicros("00" + t.substring(c1), 0, t.length() - c1 + 2);
        long micros = Math.addExact(Math.multiplyExact(hours, 3_600_000_000L), rest);
        return negative ? -micros : micros;
    }

    @Override
    PgInterval decodeBinary(TypeRef type, ByteBuffer value, CodecContext context) {
        long micros = value.getLong();
        int days = value.getInt();
        int months = value.getInt();
        return new PgInterval(months, days, micros);
    }

    @Override
    int parameterOid(Object value) {
        return value instanceof PgInterval ? PgTypes.INTERVAL : 0;
    }

    @Override
    byte[] encodeBinary(Object value, CodecContext context) {
        PgInterval i = (PgInterval) value;
        return ByteBuffer.allocate(16).putLong(i.microseconds()).putInt(i.days()).putInt(i.months()).array();
    }
}
