package org.practiceassurance.platform.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.util.concurrent.atomic.AtomicBoolean;
import org.practiceassurance.platform.DevServicesProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dev default database: the embedded PostgreSQL server. JPA, Flyway and Camunda all use this
 * one DataSource (and Spring's one transaction manager), exactly as they use a real server in
 * production.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = {"pa.dev-services.enabled", "pa.dev-services.postgres.enabled"}, havingValue = "true")
class DevDatabaseConfiguration {

  @Bean
  @ConfigurationProperties("spring.datasource.hikari")
  HikariDataSource dataSource(DevServicesProperties devServices) {
    DevServicesProperties.Postgres pg = devServices.postgres();
    if (devServices.reset()) {
      pg.persistentDataDir().ifPresent(DevFiles::deleteRecursively);
    }
    ReleasingDataSource dataSource = new ReleasingDataSource();
    dataSource.setJdbcUrl(EmbeddedPostgresServer.acquire(pg.port(), pg.persistentDataDir().orElse(null)));
    dataSource.setUsername("postgres");
    dataSource.setPassword("postgres");
    dataSource.setPoolName("pa-embedded");
    return dataSource;
  }

  /** Releases the embedded server once the pool has closed, after everything that used it. */
  static class ReleasingDataSource extends HikariDataSource {
    private final AtomicBoolean released = new AtomicBoolean();

    @Override
    public void close() {
      super.close();
      if (released.compareAndSet(false, true)) {
        EmbeddedPostgresServer.release();
      }
    }
  }
}
