package org.zhiben.common.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * What Tomcat answers itself, before any servlet sees the request (a request line or headers over the limit, a
 * malformed URI): Tomcat's own page is English with no way back. Its error report valve is replaced by one that
 * answers in Chinese like {@link ErrorPages}: a problem for API addresses, a short page with a link home otherwise.
 * Errors the application handles never reach this valve: they are answered through {@code /error}.
 */
@Component
class ContainerRefusals implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            for (Valve v : host.getPipeline().getValves()) {
                if (v instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(v);
                }
            }
            // the host adds a valve of this class when it starts, and Tomcat reports its own refusals through it
            ((StandardHost) host).setErrorReportValveClass(ChineseReport.class.getName());
        });
    }

    /** After Spring Boot's own customizer, which adds the valve this one replaces. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    static String message(int status) {
        return switch (status) {
            case 400 -> "请求无法处理:地址或请求头过长、或格式不正确。请缩短查询条件后重试。";
            case 404 -> "页面不存在。";
            case 408 -> "请求超时,请重试。";
            case 413 -> "上传内容过大。";
            case 414 -> "地址过长,请缩短查询条件后重试。";
            case 431 -> "请求头过大,请缩短查询条件后重试。";
            case 503 -> "服务暂不可用,请稍后重试。";
            default -> status >= 500 ? "服务器内部错误,请稍后重试。" : "请求无法处理。";
        };
    }

    /** Public, made by the host by its class name. */
    public static final class ChineseReport extends ErrorReportValve {

        public ChineseReport() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String message = message(status);
            // the raw address: a refused request may have none decoded
            String uri = request.getCoyoteRequest().requestURI().toString();
            boolean api = uri != null && uri.startsWith("/api/");
            try {
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                String body;
                if (api) {
                    response.setContentType("application/problem+json");
                    body = "{\"status\":" + status + ",\"title\":\"请求无法处理\",\"detail\":\"" + message + "\"}";
                } else {
                    response.setContentType("text/html");
                    body = "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                            + "content=\"width=device-width, initial-scale=1\"><title>请求无法处理 - 治本</title></head>"
                            + "<body style=\"font-family:sans-serif;padding:1rem\"><h1>请求无法处理(" + status
                            + ")</h1><p>" + message + "</p><p><a href=\"/\">返回首页</a></p></body></html>";
                }
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(body);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or the response was committed meanwhile: nothing more to say
            }
        }
    }
}
