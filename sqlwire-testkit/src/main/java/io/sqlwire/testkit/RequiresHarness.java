package io.sqlwire.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks an integration test class (or method) that needs the harness servers: it fails, with the
 * reason, when they are not running, and its test methods, constructors and lifecycle methods may
 * take {@link Harness} and {@link ServerControl} parameters. See {@link HarnessExtension}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("harness")
@ExtendWith(HarnessExtension.class)
public @interface RequiresHarness {
}
