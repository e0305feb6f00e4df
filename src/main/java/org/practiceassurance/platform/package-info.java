/**
 * Platform: the embedded dev services (PostgreSQL, Keycloak, SMTP) that let one command run the
 * product for real, and the switches that keep Camunda's operator tools small.
 */
package org.practiceassurance.platform;
