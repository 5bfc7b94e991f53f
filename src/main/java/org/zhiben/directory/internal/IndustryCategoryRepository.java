package org.zhiben.directory.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IndustryCategoryRepository extends JpaRepository<IndustryCategory, String> {
}
