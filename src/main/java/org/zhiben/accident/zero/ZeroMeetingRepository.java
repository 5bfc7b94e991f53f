package org.zhiben.accident.zero;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ZeroMeetingRepository extends JpaRepository<ZeroMeeting, UUID> {

    List<ZeroMeeting> findByTeamIdAndHeldOnBetweenOrderByHeldOnDesc(UUID teamId, LocalDate from, LocalDate to);
}
