package org.zhiben.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
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
import org.zhiben.risk.RiskInventory;
import org.zhiben.risk.map.RiskMaps;
import org.zhiben.risk.RiskRollUp.UnitLevel;

/**
 * A site plan for demo enterprises A and B (plain rectangles for the buildings, labelled in Chinese; a shipped PNG),
 * with one polygon per analysis unit, so the four-colour maps show every colour. Runs after {@link RiskDemoData};
 * skipped once A has a plan.
 */
@Component
@Order(21)
@ConditionalOnProperty(name = "zhiben.demo.enabled", havingValue = "true")
class RiskMapDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RiskMapDemoData.class);
    static final int WIDTH = 1200;
    static final int HEIGHT = 800;
    /** Buildings as x, y, width, height; the first ones take the units in inventory order. */
    private static final int[][] BUILDINGS = {
        {60, 60, 420, 260}, {540, 60, 320, 260}, {920, 60, 220, 260}, {60, 400, 420, 320}, {540, 400, 260, 180},
        {860, 400, 280, 320}};

    private final RiskMaps maps;
    private final RiskInventory inventory;
    private final UserDetailsService userDetails;
    private final TransactionTemplate tx;

    RiskMapDemoData(RiskMaps maps, RiskInventory inventory, UserDetailsService userDetails, TransactionTemplate tx) {
        this.maps = maps;
        this.inventory = inventory;
        this.userDetails = userDetails;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        try {
            UUID a = runAs("ent.a.safety").enterpriseId();
            if (!maps.plans(a).isEmpty()) {
                return;
            }
            tx.executeWithoutResult(status -> {
                seed(a, "厂区总平面图", "a");
                seed(runAs("ent.b.boss").enterpriseId(), "厂区总平面图", "b");
            });
            log.info("Demo four-colour maps seeded for enterprises A and B in {} ms", DemoData.millisSince(start));
        } catch (UsernameNotFoundException noDemoUsers) {
            log.info("Demo users missing, no demo risk maps");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed(UUID enterprise, String title, String image) {
        try {
            UUID plan = maps.upload(enterprise, title, new ByteArrayInputStream(plan(image)));
            List<UnitLevel> units = inventory.rollUp(enterprise).units();
            for (int i = 0; i < units.size() && i < BUILDINGS.length; i++) {
                int[] b = BUILDINGS[i];
                maps.savePolygon(enterprise, plan, units.get(i).id(), List.of(
                        List.of((double) b[0], (double) b[1]), List.of((double) b[0] + b[2], (double) b[1]),
                        List.of((double) b[0] + b[2], (double) b[1] + b[3]), List.of((double) b[0], (double) b[1] + b[3])),
                        null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Labels of the buildings on A's plan, in {@link #BUILDINGS} order. */
    static final String[] LABELS_A = {"冲压车间", "装配车间", "喷涂车间", "抛光打磨区", "配电室", "成品仓库"};
    /** Labels of the buildings on B's plan. */
    static final String[] LABELS_B = {"液氨储罐区", "1号反应釜", "储罐清洗区", "槽车装卸栈台", "公用工程", "办公楼"};

    /**
     * A site plan image shipped with the application ({@code demo/site-plan-a.png}, {@code -b.png}): drawn once by
     * {@code SitePlanImages} (test sources) with a CJK font, so the labels are Chinese whatever fonts the server has.
     */
    static byte[] plan(String name) throws IOException {
        try (var in = RiskMapDemoData.class.getResourceAsStream("/demo/site-plan-" + name + ".png")) {
            if (in == null) {
                throw new IOException("demo site plan " + name + " missing");
            }
            return in.readAllBytes();
        }
    }

    /** A grey site plan: boundary, a road, the buildings with their names, north; {@code font} must show them. */
    static byte[] draw(String[] labels, Font font) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0xF8F9FA));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(0xDEE2E6));
            g.fillRect(0, 340, WIDTH, 40);
            g.fillRect(500, 0, 20, HEIGHT);
            g.setColor(new Color(0x495057));
            g.setStroke(new BasicStroke(4f));
            g.drawRect(20, 20, WIDTH - 40, HEIGHT - 40);
            g.setFont(font.deriveFont(Font.BOLD, 24f));
            for (int i = 0; i < BUILDINGS.length; i++) {
                int[] b = BUILDINGS[i];
                g.setColor(new Color(0xE9ECEF));
                g.fillRect(b[0], b[1], b[2], b[3]);
                g.setColor(new Color(0x495057));
                g.drawRect(b[0], b[1], b[2], b[3]);
                g.drawString(labels[i], b[0] + 12, b[1] + 36);
            }
            // north, in the open ground below the fifth building
            g.drawString("北", 758, 640);
            g.drawLine(770, 652, 770, 712);
            g.drawLine(770, 652, 760, 668);
            g.drawLine(770, 652, 780, 668);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private CurrentUser runAs(String username) {
        CurrentUser user = (CurrentUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }
}
