package org.zhiben.notify.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.zhiben.notify.Notice;

/**
 * Posts a notice to the 企业微信 and 钉钉 group robots of its enterprise and of the regions covering it. A robot that
 * fails (HTTP error, timeout, errcode not 0) leaves the publication incomplete; the redelivery posts again only to the
 * robots not yet reached.
 */
@Component
public class WebhookChannel {

    private static final Logger log = LoggerFactory.getLogger(WebhookChannel.class);

    private final Robots robots;
    private final RobotClient client;
    private final Deliveries deliveries;
    private final String baseUrl;

    WebhookChannel(Robots robots, RobotClient client, Deliveries deliveries,
            @Value("${zhiben.notify.base-url:}") String baseUrl) {
        this.robots = robots;
        this.client = client;
        this.deliveries = deliveries;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(Notice notice) {
        var targets = robots.routesFor(notice).stream()
                .filter(r -> !deliveries.alreadySent(notice, Channel.WEBHOOK, r.getId().toString())).toList();
        int failed = 0;
        for (Robot robot : targets) {
            String error = post(robot, notice);
            if (error != null) {
                failed++;
            }
        }
        if (failed > 0) {
            throw new DeliveryFailedException(failed + "/" + targets.size() + " 个群机器人推送失败");
        }
    }

    /** Sends a test message to one robot now (the admin page's button); answers the error, or null when it went out. */
    public String sendTest(Robot robot, String sentBy) {
        Notice test = new Notice("notify.test", "治本平台测试消息", "这是一条测试消息,由 " + sentBy + " 发送。收到即表示群机器人配置正确。",
                "/admin/notify", null, null, null, null);
        return post(robot, test);
    }

    private String post(Robot robot, Notice notice) {
        String target = robot.getKind().label() + " " + robot.getName();
        try {
            client.send(robot, Texts.title(notice), Texts.body(notice), Texts.link(notice, baseUrl));
            deliveries.record(notice, Channel.WEBHOOK, robot.getId().toString(), target, null);
            return null;
        } catch (DeliveryFailedException e) {
            log.warn("Robot {} ({}) failed for notice {}: {}", robot.getName(), robot.maskedUrl(), notice.id(),
                    e.getMessage());
            deliveries.record(notice, Channel.WEBHOOK, robot.getId().toString(), target, e.getMessage());
            return e.getMessage();
        }
    }
}
