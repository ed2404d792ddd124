package io.sqlwire.testkit;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension behind {@link RequiresHarness}.
 *
 * <ul>
 *   <li>Before a test class (or a test method, when only the method is annotated) it loads
 *       {@link Harness#current()} and checks that every server accepts TCP connections. When that
 *       fails the tests <em>fail</em> with the reason ("harness not running: ..."); they are not
 *       skipped, so a build can never pass by testing nothing.
 *   <li>It resolves parameters of type {@link Harness} and {@link ServerControl}.
 *   <li>A test method that takes a {@link ServerControl} is skipped, with the reason, while fault
 *       injection is off ({@link ServerControl#faultsEnabled()}).
 * </ul>
 */
public final class HarnessExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(HarnessExtension.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    @Override
    public void beforeAll(ExtensionContext context) {
        harness(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        harness(context);
        boolean wantsControl = context.getTestMethod()
                .map(m -> Arrays.asList(m.getParameterTypes()).contains(ServerControl.class))
                .orElse(false);
        if (wantsControl) {
            Assumptions.assumeTrue(ServerControl.faultsEnabled(), () -> "fault injection is off (it disturbs "
                    + "every user of the shared servers): set -D" + ServerControl.ENABLE_PROPERTY + "=true");
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Harness.class || type == ServerControl.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Harness harness = harness(context);
        return parameter.getParameter().getType() == Harness.class ? harness : new ServerControl(harness);
    }

    /** The checked harness, once per class (or per method when the class is not annotated). */
    private static Harness harness(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(Harness.class, k -> {
            Harness h = Harness.current();
            h.requireReachable(CONNECT_TIMEOUT);
            return h;
        }, Harness.class);
    }
}
