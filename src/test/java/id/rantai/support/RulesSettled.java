package id.rantai.support;

import id.rantai.monitoring.rules.RuleEngine;
import java.time.Duration;

/** Waits for the rule stage, which evaluates after the devices are answered. */
public final class RulesSettled {
    private RulesSettled() {}

    public static Runnable by(RuleEngine rules) {
        return () -> await(rules);
    }

    public static void await(RuleEngine rules) {
        try {
            if (!rules.awaitEvaluated(Duration.ofSeconds(30))) {
                throw new AssertionError("the rules did not catch up within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
