package org.zhiben.identity;

/**
 * One initial password hashed once, for seeding several accounts that share it (the demo accounts): the password
 * hash costs 0.1–0.3 s of CPU each time on a small server. Made by {@link UserAccounts#sharedPassword(String)};
 * {@link UserAccounts#create(AccountForm, SharedPassword)} uses the hash only for a form with the same password and
 * checks the password policy for every account as usual. The accounts then carry the same hash (same salt), which
 * tells nothing that the shared password does not: meant for seeding, not for real users.
 */
public final class SharedPassword {

    private final String password;
    private final String hash;

    SharedPassword(String password, String hash) {
        this.password = password;
        this.hash = hash;
    }

    /** The hash, when {@code candidate} is this password; otherwise null. */
    String hashOf(String candidate) {
        return password.equals(candidate) ? hash : null;
    }
}
