/** Host lists, failover order, target session attributes, and the failure report that lists every host tried. */
package io.sqlwire.core.routing;
