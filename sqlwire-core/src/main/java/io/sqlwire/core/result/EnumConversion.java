package io.sqlwire.core.result;

/** Enum constants from text: the exact constant name, else the one name that matches ignoring case. */
final class EnumConversion implements ValueConversion {

    @Override
    public boolean produces(Class<?> target) {
        return target.isEnum();
    }

    @Override
    public Object convert(Object value, Class<?> target) {
        if (!(value instanceof CharSequence cs)) {
            return null;
        }
        String text = cs.toString().strip();
        Object caseless = null;
        for (Object constant : target.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            if (name.equals(text)) {
                return constant;
            }
            if (caseless == null && name.equalsIgnoreCase(text)) {
                caseless = constant;
            }
        }
        if (caseless == null) {
            throw new IllegalArgumentException("no constant of that name in " + target.getSimpleName());
        }
        return caseless;
    }
}
