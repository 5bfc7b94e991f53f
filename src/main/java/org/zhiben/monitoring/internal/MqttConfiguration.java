package org.zhiben.monitoring.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.monitoring.MonitoringSettings;
import org.zhiben.monitoring.Readings;
import tools.jackson.databind.ObjectMapper;

/** The MQTT subscriber, on when {@code zhiben.monitoring.mqtt.url} is set. */
@Configuration
@ConditionalOnProperty(name = "zhiben.monitoring.mqtt.url")
class MqttConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    MqttIngestion mqttIngestion(MonitoringSettings settings, Readings readings, ReadingStore store,
            AlarmCandidates candidates, ObjectMapper json) {
        return new MqttIngestion(settings.mqtt(), readings, store, candidates, json);
    }
}
