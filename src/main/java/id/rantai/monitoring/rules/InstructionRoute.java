package id.rantai.monitoring.rules;

import java.util.UUID;

/**
 * How an instruction travels to the instance that owns its seal. Present only in a cluster; on its
 * own, an instance applies instructions to its monitors directly.
 */
public interface InstructionRoute {
    /** Returns once the instruction is durably on its way (it will be applied in order with the seal's readings). */
    void send(UUID sealId, MonitorInstruction instruction);
}
