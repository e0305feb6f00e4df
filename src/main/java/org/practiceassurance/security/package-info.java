/**
 * Security: Keycloak login (OIDC, authorization code + PKCE) for people, bearer tokens for the
 * REST API, realm roles as authorities, the {@link org.practiceassurance.security.CurrentUser} the
 * rest of the code asks "who is this and what may they see", and the access log.
 */
package org.practiceassurance.security;
