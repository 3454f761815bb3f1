@NullMarked
package id.rantai.monitoring.ingest;

import org.jspecify.annotations.NullMarked;
