package id.rantai.training.catalogue;

/** Whom a topic is for: every employee, or those whose job functions require it. */
public enum Audience {
    ALL_EMPLOYEES,
    ROLE_SPECIFIC
}
