package org.zhiben.demo;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.identity.CurrentUser;
import org.zhiben.risk.InventoryTree;
import org.zhiben.risk.RiskInventory;
import org.zhiben.risk.RiskPositions;

/**
 * Positions (岗位) with their 两单两卡 for enterprises A and B, linked to the demo inventory's units by name, so the
 * card pages are populated. Skipped once A has positions.
 */
@Component
@Order(24)
@ConditionalOnProperty(name = "zhiben.demo.enabled", havingValue = "true")
class RiskCardDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RiskCardDemoData.class);

    private final RiskPositions positions;
    private final RiskInventory inventory;
    private final UserDetailsService userDetails;
    private final TransactionTemplate tx;

    RiskCardDemoData(RiskPositions positions, RiskInventory inventory, UserDetailsService userDetails,
            TransactionTemplate tx) {
        this.positions = positions;
        this.inventory = inventory;
        this.userDetails = userDetails;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        try {
            UUID a = runAs("ent.a.safety").enterpriseId();
            if (!positions.names(a).isEmpty()) {
                return;
            }
            tx.executeWithoutResult(status -> {
                add(a, "冲压操作工", units(a, "冲床送料与取件"),
                        "执行冲压作业安全操作规程\n班前检查双手按钮和光电保护装置\n发现异常立即停机并报告班长",
                        "确认模具紧固、防护罩完好\n开机空运转检查\n使用专用工具送料取件,严禁手伸入模区\n作业结束断电清理",
                        "发生机械伤害立即按下急停按钮\n切断电源,保护现场\n拨打120并报告安全管理人员");
                add(a, "喷漆工", units(a, "喷漆作业"),
                        "遵守喷漆房防火防爆规定\n正确佩戴防毒面具和防静电服",
                        "开启通风,确认可燃气体报警仪正常\n按配比调漆,容器随用随盖\n作业后清理残漆,废料放入指定容器",
                        "发生火情立即停止作业、切断电源\n使用干粉灭火器初期扑救\n拨打119并组织人员撤离");
                add(a, "配电值班电工", units(a, "低压配电柜"),
                        "持证上岗(低压电工作业)\n负责配电室巡检与停送电操作",
                        "执行工作票、操作票制度\n停电、验电、挂牌上锁后检修\n送电前确认人员撤离",
                        "发生触电立即切断电源\n对伤员进行心肺复苏\n拨打120");
                UUID b = runAs("ent.b.boss").enterpriseId();
                add(b, "液氨罐区操作工", units(b, "液氨储罐及输送管线"),
                        "负责液氨储罐巡检、液位压力监控\n执行装卸和倒罐操作规程",
                        "巡检液位、压力、温度并记录\n检查紧急切断阀和氨气泄漏报警\n佩戴正压式空气呼吸器进行泄漏处置演练",
                        "发生泄漏立即启动紧急切断\n佩戴正压式空气呼吸器,向上风向撤离\n报告值班长并拨打119");
            });
            log.info("Demo positions and 两单两卡 seeded for enterprises A and B in {} ms", DemoData.millisSince(start));
        } catch (UsernameNotFoundException noDemoUsers) {
            log.info("Demo users missing, no demo positions");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void add(UUID enterprise, String name, Set<UUID> units, String duties, String steps, String emergency) {
        if (!units.isEmpty()) {
            positions.add(enterprise, name, units, duties, steps, emergency);
        }
    }

    /** The enterprise's units whose name is one of {@code names}. */
    private Set<UUID> units(UUID enterprise, String... names) {
        Set<String> wanted = Set.of(names);
        Set<UUID> ids = new LinkedHashSet<>();
        for (InventoryTree.ObjectNode object : inventory.tree(enterprise).objects()) {
            for (InventoryTree.UnitNode unit : object.units()) {
                if (wanted.contains(unit.unit().name())) {
                    ids.add(unit.unit().id());
                }
            }
        }
        return ids;
    }

    private CurrentUser runAs(String username) {
        CurrentUser user = (CurrentUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }
}
