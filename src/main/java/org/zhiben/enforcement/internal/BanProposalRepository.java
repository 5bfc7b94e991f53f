package org.zhiben.enforcement.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface BanProposalRepository extends JpaRepository<BanProposal, UUID>,
        JpaSpecificationExecutor<BanProposal> {

    boolean existsByAccidentIdAndPersonRole(UUID accidentId, String personRole);
}
