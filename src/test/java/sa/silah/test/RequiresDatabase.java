package sa.silah.test;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the PostgreSQL run of the integration tests when no PostgreSQL answers, on a developer's machine.
 * With {@code CI} set, PostgreSQL is required: the tests run and fail loudly instead.
 */
public final class RequiresDatabase implements ExecutionCondition {

    private static Boolean reachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.postgresRequested() || System.getenv("CI") != null) {
            return ConditionEvaluationResult.enabled("database available or required");
        }
        if (reachable == null) {
            reachable = TestDatabase.postgresReachable();
        }
        return reachable
                ? ConditionEvaluationResult.enabled("PostgreSQL answers at " + TestDatabase.adminUrl())
                : ConditionEvaluationResult.disabled("PostgreSQL does not answer at " + TestDatabase.adminUrl()
                        + "; set SILAH_TEST_POSTGRES_URL or start it to run the PostgreSQL pass");
    }
}
