package org.zhiben.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zhiben.login.throttle}: how failed logins slow further attempts (see {@link LoginThrottle}).
 *
 * @param freeFailures failures of one user name from one address before each further attempt must wait
 * @param firstDelay the first wait; it doubles with every further failure
 * @param maxDelay the longest wait
 * @param addressFailures failed logins (any user name) one address may make per {@code addressPeriod} before every
 *        login from it waits — each costs a password hash, so a flood cannot slow real users
 * @param addressPeriod the period in which {@code addressFailures} are refilled
 * @param accountFailures failures of one user name (from any address) after which addresses that never signed in to
 *        it get no free failures
 * @param memory how long failures are remembered after the last one
 */
@ConfigurationProperties("zhiben.login.throttle")
record LoginThrottleSettings(@DefaultValue("3") int freeFailures, @DefaultValue("1s") Duration firstDelay,
        @DefaultValue("15m") Duration maxDelay, @DefaultValue("30") int addressFailures,
        @DefaultValue("10m") Duration addressPeriod, @DefaultValue("20") int accountFailures,
        @DefaultValue("1h") Duration memory) {
}
