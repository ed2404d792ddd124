/** The type-codec registry and its SPI: one codec class per type family, layered registries. */
package io.sqlwire.core.codec;
