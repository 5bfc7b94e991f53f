package org.zhiben.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.zhiben.identity.Role;

public interface UserRepository extends JpaRepository<User, UUID> {

    Optional<User> findByUsername(String username);

    boolean existsByUsername(String username);

    List<User> findByUsernameIn(Collection<String> usernames);

    List<User> findByRoleAndRegionCodeIn(Role role, Collection<String> regionCodes);

    List<User> findByEnterpriseIdAndRoleIn(UUID enterpriseId, Collection<Role> roles);

    List<User> findByRoleOrderByDisplayName(Role role);

    @Query("""
            select u from User u where (cast(:q as String) is null
                or lower(u.username) like lower(concat('%', cast(:q as String), '%'))
                or u.displayName like concat('%', cast(:q as String), '%')) and (:role is null or u.role = :role)
            order by u.username""")
    Page<User> search(@Param("q") String q, @Param("role") Role role, Pageable pageable);
}
