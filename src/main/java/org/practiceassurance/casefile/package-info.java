/**
 * Case files: the roster of children's open case files, their teams and services, imported from a
 * CSV export of the case management system (the product does not own case records). Other modules
 * look files up through {@link org.practiceassurance.casefile.CaseFiles}; quality managers import
 * the roster through {@link org.practiceassurance.casefile.RosterImport}.
 */
package org.practiceassurance.casefile;
