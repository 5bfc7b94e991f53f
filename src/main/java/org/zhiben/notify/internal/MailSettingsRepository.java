package org.zhiben.notify.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MailSettingsRepository extends JpaRepository<MailSettings, Integer> {
}
