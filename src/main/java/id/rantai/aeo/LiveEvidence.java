package id.rantai.aeo;

/** The kinds of live evidence a framework criterion may show (its {@code liveEvidence} field). */
public enum LiveEvidence {
    /** Group 5: the company's training compliance (from the training module). */
    TRAINING_COMPLIANCE,
    /** 6.b.3: E-Seal SOP norm compliance and tamper alerts of the company's trips. */
    SEAL_NORMS,
    /** 6.b.4: the company's recorded conveyance inspections. */
    CONVEYANCE_INSPECTIONS,
    /** 6.f: the trade-partner register. */
    TRADE_PARTNERS,
    /** 6.g: crisis and contingency plans and their drills. */
    CRISIS_PLANS,
    /** 7.a: security risk assessments. */
    RISK_ASSESSMENTS,
    /** 7.b, 7.c: internal audits. */
    INTERNAL_AUDITS
}
