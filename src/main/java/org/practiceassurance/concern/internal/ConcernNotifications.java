package org.practiceassurance.concern.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.practiceassurance.concern.ConcernEntry;
import org.practiceassurance.security.PeopleDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** The urgent email when a child is found at risk: to the responsible team manager and the heads of the service. */
@Component("concernNotifications")
public class ConcernNotifications {

  private static final Logger log = LoggerFactory.getLogger(ConcernNotifications.class);
  private final ConcernStore store;
  private final PeopleDirectory people;
  private final JavaMailSender mail;
  private final String from;
  private final String appUrl;

  ConcernNotifications(ConcernStore store, PeopleDirectory people, JavaMailSender mail,
      @Value("${pa.mail-from}") String from, @Value("${pa.app-url}") String appUrl) {
    this.store = store;
    this.people = people;
    this.mail = mail;
    this.from = from;
    this.appUrl = appUrl;
  }

  /** Reads {@code concernId} from the event sub-process; throws (so the engine retries) when mail fails. */
  public void urgent(DelegateExecution execution) {
    ConcernEntry concern = store.entry(((Number) execution.getVariable("concernId")).longValue());
    Set<String> recipients = new LinkedHashSet<>();
    if (concern.responsibleManager() != null) {
      recipients.add(concern.responsibleManager());
    }
    recipients.addAll(people.headsOfService(concern.serviceCode()));
    for (String username : recipients) {
      people.emailOf(username).ifPresentOrElse(address -> {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(address);
        message.setSubject("[Practice Assurance] URGENT: child at risk, " + concern.childReference());
        message.setText("A child in team " + concern.teamCode() + " was found at risk by " + concern.raisedBy() + ":\n\n"
            + concern.reason() + "\n\nAct now and acknowledge it in your task list: " + appUrl + "/\n"
            + "If nobody acknowledges it within 24 hours the director is told.\n");
        mail.send(message);
      }, () -> log.warn("No email address for {}; urgent concern {} not emailed to them", username, concern.id()));
    }
  }
}
