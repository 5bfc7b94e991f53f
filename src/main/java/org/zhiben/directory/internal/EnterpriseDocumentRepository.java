package org.zhiben.directory.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnterpriseDocumentRepository extends JpaRepository<EnterpriseDocument, UUID> {

    List<EnterpriseDocument> findByEnterpriseIdOrderByUploadedAtDesc(UUID enterpriseId);
}
