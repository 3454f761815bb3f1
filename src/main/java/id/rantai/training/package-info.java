/**
 * Security training (CTPAT / AEO group 5) kept like an LMS: a topic catalogue per company with
 * versions, job functions and the topics they require, employees, sessions, attendance and
 * completions, the rules that make each topic due, compliance views and exports, reminders, and
 * imports from other learning systems. Publishes each company's training compliance to the AEO
 * module as live evidence.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security training")
@org.jspecify.annotations.NullMarked
package id.rantai.training;
