package org.zhiben.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.common.Uscc;
import org.zhiben.directory.Departments;
import org.zhiben.directory.EnterpriseData;
import org.zhiben.directory.EnterpriseScale;
import org.zhiben.directory.EnterpriseStatus;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.Regions;
import org.zhiben.directory.StandardizationGrade;
import org.zhiben.directory.UnitType;
import org.zhiben.identity.AccountForm;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;

/**
 * Seeds an empty embedded database with the fictional 示范 jurisdiction. Everything goes through the modules'
 * public services, so demo data obeys the same validation and audit as real data.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "zhiben.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "Demo@12345";
    static final String CITY = "990100000000";
    static final String COUNTY = "990101000000";
    static final String TOWN_DONGGUAN = "990101100000";
    static final String TOWN_XIHE = "990101101000";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UserAccounts accounts;
    private final Regions regions;
    private final Departments departments;
    private final Enterprises enterprises;
    private final UserDetailsService userDetails;
    private final TransactionTemplate tx;
    private final DemoPassword password;
    private final SeedingContext persistence;

    DemoData(UserAccounts accounts, Regions regions, Departments departments, Enterprises enterprises,
            UserDetailsService userDetails, TransactionTemplate tx, DemoPassword password,
            SeedingContext session) {
        this.persistence = session;
        this.password = password;
        this.accounts = accounts;
        this.regions = regions;
        this.departments = departments;
        this.enterprises = enterprises;
        this.userDetails = userDetails;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        long start = System.nanoTime();
        if (!accounts.noUsers()) {
            return;
        }
        tx.executeWithoutResult(status -> {
            try {
                seed();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        log.info("Demo data seeded: 示范市 › 示范县, {} demo accounts, password {}, in {} ms", 11, PASSWORD,
                millisSince(start));
    }

    private void seed() throws IOException {
        create(account("admin", "平台管理员", Role.ADMIN, null, null, null));
        runAs("admin");
        var report = regions.importCsv(new ByteArrayInputStream(REGIONS.getBytes(StandardCharsets.UTF_8)));
        if (!report.ok()) {
            throw new IllegalStateException("demo regions invalid: " + report.errors());
        }
        UUID cityYjj = departments.create(CITY, "示范市应急管理局", true, Set.of("01", "02", "03"));
        UUID countyYjj = departments.create(COUNTY, "示范县应急管理局", true, Set.of("01", "02", "03"));
        UUID countyZjj = departments.create(COUNTY, "示范县住房和城乡建设局", false, Set.of("04"));

        UUID a = enterprises.register(data(uscc(1), "示范精密机械制造有限公司", UnitType.FACTORY_MINE, Set.of("03"), "C",
                "990101100201", "东关镇工业园区8号", "张示范", "13800000001", "张示范", "13800000001", "王安全",
                "13800000002", EnterpriseScale.ABOVE, false, StandardizationGrade.GRADE_3), null);
        UUID b = enterprises.register(data(uscc(2), "示范化工有限公司", UnitType.FACTORY_MINE, Set.of("02"), "C",
                "990101101202", "西河镇化工园区1号", "李化工", "13800000003", "李控股", "13800000004", "赵安全",
                "13800000005", EnterpriseScale.ABOVE, true, StandardizationGrade.GRADE_2)
                .withOwnership("李受益", "示范控股集团有限公司", null), null);
        seedOthers();

        create(account("city.yjj", "示范市应急管理局 钱监管", Role.OFFICIAL, CITY, cityYjj, null));
        create(account("county.yjj", "示范县应急管理局 孙监管", Role.OFFICIAL, COUNTY, countyYjj, null));
        create(account("county.zjj", "示范县住建局 周监管", Role.OFFICIAL, COUNTY, countyZjj, null));
        create(account("town.aj", "东关镇安监站 吴站长", Role.OFFICIAL, TOWN_DONGGUAN, null, null));
        create(account("ent.a.boss", "张示范", Role.ENTERPRISE_PRINCIPAL, null, null, a));
        create(account("ent.a.safety", "王安全", Role.ENTERPRISE_SAFETY_MANAGER, null, null, a));
        create(account("ent.a.worker", "郑操作", Role.ENTERPRISE_WORKER, null, null, a));
        create(account("ent.b.boss", "李化工", Role.ENTERPRISE_PRINCIPAL, null, null, b));
        create(account("expert1", "冯专家", Role.EXPERT, null, null, null));
        SecurityContextHolder.clearContext();
    }

    /** 58 more units over every town, sector mix and unit type; names are made up from word lists. */
    private void seedOthers() {
        Random random = new Random(20261122L);
        String[] villages = {"990101001001", "990101001002", "990101100201", "990101100202", "990101101201",
            "990101101202", "990101200201", "990101200202", "990102100201", "990102100202"};
        String[] places = {"东关", "西河", "南山", "北湖", "城关", "青石", "白杨", "红星", "金桥", "新安"};
        String[] trades = {"建材", "机械", "纺织", "食品", "家具", "包装", "铸造", "塑胶", "电器", "物流"};
        String[] surnames = {"赵", "钱", "孙", "李", "周", "吴", "郑", "王", "冯", "陈", "褚", "卫", "蒋", "沈", "韩", "杨"};
        record Kind(String suffix, UnitType type, Set<String> sectors, String category, boolean highRisk) {
        }
        List<Kind> kinds = List.of(
                new Kind("%s%s有限公司", UnitType.FACTORY_MINE, Set.of("03"), "C", false),
                new Kind("%s%s建筑工程有限公司", UnitType.OTHER, Set.of("04"), "E", false),
                new Kind("%s危险化学品储运有限公司", UnitType.FACTORY_MINE, Set.of("02"), "G", true),
                new Kind("%s加油站", UnitType.BUSINESS_OUTLET, Set.of("02", "08"), "F", true),
                new Kind("%s中心小学", UnitType.SCHOOL, Set.of("11"), "P", false),
                new Kind("%s卫生院", UnitType.HOSPITAL, Set.of("16"), "Q", false),
                new Kind("%s农贸市场", UnitType.MARKET, Set.of("20"), "F", false),
                new Kind("%s汽车站", UnitType.STATION, Set.of("05"), "G", false),
                new Kind("%s风景区", UnitType.SCENIC_AREA, Set.of("15"), "R", false),
                new Kind("%s村民委员会", UnitType.VILLAGE, Set.of("18"), "S", false),
                new Kind("%s寺", UnitType.RELIGIOUS_SITE, Set.of("25"), "S", false),
                new Kind("%s石料厂", UnitType.FACTORY_MINE, Set.of("03"), "B", true),
                new Kind("%s商贸城", UnitType.MARKET, Set.of("20", "06"), "F", false),
                new Kind("%s燃气有限公司", UnitType.BUSINESS_OUTLET, Set.of("22"), "D", true));
        EnterpriseStatus[] statuses = {EnterpriseStatus.OPERATING, EnterpriseStatus.OPERATING, EnterpriseStatus.OPERATING,
            EnterpriseStatus.OPERATING, EnterpriseStatus.SUSPENDED, EnterpriseStatus.CLOSED};
        for (int i = 0; i < 58; i++) {
            Kind kind = kinds.get(i % kinds.size());
            String place = places[(i / kinds.size() + i) % places.length];
            String name = String.format(kind.suffix(), place, trades[i % trades.length]);
            if (i >= kinds.size()) {
                name = name.replaceFirst("(有限公司|加油站|中心小学|卫生院|农贸市场|汽车站|风景区|村民委员会|寺|石料厂|商贸城)$",
                        "第" + (i / kinds.size() + 1) + "$1");
            }
            String principal = surnames[random.nextInt(surnames.length)] + "某" + (char) ('甲' + i % 10);
            String manager = surnames[random.nextInt(surnames.length)] + "某" + (char) ('子' + i % 12);
            enterprises.register(data(uscc(10 + i), name, kind.type(), kind.sectors(), kind.category(),
                    villages[i % villages.length], place + "路" + (i + 1) + "号", principal,
                    "1380000" + String.format("%04d", 100 + i), principal, null, manager,
                    "1390000" + String.format("%04d", 100 + i),
                    i % 3 == 0 ? EnterpriseScale.ABOVE : EnterpriseScale.BELOW, kind.highRisk(),
                    StandardizationGrade.values()[i % 4]).withStatus(statuses[i % statuses.length]), null);
            persistence.settle();
        }
    }

    /** Milliseconds since {@code startNanos} ({@link System#nanoTime()}): each demo runner logs its own time. */
    static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private void create(AccountForm form) {
        accounts.create(form, password.get());
    }

    private void runAs(String username) {
        CurrentUser user = (CurrentUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** A valid fictional USCC registered in 示范县 (990101): 91 + division + serial + GB 32100 check. */
    static String uscc(int serial) {
        String first17 = "91" + "990101" + String.format("MA%07d", serial);
        return first17 + Uscc.checkCharacter(first17);
    }

    private static AccountForm account(String username, String name, Role role, String region, UUID department,
            UUID enterprise) {
        return new AccountForm(username, name, PASSWORD, role, region, department, enterprise, null, true, false);
    }

    private static EnterpriseData data(String uscc, String name, UnitType type, Set<String> sectors, String category,
            String region, String address, String principal, String principalPhone, String controller,
            String controllerPhone, String manager, String managerPhone, EnterpriseScale scale, boolean highRisk,
            StandardizationGrade grade) {
        return new EnterpriseData(uscc, name, type, sectors, category, region, address, principal, principalPhone,
                controller, controllerPhone, manager, managerPhone, scale, highRisk, grade, EnterpriseStatus.OPERATING);
    }

    private static final String REGIONS = """
            code,name,parent_code
            990000000000,示范省,
            990100000000,示范市,990000000000
            990101000000,示范县,990100000000
            990102000000,示范区,990100000000
            990101001000,城关街道,990101000000
            990101100000,东关镇,990101000000
            990101101000,西河镇,990101000000
            990101200000,南山乡,990101000000
            990102100000,北湖镇,990102000000
            990101001001,东街社区居委会,990101001000
            990101001002,西街社区居委会,990101001000
            990101100201,东关村委会,990101100000
            990101100202,上庄村委会,990101100000
            990101101201,西河村委会,990101101000
            990101101202,河湾村委会,990101101000
            990101200201,南山村委会,990101200000
            990101200202,石门村委会,990101200000
            990102100201,北湖村委会,990102100000
            990102100202,湖滨村委会,990102100000
            """;
}
