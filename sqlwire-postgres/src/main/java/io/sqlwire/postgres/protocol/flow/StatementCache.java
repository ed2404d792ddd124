package io.sqlwire.postgres.protocol.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-connection LRU of SQL texts: how often each ran, and the server-side prepared
 * statement once it ran {@code threshold} times. Evicted and invalidated statements are queued
 * for Close, sent with the next request so they cost no round trip of their own.
 */
final class StatementCache {

    /** One SQL text with its parameter types. */
    static final class Entry {
        final String key;
        int uses;
        String name;        // the server-side name once Parse succeeded, else null
        String parsingName; // the name of a Parse in flight
        int[] resultFormats; // per result column, from Describe of the named statement; null until known

        Entry(String key) {
            this.key = key;
        }
    }

    private final int threshold;
    private final int capacity;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final List<String> toClose = new ArrayList<>();
    private final List<String> portalsToClose = new ArrayList<>();
    private long counter;

    StatementCache(int threshold, int capacity) {
        this.threshold = threshold;
        this.capacity = capacity;
    }

    static String key(String sql, int[] types) {
        return Arrays.toString(types) + sql;
    }

    /** Counts one more use of {@code key} and returns its entry. */
    Entry use(String key) {
        Entry e = entries.computeIfAbsent(key, Entry::new);
        e.uses++;
        evictOverflow();
        return e;
    }

    /** Whether this use should create a named statement. */
    boolean shouldPrepare(Entry e) {
        return threshold > 0 && e.name == null && e.parsingName == null && e.uses >= threshold;
    }

    String nextName() {
        return "sqlwire_" + (++counter);
    }

    /** The Parse of {@code e} succeeded; a statement whose entry was evicted meanwhile is closed at once. */
    void parsed(Entry e) {
        e.name = e.parsingName;
        e.parsingName = null;
        if (entries.get(e.key) != e) {
            toClose.add(e.name);
            e.name = null;
        }
    }

    /** The Parse of {@code e} failed. */
    void parseFailed(Entry e) {
        e.parsingName = null;
    }

    /** Drops an entry whose statement is stale; its server-side statement is closed with the next request. */
    void invalidate(Entry e) {
        entries.remove(e.key, e);
        if (e.name != null) {
            toClose.add(e.name);
        }
        e.name = null;
        e.uses = 0;
    }

    /** Forgets every statement: the server dropped them (DISCARD ALL, DEALLOCATE ALL). */
    void clear() {
        entries.clear();
        toClose.clear();
    }

    /** Queues a Close of a portal for the next request. */
    void closePortal(String name) {
        portalsToClose.add(name);
    }

    /** The portal names to Close, emptied by the call. */
    List<String> drainClosedPortals() {
        List<String> names = List.copyOf(portalsToClose);
        portalsToClose.clear();
        return names;
    }

    /** The statement names to Close, emptied by the call. */
    List<String> drainClosed() {
        List<String> names = List.copyOf(toClose);
        toClose.clear();
        return names;
    }

    int size() {
        return entries.size();
    }

    private void evictOverflow() {
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        while (entries.size() > capacity && it.hasNext()) {
            Entry old = it.next().getValue();
            it.remove();
            if (old.name != null) {
                toClose.add(old.name);
            }
        }
    }
}
