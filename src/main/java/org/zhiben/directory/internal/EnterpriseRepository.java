package org.zhiben.directory.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface EnterpriseRepository extends JpaRepository<Enterprise, UUID>, JpaSpecificationExecutor<Enterprise> {

    Optional<Enterprise> findByUscc(String uscc);

    boolean existsByUscc(String uscc);

    List<Enterprise> findByUsccIn(Collection<String> usccs);
}
