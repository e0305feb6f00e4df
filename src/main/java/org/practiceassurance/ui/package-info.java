/**
 * UI: the Vaadin shell (layout, navigation built from each view's {@code @Menu}, the signed-in
 * person and sign-out) and components shared by the capabilities' own views.
 */
package org.practiceassurance.ui;
