package io.sqlwire.core.codec;

/** The wire format of a value: the server's text form or its binary form. */
public enum Format {
    TEXT,
    BINARY
}
