package org.zhiben.risk.internal;

import org.zhiben.risk.RiskGrading;

/** Opens the package-private defaults to tests in other packages. */
public final class TestGrading {

    private TestGrading() {
    }

    public static RiskGrading defaults() {
        return DefaultGradingConfiguration.defaults();
    }
}
