/** SQL text utilities shared by the backends: the placeholder lexer. */
package io.sqlwire.core.sql;
