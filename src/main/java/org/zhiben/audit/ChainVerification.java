package org.zhiben.audit;

/** Result of re-walking the chain: intact, or the first entry where it breaks and why. */
public record ChainVerification(boolean intact, long entriesChecked, Long brokenAtSeq, String reason) {
}
