package org.zhiben.inspection.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.zhiben.inspection.Checklists;

/**
 * Installs the checklists shipped as data under {@code classpath:inspection/checklists/*.yaml} on every start; a
 * template whose code exists is skipped, so restarts and several nodes add nothing twice.
 */
@Component
@Order(5)
class BuiltinChecklists implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BuiltinChecklists.class);

    private final Checklists checklists;

    BuiltinChecklists(Checklists checklists) {
        this.checklists = checklists;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        int installed = 0;
        for (Resource r : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:inspection/checklists/*.yaml")) {
            try (InputStream in = r.getInputStream()) {
                installed += checklists.installBuiltin(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        if (installed > 0) {
            log.info("Installed {} built-in inspection checklists", installed);
        }
    }
}
