package org.zhiben.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.ZhibenTest;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.probe.ScopeProbe;
import org.zhiben.common.probe.ScopeProbeRepository;

/** Idempotent create and versioned change: the two kernel helpers every module's writes go through. */
@ZhibenTest
class KernelChangeTest {

    private static final VersionedChanges.Subject<ScopeProbe> PROBE = new VersionedChanges.Subject<>("ScopeProbe",
            ScopeProbe::getId, ScopeProbe::getVersion, p -> Map.of("label", p.getLabel()));

    @Autowired
    IdempotentCreates creates;

    @Autowired
    VersionedChanges changes;

    @Autowired
    ScopeProbeRepository probes;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    private final String run = "kernel-" + Ids.newId();

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        jdbc.update("delete from test_scope_probe where label like ?", run + "%");
    }

    @Test
    void oneKeyTwiceToOneOperationCreatesOnceAndToTwoOperationsCreatesTwice() {
        signIn("alice");
        UUID first = create("test.a", "k1", "body");
        assertThat(create("test.a", "k1", "body")).isEqualTo(first);
        UUID other = create("test.b", "k1", "body");
        assertThat(other).isNotEqualTo(first);
        assertThat(count()).isEqualTo(2);

        signIn("bob");
        assertThat(create("test.a", "k1", "body")).as("another caller's key is another key").isNotEqualTo(first);
        assertThat(count()).isEqualTo(3);
    }

    @Test
    void theFingerprintIgnoresTheOrderOfASet() {
        signIn("alice");
        UUID first = create("test.a", "k4", Map.of("sectors", new LinkedHashSet<>(List.of("03", "04", "07"))));
        assertThat(create("test.a", "k4", Map.of("sectors", new LinkedHashSet<>(List.of("07", "04", "03")))))
                .isEqualTo(first);
    }

    @Test
    void concurrentTwinsWithOneKeyCreateOneRecordAndTheOthersAreRefusedBeforeCreating() throws Exception {
        SecurityContextHolder.clearContext();
        int twins = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(twins);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < twins; i++) {
            outcomes.add(pool.submit(() -> {
                signIn("carol");
                start.await();
                try {
                    return create("test.twins", "k5", "body").toString();
                } catch (IdempotentCreates.DuplicateRequestException e) {
                    return "refused";
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
            results.add(f.get());
        }
        pool.shutdown();
        // a twin that came after the first committed answers its record; one that came during the create is refused
        assertThat(results.stream().filter(r -> !r.equals("refused")).distinct()).hasSize(1);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void theAuditedStateBeforeIsTakenBeforeTheChange() {
        VersionedChanges.Subject<ScopeProbe> live = new VersionedChanges.Subject<>("ScopeProbe", ScopeProbe::getId,
                ScopeProbe::getVersion, p -> p);
        ScopeProbe p = tx.execute(s -> probes.save(probe()));
        tx.executeWithoutResult(s -> changes.apply(live, probes.findById(p.getId()).orElseThrow(), p.getVersion(),
                "UPDATE", "relabel", x -> x.relabel(run + "-changed")));
        String before = jdbc.queryForObject("select before_state from audit_pending where entity_id = ? union all"
                + " select before_state from audit_entry where entity_id = ?", String.class, p.getId().toString(),
                p.getId().toString());
        assertThat(before).contains(run).doesNotContain("changed");
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefused() {
        signIn("alice");
        create("test.a", "k2", "body");
        assertThatThrownBy(() -> create("test.a", "k2", "another body"))
                .isInstanceOf(IdempotentCreates.KeyReusedException.class);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aPhotoIsFingerprintedByItsContent() {
        signIn("alice");
        byte[] photo = new byte[200_000];
        new java.util.Random(5).nextBytes(photo);
        UUID first = create("test.a", "k5", Map.of("photo", photo, "note", "已检查"));
        assertThat(create("test.a", "k5", Map.of("photo", photo.clone(), "note", "已检查"))).isEqualTo(first);
        byte[] other = photo.clone();
        other[123_456] ^= 1;
        assertThatThrownBy(() -> create("test.a", "k5", Map.of("photo", other, "note", "已检查")))
                .isInstanceOf(IdempotentCreates.KeyReusedException.class);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aKeyClaimedWithThePhotoAsBase64IsStillMatchedOnRetry() throws Exception {
        signIn("alice");
        byte[] photo = "photo bytes".getBytes(StandardCharsets.UTF_8);
        UUID first = create("test.a", "k6", Map.of("photo", photo));
        // the fingerprint as it was written before binary values were digested: the canonical JSON with base64
        String canonical = "{\"photo\":\"" + Base64.getEncoder().encodeToString(photo) + "\",}";
        String legacy = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.queryForObject("select fingerprint from common_idempotency_key where operation = 'test.a'"
                + " and caller = 'alice' and idem_key = 'k6'", String.class))
                .as("written now: the photo's digest stands in the fingerprint, not its base64").isNotEqualTo(legacy);
        assertThat(jdbc.update("update common_idempotency_key set fingerprint = ? where operation = 'test.a'"
                + " and caller = 'alice' and idem_key = 'k6'", legacy)).isEqualTo(1);

        assertThat(create("test.a", "k6", Map.of("photo", photo))).isEqualTo(first);
        assertThatThrownBy(() -> create("test.a", "k6", Map.of("photo", "other".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IdempotentCreates.KeyReusedException.class);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void keysWithControlCharactersOrOverlongAreBadInput() {
        signIn("alice");
        assertThatThrownBy(() -> create("test.a", "a\u0000b", "body")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> create("test.a", "x".repeat(129), "body")).isInstanceOf(InvalidInputException.class);
        assertThat(create("test.a", "", "body")).isNotEqualTo(create("test.a", "", "body"));
    }

    @Test
    void keysAreForgottenAfterTheirRetention() {
        signIn("alice");
        UUID first = create("test.a", "k3", "body");
        tx.executeWithoutResult(s -> creates.forgetBefore(Instant.now().plusSeconds(1)));
        assertThat(create("test.a", "k3", "body")).isNotEqualTo(first);
    }

    @Test
    void aStaleVersionIsRefusedAndNothingChanges() {
        ScopeProbe p = tx.execute(s -> probes.save(probe()));
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> changes.apply(PROBE, probes.findById(p.getId())
                .orElseThrow(), p.getVersion() + 1, "UPDATE", "relabel", x -> x.relabel(run + "-changed"))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(probes.findById(p.getId()).orElseThrow().getLabel()).isEqualTo(run);
    }

    @Test
    void aChangeIsAuditedWithBeforeAndAfter() {
        ScopeProbe p = tx.execute(s -> probes.save(probe()));
        tx.executeWithoutResult(s -> changes.apply(PROBE, probes.findById(p.getId()).orElseThrow(), p.getVersion(),
                "UPDATE", "relabel", x -> x.relabel(run + "-changed")));
        ScopeProbe stored = probes.findById(p.getId()).orElseThrow();
        assertThat(stored.getVersion()).isEqualTo(p.getVersion() + 1);
        assertThat(stored.getUpdatedAt()).isAfterOrEqualTo(stored.getCreatedAt());
        Map<String, Object> entry = jdbc.queryForMap("select before_state, after_state from audit_pending"
                + " where entity_type = 'ScopeProbe' and entity_id = ? union all select before_state, after_state"
                + " from audit_entry where entity_type = 'ScopeProbe' and entity_id = ?", p.getId().toString(),
                p.getId().toString());
        assertThat(String.valueOf(entry.get("before_state"))).contains(run).doesNotContain("changed");
        assertThat(String.valueOf(entry.get("after_state"))).contains(run + "-changed");
    }

    @Test
    void concurrentChangesOfOneVersionEndInOneSuccessAndConflicts() throws Exception {
        ScopeProbe p = tx.execute(s -> probes.save(probe()));
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String label = run + "-" + i;
            Callable<String> write = () -> {
                start.await();
                try {
                    tx.executeWithoutResult(s -> changes.apply(PROBE, probes.findById(p.getId()).orElseThrow(),
                            p.getVersion(), "UPDATE", "relabel", x -> x.relabel(label)));
                    return "ok";
                } catch (StaleVersionException e) {
                    return "conflict";
                }
            };
            outcomes.add(pool.submit(write));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
            results.add(f.get());
        }
        pool.shutdown();
        assertThat(results).containsOnly("ok", "conflict");
        assertThat(results.stream().filter("ok"::equals).count()).isEqualTo(1);
        assertThat(probes.findById(p.getId()).orElseThrow().getVersion()).isEqualTo(p.getVersion() + 1);
    }

    private ScopeProbe probe() {
        return new ScopeProbe(Ids.newId(), "980101001001", SectorSet.of("03"), run, Instant.now());
    }

    private UUID create(String operation, String key, Object body) {
        return tx.execute(s -> creates.once(operation, key, body,
                () -> probes.save(new ScopeProbe(Ids.newId(), "980101001001", SectorSet.EMPTY, run, Instant.now()))
                        .getId()));
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from test_scope_probe where label = ?", Long.class, run);
    }

    private static void signIn(String name) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(name, null, List.of()));
    }
}
