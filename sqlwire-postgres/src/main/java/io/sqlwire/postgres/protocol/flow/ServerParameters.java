package io.sqlwire.postgres.protocol.flow;

import io.sqlwire.postgres.protocol.message.backend.BackendKeyData;
import io.sqlwire.postgres.protocol.message.backend.ReadyForQuery;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the server told the session about itself: ParameterStatus values (which it may send at any
 * time, e.g. after {@code SET application_name}), BackendKeyData and the transaction status of the
 * last ReadyForQuery. Not thread-safe: the session serialises its use.
 */
public final class ServerParameters {
    private final Map<String, String> values = new LinkedHashMap<>();
    private BackendKeyData keyData;
    private char transactionStatus = ReadyForQuery.IDLE;

    public void set(String name, String value) {
        values.put(name, value);
    }

    /** A reported value, or {@code null}. */
    public String get(String name) {
        return values.get(name);
    }

    /** Every reported value, in the order first reported. */
    public Map<String, String> all() {
        return Collections.unmodifiableMap(values);
    }

    public String serverVersion() {
        return values.getOrDefault("server_version", "");
    }

    /** Whether backslashes in ordinary string literals are plain characters; on unless the server says off. */
    public boolean standardConformingStrings() {
        return !"off".equals(values.get("standard_conforming_strings"));
    }

    /** {@code in_hot_standby} (PostgreSQL 14+), or {@code null} when the server does not report it. */
    public Boolean inHotStandby() {
        return bool(values.get("in_hot_standby"));
    }

    /** {@code default_transaction_read_only} (reported since PostgreSQL 14), or {@code null}. */
    public Boolean defaultTransactionReadOnly() {
        return bool(values.get("default_transaction_read_only"));
    }

    public BackendKeyData keyData() {
        return keyData;
    }

    public void setKeyData(BackendKeyData keyData) {
        this.keyData = keyData;
    }

    /** {@code I}, {@code T} or {@code E}, from the last ReadyForQuery. */
    public char transactionStatus() {
        return transactionStatus;
    }

    public void setTransactionStatus(char status) {
        this.transactionStatus = status;
    }

    private static Boolean bool(String v) {
        return v == null ? null : "on".equals(v);
    }
}
