/**
 * The public API of sqlwire: {@link io.sqlwire.Sqlwire}, {@link io.sqlwire.Connection},
 * {@link io.sqlwire.Cursor}, {@link io.sqlwire.Row} and the exception tree, plus the service
 * interfaces that backends implement.
 */
module io.sqlwire.api {
    exports io.sqlwire;
    exports io.sqlwire.spi;

    uses io.sqlwire.spi.Driver;
    uses io.sqlwire.spi.OptionResolver;
}
