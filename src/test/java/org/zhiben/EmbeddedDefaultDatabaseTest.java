package org.zhiben;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The embedded default of {@code ./mvnw spring-boot:run}: the H2 file URL in application.yml must be one H2 accepts
 * (the tests themselves run on an in-memory URL, so nothing else would notice a refused setting).
 */
class EmbeddedDefaultDatabaseTest {

    @Test
    void theConfiguredFileDatabaseOpens(@TempDir Path dir) throws Exception {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties properties = yaml.getObject();
        String url = properties.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:./data/zhiben;");
        String inTemp = url.replace("./data/zhiben", dir.resolve("zhiben").toString());
        try (Connection c = DriverManager.getConnection(inTemp, properties.getProperty("spring.datasource.username"),
                "")) {
            assertThat(c.isValid(5)).isTrue();
        }
    }
}
