package id.rantai.training.catalogue;

import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Copies the bundled catalogue for a company once, in one transaction; a concurrent first use loses quietly. */
@Component
class CatalogueSeeder {
    private final JdbcCatalogue catalogue;
    private final TransactionTemplate tx;

    CatalogueSeeder(JdbcCatalogue catalogue, TransactionTemplate tx) {
        this.catalogue = catalogue;
        this.tx = tx;
    }

    void seed(UUID org, Runnable copy) {
        if (catalogue.seeded(org)) {
            return;
        }
        try {
            tx.executeWithoutResult(s -> copy.run());
        } catch (DuplicateKeyException alreadySeeded) {
            // Another request seeded the catalogue first.
        }
    }
}
