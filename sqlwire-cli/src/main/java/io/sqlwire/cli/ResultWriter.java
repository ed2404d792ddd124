package io.sqlwire.cli;

import io.sqlwire.Column;
import io.sqlwire.Row;
import java.util.Iterator;
import java.util.List;

/** Writes statement results in one output format. */
sealed interface ResultWriter permits TableWriter, CsvWriter, JsonWriter {

    /** Writes one result set; {@code rows} is consumed. */
    void result(List<Column> columns, Iterator<Row> rows);

    /** Reports a statement that returned no rows, e.g. {@code INSERT 2}; machine formats skip it. */
    void status(String tag);
}
