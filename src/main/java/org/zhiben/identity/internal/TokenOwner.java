package org.zhiben.identity.internal;

/** An API token with the account it belongs to, read together. */
record TokenOwner(ApiToken token, User user) {
}
