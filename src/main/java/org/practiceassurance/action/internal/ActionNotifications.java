package org.practiceassurance.action.internal;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.practiceassurance.security.PeopleDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** The emails of the action process: a reminder to the owner, overdue news to the head of service. */
@Component("actionNotifications")
public class ActionNotifications {

  private static final Logger log = LoggerFactory.getLogger(ActionNotifications.class);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

  private final JavaMailSender mail;
  private final PeopleDirectory people;
  private final String from;
  private final String appUrl;

  ActionNotifications(JavaMailSender mail, PeopleDirectory people, @Value("${pa.mail-from}") String from,
      @Value("${pa.app-url}") String appUrl) {
    this.mail = mail;
    this.people = people;
    this.from = from;
    this.appUrl = appUrl;
  }

  public void remindOwner(DelegateExecution execution) {
    String owner = (String) execution.getVariable("owner");
    send(List.of(owner), "Reminder: action due " + due(execution),
        "An action you own is due on " + due(execution) + ".\n\n" + describe(execution)
            + "\nRecord what you have done, with evidence, in your task list: " + appUrl + "/\n");
  }

  public void escalateOverdue(DelegateExecution execution) {
    String service = (String) execution.getVariable("serviceCode");
    List<String> heads = people.headsOfService(service);
    if (heads.isEmpty()) {
      log.warn("Action {} is overdue but no head of service is registered for service {}",
          execution.getVariable("actionId"), service);
    }
    send(heads, "Overdue action owned by " + execution.getVariable("owner"),
        "An action in your service passed its due date (" + due(execution) + ") without being done.\n\n"
            + describe(execution) + "\nA task to chase it is waiting in your task list: " + appUrl + "/\n");
  }

  private void send(List<String> usernames, String subject, String body) {
    for (String username : usernames) {
      people.emailOf(username).ifPresentOrElse(address -> {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(address);
        message.setSubject("[Practice Assurance] " + subject);
        message.setText(body);
        mail.send(message);
      }, () -> log.warn("No email address for {}; '{}' not sent to them", username, subject));
    }
  }

  private static String describe(DelegateExecution execution) {
    Object description = execution.getVariable("description");
    return "Action " + execution.getVariable("actionId") + (description == null ? "" : ": " + description)
        + "\nOwner: " + execution.getVariable("owner") + "\n";
  }

  private static String due(DelegateExecution execution) {
    return DATE.format(OffsetDateTime.parse((String) execution.getVariable("dueDate"))
        .atZoneSameInstant(ZoneId.of("Europe/London")));
  }
}
