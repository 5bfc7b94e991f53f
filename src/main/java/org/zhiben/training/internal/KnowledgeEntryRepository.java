package org.zhiben.training.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KnowledgeEntryRepository extends JpaRepository<KnowledgeEntry, String> {

    List<KnowledgeEntry> findAllByOrderBySortOrder();
}
