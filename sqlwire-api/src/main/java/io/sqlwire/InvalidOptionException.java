package io.sqlwire;

/**
 * A connection string or option that cannot be used: an unknown key, a bad value, a malformed
 * URI. The message names the bad part and, for an unknown key, the nearest valid option.
 * {@link #option()} names the option at fault when there is one.
 */
public class InvalidOptionException extends InterfaceException {
    private static final long serialVersionUID = 1L;

    private final String option;

    public InvalidOptionException(String option, String message) {
        super(message);
        this.option = option;
    }

    public InvalidOptionException(String option, String message, Throwable cause) {
        super(message, cause);
        this.option = option;
    }

    /** The canonical or given name of the option at fault, or {@code null} when the fault is not tied to one. */
    public String option() {
        return option;
    }
}
