package org.practiceassurance.platform.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.practiceassurance.platform.DevServicesProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The dev default SMTP server: GreenMail, a real SMTP server in-process on loopback. Mail the app
 * sends in dev lands there (and in the log) instead of in anyone's inbox.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = {"pa.dev-services.enabled", "pa.dev-services.mail.enabled"}, havingValue = "true")
class DevMailConfiguration {

  @Bean(initMethod = "start", destroyMethod = "stop")
  GreenMail devMailServer(DevServicesProperties devServices) {
    ServerSetup smtp = new ServerSetup(devServices.mail().port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    return new GreenMail(devServices.mail().port() == 0 ? smtp.dynamicPort() : smtp);
  }

  @Bean
  JavaMailSenderImpl mailSender(GreenMail devMailServer) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(devMailServer.getSmtp().getPort());
    sender.setDefaultEncoding("UTF-8");
    return sender;
  }
}
